"""Shared pieces of the CLI: option types, corpus opening, output choice, error reporting."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from ..errors import CorpusError, FactcheckError, UsageError
from ..policy import ExitCode
from ..printers import OutputFormat, ResultFormat

if TYPE_CHECKING:
    from ..config import Config

CorpusOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--corpus",
        "-c",
        help="Folder of source articles (.txt, .md); repeat for several. "
        "Default: $FACTCHECK_CORPUS, then the config file, then ./seeds, then the bundled seeds.",
        show_default=False,
    ),
]
IndexOpt = Annotated[
    str | None,
    typer.Option(
        "--index",
        help="Index file, or a PostgreSQL URL (postgresql://user@host:port/db) for an index "
        "shared by many machines. Default: $FACTCHECK_INDEX, the config file, then one file "
        "per corpus in the user cache.",
        metavar="PATH|URL",
        envvar="FACTCHECK_INDEX",
        show_default=False,
        show_envvar=False,
    ),
]
FollowLinksOpt = Annotated[
    bool,
    typer.Option(
        "--follow-links",
        help="Follow symbolic links that lead out of the corpus folders (default: skip "
        "them with a warning; config key follow-links).",
    ),
]


class RefreshRule(str, Enum):
    """When the corpus folders are read again before answering (index/freshness.py)."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


RefreshOpt = Annotated[
    RefreshRule | None,
    typer.Option(
        "--refresh",
        case_sensitive=False,
        show_default=False,
        help="When to look for changed source files before answering: auto (default: when "
        "a folder or a recently modified file changed, in a corpus of up to 2,000 files, "
        "or every 10 minutes), always (every file), never (the index as it is). Config "
        "keys refresh and refresh-interval.",
    ),
]
NoRefreshOpt = Annotated[
    bool,
    typer.Option("--no-refresh",
                 help="Answer from the index as it is (--refresh never), e.g. after "
                 "factcheck index in CI."),
]
FormatOpt = Annotated[
    ResultFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, text otherwise).",
        show_default=False,
        case_sensitive=False,
    ),
]
LintFormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, text otherwise); github and "
        "sarif for CI.",
        show_default=False,
        case_sensitive=False,
    ),
]
NoColorOpt = Annotated[
    bool,
    typer.Option("--no-color", help="No colour, even on a terminal (NO_COLOR is respected too)."),
]


def err(message: str) -> None:
    """One line on stderr (file names and corpus text in it shown with escapes)."""
    from ..printers.escape import printable

    print(f"factcheck: {printable(message)}", file=sys.stderr)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn a FactcheckError into one stderr line and exit 2; show warnings as one line each."""

    def show(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
        err(f"warning: {message}")

    old = warnings.showwarning
    warnings.showwarning = show
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            # an object of a library left open and collected now (a driver's connection)
            # is a developer's diagnostic, not a line for the user
            warnings.simplefilter("ignore", ResourceWarning)
            warnings.showwarning = show
            yield
    except FactcheckError as exc:
        err(f"error: {exc}")
        raise typer.Exit(ExitCode.ERROR) from None
    finally:
        warnings.showwarning = old


def use_color(no_color: bool, stream: TextIO) -> bool:
    """Colour on a terminal or when FORCE_COLOR is set; never with --no-color or NO_COLOR
    (which win over FORCE_COLOR)."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def choose_format(fmt: OutputFormat | ResultFormat | None, stream: TextIO) -> OutputFormat:
    """The format asked for, else table on a terminal and text otherwise; stdout is made
    safe for it whatever its encoding."""
    from .output import prepare_stdout

    if fmt is not None:
        chosen = OutputFormat(fmt.value)
    else:
        chosen = OutputFormat.TABLE if stream.isatty() else OutputFormat.TEXT
    if stream is sys.stdout:
        prepare_stdout(chosen.value)
    return chosen


@dataclass(frozen=True)
class CorpusOptions:
    """Where the corpus and its index are, after flags, environment and config."""

    dirs: tuple[Path, ...]
    index: Path | str | None  # a file, or a server URL (kept a string: Path would mangle it)
    follow_links: bool = False
    refresh: str = "auto"  # index/freshness.py
    refresh_interval: float | None = None  # seconds; None: the default


def corpus_options(
    corpus: list[Path] | None, index: str | Path | None, follow_links: bool = False, *,
    config: Config | None = None, drafts: bool = False,
    refresh: RefreshRule | None = None, no_refresh: bool = False,
) -> CorpusOptions:
    """Flags over environment over config; `drafts`: checking drafts (lint), where
    falling back to the bundled demo corpus is worth a warning."""
    if no_refresh and refresh not in (None, RefreshRule.NEVER):
        raise UsageError(f"--no-refresh and --refresh {refresh.value} contradict each other")
    from ..config import find_config
    from ..corpus.resolve import resolve_corpus
    from ..index.backends import is_server_url

    config = config if config is not None else find_config()
    dirs = resolve_corpus(corpus or (), config.corpus_dirs(), config_path=config.path,
                          drafts=drafts)
    index_path: Path | str | None = index
    if index_path is None and config.get("index") and config.path is not None:
        configured = str(config.get("index"))
        index_path = configured if is_server_url(configured) else config.path.parent / configured
    if isinstance(index_path, str) and not is_server_url(index_path):
        index_path = Path(index_path)
    follow = follow_links or bool(config.get("follow-links", False))
    rule = "never" if no_refresh else (
        refresh.value if refresh is not None else str(config.get("refresh") or "auto"))
    interval = config.get("refresh-interval")
    return CorpusOptions(tuple(dirs), index_path, follow, rule,
                         None if interval is None else float(interval))


def open_corpus(opts: CorpusOptions, *, progress: bool = False,  # type: ignore[no-untyped-def]
                indexing: bool = False):
    """Open and refresh the corpus, with a progress bar on a terminal if asked.

    A server index is refreshed only by `factcheck index` (`indexing`): the machines that
    check against it need not have the files, and their folders must not replace the
    corpus that was indexed.
    """
    from ..index.backends import is_server_url
    from ..index.corpus import Corpus

    if is_server_url(opts.index) and not indexing:
        corpus = Corpus.from_path(list(opts.dirs), index_path=opts.index, refresh=False)
        if not corpus.index.sources():
            corpus.close()
            raise CorpusError(
                f"the index {corpus.index.location} holds no documents: build it first with "
                "factcheck index --corpus DIR --index URL"
            )
        return corpus
    from ..index.freshness import ALWAYS, REFRESH_INTERVAL_S

    rule = ALWAYS if indexing else opts.refresh
    interval = opts.refresh_interval if opts.refresh_interval is not None else REFRESH_INTERVAL_S
    if not (progress and sys.stderr.isatty()):
        return Corpus.from_path(
            list(opts.dirs), index_path=opts.index, follow_links=opts.follow_links,
            refresh=rule, refresh_interval=interval,
        )
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("indexing", total=None)

        def step(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return Corpus.from_path(
            list(opts.dirs), index_path=opts.index, progress=step,
            follow_links=opts.follow_links,
            refresh=rule, refresh_interval=interval,
        )


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)
