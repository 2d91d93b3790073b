"""Queries on the SQLite index: full-text search (BM25), a document's sentences, context."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from ..interface import IndexedSentence, pages_by_id
from .schema import SqliteStore

SPLIT_SEARCH_FROM = 200_000  # sentences; from here search() scores two halves in parallel
BATCH = 20_000  # sentences per query of every_sentence()


class SqliteQueries(SqliteStore):
    """Reading sentences: search, a word's sentences, neighbours, a whole document."""

    def sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT source FROM files WHERE encoding NOT IN ('binary', 'empty') ORDER BY source")]

    def encodings(self) -> dict[str, int]:
        """How many documents were read in each encoding (see corpus/loader.py)."""
        return dict(self.conn.execute("SELECT encoding, count(*) FROM files GROUP BY encoding"))

    def search(self, terms: Sequence[str], limit: int,
               required: Sequence[str] = ()) -> list[IndexedSentence]:
        """Sentences matching any of `terms`, best BM25 first.

        With `required` (a subset of `terms`), only sentences that match one of those are
        candidates, ranked by all of `terms` as before: the commonest words then add to the
        score without each of their thousands of sentences being scored.
        """
        # bm25(sentences_fts) is what the rank column computes, but calling it directly is
        # about a third faster at a million sentences
        if not terms:
            return []
        query = match_query(terms, required)
        if self.path is not None and (os.cpu_count() or 1) > 1:
            top = self.conn.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0
            if top >= SPLIT_SEARCH_FROM:
                return self._search_halves(query, limit, top)
        rows = self.conn.execute(
            """
            SELECT s.id, f.source, s.line, s.col, s.start, s.end, s.text, s.noise,
                   EXISTS(SELECT 1 FROM sentences o WHERE o.key = s.key AND o.file_id != s.file_id),
                   hits.rank
            FROM (SELECT rowid, bm25(sentences_fts) AS rank FROM sentences_fts
                  WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?) AS hits
            JOIN sentences s ON s.id = hits.rowid
            JOIN files f ON f.id = s.file_id
            ORDER BY hits.rank
            """,
            (query, limit),
        ).fetchall()
        return [
            IndexedSentence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), -r[9])
            for r in rows
        ]

    def _search_halves(self, query: str, limit: int, top: int) -> list[IndexedSentence]:
        """search() on a big index: two threads score the two halves of the rowid range.

        bm25 takes its statistics (rows, average length, phrase frequencies) from the whole
        table whatever the rowid bounds, so scores from the halves compare and the best
        `limit` of their best `limit`s are the best `limit`; ties go to the lower rowid, as
        in the one-query plan. SQLite releases the GIL while it works, so this takes about
        0.6 of the time on two cores.
        """
        sql = (
            "SELECT rowid, bm25(sentences_fts) FROM sentences_fts WHERE sentences_fts MATCH ? "
            "AND rowid {} ? ORDER BY bm25(sentences_fts) LIMIT ?"
        )
        mid = top // 2
        helper, conn2 = self._helper()
        upper = helper.submit(
            lambda: conn2.execute(sql.format(">"), (query, mid, limit)).fetchall()
        )
        hits = self.conn.execute(sql.format("<="), (query, mid, limit)).fetchall()
        hits = sorted(hits + upper.result(), key=lambda h: (h[1], h[0]))[:limit]
        if not hits:
            return []
        rows = self.conn.execute(
            f"""
            SELECT s.id, f.source, s.line, s.col, s.start, s.end, s.text, s.noise,
                   EXISTS(SELECT 1 FROM sentences o WHERE o.key = s.key AND o.file_id != s.file_id)
            FROM sentences s JOIN files f ON f.id = s.file_id
            WHERE s.id IN ({",".join("?" * len(hits))})
            """,
            [h[0] for h in hits],
        ).fetchall()
        by_id = {r[0]: r for r in rows}
        return [
            IndexedSentence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), -rank)
            for sid, rank in hits
            if (r := by_id.get(sid)) is not None
        ]

    def _helper(self):  # type: ignore[no-untyped-def]
        """A second connection and the one thread that uses it (made on first use)."""
        if self._helper_pool is None:
            from concurrent.futures import ThreadPoolExecutor

            conn = self._connect(check_same_thread=False)
            self._helper_pool = (ThreadPoolExecutor(1, thread_name_prefix="fts"), conn)
        return self._helper_pool

    def texts_with(self, word: str, limit: int) -> list[str]:
        """Up to `limit` sentences that have `word` (or a word of its stem)."""
        return [r[0] for r in self.conn.execute(
            "SELECT s.text FROM sentences s JOIN (SELECT rowid FROM sentences_fts "
            "WHERE sentences_fts MATCH ? LIMIT ?) AS hits ON s.id = hits.rowid",
            (fts_phrase(word), limit),
        )]

    def contexts(self, ids: Sequence[int], radius: int = 2) -> dict[int, str]:
        """Text around each sentence (neighbours and the document's first line)."""
        out: dict[int, str] = {}
        for sid in ids:
            rows = self.conn.execute(
                """SELECT s.text FROM sentences s
                   WHERE s.file_id = (SELECT file_id FROM sentences WHERE id = ?)
                     AND (s.id BETWEEN ? AND ? OR s.id = (SELECT min(id) FROM sentences
                          WHERE file_id = (SELECT file_id FROM sentences WHERE id = ?)))
                     AND s.id != ?""",
                (sid, sid - radius, sid + radius, sid, sid),
            ).fetchall()
            out[sid] = " ".join(r[0] for r in rows)
        return out

    def preceding(self, ids: Sequence[int], before: int = 3) -> dict[int, tuple[str, ...]]:
        """The document's first sentence and the `before` sentences before each one."""
        out: dict[int, tuple[str, ...]] = {}
        for sid in ids:
            rows = self.conn.execute(
                """SELECT s.text FROM sentences s
                   WHERE s.file_id = (SELECT file_id FROM sentences WHERE id = ?)
                     AND s.id < ?
                     AND (s.id >= ? OR s.id = (SELECT min(id) FROM sentences
                          WHERE file_id = (SELECT file_id FROM sentences WHERE id = ?)))
                   ORDER BY s.id""",
                (sid, sid, sid - before, sid),
            ).fetchall()
            out[sid] = tuple(r[0] for r in rows)
        return out

    def head(self, source: str) -> str | None:
        """None: this index keeps no document text (Corpus reads the file)."""
        return None

    def every_sentence(self, max_noise: float | None = None) -> Iterator[IndexedSentence]:
        """Every sentence, in id order (a document's ids are consecutive, in order), read
        BATCH at a time after the last id seen: no read stays open between batches."""
        noisy = "" if max_noise is None else " AND s.noise <= ?"
        extra = () if max_noise is None else (max_noise,)
        return pages_by_id(lambda after, limit: self.conn.execute(
            f"""SELECT s.id, f.source, s.line, s.col, s.start, s.end, s.text, s.noise
                FROM sentences s JOIN files f ON f.id = s.file_id
                WHERE s.id > ?{noisy} ORDER BY s.id LIMIT ?""",
            (after, *extra, limit)).fetchall(), BATCH)

    def sentences_of(self, source: str) -> list[IndexedSentence]:
        """Every sentence of one document, in order."""
        rows = self.conn.execute(
            """SELECT s.id, f.source, s.line, s.col, s.start, s.end, s.text, s.noise
               FROM sentences s JOIN files f ON f.id = s.file_id
               WHERE f.source = ? ORDER BY s.start""",
            (source,),
        ).fetchall()
        return [
            IndexedSentence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], False, 0.0)
            for r in rows
        ]




def match_query(terms: Sequence[str], required: Sequence[str] = ()) -> str:
    """An FTS5 query for sentences with any of `terms`, or only those with one of `required`.

    The narrow form is "(R AND O) OR (R NOT O)", R the required words and O the others.
    FTS5 counts a word's hits in a row only where its branch of the query matched that
    row, so bm25 gives each sentence the score of the plain "any of `terms`" query (a
    test holds this): the same order, among the sentences that have an R.
    """
    need = set(required)
    others = [t for t in terms if t not in need]
    if not need or not others:
        return " OR ".join(fts_phrase(t) for t in terms)
    r = "(" + " OR ".join(fts_phrase(t) for t in terms if t in need) + ")"
    o = "(" + " OR ".join(fts_phrase(t) for t in others) + ")"
    return f"({r} AND {o}) OR ({r} NOT {o})"


def fts_phrase(term: str) -> str:
    """`term` as an FTS5 string literal: operators and quotes inside it are plain text."""
    return '"' + term.replace('"', '""') + '"'
