"""`factcheck index`: build or refresh the corpus index explicitly."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from ..corpus.loader import SKIPPED
from ..errors import IndexError_
from ..index.interface import RefreshStats
from .common import (
    CorpusOpt,
    FollowLinksOpt,
    IndexOpt,
    corpus_options,
    err,
    open_corpus,
    reported_errors,
)

UTF8 = frozenset({"utf-8", "utf-8-sig"})  # with or without a byte order mark


def index_command(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow_links: FollowLinksOpt = False,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Start the index from scratch.")
    ] = False,
) -> None:
    """Build or refresh the index (only added, changed and removed files are re-read)."""
    with reported_errors():
        opts = corpus_options(corpus, index, follow_links)
        if rebuild:
            from ..index.corpus import Corpus

            probe = Corpus.from_path(
                list(opts.dirs), index_path=opts.index, refresh=False,
                follow_links=opts.follow_links,
            )
            probe.index.clear()
            probe.close()
        started = time.perf_counter()
        c = open_corpus(opts, progress=True, indexing=True)
        stats = c.last_refresh
        skipped = c.scan_stats.skipped_suffix if c.scan_stats else 0
        took = time.perf_counter() - started
        assert stats is not None
        if stats.stale:
            # the warning before says why (a read-only index, or another process's refresh)
            raise IndexError_(f"index {c.index.path} was not refreshed: {stats.stale} files "
                              "added, changed or removed are not in it")
        encodings = c.index.encodings()
        no_text = {e: encodings.pop(e) for e in SKIPPED if e in encodings}
        other = {e: n for e, n in encodings.items() if e not in UTF8}
        if other:
            named = ", ".join(f"{n} {e}" for e, n in sorted(other.items(), key=lambda x: -x[1]))
            err(f"{sum(other.values())} of {sum(encodings.values())} files are not UTF-8 ({named})")
        if no_text:  # warned about when first read; kept so that they are not read again
            named = ", ".join(f"{n} {e}" for e, n in sorted(no_text.items()))
            err(f"{sum(no_text.values())} files have no text and are not indexed ({named}); "
                "they are read again when they change")
        err(summary(stats, len(c), len(c.index.sources()), skipped, took, c.index.location))


def summary(stats: RefreshStats, sentences: int, files: int, skipped: int, took: float,
            path: object) -> str:
    """The one line `factcheck index` ends with: what changed first, then the totals."""
    changed = stats.added or stats.changed or stats.removed
    head = "index refreshed" if changed else "index up to date"
    other = f"; {skipped} other files skipped" if skipped else ""
    return (
        f"{head}: {stats.added} added, {stats.changed} changed, {stats.removed} removed "
        f"({stats.unchanged} unchanged); {sentences} sentences from {files} files in "
        f"{took:.2f}s{other} -> {path}"
    )
