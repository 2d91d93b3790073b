"""The whole pipeline for one claim: retrieve, extract, judge each passage, decide."""

from __future__ import annotations

from ..errors import UsageError
from ..index.corpus import Corpus
from ..results import Result, Stance, Verdict
from ..text import strip_invisible
from .claims import analyse
from .copies import story_roots
from .names import settle_opening_word
from .retrieval import retrieve
from .stance import extract_facts, judge
from .verdict import decide

DEFAULT_TOP = 5
# passages judged per claim: more than shown, so a verdict can rest on the 6th passage
JUDGED = 12


def check(claim: str, corpus: Corpus, *, top: int = DEFAULT_TOP) -> Result:
    """Check one statement against the corpus."""
    # invisible characters (a BOM, zero-width spaces, bidi marks) would split words and figures
    text = " ".join(strip_invisible(str(claim)).split())
    if not text:
        raise UsageError("the claim is empty")
    if top < 1:
        raise UsageError("--top must be at least 1")
    terms = analyse(text)
    if not terms.content and not terms.numbers:
        return Result(text, Verdict.NOT_ENOUGH_INFO, 0.0,
                      "the claim has no content words to look up")
    claim_facts = extract_facts(text)
    if len(terms.content) < 2 and claim_facts.empty:
        # one word ("Turkey", or "near" from 'NEAR( AND *') names a topic, not a fact
        return Result(text, Verdict.NOT_ENOUGH_INFO, 0.0,
                      "the claim is one word with no figure: it states no fact to check")
    terms = settle_opening_word(terms, corpus.index)
    passages = retrieve(terms, corpus.index, limit=max(JUDGED, top))
    evidence = [
        judge(terms, claim_facts, p, extract_facts(p.row.text, corpus.document_date(p.row.source)))
        for p in passages
    ]
    roots: dict[tuple[str, ...], dict[str, str]] = {}

    def stories(names: list[str]) -> dict[str, str]:
        # the verdict and the independent count ask for the same sources: cluster them once
        key = tuple(names)
        if key not in roots:
            roots[key] = story_roots(names, corpus)
        return roots[key]

    verdict, score, reason, sup, con = decide(evidence, stories)
    # deciding passages first, then by score
    evidence.sort(key=lambda e: (e.stance is Stance.RELATED, -e.score))
    return Result(
        claim=text,
        verdict=verdict,
        score=score,
        reason=reason,
        evidence=tuple(evidence[:top]),
        sources_supporting=len(sup),
        sources_contradicting=len(con),
        sources_independent=len(set(stories(sorted(set(sup) | set(con))).values())),
    )
