"""Claim → candidate passages: FTS5 BM25 recall, then a rerank robust to paraphrase.

BM25 finds sentences sharing rare words with the claim; the rerank scores how much of
the claim's meaning a sentence covers (IDF-weighted content stems, matched exactly, as
synonyms, by shared prefix or as split compounds), how many of its words it shares, and
how much the sentence looks like page furniture.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from functools import lru_cache

from ..index.interface import Index, IndexedSentence
from ..quantities.lifespans import NONE as NO_LIFE_DATES
from ..quantities.lifespans import LifeDates, life_dates
from ..text import fold, stem
from .claims import Terms, analyse, stems_in
from .lexical import INFLECTION, OPPOSITE, related
from .names import acronym_matches, spelling_variant
from .units import lemmas_of

RECALL_LIMIT = 60
# a word in more sentences than this (and than COMMON_SHARE of them) only ranks candidates:
# a sentence must also share a rarer word with the claim to be one
COMMON_SENTENCES = 5_000
COMMON_SHARE = 0.005
# a word's sentences are counted up to FREQUENCY_CAP (or four times the common-word cutoff,
# on a corpus big enough for that to be more): counting every sentence of a word as common
# as "year" takes milliseconds at a million sentences, and past that point only rarity
# matters
FREQUENCY_CAP = 20_000
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


@dataclass(frozen=True)
class PassageWords:
    """A passage's stems, indexed for `match_stem`: by their first five letters (a shared
    prefix of five or more) and by the first four of their demonym roots."""

    stems: frozenset[str]
    compounds: frozenset[str]
    lemmas: frozenset[str]
    by_prefix: dict[str, tuple[str, ...]]
    by_root: dict[str, tuple[tuple[str, str], ...]]

    @classmethod
    def of(cls, stems: set[str], compounds: set[str], lemmas: set[str]) -> PassageWords:
        by_prefix: dict[str, list[str]] = {}
        by_root: dict[str, list[tuple[str, str]]] = {}
        for other in sorted(stems):
            if len(other) >= 5:
                by_prefix.setdefault(other[:5], []).append(other)
            if len(other) >= 4:
                root = demonym_root(other)
                by_root.setdefault(root[:4], []).append((other, root))
        return cls(frozenset(stems), frozenset(compounds), frozenset(lemmas),
                   {k: tuple(v) for k, v in by_prefix.items()},
                   {k: tuple(v) for k, v in by_root.items()})


def match_stem(stem: str, words: PassageWords, related: dict[str, str]) -> tuple[float, str, str]:
    """Best way `stem` appears among a passage's words (`related`: the base forms WordNet
    relates to the claim word)."""
    if stem in words.stems:
        return 1.0, "exact", stem
    lemmas = words.lemmas
    kin = {lemma: rel for lemma, rel in related.items() if lemma in lemmas}
    near = sorted(lemma for lemma, rel in kin.items() if rel != OPPOSITE)
    if near:
        return 0.9, "synonym", near[0]
    if stem in words.compounds:
        return 0.9, "compound", stem
    if len(stem) >= 5:
        for other in words.by_prefix.get(stem[:5], ()):
            p = _shared_prefix(stem, other)
            if p >= 0.75 * min(len(stem), len(other)):
                return 0.8, "prefix", other
    root = demonym_root(stem)
    if len(root) >= 4:
        for other, o in words.by_root.get(root[:4], ()):
            if other != stem and (o.startswith(root) or root.startswith(o)):
                return 0.8, "prefix", other
    if kin:
        return 0.8, "antonym", min(kin)
    return 0.0, "missing", ""


@lru_cache(maxsize=8192)
def _related(folded: str) -> dict[str, str]:
    """Every base form WordNet relates to a claim word, with the relation."""
    out: dict[str, str] = {}
    for lemma in lemmas_of(folded):
        for other, rel in related(lemma, frozenset()).items():
            if rel != INFLECTION:
                out.setdefault(other, rel)
    return out


def score_passage(claim: Terms, row: IndexedSentence, idf: dict[str, float], bm25_top: float,
                  context: Terms | str | None = None, similarity: float | None = None
                  ) -> Passage:
    """Relevance of one sentence to the claim (`similarity`: its wording similarity to
    the claim, where the caller has it already)."""
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
    context_stems: frozenset[str] | None = None  # read only when a name is missing
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
    words = PassageWords.of(
        stems, compounds, {lemma for t in terms.tokens for lemma in lemmas_of(t.folded)})
    folded_of = {t.stem: t.folded for t in claim.tokens}
    for s in claim.content:
        score, how, other = match_stem(s, words, _related(folded_of.get(s, s)))
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
    if similarity is None:
        similarity = _token_set_similarity(claim.text.lower(), row.text.lower())
    noise = row.noise
    if row.shared and len(terms.tokens) < 12:
        noise = min(1.0, noise + 0.4)
    relevance = _relevance(coverage, similarity, _bm25_share(row, bm25_top), noise)
    return Passage(row, terms, tuple(matches), coverage, similarity, relevance, life)


def _relevance(coverage: float, similarity: float, bm25_share: float, noise: float) -> float:
    return (0.65 * coverage + 0.2 * similarity + 0.15 * bm25_share) * (1.0 - 0.6 * noise)


def _bm25_share(row: IndexedSentence, bm25_top: float) -> float:
    return row.bm25 / bm25_top if bm25_top > 0 else 0.0


def _at_most(similarity: float, row: IndexedSentence, bm25_top: float) -> float:
    """The most relevance `row` can score: all of the claim's words covered, no noise
    added. Each step of `_relevance` keeps its order, so a scored passage never exceeds
    this double."""
    return _relevance(1.0, similarity, _bm25_share(row, bm25_top), row.noise)


def _may_name(stem_: str, claim: Terms, context: Terms | str | None) -> bool:
    """Cheap test before tokenizing a context: the name's first letters occur in it."""
    if not context:
        return False
    if isinstance(context, Terms):
        return True
    text = context.lower() if context.isascii() else fold(context)
    starts = {stem_[:4]} | {t.folded[:4] for t in claim.tokens if t.stem == stem_}
    return any(part in text for part in starts)


def _token_set_similarity(a: str, b: str) -> float:
    """Shared words over the shorter text's words (1.0 when one's words are all in the
    other), weighted by length: a cheap stand-in for an edit-distance token-set ratio."""
    wa, wb = set(a.split()), set(b.split())
    if not wa or not wb:
        return 0.0
    shared = sum(len(w) for w in wa & wb)
    return shared / min(sum(len(w) for w in wa), sum(len(w) for w in wb))


def _stems_of(context: Terms | str | None) -> frozenset[str]:
    if not context:
        return frozenset()
    if isinstance(context, Terms):
        return frozenset(t.stem for t in context.tokens)
    return stems_in(context)  # kept per text: not copied


def idf_weights(claim: Terms, index: Index) -> dict[str, float]:
    """IDF of each claim stem, from sentence frequencies in the index."""
    n = max(index.sentence_count(), 1)
    cap = _count_cap(index)
    by_stem: dict[str, float] = {}
    dfs = index.document_frequencies(
        {tok.folded for tok in claim.tokens if tok.stem in claim.content}, cap)
    for tok in claim.tokens:
        if tok.stem in claim.content and tok.stem not in by_stem:
            by_stem[tok.stem] = math.log((n + 1) / (dfs[tok.folded] + 0.5)) + 1.0
    return by_stem


def selective_terms(words: list[str], index: Index) -> list[str]:
    """The words of `words` rare enough to choose candidates by (the two rarest at least).

    On a big corpus, scoring every sentence that has a word as common as "year" or
    "government" costs most of a search, and those sentences only reach the top when
    nothing rarer matches. Small corpora have no word that common: all words are kept.
    """
    return search_words(words, index)[1]


def search_words(words: list[str], index: Index) -> tuple[list[str], list[str]]:
    """The words a search ranks by, and the rarer of them that choose its candidates
    (selective_terms).

    A word at the count cap (in 20,000 sentences or more, and in four times the share
    that makes a word common) ranks nothing either: scoring it means counting every one
    of its sentences, most of a search on a million sentences, and among candidates that
    share a rarer word with the claim its weight is small. The rerank still weighs it
    (idf_weights), and a word that chooses candidates is always ranked by.
    """
    cap = _count_cap(index)
    counts = index.document_frequencies(words, cap)
    cutoff = _common_cutoff(index)
    required = [w for w in words if counts[w] <= cutoff] or \
        sorted(words, key=lambda w: counts[w])[:2]
    return [w for w in words if counts[w] < cap or w in required], required


def _common_cutoff(index: Index) -> float:
    return max(COMMON_SENTENCES, index.sentence_count() * COMMON_SHARE)


def _count_cap(index: Index) -> int:
    return max(FREQUENCY_CAP, int(4 * _common_cutoff(index)))


def retrieve(claim: str | Terms, index: Index, limit: int = 10) -> list[Passage]:
    """The passages most relevant to `claim`, best first."""
    terms = analyse(claim) if isinstance(claim, str) else claim
    words = terms.search_terms
    ranked, required = search_words(words, index)
    rows = index.search(ranked, RECALL_LIMIT, required=required)
    if not rows:
        return []
    idf = idf_weights(terms, index)
    top = max(r.bm25 for r in rows)
    contexts = index.contexts([r.id for r in rows])
    # Candidates are scored in the order of the most they can score, until `limit` scored
    # ones beat the best any other could: the same passages, without scoring the rest.
    # Contexts stay text: score_passage tokenizes one only when it needs it (a missing name)
    wording = terms.text.lower()
    similar = [(_token_set_similarity(wording, r.text.lower()), r) for r in rows]
    bounded = sorted(((_at_most(sim, r, top), sim, r) for sim, r in similar),
                     key=lambda b: -b[0])
    passages: list[Passage] = []
    for most, sim, row in bounded:
        if len(passages) >= limit and _kth_best(passages, limit) > most:
            break
        passages.append(score_passage(terms, row, idf, top, contexts.get(row.id, ""), sim))
    passages.sort(key=lambda p: (-p.relevance, p.row.source, p.row.start))
    return passages[:limit]


def _kth_best(passages: list[Passage], k: int) -> float:
    return heapq.nlargest(k, (p.relevance for p in passages))[-1]
