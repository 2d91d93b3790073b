"""`jsonl`: one JSON object per claim per line, flushed as each claim is decided."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from ..results import DraftFinding, Result
from .interface import Printer


class JsonlPrinter(Printer):
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        for r in results:
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
            out.flush()

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        raise NotImplementedError
