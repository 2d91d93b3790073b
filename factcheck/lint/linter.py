"""Linting drafts: every check-worthy sentence of a draft checked against one corpus.

The library half of `factcheck lint`: collect draft files, read them, check their
sentences with one open `Corpus` (many `check()` calls, results cached per sentence),
apply `min-score`, inline suppressions and a baseline, and count the verdicts. Nothing
here prints; the CLI picks a printer for the findings and an exit code from the summary.
"""

from __future__ import annotations

import fnmatch
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..policy import STDIN, STDIN_NAME, FailOn, Show, meets
from ..results import DraftFinding, Result, Verdict
from .baseline import Baseline
from .drafts import DraftKind, kind_for, read_draft
from .suppressions import suppress

if TYPE_CHECKING:
    from ..index.corpus import Corpus

DRAFT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})

Checker = Callable[[str], Result]


@dataclass(frozen=True)
class LintOptions:
    """Everything that changes what `lint` reports; built once from flags and config."""

    fail_on: FailOn = FailOn.CONTRADICTED
    min_score: float = 0.0
    top: int = 5
    exclude: tuple[str, ...] = ()
    baseline: Baseline | None = None


@dataclass(frozen=True)
class DraftSource:
    """One draft to lint: the path to show and its decoded text (None if unreadable)."""

    path: str
    text: str | None
    kind: DraftKind = DraftKind.MARKDOWN


@dataclass(frozen=True)
class LintSummary:
    """Counts over every checked sentence; suppressed ones are counted apart."""

    files: int = 0
    checked: int = 0
    supported: int = 0
    contradicted: int = 0
    disputed: int = 0
    unverified: int = 0
    suppressed: int = 0
    failing: int = 0
    fail_on: FailOn = FailOn.CONTRADICTED

    def line(self) -> str:
        """The one-line summary written to stderr."""
        text = (
            f"{self.checked} claims checked: {self.supported} supported, "
            f"{self.contradicted} contradicted, {self.disputed} disputed, "
            f"{self.unverified} unverified"
        )
        return text + (f" ({self.suppressed} suppressed)" if self.suppressed else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "checked": self.checked,
            "supported": self.supported,
            "contradicted": self.contradicted,
            "disputed": self.disputed,
            "unverified": self.unverified,
            "suppressed": self.suppressed,
            "failing": self.failing,
            "fail_on": self.fail_on.value,
        }


@dataclass(frozen=True)
class LintReport:
    """Findings in (path, line, column) order, their summary and any warnings."""

    findings: tuple[DraftFinding, ...]
    summary: LintSummary
    warnings: tuple[str, ...] = field(default=())

    def shown(self, show: Show = Show.PROBLEMS) -> list[DraftFinding]:
        """The findings a printer should receive under `show`."""
        return select_findings(self.findings, show, self.summary.fail_on)


# --- collecting drafts -------------------------------------------------------------------


def display_path(path: Path, cwd: Path | None = None) -> str:
    """The path relative to the working directory when inside it, POSIX separators."""
    here = (cwd or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(here).as_posix()
    except ValueError:
        return path.as_posix()


def is_excluded(path: str, patterns: Sequence[str]) -> bool:
    """True when a glob in `patterns` matches the path or its file name."""
    name = path.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(path, p) or fnmatch.fnmatch(name, p) for p in patterns)


def decode_draft(data: bytes, shown: str) -> tuple[str, list[str]]:
    """A draft's text (UTF-8, or UTF-16/32 with a byte order mark; empty is "") and the
    decoder's warnings (bad bytes replaced).

    A draft that cannot be read as text is an error, never a skip: a skipped draft would
    pass a CI run with nothing checked.
    """
    from ..corpus.loader import decode

    if not data.strip():
        return "", []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = decode(data, shown)
    if text is None:
        raise UsageError(f"cannot read draft {shown}: it is not text (binary data)")
    return text, [str(w.message) for w in caught]


def read_source(path: Path, shown: str) -> tuple[DraftSource, list[str]]:
    """Read one draft; a draft that cannot be read is an error (UsageError)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read draft {shown}: {exc.strerror}") from exc
    text, notes = decode_draft(data, shown)
    return DraftSource(shown, text, kind_for(shown)), notes


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == r or r in resolved.parents for r in roots)


def collect_sources(
    paths: Sequence[str],
    exclude: Sequence[str] = (),
    *,
    stdin_text: str | None = None,
    stdin_name: str = STDIN_NAME,
    cwd: Path | None = None,
    corpus_roots: Sequence[Path] = (),
) -> tuple[list[DraftSource], list[str]]:
    """Expand folders, drop excluded files and files inside the corpus folders (sources,
    not drafts), and read the rest; a missing or unreadable path is an error."""
    if not paths:
        raise UsageError("no drafts given: pass one or more files, folders or '-' for stdin")
    roots = [r.resolve() for r in corpus_roots]
    sources: list[DraftSource] = []
    notes: list[str] = []
    seen: set[str] = set()
    in_corpus = 0
    for raw in paths:
        if raw == STDIN:
            sources.append(DraftSource(stdin_name, stdin_text or "", kind_for(stdin_name)))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in DRAFT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            files = [path]
        else:
            raise UsageError(f"draft not found: {raw}")
        for file in files:
            shown = display_path(file, cwd)
            if shown in seen or is_excluded(shown, exclude):
                continue
            seen.add(shown)
            if roots and _inside(file, roots):
                in_corpus += 1
                continue
            source, warned = read_source(file, shown)
            sources.append(source)
            notes.extend(warned)
    if in_corpus:
        notes.append(f"skipped {in_corpus} files inside the corpus folders: they are "
                     "sources, not drafts")
    return sources, notes


# --- checking ----------------------------------------------------------------------------


def lint_sources(
    sources: Iterable[DraftSource],
    corpus: Corpus | None,
    options: LintOptions = LintOptions(),
    *,
    checker: Checker | None = None,
) -> LintReport:
    """Check every draft with one corpus; findings sorted by (path, line, column)."""
    check_one = checker or _corpus_checker(corpus, options.top)
    cache: dict[str, Result] = {}
    findings: list[DraftFinding] = []
    notes: list[str] = []
    files = 0
    for source in sources:
        if source.text is None:
            continue
        files += 1
        draft_findings, warned = _lint_one(source, check_one, cache, options)
        findings.extend(draft_findings)
        notes.extend(warned)
    findings.sort(key=lambda f: (f.path, f.line, f.column))
    return LintReport(tuple(findings), summarise(findings, options.fail_on, files), tuple(notes))


def lint_text(
    text: str,
    corpus: Corpus | None,
    options: LintOptions = LintOptions(),
    *,
    path: str = STDIN_NAME,
    kind: DraftKind | None = None,
    checker: Checker | None = None,
) -> LintReport:
    """Lint one draft given as a string (Markdown unless `path` or `kind` says text)."""
    source = DraftSource(path, text, kind or kind_for(path))
    return lint_sources([source], corpus, options, checker=checker)


def lint_paths(
    paths: Sequence[str | Path],
    corpus: Corpus | None,
    options: LintOptions = LintOptions(),
    *,
    checker: Checker | None = None,
) -> LintReport:
    """Lint draft files and folders (`.md`, `.markdown`, `.txt` inside folders)."""
    sources, notes = collect_sources([str(p) for p in paths], options.exclude)
    report = lint_sources(sources, corpus, options, checker=checker)
    return replace(report, warnings=tuple(notes) + report.warnings)


def _corpus_checker(corpus: Corpus | None, top: int) -> Checker:
    if corpus is None:
        raise UsageError("lint needs a corpus or a checker")
    from ..judge.checker import check

    def check_one(claim: str) -> Result:
        return check(claim, corpus, top=top)

    return check_one


def _best_result(sentence: str, quotes: Sequence[str], check_one: Checker) -> Result:
    """Check the sentence and each quoted part; keep the best-scoring result."""
    best = check_one(sentence)
    for quote in quotes:
        candidate = check_one(quote)
        if candidate.score > best.score:
            extra = {**candidate.extra, "checked_claim": quote}
            best = replace(candidate, claim=sentence, extra=extra)
    return best


def _lint_one(
    source: DraftSource,
    check_one: Checker,
    cache: dict[str, Result],
    options: LintOptions,
) -> tuple[list[DraftFinding], list[str]]:
    assert source.text is not None
    draft = read_draft(source.text, source.kind, name=source.path)
    out = []
    for sentence in draft.claims():
        result = cache.get(sentence.text)
        if result is None:
            result = _best_result(sentence.text, sentence.quoted_parts(), check_one)
            cache[sentence.text] = result
        result = apply_min_score(result, options.min_score)
        finding = DraftFinding(
            path=source.path,
            line=sentence.line,
            column=sentence.column,
            end_line=sentence.end_line,
            end_column=sentence.end_column,
            result=result,
            suppressed=sentence.suppressed,
        )
        if sentence.suppressed:
            finding = suppress(finding, "comment")
        elif options.baseline is not None and finding in options.baseline:
            finding = suppress(finding, "baseline")
        out.append(finding)
    return out, list(draft.warnings)


def apply_min_score(result: Result, min_score: float) -> Result:
    """A verdict whose score is below `min_score` becomes NOT_ENOUGH_INFO, saying why."""
    if result.verdict is Verdict.NOT_ENOUGH_INFO or result.score >= min_score:
        return result
    extra = {**result.extra, "verdict_before_min_score": result.verdict.value}
    reason = f"score {result.score:.2f} is below min-score {min_score:g} ({result.reason})"
    return replace(result, verdict=Verdict.NOT_ENOUGH_INFO, reason=reason, extra=extra)


def summarise(
    findings: Iterable[DraftFinding], fail_on: FailOn = FailOn.CONTRADICTED, files: int = 0
) -> LintSummary:
    """Count verdicts of unsuppressed findings; suppressed ones are only counted."""
    counts = dict.fromkeys(Verdict, 0)
    checked = suppressed = failing = 0
    for finding in findings:
        checked += 1
        if finding.suppressed:
            suppressed += 1
            continue
        counts[finding.result.verdict] += 1
        failing += meets(finding.result.verdict, fail_on)
    return LintSummary(
        files=files,
        checked=checked,
        supported=counts[Verdict.SUPPORTED],
        contradicted=counts[Verdict.CONTRADICTED],
        disputed=counts[Verdict.DISPUTED],
        unverified=counts[Verdict.NOT_ENOUGH_INFO],
        suppressed=suppressed,
        failing=failing,
        fail_on=fail_on,
    )


def select_findings(
    findings: Iterable[DraftFinding], show: Show, fail_on: FailOn = FailOn.CONTRADICTED
) -> list[DraftFinding]:
    """The findings to print: problems by default, failing ones only, or all."""
    if show is Show.ALL:
        return list(findings)
    if show is Show.FAILING:
        return [f for f in findings if not f.suppressed and meets(f.result.verdict, fail_on)]
    return [f for f in findings if not f.suppressed and f.result.verdict is not Verdict.SUPPORTED]
