"""The statistics the SQLite index keeps: counts memoised until the index changes, the
document frequencies of words (table doc_terms) and the copy scores of document pairs
(table copy_pairs), so no process has to read the whole corpus to weigh a word or to
score a pair another process scored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..interface import CopyPairRow
from .queries import fts_phrase
from .rows import DOCUMENTS
from .schema import BUSY_TIMEOUT_S, SqliteStore


def store_sentence_count(conn: sqlite3.Connection) -> None:
    """Keep the number of sentences, with the highest sentence id, in `meta` (inside the
    refresh's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) SELECT 'sentences', "
        "count(*) || ' ' || coalesce(max(id), '') FROM sentences")


class SqliteStats(SqliteStore):
    """Counts and kept scores."""

    def _counts(self) -> dict[tuple[str, int], int]:
        """The memo of counts, emptied when another connection has written to the index."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._memo_version:
            self._memo, self._memo_version = {}, version
        return self._memo

    def sentence_count(self) -> int:
        memo = self._counts()
        key = ("", 0)
        if key not in memo:
            # the count a refresh kept (counting a million rows takes milliseconds), checked
            # against the highest sentence id it was kept with
            kept = self.conn.execute(
                "SELECT value FROM meta WHERE key = 'sentences'").fetchone()
            top = self.conn.execute("SELECT max(id) FROM sentences").fetchone()[0]
            count, _, at = (kept[0] if kept else "").partition(" ")
            if kept and at == str(top):
                memo[key] = int(count)
            else:
                memo[key] = self.conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return memo[key]

    def documents_with_text(self) -> int:
        """How many documents have a sentence that is not page noise (copy detection's N)."""
        row = self.conn.execute(
            "SELECT docs FROM doc_terms WHERE term = ?", (DOCUMENTS,)).fetchone()
        return row[0] if row else 0

    def term_documents(self, terms: Iterable[str] | None = None) -> dict[str, int]:
        """In how many documents each stemmed content word occurs (absent words: 0).

        Without `terms`, every word of the corpus.
        """
        if terms is None:
            rows = self.conn.execute("SELECT term, docs FROM doc_terms WHERE term != ?",
                                     (DOCUMENTS,))
            return dict(rows.fetchall())
        wanted = [t for t in set(terms) if t != DOCUMENTS]
        out = dict.fromkeys(wanted, 0)
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            out.update(self.conn.execute(
                f"SELECT term, docs FROM doc_terms WHERE term IN ({','.join('?' * len(part))})",
                part,
            ).fetchall())
        return out

    def document_frequency(self, term: str, cap: int = 100_000) -> int:
        """How many sentences contain `term` (capped: only rarity matters)."""
        memo = self._counts()
        key = (term, cap)
        if key not in memo:
            memo[key] = self.conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? "
                "LIMIT ?)",
                (fts_phrase(term), cap),
            ).fetchone()[0]
        return memo[key]

    def document_frequencies(self, terms: Iterable[str], cap: int = 100_000) -> dict[str, int]:
        """document_frequency of each of `terms` (a local file: one by one is as fast)."""
        return {t: self.document_frequency(t, cap) for t in terms}

    def copy_pair(self, version: str, a: str, b: str) -> CopyPairRow | None:
        """The stored copy score of documents `a` and `b`, smaller document first (see
        judge/copies.py PairScore), if a process has scored them since the corpus last changed."""
        row = self.conn.execute(
            "SELECT a, b, score, matched, ordered, sentences FROM copy_pairs "
            "WHERE version = ? AND ((a = ? AND b = ?) OR (a = ? AND b = ?))",
            (version, a, b, b, a),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4], row[5])

    def store_copy_pair(self, version: str, values: CopyPairRow) -> None:
        """Keep a copy score for later processes, if the index can be written right now.

        Never waits for a lock and never fails: a read-only index, or another process
        refreshing it, only means the next process scores the pair again.
        """
        conn = self.conn
        if conn.in_transaction:
            return
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("INSERT OR REPLACE INTO copy_pairs VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (version, *values))
        except sqlite3.Error:
            pass
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")

    def scan_mark(self) -> str | None:
        """The mark of the last full scan (index/freshness.py), kept in `meta`."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'scan'").fetchone()
        return None if row is None else str(row[0])

    def store_scan_mark(self, mark: str) -> None:
        """Keep a scan's mark if the index can be written right now; never waits or fails
        (a read-only index, or another process refreshing, only means a scan next time)."""
        conn = self.conn
        if self.read_only or conn.in_transaction:
            return
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('scan', ?)", (mark,))
        except sqlite3.Error:
            pass
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
