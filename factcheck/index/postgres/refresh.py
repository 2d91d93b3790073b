"""Refreshing the PostgreSQL index: one transaction per refresh, under an advisory lock
per corpus, so refreshes from several machines take turns, a refresh killed half-way
leaves the last committed state, and checks keep reading that state meanwhile.

Files are compared by size and mtime first, then by content hash, as in the SQLite index
(sqlite/refresh.py); reading and segmenting are shared with it (sqlite/rows.py).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence

from ...corpus.loader import Document, SourceFile, decode_bytes, read_document
from ..interface import ProgressFn, RefreshStats
from ..sqlite.rows import document_rows, fork_context, parallel_rows, row_terms
from .connect import driver
from .rows import PgBatch
from .schema import PgStore

PARALLEL_MIN_FILES = 200  # as the SQLite index: a pool of processes reads this many or more
HEAD_CHARS = 600  # what Corpus reads of a document for its date
ANALYZE_FROM = 50_000  # sentences written: then refresh the planner's statistics
# New rows go to the GIN index's pending list, which every search reads whole until it is
# merged into the index proper. A refresh of a few files keeps the list this small while
# it writes (the writer merges it each time it grows past this), and every refresh merges
# the rest before it commits, so checks during and after refreshes do not read a long list
PENDING_LIST_KB = 256
# a refresh of more than this share of the stored documents (a first build) leaves the
# list at the server's size instead: merging a million rows 256 kB at a time took a third
# longer than in 4 MB batches
SHORT_LIST_SHARE = 0.1


class PgRefresh(PgStore):
    """Writing to the index: refresh from files, add in-memory documents."""

    def _stored(self) -> dict[str, tuple[int, int, int, str]]:
        return {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in self._sql(
                "SELECT source, id, size, mtime_ns, digest FROM factcheck.documents "
                "WHERE corpus = %s", (self.corpus_id,))
        }

    def refresh(
        self,
        files: Sequence[SourceFile],
        reader: Callable[[SourceFile], Document | None] = read_document,
        progress: ProgressFn | None = None,
    ) -> RefreshStats:
        """Bring the index in line with `files`: add, re-index and drop what changed."""
        stored = self._stored()
        wanted = {f.source for f in files}
        todo = [f for f in files
                if f.source not in stored or stored[f.source][1:3] != (f.size, f.mtime_ns)]
        gone = [src for src in stored if src not in wanted]
        if not todo and not gone:
            return RefreshStats(0, 0, 0, len(files), 0)
        added = changed = written = 0
        with self._locked():
            if len(todo) + len(gone) <= SHORT_LIST_SHARE * len(stored):
                self._short_pending_list()
            stored = self._stored()  # under the lock: another machine may have refreshed
            batch = PgBatch(self.conn, self.corpus_id)
            for src in gone:
                if src in stored:
                    batch.drop(stored[src][0], stored[src][3])
            big = len(todo) >= PARALLEL_MIN_FILES
            for done, (file, digest, encoding, rows, terms) in enumerate(
                self._prepared(todo, stored, reader, parallel=big), 1
            ):
                old = stored.get(file.source)
                if old is not None and old[1:3] == (file.size, file.mtime_ns):
                    continue
                if digest is None:
                    if old is not None:
                        batch.drop(old[0], old[3])
                    continue
                if old is not None and old[3] == digest:
                    self.conn.execute(
                        "UPDATE factcheck.documents SET size = %s, mtime_ns = %s WHERE id = %s",
                        (file.size, file.mtime_ns, old[0]))
                    continue
                if old is not None:
                    batch.drop(old[0], old[3])
                    changed += 1
                else:
                    added += 1
                written += batch.add(file.source, file.size, file.mtime_ns, digest,
                                     encoding or "", file_head(file), rows or [],
                                     terms or frozenset())
                if progress:
                    progress(done, len(todo))
            if batch.changed:  # copy scores weigh words by the whole corpus's counts
                self.conn.execute("DELETE FROM factcheck.copy_pairs WHERE corpus = %s",
                                  (self.corpus_id,))
            batch.finish()
            self._merge_pending_list()
        self._memo_version = None
        if written >= ANALYZE_FROM:
            self._analyze()
        return RefreshStats(added, changed, len(gone), len(files) - len(todo), written)

    def _short_pending_list(self) -> None:
        self.conn.execute(f"SET LOCAL gin_pending_list_limit = '{PENDING_LIST_KB}kB'")

    def _merge_pending_list(self) -> None:
        """Merge the GIN index's pending list, where the index's owner may (PostgreSQL
        lets only the owner, from 9.6 on); other roles leave it to autovacuum and the
        limit above."""
        errors = driver().errors
        try:
            with self.conn.transaction():  # a savepoint: a refusal leaves the refresh whole
                self.conn.execute("SELECT gin_clean_pending_list('factcheck.sentences_tsv')")
        except (errors.InsufficientPrivilege, errors.UndefinedFunction):
            pass

    def _analyze(self) -> None:
        """Fresh planner statistics after a big write, so searches use the GIN index."""
        for table in ("sentences", "tokens", "documents"):
            self._sql(f"ANALYZE factcheck.{table}")

    def _prepared(
        self,
        todo: Sequence[SourceFile],
        stored: dict[str, tuple[int, int, int, str]],
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
            if old is not None and old[1:3] == (file.size, file.mtime_ns):
                continue  # another process indexed it meanwhile
            jobs.append((file, old[3] if old is not None else None))
        if parallel and reader is read_document and fork_context() is not None:
            for file, (digest, encoding, rows, terms, caught) in zip(
                (j[0] for j in jobs), parallel_rows(jobs), strict=True
            ):
                for message, category in caught:
                    warnings.warn(message, category, 2)
                yield file, digest, encoding, rows, terms
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
        written = 0
        with self._locked():
            batch = PgBatch(self.conn, self.corpus_id)
            for doc in docs:
                rows = document_rows(doc)
                written += batch.add(doc.source, len(doc.text), 0, doc.digest, doc.encoding,
                                     doc.text[:HEAD_CHARS], rows, row_terms(rows))
            batch.finish()
            self._merge_pending_list()
        self._memo_version = None
        return written


def file_head(file: SourceFile) -> str:
    """The first characters of a file, read as Corpus reads them for the document's date."""
    try:
        with open(file.path, "rb") as fh:
            head = decode_bytes(fh.read(HEAD_CHARS))
    except OSError:
        return ""
    return head.text if head is not None else ""
