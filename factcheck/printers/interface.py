"""The one small interface every output format implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from ..errors import UsageError
from ..results import DraftFinding, Result

if TYPE_CHECKING:
    from ..audit.report import AuditReport


class Printer(ABC):
    """Formats finished results; never re-scores and never reads files."""

    def __init__(self, *, color: bool = False, width: int | None = None) -> None:
        self.color = color
        self.width = width

    @abstractmethod
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        """Write the verdicts of `factcheck check` (results may arrive as a stream)."""

    @abstractmethod
    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        """Write the findings of `factcheck lint`."""

    def print_audit(self, report: AuditReport, out: TextIO) -> None:
        """Write the conflicts and copy clusters of `factcheck audit`."""
        raise UsageError("this format does not support audit")
