"""The statistics the PostgreSQL index keeps: counts memoised until the corpus changes,
the document frequencies of words (doc_terms) and the copy scores of document pairs
(copy_pairs), as the SQLite index keeps them (sqlite/stats.py)."""

from __future__ import annotations

from collections.abc import Iterable

from ..interface import CopyPairRow
from .queries import PgQueries
from .schema import LOCK_CLASS
from .tokens import tokens

DOCUMENTS = ""  # the doc_terms row that counts documents with text (as sqlite/rows.py)


class PgStats(PgQueries):
    """Counts and kept scores."""

    def sentence_count(self) -> int:
        return self._corpus_totals()[0]

    def documents_with_text(self) -> int:
        """How many documents have a sentence that is not page noise (copy detection's N)."""
        row = self._sql("SELECT docs FROM factcheck.doc_terms WHERE corpus = %s AND term = %s",
                        (self.corpus_id, DOCUMENTS)).fetchone()
        return int(row[0]) if row else 0

    def term_documents(self, terms: Iterable[str] | None = None) -> dict[str, int]:
        """In how many documents each stemmed content word occurs (absent words: 0).

        Without `terms`, every word of the corpus.
        """
        if terms is None:
            return dict(self._sql(
                "SELECT term, docs FROM factcheck.doc_terms WHERE corpus = %s AND term != %s",
                (self.corpus_id, DOCUMENTS)).fetchall())
        wanted = [t for t in set(terms) if t != DOCUMENTS]
        out = dict.fromkeys(wanted, 0)
        if wanted:
            out.update(self._sql(
                "SELECT term, docs FROM factcheck.doc_terms WHERE corpus = %s AND term = ANY(%s)",
                (self.corpus_id, wanted)).fetchall())
        return out

    def document_frequency(self, term: str, cap: int = 100_000) -> int:
        """How many sentences contain `term` (capped: only rarity matters)."""
        memo = self._counts()
        key = (term, cap)
        if key not in memo:
            phrase = tuple(tokens(term))
            # the count search() needs for the same phrase: one query for both
            memo[key] = min(self._phrase_rows([phrase])[phrase], cap) if phrase else 0
        return memo[key]

    def document_frequencies(self, terms: Iterable[str], cap: int = 100_000) -> dict[str, int]:
        """document_frequency of each of `terms`, the single tokens' in one query."""
        asked, memo = list(terms), self._counts()
        wanted = {t: tuple(tokens(t)) for t in asked if (t, cap) not in memo}
        if wanted:
            found = self._phrase_rows([p for p in set(wanted.values()) if p])
            for term, phrase in wanted.items():
                memo[(term, cap)] = min(found[phrase], cap) if phrase else 0
        return {t: memo[(t, cap)] for t in asked}

    def copy_pair(self, version: str, a: str, b: str) -> CopyPairRow | None:
        """The stored copy score of documents `a` and `b`, smaller document first (see
        judge/copies.py PairScore), if a process has scored them since the corpus last changed."""
        row = self._sql(
            "SELECT a, b, score, matched, ordered, sentences FROM factcheck.copy_pairs "
            "WHERE corpus = %s AND version = %s AND ((a = %s AND b = %s) OR (a = %s AND b = %s))",
            (self.corpus_id, version, a, b, b, a),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4], row[5])

    def store_copy_pair(self, version: str, values: CopyPairRow) -> None:
        """Keep a copy score for later processes, if that can be done without waiting.

        Skipped while a refresh of the corpus runs (it holds the corpus's advisory lock and
        will drop the kept scores), and never fails a check.
        """
        from .connect import driver

        conn = self.conn
        if conn.info.transaction_status != 0:  # inside a transaction of our own
            return
        try:
            with conn.transaction():
                conn.execute("SET LOCAL lock_timeout = '100ms'")
                free = conn.execute("SELECT pg_try_advisory_xact_lock_shared(%s, %s)",
                                    (LOCK_CLASS, self.corpus_id)).fetchone()[0]
                if free:
                    conn.execute(
                        "INSERT INTO factcheck.copy_pairs VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                        "ON CONFLICT (corpus, version, a, b) DO UPDATE SET score = excluded.score, "
                        "matched = excluded.matched, ordered = excluded.ordered, "
                        "sentences = excluded.sentences",
                        (self.corpus_id, version, *values),
                    )
        except driver().Error:
            pass

    def scan_mark(self) -> str | None:
        """None: a server index keeps no scan mark. Only `factcheck index` refreshes it,
        and that always reads every file (the checking machines may not have the files)."""
        return None

    def store_scan_mark(self, mark: str) -> None:
        """Nothing: see scan_mark."""
