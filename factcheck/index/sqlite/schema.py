"""The SQLite FTS5 index: its schema, opening it, and rebuilding it when it is broken.

One file per corpus (or one in memory). The index is a cache of the files, so a broken
index or one of an old schema is removed and built again with a warning, but only a file
factcheck made (its marker, the application id in the SQLite header, or its `meta` table;
or any file in the cache folder): anything else given as the index is refused, untouched.
A file that cannot be written (a read-only mount) is opened read-only and used as it is.

The tables: `files` and `sentences` with the FTS5 table `sentences_fts` over them;
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
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from urllib.parse import quote

from ...errors import IndexError_
from ..interface import IndexWarning
from ..paths import in_cache
from ..terms import MAX_NOISE, terms_signature
from .rows import RowBatch, text_terms

# 2: doc_terms; 3: copy_pairs; 4: files.encoding; 5: full text without invisible characters;
# 6: files.ctime_ns, and binary and empty files kept
SCHEMA_VERSION = "6"
APPLICATION = "factcheck-index"
# the SQLite header's application id ("FCk1"): the file is a factcheck index, so it may be
# rebuilt; any other file given as the index is refused and left as it is
APPLICATION_ID = 0x46436B31
SQLITE_MAGIC = b"SQLite format 3\x00"
NOT_OURS = "not a factcheck index"
BUSY_TIMEOUT_S = 60  # how long a write waits for another process's lock

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    -- how the bytes were read (corpus/loader.py decode_bytes), or "binary" or "empty" for
    -- a file with no text, kept so that it is not read again until it changes
    encoding TEXT NOT NULL,
    ctime_ns INTEGER NOT NULL DEFAULT 0  -- the inode change time (see refresh.py)
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
        self.location = ":memory:" if path is None else str(path)
        # a file that cannot be written (a read-only mount or file) is used as it is
        self.read_only = False
        self._read_only_uri = ""
        self._said_read_only = False
        self.conn = self._open()
        self._batch: RowBatch | None = None
        # counts that are slow at a million sentences, kept until the index changes
        self._memo: dict[tuple[str, int], int] = {}
        self._memo_version: int | None = None
        self._helper_pool: tuple | None = None  # see _helper()

    def _connect(self, *, check_same_thread: bool = True) -> sqlite3.Connection:
        """A new connection to the index (read-only when the file cannot be written)."""
        if self.path is None:
            target, uri = ":memory:", False
        elif self.read_only:
            target, uri = self._read_only_uri, True
        else:
            target, uri = str(self.path), False
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=uri,
                               check_same_thread=check_same_thread)
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
            foreign = _foreign_header(self.path)
            if foreign is not None:  # refused before SQLite opens (and perhaps repairs) it
                raise IndexError_(
                    f"{self.path} is {foreign}; it was left untouched: give --index the "
                    "name of a new file or of a factcheck index"
                )
            if not _writable(self.path):
                return self._open_read_only()
        try:
            conn = self._connect()
            problem = self._check(conn)
        except sqlite3.DatabaseError as exc:
            problem, conn = f"unreadable ({exc})", None
            if "not a database" in str(exc):
                problem = f"{NOT_OURS}: not an SQLite database"
        if problem is None:
            assert conn is not None
            self._recount_terms(conn)
            return conn
        if conn is not None:
            conn.close()
        if problem != "empty":
            if not self._ours():
                # never delete or overwrite a file factcheck did not create
                raise IndexError_(
                    f"{self.path} is {problem}; it was left untouched: give --index the "
                    "name of a new file or of a factcheck index"
                )
            warnings.warn(f"index {self.path} is {problem}; rebuilding it", IndexWarning, 3)
            self._remove_files()
        try:
            conn = self._connect()
            self._create(conn)
        except sqlite3.Error as exc:
            raise IndexError_(f"cannot create index {self.path}: {exc}") from exc
        return conn

    def _open_read_only(self) -> sqlite3.Connection:
        """Open an index that cannot be written, to be used without refreshing it.

        Read-only with its WAL first; `immutable` when SQLite cannot create the shared
        memory file next to it either (a read-only mount), as nothing can change it there.
        """
        assert self.path is not None
        if not self.path.exists():
            raise IndexError_(f"cannot create index {self.path}: the folder is read-only")
        self.read_only = True
        base = "file:" + quote(str(self.path.resolve()))
        failure: Exception | None = None
        for params in ("mode=ro", "mode=ro&immutable=1"):
            self._read_only_uri = f"{base}?{params}"
            conn = None
            try:
                conn = self._connect()
                problem = self._check(conn)
            except sqlite3.DatabaseError as exc:
                if conn is not None:
                    conn.close()
                failure = exc
                continue
            if problem is None:
                return conn
            conn.close()
            if problem == "empty":
                raise IndexError_(f"index {self.path} is empty and read-only: it cannot be built")
            if problem.startswith("an old index") and self._ours():
                raise IndexError_(
                    f"index {self.path} is {problem} and read-only: rebuild it where it can "
                    "be written (factcheck index --rebuild)"
                )
            raise IndexError_(f"{self.path} is {problem}, and read-only")
        raise IndexError_(f"cannot read index {self.path} (read-only): {failure}")

    def _check(self, conn: sqlite3.Connection) -> str | None:
        """None when `conn` is a usable factcheck index, else what is wrong with it."""
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        if app not in (0, APPLICATION_ID):
            return f"{NOT_OURS}: another application's database (application id {app})"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return "empty"
        if "meta" not in tables:
            return f"{NOT_OURS}: an SQLite database with other tables"
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        if meta.get("application") != APPLICATION:
            return f"{NOT_OURS}: another application's database"
        if meta.get("schema") != SCHEMA_VERSION:
            return f"an old index (schema {meta.get('schema')})"
        if not self.read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            # in WAL, NORMAL never corrupts; a power cut may lose the last refresh, which the
            # next run redoes (the index is a cache of the files); FULL fsyncs every commit
            conn.execute("PRAGMA synchronous = NORMAL")
        return None

    def _ours(self) -> bool:
        """True when the file is one factcheck made: in the cache folder, or marked.

        The marker is the application id in the SQLite header; an index from before the
        marker has factcheck's `meta` table instead. The header is read directly, as the
        file may be too damaged for SQLite to open.
        """
        assert self.path is not None
        if in_cache(self.path):
            return True
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(100)
        except OSError:
            return False
        if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
            return False
        if int.from_bytes(head[68:72], "big") == APPLICATION_ID:
            return True
        try:
            # the connection a run uses: closing it removes the WAL files it made (a
            # read-only connection would leave them behind)
            conn = self._connect()
            try:
                row = conn.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return False
        return row is not None and row[0] == APPLICATION

    def _recount_terms(self, conn: sqlite3.Connection) -> None:
        """Recount doc_terms from the stored sentences if words are now chosen or stemmed
        differently (see index/terms.py): one pass over the index, once.

        Not on a read-only index, and not while another process writes: a later run does it.
        """
        query = "SELECT value FROM meta WHERE key = 'terms'"
        signature = terms_signature()
        if self.read_only or (conn.execute(query).fetchone() or ("",))[0] == signature:
            return
        if not begin_write(conn, wait_s=0):
            return
        with self._transaction(conn):
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

    @contextmanager
    def _transaction(self, conn: sqlite3.Connection | None = None) -> Iterator[None]:
        """The body of a write transaction already begun: committed at the end, rolled back
        on any failure, so the previous index stays. SQLite's own failures (a full disk,
        an I/O error) become one IndexError_ instead of a traceback."""
        conn = conn or self.conn
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back (a full disk does): ROLLBACK would fail
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not (
                isinstance(exc, sqlite3.IntegrityError)
            ):
                raise IndexError_(write_failure(self.path, exc)) from None
            raise
        finally:
            self._memo_version = None

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
        with self._transaction(conn):
            # another process may have created it while we waited for the lock
            exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone()
            if not exists:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("application", APPLICATION), ("schema", SCHEMA_VERSION),
                     ("terms", terms_signature())],
                )

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
        if self.read_only:
            raise IndexError_(f"index {self.path} is read-only: it cannot be rebuilt")
        conn = self.conn
        if not begin_write(conn, wait_s=BUSY_TIMEOUT_S):
            raise IndexError_(f"index {self.path} is locked by another process's refresh; "
                              "try again when it has finished")
        with self._transaction(conn):
            conn.execute("UPDATE files SET size = -1, mtime_ns = -1, digest = ''")
            conn.execute("DELETE FROM meta WHERE key = 'scan'")  # see index/freshness.py
            conn.execute("DELETE FROM doc_terms")
            conn.execute("DELETE FROM copy_pairs")


def _foreign_header(path: Path) -> str | None:
    """What makes an existing file surely not a factcheck index, read from its first
    bytes: no SQLite header, or another application's id in it. None when it may be ours
    (empty, missing, marked, or an SQLite file whose tables must be looked at); a file
    in the cache folder is always ours."""
    if in_cache(path):
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return None  # missing, or unreadable: opening it says why
    if not head:
        return None
    if not head.startswith(SQLITE_MAGIC):
        return f"{NOT_OURS}: not an SQLite database"
    app = int.from_bytes(head[68:72], "big", signed=True)
    if len(head) == 100 and app not in (0, APPLICATION_ID):
        return f"{NOT_OURS}: another application's database (application id {app})"
    return None


def _writable(path: Path) -> bool:
    """False on a read-only mount, or for a file or folder this user may not write (the
    folder too: SQLite writes its WAL and shared-memory files next to the index)."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def is_busy(exc: sqlite3.Error) -> bool:
    """True when SQLite failed because another connection holds a lock."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED") or (
        "locked" in str(exc)
    )


def begin_write(conn: sqlite3.Connection, wait_s: float) -> bool:
    """Begin a write transaction, waiting up to `wait_s` for another process's lock;
    False when it is still held."""
    conn.execute(f"PRAGMA busy_timeout = {int(wait_s * 1000)}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        return True
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")


def write_failure(path: Path | None, exc: sqlite3.Error) -> str:
    """One line for a write the index could not make."""
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):
        why = "the disk is full"
    elif name.startswith("SQLITE_IOERR"):
        why = "the disk could not be written (full, or over a size limit?)"
    elif is_busy(exc):
        why = "another process holds the lock"
    else:
        why = "SQLite failed"
    return f"cannot write index {path}: {why} ({exc}); the previous index is kept"
