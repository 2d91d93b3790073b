"""Issue 14, point 14: control characters from corpus text (ANSI escapes, other C0/C1
controls, bidi overrides) and newlines in file names are printed as escapes in every human
format and on stderr; JSON keeps the real characters (escaped by JSON itself)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.printers.escape import printable

CLEAR = "\x1b[2J"  # clear the screen
TITLE = "\x1b]0;pwned\x07"  # set the window title
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]")  # anything but the printer's own \n

SENTENCE = f"The harbour{CLEAR} reopened after repairs costing 12 million{TITLE} euros.\n"


def test_printable_escapes_controls_and_keeps_the_rest() -> None:
    assert printable("a\x1b[2Jb\nc\rd\te\x07f\x85g\x9b\u202eh") == (
        "a\\x1b[2Jb\\nc\\rd\\te\\x07f\\x85g\\x9b\\u202eh")
    assert printable("Zürich – “£12m” \u00a0ok") == "Zürich – “£12m” \u00a0ok"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "corpus"
    root.mkdir()
    (root / f"port\nfake{CLEAR}.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "other.txt").write_text(
        "The harbour reopened after repairs costing 15 million euros.\n", encoding="utf-8")
    (root / f"bin\n{CLEAR}.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "draft.md").write_text(
        "The harbour reopened after repairs costing 12 million euros.\n", encoding="utf-8")
    return tmp_path


CLAIM = "The harbour reopened after repairs costing 12 million euros"


@pytest.mark.parametrize(
    "args",
    [
        ["check", CLAIM, "--format", "text"],
        ["check", CLAIM, "--format", "table"],
        ["lint", "draft.md", "--format", "text"],
        ["lint", "draft.md", "--format", "table"],
        ["lint", "draft.md", "--format", "github"],
        ["audit", "--format", "text"],
        ["audit", "--format", "table"],
    ],
)
def test_no_raw_control_character_reaches_the_terminal(hostile: Path, args: list[str]) -> None:
    result = CliRunner().invoke(app, [*args, "--corpus", "corpus", "--index", "i.sqlite"])
    assert result.exit_code in (0, 1), result.output
    assert not RAW.search(result.stdout), repr(result.stdout)
    assert not RAW.search(result.stderr), repr(result.stderr)
    # the warning about the binary file names it on one line, escaped
    assert "skipping binary file bin\\n\\x1b[2J.txt" in result.stderr
    if args[0] == "check":
        assert "port\\nfake\\x1b[2J.txt" in result.stdout
        assert "\\x1b[2J reopened" in result.stdout.replace("\n", " ").replace("│", " ")


def test_json_keeps_the_real_characters(hostile: Path) -> None:
    result = CliRunner().invoke(
        app, ["check", CLAIM, "--format", "json", "--corpus", "corpus", "--index", "i.sqlite"])
    out = json.loads(result.stdout)
    texts = {e["source"]: e["text"] for e in out["evidence"]}
    assert texts[f"port\nfake{CLEAR}.txt"] == SENTENCE.strip()
    assert "\x1b" not in result.stdout  # JSON escapes it as \u001b
