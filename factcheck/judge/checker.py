"""The whole pipeline for one claim: read it, retrieve passages, align, decide.

Data flows one way: the claim is read once into a `Statement`; retrieval ranks candidate
sentences; each passage (with the sentence before it and its document's names) is read
once; the aligner relates the two statements unit by unit; the stance follows from the
alignment alone; the verdict weighs the stances. No step goes back to raw text, with one
exception read only on a name swap: the document's sentences, for a full name that joins
the two names (`_one_person`).
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import UsageError
from ..index.corpus import Corpus
from ..results import Alignment, Evidence, Result, Sentence, Stance, Verdict
from ..text import strip_invisible
from .align import align
from .claims import analyse
from .copies import story_roots
from .links import SAME, UNALIGNED, Surroundings, UnitLink
from .names import restore_case, settle_opening_word
from .naming import joined_name
from .parts import split_claim
from .retrieval import Passage, retrieve
from .stance import decide as passage_stance
from .stance import leaves_out_part
from .statement import Statement, read_names, read_statement
from .values import calendar_conflict
from .verdict import decide

DEFAULT_TOP = 5
# passages judged per claim: more than shown, so a verdict can rest on the 6th passage;
# swept on the dev sets (docs/accuracy.md): 8 loses nothing that 12 gets, 6 does
JUDGED = 8
# sentences before a passage read for the names it may refer back to
BEFORE = 3


def check(claim: str, corpus: Corpus, *, top: int = DEFAULT_TOP) -> Result:
    """Check one statement against the corpus."""
    # invisible characters (a BOM, zero-width spaces, bidi marks) would split words and figures
    text = " ".join(strip_invisible(str(claim)).split())
    if not text:
        raise UsageError("the claim is empty")
    if top < 1:
        raise UsageError("--top must be at least 1")
    parts = split_claim(text)
    if len(parts) == 1:
        return _check_one(text, corpus, top)
    whole = _check_one(text, corpus, top)
    if _stated_whole(whole):
        return whole  # one passage states every unit of every part: nothing to split
    results = tuple(_check_one(p, corpus, top) for p in parts)
    return _combine(text, results)


def _stated_whole(result: Result) -> bool:
    """SUPPORTED by a passage that states every unit of the claim itself (none left out,
    none met only in the sentences around it)."""
    return result.verdict is Verdict.SUPPORTED and any(
        e.stance is Stance.SUPPORTS and e.alignment
        and all(a.relation != UNALIGNED and not a.context for a in e.alignment)
        for e in result.evidence)


def _combine(text: str, parts: tuple[Result, ...]) -> Result:
    """CONTRADICTED if any part is, SUPPORTED if every part is, else NOT_ENOUGH_INFO."""
    verdicts = [p.verdict for p in parts]
    if Verdict.CONTRADICTED in verdicts:
        verdict = Verdict.CONTRADICTED
    elif Verdict.DISPUTED in verdicts:
        verdict = Verdict.DISPUTED
    elif all(v is Verdict.SUPPORTED for v in verdicts):
        verdict = Verdict.SUPPORTED
    else:
        verdict = Verdict.NOT_ENOUGH_INFO
    deciding = [p for p in parts if p.verdict is verdict] or list(parts)
    if verdict is Verdict.SUPPORTED:
        reason = f"every part is supported ({len(parts)} parts)"
    else:
        k = verdicts.index(verdict) if verdict in verdicts else \
            next(i for i, v in enumerate(verdicts) if v is not Verdict.SUPPORTED)
        reason = f"part {k + 1} of {len(parts)}: {parts[k].reason}"
    evidence = tuple(e for p in deciding for e in p.evidence)
    return Result(
        claim=text,
        verdict=verdict,
        score=min(p.score for p in deciding),
        reason=reason,
        evidence=evidence,
        sources_supporting=max(p.sources_supporting for p in parts),
        sources_contradicting=max(p.sources_contradicting for p in parts),
        sources_independent=max(p.sources_independent for p in parts),
        parts=parts,
    )


def _check_one(text: str, corpus: Corpus, top: int) -> Result:
    written = text
    text = restore_case(text, corpus.index)
    terms = analyse(text)
    if not terms.content and not terms.numbers:
        return Result(written, Verdict.NOT_ENOUGH_INFO, 0.0,
                      "the claim has no content words to look up")
    terms = settle_opening_word(terms, corpus.index)
    first_is_name = bool(terms.tokens) and terms.tokens[0].stem in terms.entities
    statement = read_statement(text, first_word_is_name=first_is_name)
    passages = retrieve(terms, corpus.index, limit=max(JUDGED, top))
    if statement.units < 2:
        # a name alone ("Riverside Rovers") names a topic: where it is mentioned, no verdict
        return Result(written, Verdict.NOT_ENOUGH_INFO, 0.0,
                      "the claim is one word or one name with no figure: it states no fact "
                      "to check", tuple(_related(p) for p in passages[:top]))
    if _universal_negative(text):
        return Result(written, Verdict.NOT_ENOUGH_INFO, 0.0,
                      "a claim about what no one or nothing does is not settled by passages "
                      "about particular ones", tuple(_related(p) for p in passages[:top]))
    before = corpus.index.preceding([p.row.id for p in passages], BEFORE)
    known = frozenset(k for n in statement.names for k in n.keys)
    evidence = [_judge(statement, p, before.get(p.row.id, ()), corpus, known)
                for p in passages]
    roots: dict[tuple[str, ...], dict[str, str]] = {}

    def stories(names: list[str]) -> dict[str, str]:
        # the verdict and the independent count ask for the same sources: cluster them once
        key = tuple(names)
        if key not in roots:
            roots[key] = story_roots(names, corpus)
        return roots[key]

    verdict, score, reason, sup, con = decide(evidence, stories)
    wrong_day = next((note for note in map(calendar_conflict, statement.dates) if note), "")
    if wrong_day and verdict is not Verdict.CONTRADICTED:
        # the calendar settles it, whatever the passages say of the event
        verdict, score, reason = Verdict.CONTRADICTED, 1.0, f"by the calendar, {wrong_day}"
    # deciding passages first, then by score
    evidence.sort(key=lambda e: (e.stance is Stance.RELATED, -e.score))
    return Result(
        claim=written,
        verdict=verdict,
        score=score,
        reason=reason,
        evidence=tuple(evidence[:top]),
        sources_supporting=len(sup),
        sources_contradicting=len(con),
        sources_independent=len(set(stories(sorted(set(sup) | set(con))).values())),
    )


def _judge(claim: Statement, passage: Passage, before: tuple[str, ...], corpus: Corpus,
           known: frozenset[str]) -> Evidence:
    row = passage.row
    doc_date = corpus.document_date(row.source)
    statement = read_statement(row.text, doc_date, known_names=known)
    around = Surroundings(before, doc_date, known)
    links = _one_person(claim, statement, around, align(claim, statement, around),
                        row.source, corpus)
    headline = _is_headline(row, before)
    stance, reasons, explanation, weight = passage_stance(links, statement, headline=headline)
    sentence = Sentence(row.source, row.line, row.column, row.start, row.end, row.text)
    return Evidence(
        sentence,
        min(1.0, passage.relevance),
        stance,
        reasons,
        explanation,
        tuple(link.check for link in links if link.check is not None),
        weight,
        tuple(_public(link) for link in links),
        statement.speaker,
        partial=leaves_out_part(links),
    )


def _one_person(claim: Statement, statement: Statement, around: Surroundings,
                links: tuple[UnitLink, ...], source: str, corpus: Corpus
                ) -> tuple[UnitLink, ...]:
    """A one-word name in the claim name's role is no conflict when the document writes
    the two as one person's name ("Greta died" for "Halvorsen died", the document naming
    Greta Halvorsen): the claim is aligned again with the passage's name in its place. The
    document is read only for such a conflict."""
    swap = next((link for link in links if link.code == "ENTITY_MISMATCH"
                 and link.kind == "name"), None)
    if swap is None:
        return links
    name = next((n for n in claim.names if n.text == swap.claim), None)
    other = next((n for n in statement.names if n.text == swap.source), None)
    if name is None or other is None:
        return links
    # the document's names, read sentence by sentence until one joins the two
    document = (n for row in corpus.index.sentences_of(source) for n in read_names(row.text))
    full = joined_name(name, other, document)
    if not full:
        return links
    start, end = claim.words[name.first].start, claim.words[name.last].end
    renamed = read_statement(f"{claim.text[:start]}{swap.source}{claim.text[end:]}",
                             first_word_is_name=True if name.first == 0 else None)
    # the passage's name stands for the claim's: show the claim's name again
    return tuple(_named_back(link, swap, full) if link.kind == "name"
                 and link.claim == swap.source else link
                 for link in align(renamed, statement, around))


def _named_back(link: UnitLink, swap: UnitLink, full: str) -> UnitLink:
    if link.relation != SAME:
        return replace(link, claim=swap.claim)
    return replace(link, claim=swap.claim, note=f"the document names {full}")


# a claim that opens "No country ...", "Nobody ...": a statement about all of a kind
_UNIVERSAL_NEGATIVES = frozenset({"no", "nobody", "none", "nothing", "no-one"})


def _universal_negative(text: str) -> bool:
    """"No airline flies more routes than Northwind" says something of every airline: a
    passage about one of them neither states it nor, read word by word, denies it."""
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    return first.strip("\"'\u201c") in _UNIVERSAL_NEGATIVES


def _related(passage: Passage) -> Evidence:
    row = passage.row
    sentence = Sentence(row.source, row.line, row.column, row.start, row.end, row.text)
    return Evidence(sentence, min(1.0, passage.relevance), Stance.RELATED,
                    explanation="mentions the claim's topic")


def _is_headline(row: object, before: tuple[str, ...]) -> bool:
    """A document's first line without a sentence's closing stop: a headline."""
    text = getattr(row, "text", "").rstrip()
    return not before and not text.endswith((".", "!", "?", '"', "\u201d", "'"))


def _public(link: UnitLink) -> Alignment:
    return Alignment(link.kind, link.claim, link.relation, link.source, link.note,
                     link.context)
