"""`jsonl`: one JSON object per claim per line, flushed as each claim is decided."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from ..results import DraftFinding, Result
from .interface import Printer

if TYPE_CHECKING:
    from ..audit.report import AuditReport


class JsonlPrinter(Printer):
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        for r in results:
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            out.flush()

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        for f in findings:
            out.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")

    def print_audit(self, report: AuditReport, out: TextIO) -> None:
        from ..audit.report import AUDIT_SCHEMA_VERSION

        items = [{"type": "conflict", **g.to_dict()} for g in report.conflicts]
        items += [{"type": "copies", **c.to_dict()} for c in report.copies]
        for item in items:
            line = {"schema": AUDIT_SCHEMA_VERSION, **item}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
