"""The index interface: what every caller of the index uses, whatever the back end.

A back end is a class that implements `Index` (today `FtsIndex`, SQLite FTS5, in
index/sqlite/); `open_index()` in index/backends.py picks one for a location. Callers (the
`Corpus`, retrieval, copy detection) type against `Index` and never import a back end, so
a second back end (a server index) needs no change above this stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..corpus.loader import Document, SourceFile, read_document

ProgressFn = Callable[[int, int], None]
Reader = Callable[[SourceFile], Document | None]
CopyPairRow = tuple[str, str, float, int, int, int]  # judge/copies.py PairScore's fields


class IndexWarning(UserWarning):
    """The index file had to be rebuilt."""


@dataclass(frozen=True)
class RefreshStats:
    added: int
    changed: int
    removed: int
    unchanged: int
    sentences: int  # sentences written in this refresh
    # files added, changed or removed on disk that this refresh could not take in (the
    # index is read-only, or another process was refreshing it): the index is behind
    stale: int = 0


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


def pages_by_id(fetch: Callable[[int, int], Sequence[Sequence]], batch: int
                ) -> Iterator[IndexedSentence]:
    """Every sentence `fetch(after, limit)` gives, `batch` at a time after the last id seen.

    `fetch` returns rows (id, source, line, column, start, end, text, noise) with ids above
    `after`, in id order, at most `limit`: one query per batch, and no cursor or
    transaction held open between them (what `Index.every_sentence` does on each back end).
    """
    after = -1
    while True:
        rows = fetch(after, batch)
        for r in rows:
            yield IndexedSentence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], False, 0.0)
        if len(rows) < batch:
            return
        after = rows[-1][0]


class Index(Protocol):
    """The sentences of a corpus, searchable, with the statistics copy detection keeps.

    Opening is the back end's constructor (see `open_index`). Sentence ids are consecutive
    within a document, in document order (contexts() relies on it).
    """

    path: Path | None  # the index file; None when it lives in memory (or not in a file)
    location: str  # where the index is, for messages (a server URL never has its password)

    # -- writing ---------------------------------------------------------------------
    def refresh(
        self,
        files: Sequence[SourceFile],
        reader: Reader = read_document,
        progress: ProgressFn | None = None,
    ) -> RefreshStats:
        """Bring the index in line with `files`: add, re-index and drop what changed."""
        ...

    def add_documents(self, docs: Iterable[Document]) -> int:
        """Index in-memory documents (no files behind them); the sentences written."""
        ...

    def clear(self) -> None:
        """Mark every document stale, so the next refresh re-indexes them all."""
        ...

    def close(self) -> None:
        """Release the connection and any helper threads."""
        ...

    # -- queries ---------------------------------------------------------------------
    def search(
        self, terms: Sequence[str], limit: int, required: Sequence[str] = ()
    ) -> list[IndexedSentence]:
        """Sentences matching any of `terms` (only those with one of `required`, if
        given), best BM25 first."""
        ...

    def texts_with(self, word: str, limit: int) -> list[str]:
        """Up to `limit` sentences that have `word` (or a word of its stem)."""
        ...

    def contexts(self, ids: Sequence[int], radius: int = 2) -> dict[int, str]:
        """Text around each sentence (neighbours and the document's first line)."""
        ...

    def preceding(self, ids: Sequence[int], before: int = 3) -> dict[int, tuple[str, ...]]:
        """For each sentence, its document's first sentence and the `before` sentences
        just before it, in document order, without the sentence itself (the judge reads
        them for names the passage refers back to)."""
        ...

    def head(self, source: str) -> str | None:
        """The first characters of a document if the index keeps them (a server index,
        read where the files are not), else None: the caller reads the file."""
        ...

    def sentences_of(self, source: str) -> list[IndexedSentence]:
        """Every sentence of one document, in order."""
        ...

    def every_sentence(self, max_noise: float | None = None) -> Iterator[IndexedSentence]:
        """Every sentence of the corpus (with noise at most `max_noise`), the sentences of
        a document together and in order, documents in no set order; read in batches, so
        a whole-corpus pass makes a few hundred queries, not one per document, and holds
        one batch at a time."""
        ...

    def sources(self) -> list[str]:
        """Every indexed document, sorted."""
        ...

    def encodings(self) -> dict[str, int]:
        """How many documents were read in each encoding ("utf-8", "windows-1252", ...:
        the names `corpus.loader.decode_bytes` gives)."""
        ...

    # -- kept statistics -------------------------------------------------------------
    def sentence_count(self) -> int:
        """How many sentences the index holds."""
        ...

    def document_frequency(self, term: str, cap: int = 100_000) -> int:
        """How many sentences contain `term` (capped: only rarity matters)."""
        ...

    def document_frequencies(self, terms: Iterable[str], cap: int = 100_000) -> dict[str, int]:
        """document_frequency of each of `terms`, asked at once (one round trip to a server)."""
        ...

    def documents_with_text(self) -> int:
        """How many documents have a sentence that is not page noise (copy detection's N)."""
        ...

    def term_documents(self, terms: Iterable[str] | None = None) -> dict[str, int]:
        """In how many documents each stemmed content word occurs (all words if None)."""
        ...

    # -- copy scores -----------------------------------------------------------------
    def copy_pair(self, version: str, a: str, b: str) -> CopyPairRow | None:
        """The kept copy score of documents `a` and `b` under `version`, if any."""
        ...

    def store_copy_pair(self, version: str, values: CopyPairRow) -> None:
        """Keep a copy score for later processes, if that can be done without waiting."""
        ...

    # -- the refresh rule (index/freshness.py) -----------------------------------------
    def scan_mark(self) -> str | None:
        """The mark the last full scan of the corpus folders left, or None."""
        ...

    def store_scan_mark(self, mark: str) -> None:
        """Keep the mark of a full scan whose files the index now holds, if that can be
        done without waiting (else the next run scans again)."""
        ...
