"""A corpus: the source documents and their index, and where the index file goes.

Which folders make the corpus is decided in corpus/resolve.py."""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from ..corpus.loader import (
    Document,
    ScanStats,
    SourceFile,
    decode,
    decode_bytes,
    digest,
    read_document,
    root_prefixes,
    scan,
)
from ..errors import CorpusError
from ..results import Sentence
from .backends import is_server_url, open_index
from .interface import Index, IndexedSentence, ProgressFn, RefreshStats
from .paths import cache_dir, default_index_path

__all__ = ["Corpus", "cache_dir", "default_index_path", "to_sentence"]


class Corpus:
    """Source documents and their sentence index; open once, check many claims."""

    def __init__(
        self,
        index: Index,
        roots: Sequence[Path] = (),
        texts: Mapping[str, str] | None = None,
        follow_links: bool = False,
    ) -> None:
        self.index = index
        self.roots = list(roots)
        self.follow_links = follow_links  # symbolic links out of the roots too (see scan)
        self._warned: set[str] = set()
        self._texts = dict(texts) if texts is not None else None
        self.last_refresh: RefreshStats | None = None
        self._dates: dict[str, object] = {}
        self.scan_stats: ScanStats | None = None

    @classmethod
    def from_path(
        cls,
        path: str | Path | Sequence[str | Path],
        *,
        index_path: str | Path | None = None,
        refresh: bool = True,
        progress: ProgressFn | None = None,
        follow_links: bool = False,
    ) -> Corpus:
        """Open the corpus in one or more folders, refreshing its index; symbolic links
        that lead out of the folders are followed only with `follow_links`."""
        items = [path] if isinstance(path, str | Path) else list(path)
        roots = []
        for item in items:
            p = Path(item).expanduser()
            if not p.exists():
                raise CorpusError(f"corpus folder not found: {p}")
            if not p.is_dir():
                raise CorpusError(f"corpus is not a folder: {p}")
            if p.resolve() not in roots:  # the same folder twice is one folder
                roots.append(p.resolve())
        warned: set[str] = set()
        files, stats = _scan(roots, follow_links, warned) if refresh else ([], None)
        if refresh and not files:  # before an index file is made for nothing
            raise CorpusError(_no_sources(roots, stats))
        target: str | Path
        if is_server_url(index_path):
            target = str(index_path)
        else:
            target = Path(index_path).expanduser() if index_path else default_index_path(roots)
        corpus = cls(open_index(target, roots), roots, follow_links=follow_links)
        if refresh:
            corpus._warned, corpus.scan_stats = warned, stats
            corpus._refresh(files, progress)
        return corpus

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> Corpus:
        """An in-memory corpus from {name: text}; writes no files."""
        docs = []
        for name, text in texts.items():
            decoded = decode(text.encode("utf-8"), name) if text.strip() else None
            if decoded is not None:
                docs.append(Document(name, decoded, digest(text.encode("utf-8"))))
        # keep the decoded texts (BOM removed, binary skipped): offsets index these
        corpus = cls(open_index(None), texts={d.source: d.text for d in docs})
        corpus.index.add_documents(docs)
        return corpus

    def files(self) -> list[SourceFile]:
        """The source files under the corpus folders."""
        files, self.scan_stats = _scan(self.roots, self.follow_links, self._warned)
        return files

    def refresh(self, progress: ProgressFn | None = None) -> RefreshStats:
        """Re-index what changed on disk since the last run."""
        if self._texts is not None:
            return RefreshStats(0, 0, 0, len(self._texts), 0)
        return self._refresh(self.files(), progress)

    def _refresh(self, files: list[SourceFile], progress: ProgressFn | None) -> RefreshStats:
        # a corpus with nothing to check against would answer NOT_ENOUGH_INFO to every
        # claim and pass a CI run without checking anything: an error instead
        if not files:
            raise CorpusError(_no_sources(self.roots, self.scan_stats))
        self.last_refresh = self.index.refresh(files, progress=progress)
        if self.index.documents_with_text() == 0:
            raise CorpusError(
                f"no readable text in {_names(self.roots)}: every source file was skipped "
                "(see the warnings)"
            )
        return self.last_refresh

    def documents(self) -> Iterator[Document]:
        """Every readable document, in source order."""
        if self._texts is not None:
            for name in sorted(self._texts):
                text = self._texts[name]
                if text.strip():
                    yield Document(name, text, digest(text.encode("utf-8")))
            return
        for file in self.files():
            doc = read_document(file)
            if doc is not None and not doc.skipped:
                yield doc

    def sentences(self, max_noise: float = 0.7) -> Iterator[Sentence]:
        """Every indexed sentence that is not page noise, document by document."""
        for source in self.index.sources():
            for row in self.index.sentences_of(source):
                if row.noise <= max_noise:
                    yield to_sentence(row)

    def document_date(self, source: str):  # type: ignore[no-untyped-def]
        """The date a document gives for itself (a dateline), or None; cached per corpus."""
        if source not in self._dates:
            from ..quantities.dates import document_date

            self._dates[source] = document_date(self._head(source))
        return self._dates[source]

    def _head(self, source: str, size: int = 600) -> str:
        if self._texts is not None:
            return self._texts.get(source, "")[:size]
        kept = self.index.head(source)  # a server index: the files may be elsewhere
        if kept is not None:
            return kept[:size]
        for root, prefix in zip(self.roots, root_prefixes(self.roots), strict=True):
            if not source.startswith(prefix):
                continue
            rel = source[len(prefix) :]
            try:
                with open(root / rel, "rb") as fh:
                    head = decode_bytes(fh.read(size))  # the same rule as the whole file
                return head.text if head is not None else ""
            except OSError:
                return ""
        return ""

    def __len__(self) -> int:
        return self.index.sentence_count()

    def close(self) -> None:
        self.index.close()


def _scan(roots: list[Path], follow_links: bool,
          warned: set[str]) -> tuple[list[SourceFile], ScanStats]:
    """scan(), each file's warning once per corpus however often it is scanned."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files, stats = scan(roots, follow_links=follow_links)
    for w in caught:
        if str(w.message) not in warned:
            warned.add(str(w.message))
            warnings.warn(w.message, w.category, 3)
    return files, stats


def _names(roots: Sequence[Path]) -> str:
    return ", ".join(str(r) for r in roots)


def _no_sources(roots: Sequence[Path], stats: ScanStats | None) -> str:
    other = stats.skipped_suffix if stats is not None else 0
    tail = f" ({other} files of other kinds)" if other else ""
    return f"no source files (.txt, .md) in {_names(roots)}{tail}"


def to_sentence(row: IndexedSentence) -> Sentence:
    """The public result type for an index row."""
    return Sentence(row.source, row.line, row.column, row.start, row.end, row.text)
