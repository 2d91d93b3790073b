"""Refreshing the SQLite index: one write transaction that adds, re-indexes and drops
files, so an interrupted build leaves the previous index intact and two processes
refreshing at once take turns.

Files are compared by size, mtime and ctime first, then by content hash, so touching a
file costs a read but no re-indexing. The ctime catches an edit that put size and mtime
back (`touch -r`): no program can set it. The limit: two same-size versions of a file
written within one tick of the file system's clock (2 s on FAT, a few ms elsewhere), the
first read by a refresh in between, look the same; `factcheck index --rebuild` re-reads
everything. Binary and empty files are kept as rows without sentences, so they are not
read and warned about on every run. What a refresh writes (rows, batches, the process
pool) is in rows.py.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ...corpus.loader import SKIPPED, Document, SourceFile, read_document
from ...errors import IndexError_
from ...text import strip_invisible
from ..interface import IndexWarning, ProgressFn, RefreshStats
from ..terms import MAX_NOISE
from .rows import (
    RowBatch,
    document_rows,
    fork_context,
    parallel_rows,
    row_terms,
    text_terms,
)
from .schema import SqliteStore, begin_write
from .stats import store_sentence_count

_FILES = "SELECT id, source, size, mtime_ns, digest, ctime_ns FROM files"


def _unchanged(row: tuple, file: SourceFile) -> bool:
    """The stored row (id, source, size, mtime_ns, digest, ctime_ns) matches the file."""
    return row[2] == file.size and row[3] == file.mtime_ns and row[5] == file.ctime_ns


# reading and segmenting go to a pool of processes when this many files are to be (re)indexed
PARALLEL_MIN_FILES = 200
BUILD_CACHE_KIB = -65536  # page cache during a big refresh (negative: KiB)
# how long a refresh waits for another process that is building the index from nothing
BUILD_WAIT_S = 600


class SqliteRefresh(SqliteStore):
    """Writing to the index: refresh from files, add in-memory documents."""

    def refresh(
        self,
        files: Sequence[SourceFile],
        reader: Callable[[SourceFile], Document | None] = read_document,
        progress: ProgressFn | None = None,
    ) -> RefreshStats:
        """Bring the index in line with `files`: add, re-index and drop what changed."""
        conn = self.conn
        stored = {
            row[1]: row
            for row in conn.execute(_FILES)
        }
        wanted = {f.source: f for f in files}
        todo = [
            f for f in files
            if f.source not in stored or not _unchanged(stored[f.source], f)
        ]
        gone = [src for src in stored if src not in wanted]
        if not todo and not gone:
            return RefreshStats(0, 0, 0, len(files), 0)
        if self.read_only:  # said once per run, and only when the files have changed
            if not self._said_read_only:
                self._said_read_only = True
                warnings.warn(
                    f"index {self.path} is read-only and cannot be refreshed: answering from "
                    f"it as it is ({len(todo) + len(gone)} files added, changed or removed "
                    "since)", IndexWarning, 2)
            return RefreshStats(0, 0, 0, len(files) - len(todo), 0, len(todo) + len(gone))
        if not self._lock_for_refresh(committed=bool(stored)):
            return RefreshStats(0, 0, 0, len(files) - len(todo), 0, len(todo) + len(gone))
        added = changed = written = 0
        big = len(todo) >= PARALLEL_MIN_FILES
        if big:
            conn.execute(f"PRAGMA cache_size = {BUILD_CACHE_KIB}")
        try:
            with self._transaction(conn):
                # re-read under the write lock: another process may have refreshed meanwhile
                stored = {
                    row[1]: row
                    for row in conn.execute(_FILES)
                }
                self._batch = RowBatch(conn)
                for src in gone:
                    if src in stored:
                        self._drop(stored[src][0], stored[src][4])
                deferred = self._defer_indexes() if big else []
                for done, (file, file_digest, encoding, rows, terms) in enumerate(
                    self._prepared(todo, stored, reader, parallel=big), 1
                ):
                    old = stored.get(file.source)
                    if old is not None and _unchanged(old, file):
                        continue
                    if file_digest is None:
                        if old is not None:
                            self._drop(old[0], old[4])
                        continue
                    if old is not None and old[4] == file_digest:
                        conn.execute(
                            "UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ? WHERE id = ?",
                            (file.size, file.mtime_ns, file.ctime_ns, old[0]),
                        )
                        continue
                    if old is not None:
                        self._drop(old[0], old[4])
                    if encoding in SKIPPED:
                        pass  # kept, but neither added nor changed text
                    elif old is not None:
                        changed += 1
                    else:
                        added += 1
                    written += self._add(
                        file, file_digest, encoding or "", rows or [], terms or frozenset()
                    )
                    if progress:
                        progress(done, len(todo))
                self._batch.flush()
                self._batch.flush_terms()
                if self._batch.changed:  # copy scores weigh words by the whole corpus's counts
                    conn.execute("DELETE FROM copy_pairs")
                    store_sentence_count(conn)
                for sql in deferred:
                    conn.execute(sql)
        finally:
            self._batch = None
            if big:
                conn.execute("PRAGMA cache_size = -2000")
        return RefreshStats(added, changed, len(gone), len(files) - len(todo), written)

    def _lock_for_refresh(self, committed: bool) -> bool:
        """Take the write lock for a refresh; False when another process is refreshing.

        A check does not wait for another process's refresh when there is a committed
        index to answer from (WAL readers are never blocked): it says so once and uses it.
        With nothing committed yet (another process is building the index), it waits
        with a message, and fails with one line if the build takes too long.
        """
        if begin_write(self.conn, wait_s=0):
            return True
        if committed:
            warnings.warn(f"index {self.path} is being refreshed by another process; "
                          "answering from the index as it was before", IndexWarning, 3)
            return False
        warnings.warn(f"waiting for another process to finish building index {self.path}",
                      IndexWarning, 3)
        if begin_write(self.conn, wait_s=BUILD_WAIT_S):
            return True
        raise IndexError_(f"index {self.path} was still being built by another process "
                          f"after {BUILD_WAIT_S} s; try again when it has finished")

    def _defer_indexes(self) -> list[str]:
        """On a first build, drop the sentence indexes to rebuild them once at the end.

        Filling them row by row (random keys) costs more than sorting once; inside the
        transaction, so a failed build rolls back to the indexes as they were.
        """
        conn = self.conn
        if conn.execute("SELECT 1 FROM sentences LIMIT 1").fetchone() is not None:
            return []
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'sentences' AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        return [sql for _, sql in indexes]

    def _prepared(
        self,
        todo: Sequence[SourceFile],
        stored: dict[str, tuple],
        reader: Callable[[SourceFile], Document | None],
        parallel: bool,
    ) -> Iterator[
        tuple[SourceFile, str | None, str | None, list[tuple] | None, frozenset[str] | None]
    ]:
        """(file, digest and encoding or None if skipped, sentence rows and their
        copy-detection terms or None if unchanged), in order."""
        jobs = []
        for file in todo:
            old = stored.get(file.source)
            if old is not None and _unchanged(old, file):
                continue  # another process indexed it meanwhile
            jobs.append((file, old[4] if old is not None else None))
        if parallel and reader is read_document and fork_context() is not None:
            for file, (file_digest, encoding, rows, terms, caught) in zip(
                (j[0] for j in jobs), parallel_rows(jobs), strict=True
            ):
                for message, category in caught:
                    warnings.warn(message, category, 2)
                yield file, file_digest, encoding, rows, terms
            return
        for file, old_digest in jobs:
            doc = reader(file)
            if doc is None:
                yield file, None, None, None, None
            elif doc.digest == old_digest:
                yield file, doc.digest, doc.encoding, None, None
            else:
                rows = document_rows(doc)
                yield file, doc.digest, doc.encoding, rows, row_terms(rows)

    def add_documents(self, docs: Iterable[Document]) -> int:
        """Index in-memory documents (no files behind them)."""
        self.conn.execute("BEGIN IMMEDIATE")
        written = 0
        try:
            with self._transaction():
                self._batch = RowBatch(self.conn)
                for doc in docs:
                    fake = SourceFile(doc.source, Path(doc.source), len(doc.text), 0)
                    rows = document_rows(doc)
                    written += self._add(fake, doc.digest, doc.encoding, rows, row_terms(rows))
                self._batch.flush()
                self._batch.flush_terms()
                store_sentence_count(self.conn)
        finally:
            self._batch = None
        return written

    def _drop(self, file_id: int, file_digest: str) -> None:
        conn = self.conn
        assert self._batch is not None
        self._batch.changed = True
        if file_digest:  # a cleared file is no longer in doc_terms (see clear())
            texts = conn.execute(
                "SELECT text FROM sentences WHERE file_id = ? AND noise <= ? ORDER BY id",
                (file_id, MAX_NOISE),
            )
            self._batch.count(text_terms(r[0] for r in texts), -1)
        # an external-content FTS5 row is deleted with the very text it was given (rows.py)
        rows = conn.execute("SELECT id, text FROM sentences WHERE file_id = ?", (file_id,))
        conn.executemany(
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', ?, ?)",
            [(i, strip_invisible(t)) for i, t in rows],
        )
        conn.execute("DELETE FROM sentences WHERE file_id = ?", (file_id,))
        conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def _add(
        self,
        file: SourceFile,
        file_digest: str,
        encoding: str,
        rows: list[tuple],
        terms: frozenset[str],
    ) -> int:
        """Queue one file's rows (line, col, start, end, text, noise, key) for insertion."""
        assert self._batch is not None
        self._batch.changed = True
        cur = self.conn.execute(
            "INSERT INTO files(source, size, mtime_ns, digest, encoding, ctime_ns) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (file.source, file.size, file.mtime_ns, file_digest, encoding, file.ctime_ns),
        )
        self._batch.add(cur.lastrowid, rows)
        self._batch.count(terms, 1)
        return len(rows)
