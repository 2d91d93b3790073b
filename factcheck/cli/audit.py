"""`factcheck audit`: where the sources disagree, and which sources are copies."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Annotated

import typer

from ..errors import UsageError
from ..judge.copies import COPY_THRESHOLD
from ..policy import CONTEXT_MATCH, AuditFailOn, ExitCode, FailOn
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
    err,
    open_corpus,
    reported_errors,
    use_color,
)
from .output import results_to_stdout


@dataclass(frozen=True)
class AuditOptions:
    fail_on: FailOn
    context_threshold: float
    copy_threshold: float


def audit_command(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow_links: FollowLinksOpt = False,
    refresh: RefreshOpt = None,
    no_refresh: NoRefreshOpt = False,
    format_: FormatOpt = None,
    fail_on: Annotated[
        AuditFailOn | None,
        typer.Option(
            "--fail-on",
            case_sensitive=False,
            show_default=False,
            help="Exit 1 when at least one conflict group is found (conflicts), or never. "
            "Default never (or 'fail-on' in the config): an audit is a report, not a gate.",
        ),
    ] = None,
    context_threshold: Annotated[
        float,
        typer.Option(
            "--context-threshold",
            help="How much the words around two values must overlap (0-1) to be one fact.",
        ),
    ] = CONTEXT_MATCH,
    copy_threshold: Annotated[
        float,
        typer.Option(
            "--copy-threshold",
            help="Document similarity (0-1) at which two documents count as copies.",
        ),
    ] = COPY_THRESHOLD,
    no_color: NoColorOpt = False,
) -> None:
    """Audit the corpus: conflicting figures and dates, and copied documents.

    Conflicts: one fact stated with inconsistent values in different documents.

    Copies: documents that are near-duplicates or paraphrased rewrites of another.

    Groups list every source:line and value, most confident first (docs/audit.md).

    Exit codes: 0 nothing met --fail-on (always, with the default never),
    1 --fail-on conflicts and a conflict group was found, 2 bad input or corpus.
    """
    with reported_errors():
        from ..config import find_config

        config = find_config()
        policy = FailOn(fail_on or config.setting("fail-on", "audit") or FailOn.NEVER)
        for name, value in (
            ("--context-threshold", context_threshold),
            ("--copy-threshold", copy_threshold),
        ):
            if not 0.0 <= value <= 1.0:
                raise UsageError(f"{name} must be between 0 and 1")
        fmt = choose_format(format_, sys.stdout)
        opts = AuditOptions(policy, context_threshold, copy_threshold)
        from ..audit.report import audit, fails

        copen = open_corpus(corpus_options(corpus, index, follow_links, config=config,
                            refresh=refresh, no_refresh=no_refresh),
                            progress=True)
        report = audit(
            copen,
            context_threshold=opts.context_threshold,
            copy_threshold=opts.copy_threshold,
        )
        printer = printer_for(fmt, color=use_color(no_color, sys.stdout))
        with results_to_stdout():
            printer.print_audit(report, sys.stdout)
        err(report.summary())
    raise typer.Exit(ExitCode.FINDINGS if fails(report, opts.fail_on) else ExitCode.OK)
