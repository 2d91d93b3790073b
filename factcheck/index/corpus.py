"""A corpus: the source documents and their index, and where the index file goes.

Which folders make the corpus is decided in corpus/resolve.py."""

from __future__ import annotations

import time
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
from .freshness import (
    AUTO,
    MODES,
    NEVER,
    REFRESH_INTERVAL_S,
    ScanMark,
    changed_folders,
    make_mark,
    reason_to_scan,
    roots_key,
)
from .interface import Index, IndexedSentence, IndexWarning, ProgressFn, RefreshStats
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
        refresh: bool | str = True,
        progress: ProgressFn | None = None,
        follow_links: bool = False,
        refresh_interval: float = REFRESH_INTERVAL_S,
    ) -> Corpus:
        """Open the corpus in one or more folders, refreshing its index by the rule
        `refresh` ("auto", the default for True; "always"; "never"; False: not at all;
        see index/freshness.py); symbolic links that lead out of the folders are followed
        only with `follow_links`."""
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
        mode = AUTO if refresh is True else refresh
        if mode not in (False, *MODES):
            raise CorpusError(f"unknown refresh rule {mode!r} (one of {', '.join(MODES)})")
        target: str | Path
        if is_server_url(index_path):
            target = str(index_path)
        else:
            target = Path(index_path).expanduser() if index_path else default_index_path(roots)
        corpus: Corpus | None = None
        if mode in (AUTO, NEVER) and isinstance(target, Path) and _has_data(target):
            # the index may vouch for the folders: no file is stat-ed
            corpus = cls(open_index(target, roots), roots, follow_links=follow_links)
            if corpus._fresh_enough(mode, refresh_interval):
                return corpus
        elif mode is False:
            return cls(open_index(target, roots), roots, follow_links=follow_links)
        warned: set[str] = set()
        started = time.time_ns()
        files, stats = _scan(roots, follow_links, warned)
        if not files:  # before an index file is made for nothing
            if corpus is not None:
                corpus.close()
            raise CorpusError(_no_sources(roots, stats))
        if corpus is None:
            corpus = cls(open_index(target, roots), roots, follow_links=follow_links)
        corpus._warned, corpus.scan_stats = warned, stats
        corpus._refresh(files, progress, started)
        return corpus

    def _fresh_enough(self, mode: str, interval: float) -> bool:
        """True when the index may answer without a scan: its mark vouches for the
        folders (auto), or the rule is never (with a warning when folders changed)."""
        if self.index.documents_with_text() == 0:
            return False  # never built (or nothing readable yet): scan, whatever the rule
        mark = ScanMark.from_json(self.index.scan_mark())
        key = roots_key(self.roots, self.follow_links)
        if mode == NEVER:
            changed = changed_folders(mark) if mark is not None and mark.roots == key else []
            if changed:
                warnings.warn(
                    f"the index {self.index.location} is older than the corpus: files were "
                    f"added or removed in {len(changed)} folder(s) since it was refreshed "
                    f"(first: {changed[0]}); answering from it as it is (refresh rule "
                    "never; factcheck index refreshes it)", IndexWarning, 3)
            self.last_refresh = RefreshStats(0, 0, 0, mark.files if mark else 0, 0)
            return True
        if reason_to_scan(mark, key, interval) is None:
            assert mark is not None
            self.last_refresh = RefreshStats(0, 0, 0, mark.files, 0)
            return True
        return False
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
        """Re-index what changed on disk since the last run (every file is stat-ed)."""
        if self._texts is not None:
            return RefreshStats(0, 0, 0, len(self._texts), 0)
        started = time.time_ns()
        return self._refresh(self.files(), progress, started)

    def _refresh(self, files: list[SourceFile], progress: ProgressFn | None,
                 started: int) -> RefreshStats:
        # a corpus with nothing to check against would answer NOT_ENOUGH_INFO to every
        # claim and pass a CI run without checking anything: an error instead
        if not files:
            raise CorpusError(_no_sources(self.roots, self.scan_stats))
        self.last_refresh = self.index.refresh(files, progress=progress)
        if not self.last_refresh.stale and self.scan_stats is not None:
            # the index now holds what this scan saw: it vouches for the folders until
            # one of them changes (see index/freshness.py)
            key = roots_key(self.roots, self.follow_links)
            self.index.store_scan_mark(make_mark(key, started, files, self.scan_stats).to_json())
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


def _has_data(path: Path) -> bool:
    """An index file that may hold a corpus (anything else is built or refused by a scan)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _names(roots: Sequence[Path]) -> str:
    return ", ".join(str(r) for r in roots)


def _no_sources(roots: Sequence[Path], stats: ScanStats | None) -> str:
    other = stats.skipped_suffix if stats is not None else 0
    tail = f" ({other} files of other kinds)" if other else ""
    return f"no source files (.txt, .md) in {_names(roots)}{tail}"


def to_sentence(row: IndexedSentence) -> Sentence:
    """The public result type for an index row."""
    return Sentence(row.source, row.line, row.column, row.start, row.end, row.text)
