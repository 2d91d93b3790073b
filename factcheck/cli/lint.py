"""`factcheck lint`: check every statement of Markdown or text drafts, for CI and editors."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import UsageError
from ..policy import STDIN, STDIN_NAME, ExitCode, FailOn, Show, VerdictFailOn
from ..printers import printer_for
from .common import (
    CorpusOpt,
    FollowLinksOpt,
    IndexOpt,
    LintFormatOpt,
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

if TYPE_CHECKING:
    from ..config import Config
    from ..lint.linter import LintOptions

# Typer keeps the docstring's line breaks, so each paragraph is one (joined) line
LINT_HELP = "\n\n".join(
    [
        "Check the statements in drafts (.md, .markdown, .txt) against the corpus.",
        "Each check-worthy sentence (a number, a date, a name or a factual verb; not questions, "
        "headings or code) is checked on its own; quoted speech is also checked alone. "
        "Markdown headings, code, front matter, HTML comments and link URLs are skipped; "
        "positions are line:column in the original file.",
        "\b\nWhich findings are printed (--show):\n"
        "  problems  contradicted, disputed, unverified; not suppressed (default)\n"
        "  failing   only those that meet --fail-on\n"
        "  all       everything checked, supported and suppressed included",
        "\b\nSuppressions:\n"
        "  <!-- factcheck: ignore -->   skips the next sentence\n"
        "  <!-- factcheck: off -->      skips everything up to <!-- factcheck: on -->\n"
        "  --write-baseline FILE, then --baseline FILE: recorded findings (matched by path "
        "and sentence text, not line) no longer fail the run",
        "--min-score: a verdict whose score is below it counts as unverified (NOT_ENOUGH_INFO).",
        "Config: \\[tool.factcheck] in pyproject.toml or .factcheck.toml (corpus, index, "
        "fail-on, min-score, top, exclude); flags win. The summary line goes to stderr.",
        "Exit codes: 0 clean, 1 a finding meets --fail-on, 2 error (missing file, bad config, "
        "unusable corpus).",
    ]
)


@dataclass(frozen=True)
class LintCommand:
    """The flags of one `lint` run after config defaults are applied."""

    files: tuple[str, ...]
    options: LintOptions
    show: Show
    stdin_name: str
    write_baseline: Path | None
    exit_zero: bool


def build_command(
    files: list[str],
    *,
    fail_on: FailOn | None,
    min_score: float | None,
    top: int | None,
    exclude: list[str] | None,
    baseline: Path | None,
    write_baseline: Path | None,
    show: Show,
    stdin_name: str,
    exit_zero: bool,
    config: Config | None = None,
) -> LintCommand:
    """Flags over config over defaults, validated, as one frozen object."""
    from ..config import find_config
    from ..lint.baseline import load_baseline

    config = config if config is not None else find_config()
    fail_on = FailOn(fail_on or config.setting("fail-on", "lint") or FailOn.CONTRADICTED)
    if min_score is None:
        min_score = config.setting("min-score", "lint") or 0.0
    if top is None:
        top = config.setting("top", "lint") or 5
    if exclude is None:
        exclude = list(config.setting("exclude", "lint") or [])
    if not 0.0 <= min_score <= 1.0:
        raise UsageError("--min-score must be between 0 and 1")
    if top < 1:
        raise UsageError("--top must be at least 1")
    if files.count(STDIN) > 1:
        raise UsageError("'-' (stdin) can be given only once")
    from ..lint.linter import LintOptions  # the linter is imported only when `lint` runs

    options = LintOptions(
        fail_on=fail_on,
        min_score=float(min_score),
        top=top,
        exclude=tuple(exclude),
        baseline=load_baseline(baseline) if baseline is not None else None,
    )
    return LintCommand(tuple(files), options, show, stdin_name, write_baseline, exit_zero)


def lint_command(
    files: Annotated[
        list[str],
        typer.Argument(help="Draft files or folders; '-' reads a draft from stdin.",
                       show_default=False),
    ],
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow_links: FollowLinksOpt = False,
    refresh: RefreshOpt = None,
    no_refresh: NoRefreshOpt = False,
    format_: LintFormatOpt = None,
    show: Annotated[
        Show,
        typer.Option("--show", case_sensitive=False,
                     help="Findings to print: problems | failing | all (see above)."),
    ] = Show.PROBLEMS,
    fail_on: Annotated[
        VerdictFailOn | None,
        typer.Option("--fail-on", case_sensitive=False, show_default=False,
                     help="Exit 1 when a finding is contradicted (default) | disputed "
                     "(or contradicted) | unsupported (anything not SUPPORTED) | never."),
    ] = None,
    min_score: Annotated[
        float | None,
        typer.Option("--min-score", show_default=False,
                     help="Treat verdicts scoring below this (0-1) as unverified. Default 0."),
    ] = None,
    top: Annotated[
        int | None,
        typer.Option("--top", "-n", show_default=False,
                     help="Passages considered per sentence. Default 5."),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", show_default=False,
                     help="Glob of draft paths to skip; repeatable (replaces config 'exclude')."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", show_default=False,
                     help="Baseline file: findings recorded in it do not fail the run."),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", show_default=False,
                     help="Record the current findings in this file and exit 0."),
    ] = None,
    stdin_name: Annotated[
        str,
        typer.Option("--stdin-name",
                     help="Path to report for a draft read from stdin ('.md' → Markdown)."),
    ] = STDIN_NAME,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when findings meet --fail-on.")
    ] = False,
    no_color: NoColorOpt = False,
) -> None:
    from ..lint.linter import collect_sources, lint_sources

    with reported_errors():
        from ..config import find_config

        config = find_config()
        cmd = build_command(
            files, fail_on=FailOn(fail_on) if fail_on else None, min_score=min_score,
            top=top, exclude=exclude, baseline=baseline, write_baseline=write_baseline,
            show=show, stdin_name=stdin_name, exit_zero=exit_zero, config=config,
        )
        fmt = choose_format(format_, sys.stdout)
        where = corpus_options(corpus, index, follow_links, config=config, drafts=True,
                            refresh=refresh, no_refresh=no_refresh)
        stdin_text = read_stdin(cmd.stdin_name) if STDIN in cmd.files else None
        # read the drafts first: a missing file fails before the corpus is opened; the
        # corpus's own files are sources, not drafts (a pre-commit hook passes them all)
        sources, notes = collect_sources(
            cmd.files, cmd.options.exclude, stdin_text=stdin_text, stdin_name=cmd.stdin_name,
            corpus_roots=where.dirs,
        )
        for note in notes:
            err(f"warning: {note}")
        opened = open_corpus(where)
        report = lint_sources(sources, opened, cmd.options)
        for note in report.warnings:
            err(f"warning: {note}")
        if cmd.write_baseline is not None:
            _write_baseline(report.findings, cmd.write_baseline)
            err(report.summary.line())
            raise typer.Exit(ExitCode.OK)
        printer = printer_for(fmt, color=use_color(no_color, sys.stdout))
        # lint printers read the policy (error vs warning) and the run's counts
        printer.fail_on = cmd.options.fail_on  # type: ignore[attr-defined]
        printer.summary = report.summary  # type: ignore[attr-defined]
        with results_to_stdout():
            printer.print_findings(report.shown(cmd.show), sys.stdout)
        err(report.summary.line())
    failed = report.summary.failing > 0 and not cmd.exit_zero
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


lint_command.__doc__ = LINT_HELP


def read_stdin(name: str) -> str:
    """A draft on standard input, decoded like a draft file (a BOM says UTF-16 or -32)."""
    from ..lint.linter import decode_draft

    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream with no bytes under it
        return sys.stdin.read()
    text, notes = decode_draft(buffer.read(), name)
    for note in notes:
        err(f"warning: {note}")
    return text


def _write_baseline(findings: Any, path: Path) -> None:
    from ..lint.baseline import Baseline, write_baseline
    from ..results import Verdict

    # every problem except those silenced in the draft itself
    known = [
        f
        for f in findings
        if f.result.verdict is not Verdict.SUPPORTED
        and f.result.extra.get("suppressed_by") != "comment"
    ]
    baseline = Baseline.from_findings(known)
    write_baseline(baseline, path)
    err(f"wrote {len(baseline)} findings to baseline {path}")
