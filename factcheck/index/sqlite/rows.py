"""What a refresh writes: files read and segmented into sentence rows (in a pool of
processes when many files changed), and the batches that write those rows and the
documents' word counts to the index (see schema.py for the tables).
"""

from __future__ import annotations

import sqlite3
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator

from ...corpus.loader import Document, SourceFile, read_document
from ...text import strip_invisible
from ..terms import MAX_NOISE, document_terms

PARALLEL_WORKERS = 2
PARALLEL_CHUNK = 32
# the doc_terms row that counts documents with text (no word is empty); the table counts
# only files with a digest, so clear() can empty it and the refresh that follows recount
DOCUMENTS = ""


class RowBatch:
    """Sentence rows of many files, written with one executemany per table.

    Ids are handed out here (max(id) is read once per transaction, not once per file), and
    each file's sentences get consecutive ids, which contexts() relies on.
    """

    ROWS = 20_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_id: int = conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
        self.rows: list[tuple] = []
        self.terms: Counter[str] = Counter()  # doc_terms changes, written at the end
        self.changed = False  # a document was added or dropped

    def count(self, terms: frozenset[str], sign: int) -> None:
        """Add (+1) or remove (-1) one document's terms from the document frequencies."""
        if sign > 0:
            self.terms.update(terms)
        else:
            self.terms.subtract(terms)

    def add(self, file_id: int | None, rows: list[tuple]) -> None:
        first = self.next_id
        self.rows.extend((first + i, file_id, *r) for i, r in enumerate(rows))
        self.next_id = first + len(rows)
        if len(self.rows) >= self.ROWS:
            self.flush()

    def flush_terms(self) -> None:
        changes = [(t, n) for t, n in self.terms.items() if n]
        self.conn.executemany(
            "INSERT INTO doc_terms(term, docs) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
            changes,
        )
        if any(n < 0 for _, n in changes):
            self.conn.execute("DELETE FROM doc_terms WHERE docs <= 0")
        self.terms = Counter()

    def flush(self) -> None:
        if not self.rows:
            return
        self.conn.executemany(
            "INSERT INTO sentences(id, file_id, line, col, start, end, text, noise, key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        # the full-text index matches the text without invisible characters (a soft hyphen
        # or zero-width space would split a word in two); the sentences keep the original
        self.conn.executemany(
            "INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)",
            [(r[0], strip_invisible(r[6])) for r in self.rows],
        )
        self.rows = []


def document_rows(doc: Document) -> list[tuple]:
    from ...corpus.segment import (
        segment_rows,  # only a refresh segments: a check on a warm index skips it
    )

    return segment_rows(doc)


def row_terms(rows: list[tuple]) -> frozenset[str]:
    """What one document adds to doc_terms: its copy-detection terms, and DOCUMENTS."""
    return text_terms(r[4] for r in rows if r[5] <= MAX_NOISE)


def text_terms(texts: Iterable[str]) -> frozenset[str]:
    texts = list(texts)
    return document_terms(texts) | {DOCUMENTS} if texts else frozenset()


def prepare(jobs: list[tuple[SourceFile, str | None]]) -> list[tuple]:
    """Worker: read and segment files; warnings travel back to be shown by the parent."""
    out: list[tuple] = []
    for file, old_digest in jobs:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            doc = read_document(file)
        messages = [(str(w.message), w.category) for w in caught]
        if doc is None:
            out.append((None, None, None, None, messages))
        elif doc.digest == old_digest:
            out.append((doc.digest, doc.encoding, None, None, messages))
        else:
            rows = document_rows(doc)
            out.append((doc.digest, doc.encoding, rows, row_terms(rows), messages))
    return out


def fork_context():  # type: ignore[no-untyped-def]
    """The fork start method on Linux, else None (read in this process).

    Not spawn: `python -m factcheck` would run the command again in every worker. Not
    macOS: fork is unsafe there once system frameworks are loaded.
    """
    import multiprocessing

    if not sys.platform.startswith("linux"):
        return None
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def _worker_ignores_ctrl_c() -> None:
    """Ctrl-C reaches every process of the terminal's group: the parent stops the pool
    (and rolls the refresh back), so a worker has nothing to report but a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def parallel_rows(jobs: list[tuple[SourceFile, str | None]]) -> Iterator[tuple]:
    """prepare() over a pool of processes, in order, with a bounded number of chunks in flight."""
    from collections import deque

    chunks = [jobs[i : i + PARALLEL_CHUNK] for i in range(0, len(jobs), PARALLEL_CHUNK)]
    with warnings.catch_warnings():
        # Python 3.12+ warns about fork() in a process with threads (a progress bar); the
        # workers only read files and compute, and never touch a lock another thread holds
        warnings.filterwarnings("ignore", ".*fork", DeprecationWarning)
        pool = fork_context().Pool(PARALLEL_WORKERS, initializer=_worker_ignores_ctrl_c)
    with pool:
        pending: deque = deque()
        upcoming = iter(chunks)
        for chunk in upcoming:
            pending.append(pool.apply_async(prepare, (chunk,)))
            if len(pending) >= 4 * PARALLEL_WORKERS:
                break
        while pending:
            done = pending.popleft().get()
            nxt = next(upcoming, None)
            if nxt is not None:
                pending.append(pool.apply_async(prepare, (nxt,)))
            yield from done
