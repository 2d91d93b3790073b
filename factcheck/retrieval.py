"""Claim → candidate passages: FTS5 BM25 recall, then a rerank robust to paraphrase.

BM25 finds sentences sharing rare words with the claim; the rerank scores how much of
the claim's meaning a sentence covers (IDF-weighted content stems, matched exactly, as
synonyms, by shared prefix or as split compounds), how similar the wording is
(rapidfuzz), and how much the sentence looks like page furniture.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from .claims import Terms, analyse, tokenize
from .index import FtsIndex, IndexedSentence
from .lexicon import antonyms, synonyms
from .lifespans import NONE as NO_LIFE_DATES
from .lifespans import LifeDates, life_dates
from .text import fold, stem

RECALL_LIMIT = 60
# a word in more sentences than this (and than COMMON_SHARE of them) only ranks candidates:
# a sentence must also share a rarer word with the claim to be one
COMMON_SENTENCES = 5_000
COMMON_SHARE = 0.005
SUBJECT_PRONOUNS = frozenset("it he she they its his her their".split())
# a pronoun this early in a sentence is its subject, or owns it ("In 2014, she signed")
PRONOUN_WINDOW = 4


@dataclass(frozen=True)
class Match:
    """How one claim stem is matched in a passage."""

    stem: str
    weight: float  # IDF of the stem
    score: float  # 0 (missing) … 1 (exact)
    how: str  # "exact" | "synonym" | "prefix" | "compound" | "antonym" | "name" | "context"
    # | "missing"
    other: str = ""  # the passage stem it matched


@dataclass(frozen=True)
class Passage:
    """A candidate sentence with the evidence of its relevance."""

    row: IndexedSentence
    terms: Terms
    matches: tuple[Match, ...]
    coverage: float
    similarity: float
    relevance: float
    life: LifeDates = NO_LIFE_DATES  # birth and death dates given in parentheses

    def coverage_of(self, stems: frozenset[str]) -> float:
        wanted = [m for m in self.matches if m.stem in stems]
        total = sum(m.weight for m in wanted)
        return sum(m.weight * m.score for m in wanted) / total if total else 1.0


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_DEMONYM = ("ish", "ian", "ese", "an", "n")


def demonym_root(stem: str) -> str:
    """'turkish' -> 'turk', 'syrian' -> 'syria', 'russian' -> 'russia': to meet country names."""
    for suffix in _DEMONYM:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            return stem[: -len(suffix)]
    return stem


def match_stem(stem: str, stems: set[str], compounds: set[str]) -> tuple[float, str, str]:
    """Best way `stem` appears among a passage's stems."""
    if stem in stems:
        return 1.0, "exact", stem
    syn = synonyms().get(stem, frozenset()) & stems
    if syn:
        return 0.9, "synonym", min(syn)
    if stem in compounds:
        return 0.9, "compound", stem
    if len(stem) >= 5:
        for other in stems:
            if len(other) >= 5:
                p = _shared_prefix(stem, other)
                if p >= 5 and p >= 0.75 * min(len(stem), len(other)):
                    return 0.8, "prefix", other
    root = demonym_root(stem)
    if len(root) >= 4:
        for other in stems:
            if other != stem and len(other) >= 4:
                o = demonym_root(other)
                if o.startswith(root) or root.startswith(o) and len(o) >= 4:
                    return 0.8, "prefix", other
    ant = antonyms().get(stem, frozenset()) & stems
    if ant:
        return 0.8, "antonym", min(ant)
    return 0.0, "missing", ""


_LINKERS = frozenset({"of", "the", "for", "and", "on", "de"})


def _initialisms(terms: Terms) -> dict[str, tuple[str, ...]]:
    """Initials of each run of capitalised words -> the stems of those words:
    "the United Nations Security Council" gives "un", "nsc", "unsc", ... Small words
    inside a name ("Bank of England") are skipped; a run is two to six names."""
    out: dict[str, tuple[str, ...]] = {}
    run: list = []

    def close() -> None:
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 6) + 1):
                part = run[i:j]
                out.setdefault("".join(t.folded[0] for t in part), tuple(t.stem for t in part))
        run.clear()

    prev_end = -1
    linked = False
    for tok in terms.tokens:
        adjacent = prev_end >= 0 and not terms.text[prev_end:tok.start].strip()
        if tok.capitalised and tok.folded not in _LINKERS and tok.folded.isalpha():
            if not (adjacent and (run or linked)):
                close()
            run.append(tok)
            linked = False
        elif run and adjacent and tok.folded in _LINKERS:
            linked = True
        else:
            close()
            linked = False
        prev_end = tok.end
    close()
    return out


def _acronym(tok: Any) -> str | None:
    """"UN", "NATO", "U.S." -> "un", "nato", "us"; None for an ordinary word."""
    letters = tok.text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def acronym_matches(claim: Terms, passage: Terms) -> dict[str, str]:
    """Claim stems met by an acronym on the other side: "UN" in the claim for "United
    Nations" in the passage, or the claim's "European Union" for the passage's "EU"."""
    found: dict[str, str] = {}
    claim_short = {a: t.stem for t in claim.tokens if (a := _acronym(t))}
    if claim_short:
        spelled = _initialisms(passage)
        for short, claim_stem in claim_short.items():
            if short in spelled:
                found[claim_stem] = " ".join(spelled[short])
    short_forms = {a: t.stem for t in passage.tokens if (a := _acronym(t))}
    if short_forms:
        for letters, stems in _initialisms(claim).items():
            if letters in short_forms:
                for s in stems:
                    found.setdefault(s, short_forms[letters])
    return found


_VOWELS = re.compile(r"[aeiouy]")


def _skeleton(word: str) -> str:
    return word[0] + _VOWELS.sub("", word[1:])


def spelling_variant(name: str, names: set[str]) -> str | None:
    """A name spelt with other vowels, as transliterations are ("Tahrir"/"Tahrar",
    "Mohammed"/"Muhammad"): the same length, first letter and consonants ("Hassan" and
    "Hussein" differ in length, and are two names)."""
    if len(name) < 5:
        return None
    key = _skeleton(name)
    found = [other for other in names
             if len(other) == len(name) and other[0] == name[0] and other != name
             and _skeleton(other) == key]
    return min(found) if found else None


def score_passage(claim: Terms, row: IndexedSentence, idf: dict[str, float], bm25_top: float,
                  context: Terms | str | None = None) -> Passage:
    """Relevance of one sentence to the claim."""
    from rapidfuzz import fuzz

    terms = analyse(row.text)
    stems = {t.stem for t in terms.tokens}
    life = life_dates(row.text)
    # "(April 14, 1866 – October 20, 1936)" says born and died without the words
    if life.born:
        stems |= {"born", "birth"}
    if life.died:
        stems |= {"die", "death"}
    folded = [t.folded for t in terms.tokens]
    compounds = {stem(a + b) for a, b in zip(folded, folded[1:], strict=False)}
    context_stems: set[str] | None = None  # read only when a name is missing
    matches = []
    runs = claim.name_runs
    subject = set(runs[0]) if runs else set()
    # "It was established in 1992", "In 2014, she signed": the passage's subject is a
    # pronoun, which may stand for the claim's subject
    pronoun_subject = any(t.folded in SUBJECT_PRONOUNS for t in terms.tokens[:PRONOUN_WINDOW])
    # a person named again by the last word of their name: "Wilk" for "Brad Wilk"
    by_last = {
        s: run[-1] for run in runs if len(run) > 1 and run[-1] in stems for s in run[:-1]
    }
    acronyms: dict[str, str] | None = None  # worked out only when a name is missing
    for s in claim.content:
        score, how, other = match_stem(s, stems, compounds)
        if how == "missing" and s in claim.entities:
            if acronyms is None:
                acronyms = acronym_matches(claim, terms)
            if s in acronyms:
                score, how, other = 0.9, "name", acronyms[s]
            else:
                token = next(t for t in claim.tokens if t.stem == s)
                variant = spelling_variant(
                    token.folded, {t.folded for t in terms.tokens if t.capitalised})
                if variant:
                    score, how, other = 0.8, "name", variant
        if how == "missing" and s in by_last:
            score, how, other = 0.8, "name", by_last[s]
        # names carry over from nearby sentences ("the city" after "Leeds"); predicates do not
        if how == "missing" and s in subject and pronoun_subject:
            score, how = 0.6, "context"
        if how == "missing" and s in claim.entities and _may_name(s, claim, context):
            if context_stems is None:
                context_stems = _stems_of(context)
            if s in context_stems:
                score, how = 0.6, "context"
        matches.append(Match(s, idf.get(s, 1.0), score, how, other))
    total = sum(m.weight for m in matches)
    coverage = sum(m.weight * m.score for m in matches) / total if total else 0.0
    similarity = fuzz.token_set_ratio(claim.text.lower(), row.text.lower()) / 100.0
    bm25 = row.bm25 / bm25_top if bm25_top > 0 else 0.0
    noise = row.noise
    if row.shared and len(terms.tokens) < 12:
        noise = min(1.0, noise + 0.4)
    relevance = (0.65 * coverage + 0.2 * similarity + 0.15 * bm25) * (1.0 - 0.6 * noise)
    return Passage(row, terms, tuple(matches), coverage, similarity, relevance, life)


def _may_name(stem_: str, claim: Terms, context: Terms | str | None) -> bool:
    """Cheap test before tokenizing a context: the name's first letters occur in it."""
    if not context:
        return False
    if isinstance(context, Terms):
        return True
    text = context.lower() if context.isascii() else fold(context)
    starts = {stem_[:4]} | {t.folded[:4] for t in claim.tokens if t.stem == stem_}
    return any(part in text for part in starts)


def _stems_of(context: Terms | str | None) -> set[str]:
    if not context:
        return set()
    tokens = context.tokens if isinstance(context, Terms) else tokenize(context)
    return {t.stem for t in tokens}


def idf_weights(claim: Terms, index: FtsIndex) -> dict[str, float]:
    """IDF of each claim stem, from sentence frequencies in the index."""
    n = max(index.sentence_count(), 1)
    by_stem: dict[str, float] = {}
    for tok in claim.tokens:
        if tok.stem in claim.content and tok.stem not in by_stem:
            df = index.document_frequency(tok.folded)
            by_stem[tok.stem] = math.log((n + 1) / (df + 0.5)) + 1.0
    return by_stem


CASE_SAMPLE = 40  # sentences read to learn how the sources write a claim's first word
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"'\u201c\u2018(\[-]\s*)$")


def settle_opening_word(terms: Terms, index: FtsIndex) -> Terms:
    """A claim's capitalised first word is a name only if the sources write it as one.

    The first word of a sentence is capitalised anyway: "Regime forces must pull back"
    names no one called Regime. Where the sources write the word mostly in lower case
    in the middle of their sentences, it is an ordinary word, not a name.
    """
    if not terms.tokens or terms.tokens[0].stem not in terms.entities:
        return terms
    first = terms.tokens[0]
    others = terms.tokens[1:]
    if others and others[0].capitalised and not terms.text[first.end:others[0].start].strip():
        return terms  # "Recep Tayyip ...", "Northern Cup": a run of capitals is a name
    if any(t.stem == first.stem and t.capitalised for t in others):
        return terms  # capitalised again inside the claim
    pattern = re.compile(rf"\b{re.escape(first.folded)}\w*", re.IGNORECASE)
    lower = upper = 0
    for text in index.texts_with(first.folded, CASE_SAMPLE):
        for m in pattern.finditer(text):
            if _SENTENCE_OPENING.search(text, 0, m.start()):
                continue  # capitalised by position
            if m.group()[0].isupper():
                upper += 1
            else:
                lower += 1
    if lower > upper:
        return replace(terms, entities=terms.entities - {first.stem})
    return terms


def selective_terms(words: list[str], index: FtsIndex) -> list[str]:
    """The words of `words` rare enough to choose candidates by (the two rarest at least).

    On a big corpus, scoring every sentence that has a word as common as "year" or
    "government" costs most of a search, and those sentences only reach the top when
    nothing rarer matches. Small corpora have no word that common: all words are kept.
    """
    cutoff = max(COMMON_SENTENCES, index.sentence_count() * COMMON_SHARE)
    counts = {w: index.document_frequency(w) for w in words}
    rare = [w for w in words if counts[w] <= cutoff]
    return rare or sorted(words, key=lambda w: counts[w])[:2]


def retrieve(claim: str | Terms, index: FtsIndex, limit: int = 10) -> list[Passage]:
    """The passages most relevant to `claim`, best first."""
    terms = analyse(claim) if isinstance(claim, str) else claim
    words = terms.search_terms
    rows = index.search(words, RECALL_LIMIT, required=selective_terms(words, index))
    if not rows:
        return []
    idf = idf_weights(terms, index)
    top = max(r.bm25 for r in rows)
    contexts = index.contexts([r.id for r in rows])
    # contexts stay text: score_passage tokenizes one only when it needs it (a missing name)
    passages = [score_passage(terms, r, idf, top, contexts.get(r.id, "")) for r in rows]
    passages.sort(key=lambda p: (-p.relevance, p.row.source, p.row.start))
    return passages[:limit]
