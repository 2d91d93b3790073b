"""`factcheck check`: verdicts on statements."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..policy import ExitCode, FailOn, VerdictFailOn, meets
from ..printers import printer_for
from .common import (
    CorpusOpt,
    FollowLinksOpt,
    FormatOpt,
    IndexOpt,
    NoColorOpt,
    NoRefreshOpt,
    RefreshOpt,
    choose_format,
    corpus_options,
    open_corpus,
    reported_errors,
    use_color,
)
from .output import results_to_stdout


@dataclass(frozen=True)
class CheckOptions:
    claims: tuple[str, ...]
    claims_file: Path | None
    top: int
    fail_on: FailOn


def _claims(opts: CheckOptions) -> Iterator[str]:
    """Claims from arguments, `-` (stdin, one per line) and --claims-file, in order."""
    # bad arguments and an unreadable file fail before the first claim is checked, so a
    # run never prints some results and then exits 2
    if any(not claim.strip() for claim in opts.claims):
        raise UsageError("the claim is empty")
    file_claims: list[str] = []
    if opts.claims_file is not None:
        try:
            text = opts.claims_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read claims file {opts.claims_file}: {exc}") from exc
        file_claims = [line.strip() for line in text.splitlines() if line.strip()]
    for claim in opts.claims:
        if claim == "-":
            for line in sys.stdin:
                if line.strip():
                    yield line.strip()
        else:
            yield claim
    yield from file_claims


def check_command(
    claims: Annotated[
        list[str] | None,
        typer.Argument(help="Statements to check; '-' reads one per line from stdin.",
                       show_default=False),
    ] = None,
    claims_file: Annotated[
        Path | None,
        typer.Option("--claims-file", help="Read claims from a file, one per line.",
                     show_default=False),
    ] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow_links: FollowLinksOpt = False,
    refresh: RefreshOpt = None,
    no_refresh: NoRefreshOpt = False,
    format_: FormatOpt = None,
    top: Annotated[
        int | None,
        typer.Option("--top", "-n", show_default=False,
                     help="Passages to show per claim. Default 5 (or 'top' in the config)."),
    ] = None,
    fail_on: Annotated[
        VerdictFailOn | None,
        typer.Option("--fail-on", case_sensitive=False, show_default=False,
                     help="Exit 1 when a claim is contradicted (default) | disputed (or "
                     "contradicted) | unsupported (anything not SUPPORTED) | never."),
    ] = None,
    no_color: NoColorOpt = False,
) -> None:
    """Check statements against the corpus: verdict, evidence with file:line, numeric checks.

    Exit codes: 0 no claim met --fail-on, 1 at least one did, 2 bad input.
    """
    with reported_errors():
        from ..config import find_config

        if not claims and claims_file is None:
            raise UsageError("no claim given (pass a statement, '-' for stdin, or --claims-file)")
        if top is not None and top < 1:
            raise UsageError("--top must be at least 1")
        config = find_config()
        opts = CheckOptions(
            tuple(claims or ()),
            claims_file,
            top or config.setting("top", "check") or 5,
            FailOn(fail_on or config.setting("fail-on", "check") or FailOn.CONTRADICTED),
        )
        fmt = choose_format(format_, sys.stdout)
        from ..judge.checker import check

        source = _claims(opts)
        first = next(source, None)  # read input errors before opening the corpus
        if first is None:
            raise UsageError("no claim given on stdin")
        copen = open_corpus(corpus_options(corpus, index, follow_links, config=config,
                            refresh=refresh, no_refresh=no_refresh))
        failed = False

        def results():  # type: ignore[no-untyped-def]
            nonlocal failed
            for claim in _chain(first, source):
                result = check(claim, copen, top=opts.top)
                failed = failed or meets(result.verdict, opts.fail_on)
                yield result

        printer = printer_for(fmt, color=use_color(no_color, sys.stdout))
        with results_to_stdout():
            printer.print_results(results(), sys.stdout)
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
