"""`json`: one JSON document per run (an object for one claim, an array for several)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from ..results import DraftFinding, Result
from .interface import Printer

if TYPE_CHECKING:
    from ..audit.report import AuditReport


class JsonPrinter(Printer):
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        items = [r.to_dict() for r in results]
        doc = items[0] if len(items) == 1 else items
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        from ..lint.linter import summarise
        from ..results import SCHEMA_VERSION

        # the CLI sets `summary` (counts over every checked sentence, not just those shown)
        summary = getattr(self, "summary", None) or summarise(findings)
        doc = {
            "schema": SCHEMA_VERSION,
            "findings": [f.to_dict() for f in findings],
            "summary": summary.to_dict(),
        }
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")

    def print_audit(self, report: AuditReport, out: TextIO) -> None:
        out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
