"""The SQLite FTS5 index: one file per corpus, refreshed incrementally and atomically.

Every refresh is one write transaction (BEGIN IMMEDIATE), so an interrupted build leaves
the previous index intact and two processes refreshing at once take turns. Files are
compared by size and mtime first, then by content hash, so touching a file costs a read
but no re-indexing.

The index also keeps, per stemmed content word, how many documents contain it (table
`doc_terms`, maintained with every refresh), so copy detection can weigh rare words
without reading the whole corpus; and the copy scores of document pairs compared so far
(table `copy_pairs`, emptied by any refresh that changes a document), so the next process
need not compare them again.
"""

from __future__ import annotations

import os
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from ...corpus.loader import Document, SourceFile, read_document
from ...errors import IndexError_
from ..terms import MAX_NOISE, terms_signature
from .rows import (
    DOCUMENTS,
    RowBatch,
    document_rows,
    fork_context,
    parallel_rows,
    row_terms,
    text_terms,
)

SCHEMA_VERSION = "3"  # 2: doc_terms; 3: copy_pairs
# reading and segmenting go to a pool of processes when this many files are to be (re)indexed
PARALLEL_MIN_FILES = 200
BUILD_CACHE_KIB = -65536  # page cache during a big refresh (negative: KiB)
SPLIT_SEARCH_FROM = 200_000  # sentences; from here search() scores two halves in parallel
APPLICATION = "factcheck-index"
BUSY_TIMEOUT_S = 60  # how long a write waits for another process's lock

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL
);
CREATE TABLE sentences(
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    noise REAL NOT NULL,
    key INTEGER NOT NULL
);
CREATE INDEX sentences_file ON sentences(file_id);
CREATE INDEX sentences_key ON sentences(key);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TABLE doc_terms(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE copy_pairs(
    version TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    score REAL NOT NULL,
    matched INTEGER NOT NULL,
    ordered INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    PRIMARY KEY (version, a, b)
) WITHOUT ROWID;
"""


class IndexWarning(UserWarning):
    """The index file had to be rebuilt."""


@dataclass(frozen=True)
class RefreshStats:
    added: int
    changed: int
    removed: int
    unchanged: int
    sentences: int  # sentences written in this refresh


@dataclass(frozen=True)
class IndexedSentence:
    id: int
    source: str
    line: int
    column: int
    start: int
    end: int
    text: str
    noise: float
    shared: bool  # the same sentence appears in another document
    bm25: float


ProgressFn = Callable[[int, int], None]
CopyPairRow = tuple[str, str, float, int, int, int]  # judge/copies.py PairScore's fields


class FtsIndex:
    """Sentences of a corpus in SQLite FTS5."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.conn = self._open()
        self._batch: RowBatch | None = None
        # counts that are slow at a million sentences, kept until the index changes
        self._memo: dict[tuple[str, int], int] = {}
        self._memo_version: int | None = None
        self._helper_pool: tuple | None = None  # see _helper()

    # -- opening -----------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        target = ":memory:" if self.path is None else str(self.path)
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        return conn

    def _open(self) -> sqlite3.Connection:
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise IndexError_(
                    f"cannot create index folder {self.path.parent}: {exc.strerror}"
                ) from exc
            if self.path.is_dir():  # else: a "rebuilding" warning, then a failed removal
                raise IndexError_(f"the index path is a folder, not a file: {self.path}")
        try:
            conn = self._connect()
            problem = self._check(conn)
        except sqlite3.DatabaseError as exc:
            problem, conn = f"unreadable ({exc})", None
        if problem is None:
            assert conn is not None
            self._recount_terms(conn)
            return conn
        if conn is not None:
            conn.close()
        if problem != "empty":
            warnings.warn(f"index {self.path} is {problem}; rebuilding it", IndexWarning, 3)
            self._remove_files()
        try:
            conn = self._connect()
            self._create(conn)
        except sqlite3.Error as exc:
            raise IndexError_(f"cannot create index {self.path}: {exc}") from exc
        return conn

    def _check(self, conn: sqlite3.Connection) -> str | None:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return "empty"
        if "meta" not in tables:
            return "not a factcheck index"
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        if meta.get("application") != APPLICATION:
            return "not a factcheck index"
        if meta.get("schema") != SCHEMA_VERSION:
            return f"an old index (schema {meta.get('schema')})"
        conn.execute("PRAGMA journal_mode = WAL")
        # in WAL, NORMAL never corrupts; a power cut may lose the last refresh, which the next
        # run redoes (the index is a cache of the files); FULL fsyncs every commit
        conn.execute("PRAGMA synchronous = NORMAL")
        return None

    def _recount_terms(self, conn: sqlite3.Connection) -> None:
        """Recount doc_terms from the stored sentences if words are now chosen or stemmed
        differently (see index/terms.py): one pass over the index, once."""
        query = "SELECT value FROM meta WHERE key = 'terms'"
        signature = terms_signature()
        if (conn.execute(query).fetchone() or ("",))[0] == signature:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            if (conn.execute(query).fetchone() or ("",))[0] != signature:  # under the lock
                conn.execute("DELETE FROM doc_terms")
                batch = RowBatch(conn)
                rows = conn.execute(
                    "SELECT s.file_id, s.text FROM sentences s JOIN files f ON f.id = s.file_id "
                    "WHERE f.digest != '' AND s.noise <= ? ORDER BY s.file_id, s.id",
                    (MAX_NOISE,),
                )
                for _, group in groupby(rows, key=itemgetter(0)):
                    batch.count(text_terms(r[1] for r in group), 1)
                batch.flush_terms()
                conn.execute("DELETE FROM copy_pairs")
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('terms', ?)",
                             (signature,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _remove_files(self) -> None:
        if self.path is None:
            return
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.remove(f"{self.path}{suffix}")
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise IndexError_(
                    f"cannot remove broken index {self.path}: {exc.strerror}"
                ) from exc

    def _create(self, conn: sqlite3.Connection) -> None:
        if self.path is not None:
            # switching to WAL needs an exclusive lock and SQLite does not wait for it
            # (no busy handler): retry while another process is creating the same index
            deadline = time.monotonic() + 60
            while True:
                try:
                    conn.execute("PRAGMA journal_mode = WAL")
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            # another process may have created it while we waited for the lock
            exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone()
            if not exists:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("application", APPLICATION), ("schema", SCHEMA_VERSION),
                     ("terms", terms_signature())],
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._helper_pool is not None:
            pool, conn = self._helper_pool
            pool.shutdown()
            conn.close()
            self._helper_pool = None
        self.conn.close()

    def clear(self) -> None:
        """Mark every indexed file stale: the next refresh re-reads and re-indexes them all.

        The sentences stay until that refresh commits, so an interrupted rebuild (or a
        check running meanwhile) still finds the previous index.
        """
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("UPDATE files SET size = -1, mtime_ns = -1, digest = ''")
            conn.execute("DELETE FROM doc_terms")
            conn.execute("DELETE FROM copy_pairs")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            self._memo_version = None

    # -- refreshing --------------------------------------------------------------
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
            for row in conn.execute("SELECT id, source, size, mtime_ns, digest FROM files")
        }
        wanted = {f.source: f for f in files}
        todo = [
            f for f in files
            if f.source not in stored or stored[f.source][2:4] != (f.size, f.mtime_ns)
        ]
        gone = [src for src in stored if src not in wanted]
        if not todo and not gone:
            return RefreshStats(0, 0, 0, len(files), 0)
        added = changed = written = 0
        big = len(todo) >= PARALLEL_MIN_FILES
        if big:
            conn.execute(f"PRAGMA cache_size = {BUILD_CACHE_KIB}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            # re-read under the write lock: another process may have refreshed meanwhile
            stored = {
                row[1]: row
                for row in conn.execute("SELECT id, source, size, mtime_ns, digest FROM files")
            }
            self._batch = RowBatch(conn)
            for src in gone:
                if src in stored:
                    self._drop(stored[src][0], stored[src][4])
            deferred = self._defer_indexes() if big else []
            for done, (file, file_digest, rows, terms) in enumerate(
                self._prepared(todo, stored, reader, parallel=big), 1
            ):
                old = stored.get(file.source)
                if old is not None and old[2:4] == (file.size, file.mtime_ns):
                    continue
                if file_digest is None:
                    if old is not None:
                        self._drop(old[0], old[4])
                    continue
                if old is not None and old[4] == file_digest:
                    conn.execute(
                        "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                        (file.size, file.mtime_ns, old[0]),
                    )
                    continue
                if old is not None:
                    self._drop(old[0], old[4])
                    changed += 1
                else:
                    added += 1
                written += self._add(file, file_digest, rows or [], terms or frozenset())
                if progress:
                    progress(done, len(todo))
            self._batch.flush()
            self._batch.flush_terms()
            if self._batch.changed:  # copy scores weigh words by the whole corpus's counts
                conn.execute("DELETE FROM copy_pairs")
            for sql in deferred:
                conn.execute(sql)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            self._batch = None
            self._memo_version = None
            if big:
                conn.execute("PRAGMA cache_size = -2000")
        return RefreshStats(added, changed, len(gone), len(files) - len(todo), written)

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
    ) -> Iterator[tuple[SourceFile, str | None, list[tuple] | None, frozenset[str] | None]]:
        """(file, digest or None if skipped, sentence rows and their copy-detection terms or
        None if unchanged), in order."""
        jobs = []
        for file in todo:
            old = stored.get(file.source)
            if old is not None and old[2:4] == (file.size, file.mtime_ns):
                continue  # another process indexed it meanwhile
            jobs.append((file, old[4] if old is not None else None))
        if parallel and reader is read_document and fork_context() is not None:
            for file, (file_digest, rows, terms, caught) in zip(
                (j[0] for j in jobs), parallel_rows(jobs), strict=True
            ):
                for message, category in caught:
                    warnings.warn(message, category, 2)
                yield file, file_digest, rows, terms
            return
        for file, old_digest in jobs:
            doc = reader(file)
            if doc is None:
                yield file, None, None, None
            elif doc.digest == old_digest:
                yield file, doc.digest, None, None
            else:
                rows = document_rows(doc)
                yield file, doc.digest, rows, row_terms(rows)

    def add_documents(self, docs: Iterable[Document]) -> int:
        """Index in-memory documents (no files behind them)."""
        self.conn.execute("BEGIN IMMEDIATE")
        written = 0
        try:
            self._batch = RowBatch(self.conn)
            for doc in docs:
                fake = SourceFile(doc.source, Path(doc.source), len(doc.text), 0)
                rows = document_rows(doc)
                written += self._add(fake, doc.digest, rows, row_terms(rows))
            self._batch.flush()
            self._batch.flush_terms()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._batch = None
            self._memo_version = None
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
        conn.execute(
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) "
            "SELECT 'delete', id, text FROM sentences WHERE file_id = ?",
            (file_id,),
        )
        conn.execute("DELETE FROM sentences WHERE file_id = ?", (file_id,))
        conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def _add(
        self, file: SourceFile, file_digest: str, rows: list[tuple], terms: frozenset[str]
    ) -> int:
        """Queue one file's rows (line, col, start, end, text, noise, key) for insertion."""
        assert self._batch is not None
        self._batch.changed = True
        cur = self.conn.execute(
            "INSERT INTO files(source, size, mtime_ns, digest) VALUES (?, ?, ?, ?)",
            (file.source, file.size, file.mtime_ns, file_digest),
        )
        self._batch.add(cur.lastrowid, rows)
        self._batch.count(terms, 1)
        return len(rows)

    # -- querying ----------------------------------------------------------------
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
            memo[key] = self.conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return memo[key]

    def sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT source FROM files ORDER BY source")]

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

            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
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
