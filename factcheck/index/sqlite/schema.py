"""The SQLite FTS5 index: its schema, opening it, and rebuilding it when it is broken.

One file per corpus (or one in memory). An unreadable file, an old schema or another
program's database is removed and built again with a warning; the index is a cache of the
files. The tables: `files` and `sentences` with the FTS5 table `sentences_fts` over them;
`doc_terms`, per stemmed content word the documents that contain it (maintained with every
refresh, so copy detection can weigh rare words without reading the whole corpus); and
`copy_pairs`, the copy scores of the document pairs compared so far (emptied by any
refresh that changes a document). The other concerns of `FtsIndex` (refresh.py,
queries.py, stats.py) subclass `SqliteStore`; index.py puts them together.
"""

from __future__ import annotations

import os
import sqlite3
import time
import warnings
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from ...errors import IndexError_
from ..interface import IndexWarning
from ..terms import MAX_NOISE, terms_signature
from .rows import RowBatch, text_terms

# 2: doc_terms; 3: copy_pairs; 4: files.encoding; 5: full text without invisible characters
SCHEMA_VERSION = "5"
APPLICATION = "factcheck-index"
BUSY_TIMEOUT_S = 60  # how long a write waits for another process's lock

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    encoding TEXT NOT NULL  -- how the bytes were read: corpus/loader.py decode_bytes()
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


class SqliteStore:
    """The connection to one index file and the state its parts share."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.conn = self._open()
        self._batch: RowBatch | None = None
        # counts that are slow at a million sentences, kept until the index changes
        self._memo: dict[tuple[str, int], int] = {}
        self._memo_version: int | None = None
        self._helper_pool: tuple | None = None  # see _helper()

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
