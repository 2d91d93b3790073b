"""`factcheck audit`: where the sources disagree, and which sources are copies."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..judge.copies import COPY_THRESHOLD
from ..policy import AuditFailOn, ExitCode, FailOn
from ..printers import OutputFormat, printer_for
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
    copy_threshold: float
    since: float | None
    paths: tuple[Path, ...]


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
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Audit only what involves documents modified since then: a date "
            "(2024-05-01, 2024-05-01T09:30) or a span back from now (90m, 12h, 7d).",
        ),
    ] = None,
    paths: Annotated[
        list[Path] | None,
        typer.Option(
            "--paths",
            help="Audit only what involves these files or folders of the corpus "
            "(repeatable); with --since, documents in either.",
        ),
    ] = None,
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

    Groups list every source:line and value, most confident first (docs/audit.md);
    jsonl prints each conflict group as it is found instead.

    Exit codes: 0 nothing met --fail-on (always, with the default never),
    1 --fail-on conflicts and a conflict group was found, 2 bad input or corpus.
    """
    with reported_errors():
        from ..config import find_config

        config = find_config()
        policy = FailOn(fail_on or config.setting("fail-on", "audit") or FailOn.NEVER)
        if not 0.0 <= copy_threshold <= 1.0:
            raise UsageError("--copy-threshold must be between 0 and 1")
        from ..audit.changed import parse_since, sources_since, sources_under

        opts = AuditOptions(policy, copy_threshold,
                            None if since is None else parse_since(since), tuple(paths or ()))
        fmt = choose_format(format_, sys.stdout)
        from ..audit.conflicts import ConflictGroup
        from ..audit.report import AuditReport, audit, fails

        copen = open_corpus(corpus_options(corpus, index, follow_links, config=config,
                            refresh=refresh, no_refresh=no_refresh),
                            progress=True)
        changed: set[str] | None = None
        if opts.since is not None or opts.paths:
            changed = set()
            if opts.since is not None:
                changed |= sources_since(copen, opts.since)
            if opts.paths:
                changed |= sources_under(copen, opts.paths)
        printer = printer_for(fmt, color=use_color(no_color, sys.stdout))
        streamed = fmt is OutputFormat.JSONL
        with results_to_stdout():
            def show(group: ConflictGroup) -> None:
                # a report of one group at a time: jsonl writes a line per group
                printer.print_audit(AuditReport((group,), ()), sys.stdout)
                sys.stdout.flush()

            report = audit(copen, copy_threshold=opts.copy_threshold, changed=changed,
                           on_conflict=show if streamed else None, keep=not streamed)
            if streamed:
                printer.print_audit(AuditReport((), report.copies), sys.stdout)
            else:
                printer.print_audit(report, sys.stdout)
        err(report.summary())
    raise typer.Exit(ExitCode.FINDINGS if fails(report, opts.fail_on) else ExitCode.OK)
