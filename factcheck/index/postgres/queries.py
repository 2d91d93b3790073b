"""Queries on the PostgreSQL index: BM25 search, a document's sentences, context.

search() ranks as SQLite FTS5's bm25() does, so both back ends give retrieval the same
candidates in the same order: the GIN index finds the sentences that have a required
word (tsv @@ query), and the score is FTS5's formula over all the words, computed in the
server:

    score = sum over words w of idf(w) * f(w) * (k1 + 1) / (f(w) + k1 * (1 - b + b * D / avgD))

with k1 = 1.2, b = 0.75, f(w) how often the word (or the phrase its tokens make, such as
"3.6" -> "3" "6") occurs in the sentence, D its token count, avgD the corpus's mean, and
idf(w) = ln((N - n + 0.5) / (n + 0.5)) (at least 1e-6), n the sentences that have it out
of N, from the kept token counts. f is 0 or 1 by matching the sentence's tsvector, and
counted from token positions only where every token of the word occurs more than once
in the sentence (the `repeats` tsvector): the server touches each candidate row once and
unpacks no positions for most. Scores are compared to 9 decimals and ties go to the
lower id, as FTS5 sorts them (its doubles are summed in another order than the server's).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence

from ..interface import IndexedSentence, pages_by_id
from .schema import HEADS_KEPT, TOTALS, TOTALS_TOKENS, PgStore
from .tokens import tokens

K1 = 1.2
B = 0.75
MIN_IDF = 1e-6
BATCH = 20_000  # sentences per query of every_sentence()
# search() sorts its candidates by their float scores and rounds (numeric, slow) only the
# best `limit` + NEAR_TIES: equal sentences score the same float and keep their id order,
# and more than this many different scores within 1e-9 of the cut do not occur
NEAR_TIES = 40

_ROW = """s.id, d.source, s.line, s.col, s.start_, s.end_, s.text, s.noise"""


class PgQueries(PgStore):
    """Reading sentences: search, a word's sentences, neighbours, a whole document."""

    def sources(self) -> list[str]:
        return [r[0] for r in self._sql(
            "SELECT source FROM factcheck.documents WHERE corpus = %s "
            "AND encoding NOT IN ('binary', 'empty') ORDER BY source COLLATE \"C\"",
            (self.corpus_id,))]

    def encodings(self) -> dict[str, int]:
        """How many documents were read in each encoding (see corpus/loader.py)."""
        return dict(self._sql("SELECT encoding, count(*) FROM factcheck.documents "
                              "WHERE corpus = %s GROUP BY encoding", (self.corpus_id,)).fetchall())

    def head(self, source: str) -> str | None:
        """The first characters of a document, as stored when it was indexed (searches
        bring them with the sentences they find: a check asks for their documents')."""
        self._counts()  # forgets the kept starts if the corpus changed
        if source in self._heads:
            return self._heads[source]
        row = self._sql("SELECT head FROM factcheck.documents WHERE corpus = %s AND source = %s",
                        (self.corpus_id, source)).fetchone()
        if row is None:
            return None
        self._keep_heads([(source, row[0])])
        return str(row[0])

    def search(self, terms: Sequence[str], limit: int,
               required: Sequence[str] = ()) -> list[IndexedSentence]:
        """Sentences matching any of `terms` (only those with one of `required`, if
        given), best BM25 first: FTS5's bm25 (see the module docstring)."""
        phrases = [tuple(tokens(t)) for t in terms]
        need = set(required)
        chosen = [p for t, p in zip(terms, phrases, strict=True) if p and (not need or t in need)]
        phrases = [p for p in phrases if p]
        if not chosen:
            return []
        n_rows, n_tokens = self._corpus_totals()
        if n_rows == 0:
            return []
        hits = self._phrase_rows(phrases)
        params: dict[str, object] = {"c": self.corpus_id, "q": tsquery(chosen), "limit": limit,
                                     "wide": limit + NEAR_TIES, "avgdl": n_tokens / n_rows}
        score = []
        for k, phrase in enumerate(phrases):
            params[f"idf{k}"] = max(math.log((n_rows - hits[phrase] + 0.5)
                                             / (hits[phrase] + 0.5)), MIN_IDF)
            score.append(_term(phrase, k, params))
        # OFFSET 0 keeps each subquery its own: a row's norm and `once` computed once
        sql = f"""
            WITH best AS (
                SELECT id, {" + ".join(score)} AS score FROM (
                    SELECT id, tsv, repeats, norm, {K1 + 1}::float8 / (1::float8 + norm) AS once
                    FROM (SELECT id, tsv, repeats, {_NORM} AS norm FROM factcheck.sentences
                          WHERE corpus = %(c)s AND tsv @@ %(q)s::tsquery OFFSET 0) n OFFSET 0
                ) hits ORDER BY score DESC, id LIMIT %(wide)s
            ), top AS (
                SELECT id, score FROM best
                ORDER BY round(score::numeric, 9) DESC, id LIMIT %(limit)s
            )
            SELECT {_ROW},
                   EXISTS(SELECT 1 FROM factcheck.sentences o WHERE o.corpus = s.corpus
                          AND o.key = s.key AND o.doc != s.doc),
                   top.score, d.head
            FROM top JOIN factcheck.sentences s ON s.corpus = %(c)s AND s.id = top.id
            JOIN factcheck.documents d ON d.id = s.doc
            ORDER BY round(top.score::numeric, 9) DESC, s.id
        """
        rows = self._sql(sql, params).fetchall()
        self._keep_heads((r[1], r[10]) for r in rows)
        return [IndexedSentence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])
                for r in rows]

    def _corpus_totals(self) -> tuple[int, int]:
        memo = self._counts()
        return memo[TOTALS], memo[TOTALS_TOKENS]

    def _phrase_rows(self, phrases: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
        """How many sentences have each phrase (its n in idf)."""
        memo = self._counts()
        out: dict[tuple[str, ...], int] = {}
        singles = [p[0] for p in phrases if len(p) == 1 and ("\x00" + p[0], 0) not in memo]
        if singles:
            found = dict(self._sql(
                "SELECT token, sentences FROM factcheck.tokens WHERE corpus = %s "
                "AND token = ANY(%s)", (self.corpus_id, singles)).fetchall())
            for t in singles:
                memo[("\x00" + t, 0)] = found.get(t, 0)
        for p in phrases:
            key = ("\x00" + " ".join(p), 0)
            if key not in memo:
                memo[key] = self._sql(
                    "SELECT count(*) FROM factcheck.sentences WHERE corpus = %s "
                    "AND tsv @@ %s::tsquery", (self.corpus_id, tsquery([p]))).fetchone()[0]
            out[p] = memo[key]
        return out

    def _keep_heads(self, heads: Iterable[tuple[str, str]]) -> None:
        if len(self._heads) > HEADS_KEPT:
            self._heads = {}
        self._heads.update(heads)

    def texts_with(self, word: str, limit: int) -> list[str]:
        """Up to `limit` sentences that have `word` (or a word of its stem), first ids first.

        The plan is chosen here from the kept count, not left to the planner, which with
        several corpora in the table walked the primary key through a million rows looking
        for a rare word (a second and more): a word in fewer than sqrt(limit * N)
        sentences is fetched whole through the GIN index, a commoner one by walking the
        ids in order (ts_match_vq is @@ as a function, which the GIN index cannot serve).
        """
        phrase = tuple(tokens(word))
        if not phrase:
            return []
        having = self._phrase_rows([phrase])[phrase]
        if having == 0:
            return []
        if having * having <= limit * self._corpus_totals()[0]:
            sql = ("SELECT text FROM (SELECT id, text FROM factcheck.sentences WHERE corpus = %s "
                   "AND tsv @@ %s::tsquery OFFSET 0) m ORDER BY id LIMIT %s")
        else:
            sql = ("SELECT text FROM factcheck.sentences WHERE corpus = %s "
                   "AND ts_match_vq(tsv, %s::tsquery) ORDER BY id LIMIT %s")
        return [r[0] for r in self._sql(sql, (self.corpus_id, tsquery([phrase]), limit))]

    def contexts(self, ids: Sequence[int], radius: int = 2) -> dict[int, str]:
        """Text around each sentence: its neighbours, then the document's first line (the
        order the SQLite index gives them in)."""
        around = self._around(ids, -radius, radius)
        return {sid: " ".join(text for _, text in sorted(
                    rows, key=lambda row: (row[0] < sid - radius, row[0])))
                for sid, rows in around.items()}

    def preceding(self, ids: Sequence[int], before: int = 3) -> dict[int, tuple[str, ...]]:
        """The document's first sentence and the `before` sentences before each one."""
        return {sid: tuple(text for _, text in sorted(rows))
                for sid, rows in self._around(ids, -before, -1).items()}

    def _around(self, ids: Sequence[int], low: int, high: int
                ) -> dict[int, list[tuple[int, str]]]:
        """For each sentence, (id, text) of the others of its document from `low` to
        `high` places away and of the document's first sentence: each looked up by its
        key (the first through the (doc, id) index), not by reading the whole document."""
        out: dict[int, list[tuple[int, str]]] = {sid: [] for sid in ids}
        for sid, other, text in self._sql(
            """SELECT t.id, s.id, s.text FROM unnest(%(ids)s::bigint[]) AS t(id)
               JOIN factcheck.sentences me ON me.corpus = %(c)s AND me.id = t.id
               CROSS JOIN LATERAL (
                   SELECT n.id, n.text FROM factcheck.sentences n WHERE n.corpus = %(c)s
                   AND n.id BETWEEN t.id + %(low)s AND t.id + %(high)s AND n.doc = me.doc
                   UNION
                   SELECT f.id, f.text FROM factcheck.sentences f WHERE f.corpus = %(c)s
                   AND f.id = (SELECT min(g.id) FROM factcheck.sentences g WHERE g.doc = me.doc)
               ) s
               WHERE s.id != t.id""",
            {"ids": list(ids), "c": self.corpus_id, "low": low, "high": high},
        ):
            out[sid].append((other, text))
        return out

    def every_sentence(self, max_noise: float | None = None) -> Iterator[IndexedSentence]:
        """Every sentence, in id order (a document's ids are consecutive, in order), read
        BATCH at a time after the last id seen (the primary key's order): one round trip
        per batch, and no cursor or transaction held open between them."""
        noisy = "" if max_noise is None else " AND s.noise <= %s"
        extra = () if max_noise is None else (max_noise,)
        return pages_by_id(lambda after, limit: self._sql(
            f"""SELECT {_ROW} FROM factcheck.sentences s
                JOIN factcheck.documents d ON d.id = s.doc
                WHERE s.corpus = %s AND s.id > %s{noisy} ORDER BY s.id LIMIT %s""",
            (self.corpus_id, after, *extra, limit)).fetchall(), BATCH)

    def sentences_of(self, source: str) -> list[IndexedSentence]:
        """Every sentence of one document, in order."""
        rows = self._sql(
            f"""SELECT {_ROW} FROM factcheck.documents d
                JOIN factcheck.sentences s ON s.corpus = d.corpus AND s.doc = d.id
                WHERE d.corpus = %s AND d.source = %s ORDER BY s.start_""",
            (self.corpus_id, source),
        ).fetchall()
        return [IndexedSentence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], False, 0.0)
                for r in rows]


# k1 * (1 - b + b * D / avgD) of a sentence, in float8 as FTS5 computes it (numeric
# literals would make the server compute in numeric)
_NORM = f"{K1}::float8 * ({1 - B}::float8 + {B}::float8 * ntokens / %(avgdl)s::float8)"


def _term(phrase: tuple[str, ...], k: int, params: dict[str, object]) -> str:
    """SQL for word k's part of a sentence's score, adding its parameters.

    Most sentences lack the word, which the server answers from the tsvector alone (0).
    Where it occurs, it occurs once unless every one of its tokens is among the
    sentence's repeated ones (column `repeats`): then its frequency f is counted from the
    positions. A sentence's share for f = 1 (`once`, the same double as FTS5's f = 1) is
    computed once per sentence, not once per word.
    """
    params[f"q{k}"] = tsquery([phrase])
    params[f"all{k}"] = " & ".join(f"'{t}'" for t in phrase)
    for j, token in enumerate(phrase):
        params[f"l{k}_{j}"] = token
    where = [f"p{j}.lexeme = %(l{k}_{j})s" for j in range(len(phrase))]
    follows = [f"x + {j} = ANY(p{j}.positions)" for j in range(1, len(phrase))]
    counted = (f"SELECT count(*) FROM unnest(p0.positions) x WHERE {' AND '.join(follows)}"
               if follows else "SELECT cardinality(p0.positions)")
    sources = ", ".join(f"unnest(repeats) p{j}" for j in range(len(phrase)))
    f = f"(SELECT ({counted}) FROM {sources} WHERE {' AND '.join(where)})::float8"
    idf = f"%(idf{k})s::float8"
    return (f"CASE WHEN NOT tsv @@ %(q{k})s::tsquery THEN 0::float8 "
            f"WHEN NOT repeats @@ %(all{k})s::tsquery THEN {idf} * once "
            f"ELSE (SELECT {idf} * ((f * {K1 + 1}::float8) / (f + norm)) "
            f"FROM (SELECT {f} AS f) r) END")


def tsquery(phrases: Sequence[tuple[str, ...]]) -> str:
    """A tsquery (text form) for sentences with any of the phrases; tokens are letters and
    digits only, so quoting them is enough."""
    return " | ".join(
        "(" + " <-> ".join(f"'{t}'" for t in p) + ")" if len(p) > 1 else f"'{p[0]}'"
        for p in phrases
    )
