"""GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` per finding.

GitHub turns these lines into annotations on the pull request. Findings that meet the
`--fail-on` policy are errors, disputed ones warnings, everything else a notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from ..errors import UsageError
from ..lint.messages import finding_message, level_for
from ..policy import FailOn
from ..results import DraftFinding, Result
from .escape import printable
from .interface import Printer

_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's rules: % CR LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (also : and ,)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubPrinter(Printer):
    """`::error file=…,line=…::message` lines for GitHub Actions."""

    fail_on: FailOn = FailOn.CONTRADICTED  # set by the CLI from --fail-on

    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        raise UsageError("the github format is only for `factcheck lint`")

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        for finding in findings:
            command = _COMMANDS[level_for(finding, self.fail_on)]
            props = {
                "file": finding.path,
                "line": str(finding.line),
                "col": str(finding.column),
                "endLine": str(finding.end_line),
                # GitHub's endColumn is inclusive; ours is exclusive
                "endColumn": str(max(finding.end_column - 1, 1)),
                "title": f"factcheck {finding.result.verdict.value}",
            }
            joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
            # GitHub shows the message in the job log, where escape sequences would act
            message = printable(finding_message(finding))
            out.write(f"::{command} {joined}::{escape_data(message)}\n")
