"""`json`: one JSON document per run (an object for one claim, an array for several)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from ..results import DraftFinding, Result
from .interface import Printer


class JsonPrinter(Printer):
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        items = [r.to_dict() for r in results]
        doc = items[0] if len(items) == 1 else items
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        raise NotImplementedError
