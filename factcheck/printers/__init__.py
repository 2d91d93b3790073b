"""Output formats: one enum, one printer file per member."""

from __future__ import annotations

import importlib
from enum import Enum

from .interface import Printer


class OutputFormat(str, Enum):
    TABLE = "table"
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    GITHUB = "github"
    SARIF = "sarif"

    def __str__(self) -> str:
        return self.value


class ResultFormat(str, Enum):
    """The formats of `check` and `audit` (`lint` takes every OutputFormat)."""

    TABLE = "table"
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return self.value


# module and class per format; imported lazily so start-up stays fast
_PRINTERS: dict[OutputFormat, tuple[str, str]] = {
    OutputFormat.TABLE: ("table", "TablePrinter"),
    OutputFormat.TEXT: ("text", "TextPrinter"),
    OutputFormat.JSON: ("json", "JsonPrinter"),
    OutputFormat.JSONL: ("jsonl", "JsonlPrinter"),
    OutputFormat.GITHUB: ("github", "GithubPrinter"),
    OutputFormat.SARIF: ("sarif", "SarifPrinter"),
}

# formats that only make sense for drafts (`lint`)
LINT_ONLY = frozenset({OutputFormat.GITHUB, OutputFormat.SARIF})


def printer_for(fmt: OutputFormat, *, color: bool = False, width: int | None = None) -> Printer:
    """The printer for one output format."""
    module_name, class_name = _PRINTERS[fmt]
    module = importlib.import_module(f"{__name__}.{module_name}")
    cls: type[Printer] = getattr(module, class_name)
    return cls(color=color, width=width)


__all__ = ["LINT_ONLY", "OutputFormat", "Printer", "ResultFormat", "printer_for"]
