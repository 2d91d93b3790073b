"""Narrow terminals (issue 14, point 19): a file:line is never cut. The table folds a
location that is wider than its column onto the next line, and below a width where the
claim and evidence would not fit, the text layout is used, where each location starts a
line."""

from __future__ import annotations

import io
import re

import pytest

from factcheck import Corpus
from factcheck.judge.checker import check
from factcheck.lint.linter import lint_text
from factcheck.printers import OutputFormat, printer_for

SOURCES = {
    "reports/2024/regional-election-commission-final-count.txt": (
        "Turnout in the Marlow regional election reached 64.5 percent, the commission said.\n"
        "Governor Ines Faber won 52% of the vote against 39% for Tomas Reyes.\n"
    ),
    "wires/agency-desk/harbour-authority-annual-statement.md": (
        "The Marlow harbour handled 8,200 container ships in 2023, the authority said.\n"
    ),
}
DRAFT = (
    "Turnout in the Marlow regional election reached 71.5 percent.\n\n"
    "The Marlow harbour handled 9,400 container ships in 2023.\n"
)
WIDTHS = [30, 40, 50, 60, 70, 80, 100, 140]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_texts(SOURCES)


def _cells(output: str, column: int) -> list[str]:
    """The text of one column of a Rich table, cell by cell (rows end at a rule)."""
    cells, current = [], []
    for line in output.splitlines():
        if line.startswith(("├", "└")):
            cells.append(" ".join(current))
            current = []
        elif line.startswith("│"):
            current.append(line.split("│")[column + 1].strip())
    return cells


def _folded(cell: str) -> str:
    return re.sub(r"\s+", "", cell)


@pytest.mark.parametrize("width", WIDTHS)
def test_lint_table_never_cuts_a_location(corpus: Corpus, width: int) -> None:
    report = lint_text(DRAFT, corpus, path="drafts/marlow.md")
    findings = report.shown()
    assert len(findings) == 2
    out = io.StringIO()
    printer_for(OutputFormat.TABLE, width=width).print_findings(findings, out)
    text = out.getvalue()
    drafts = [f"{f.path}:{f.line}:{f.column}" for f in findings]
    evidence = [f.result.evidence[0].sentence.location for f in findings]
    if text.startswith("┏"):  # a table: every location whole in its cell, perhaps folded
        assert "…" not in text and all(len(line) <= width for line in text.splitlines())
        assert [c.split()[0] for c in _cells(text, 0)] == drafts
        for cell, location in zip(_cells(text, 3), evidence, strict=True):
            assert location in _folded(cell)
    else:  # the text layout: each finding's line starts with its location
        lines = text.splitlines()
        assert [line.split(": ")[0] for line in lines] == drafts
        for line, location in zip(lines, evidence, strict=True):
            assert f"[{location}]" in line
    if width >= 80:
        assert text.startswith("┏")  # 80 columns still get the table
    if width <= 50:
        assert not text.startswith("┏")


@pytest.mark.parametrize("width", WIDTHS)
def test_check_table_never_cuts_a_location(corpus: Corpus, width: int) -> None:
    result = check("The Marlow harbour handled 9,400 container ships in 2023", corpus)
    assert result.evidence
    out = io.StringIO()
    printer_for(OutputFormat.TABLE, width=width).print_results([result], out)
    text = out.getvalue()
    assert "…" not in text
    locations = [e.sentence.location for e in result.evidence]
    if "┏" in text:
        passages = _cells(text[text.index("┏"):], 1)
        for cell, location in zip(passages, locations, strict=True):
            assert _folded(cell).startswith(location)
    else:
        for location in locations:
            assert any(line.strip().startswith(location) for line in text.splitlines())
