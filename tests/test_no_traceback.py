"""Every command, every broken input: one `factcheck: error: ...` line and exit 2, never a
traceback (issue 14, acceptance). Each case runs in its own process, as a user's shell
would run it, so a traceback printed by the interpreter itself would show."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import HAY, write_tree

CLAIM = "Storm Brenna brought winds of 140 km/h"
COMMANDS = {
    "check": ["check", CLAIM],
    "lint": ["lint", "draft.md"],
    "audit": ["audit"],
    "index": ["index"],
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder holding every kind of broken input."""
    root = tmp_path_factory.mktemp("world")
    write_tree(root / "corpus", HAY)
    (root / "empty").mkdir()
    (root / "only-pdf").mkdir()
    (root / "only-pdf" / "a.pdf").write_bytes(b"%PDF-1.4")
    (root / "a-file.txt").write_text("not a folder\n")
    (root / "draft.md").write_text("Storm Brenna brought winds of 90 km/h.\n")
    (root / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "claims-latin1.txt").write_bytes("Caf\xe9 prices rose 5%\n".encode("latin-1"))
    conn = sqlite3.connect(root / "customers.db")
    conn.execute("CREATE TABLE customers(name TEXT)")
    conn.commit()
    conn.close()
    (root / "index-folder").mkdir()
    (root / "bad.json").write_text("{not json")
    (root / "old-baseline.json").write_text('{"schema": 99, "findings": []}')
    for name, text in {
        "toml-invalid": "corpus = [\n",
        "toml-unknown": 'corpse = "corpus"\n',
        "toml-top": 'corpus = "corpus"\ntop = 0\n',
        "toml-exclude": 'corpus = "corpus"\nexclude = [1, 2]\n',
        "toml-empty-corpus": "corpus = []\n",
        "toml-fail-on": 'corpus = "corpus"\nfail-on = "sometimes"\n',
        "toml-missing-corpus": 'corpus = "no-such-folder"\n',
        "toml-foreign-index": 'corpus = "corpus"\nindex = "customers.db"\n',
    }.items():
        folder = root / name
        folder.mkdir()
        (folder / ".factcheck.toml").write_text(
            text.replace('"corpus"', f'"{root / "corpus"}"')
            .replace('"customers.db"', f'"{root / "customers.db"}"')
            .replace('"no-such-folder"', f'"{root / "no-such-folder"}"'))
        (folder / "draft.md").write_text("Storm Brenna brought winds of 90 km/h.\n")
    (root / "toml-not-utf8").mkdir()
    (root / "toml-not-utf8" / ".factcheck.toml").write_bytes(b'corpus = "caf\xe9"\n')
    (root / "toml-not-utf8" / "draft.md").write_text("x\n")
    return root


# (case name, where to run ("" is the world), extra args, extra environment)
SHARED = [
    ("corpus-missing", "", ["--corpus", "no-such-folder"], {}),
    ("corpus-is-a-file", "", ["--corpus", "a-file.txt"], {}),
    ("corpus-empty", "", ["--corpus", "empty"], {}),
    ("corpus-without-text-files", "", ["--corpus", "only-pdf"], {}),
    ("index-is-a-draft", "", ["--corpus", "corpus", "--index", "draft.md"], {}),
    ("index-is-another-database", "", ["--corpus", "corpus", "--index", "customers.db"], {}),
    ("index-is-a-folder", "", ["--corpus", "corpus", "--index", "index-folder"], {}),
    ("index-under-a-file", "", ["--corpus", "corpus", "--index", "a-file.txt/i.sqlite"], {}),
    ("env-corpus-empty", "", [], {"FACTCHECK_CORPUS": ""}),
    ("env-corpus-missing", "", [], {"FACTCHECK_CORPUS": "no-such-folder"}),
    ("config-invalid-toml", "toml-invalid", [], {}),
    ("config-unknown-key", "toml-unknown", [], {}),
    ("config-top-zero", "toml-top", [], {}),
    ("config-exclude-numbers", "toml-exclude", [], {}),
    ("config-empty-corpus", "toml-empty-corpus", [], {}),
    ("config-bad-fail-on", "toml-fail-on", [], {}),
    ("config-missing-corpus", "toml-missing-corpus", [], {}),
    ("config-foreign-index", "toml-foreign-index", [], {}),
    ("config-not-utf8", "toml-not-utf8", [], {}),
    ("unknown-option", "", ["--corpus", "corpus", "--no-such-option"], {}),
]

OWN = [
    ("check", "no-claim", ["check", "--corpus", "corpus"], None),
    ("check", "empty-claim", ["check", "", "--corpus", "corpus"], None),
    ("check", "empty-stdin", ["check", "-", "--corpus", "corpus"], ""),
    ("check", "top-zero", ["check", CLAIM, "--top", "0", "--corpus", "corpus"], None),
    ("check", "top-not-a-number", ["check", CLAIM, "--top", "many"], None),
    ("check", "claims-file-missing", ["check", "--claims-file", "nope.txt"], None),
    ("check", "claims-file-not-utf8", ["check", "--claims-file", "claims-latin1.txt"], None),
    ("check", "lint-format", ["check", CLAIM, "--format", "sarif"], None),
    ("check", "audit-fail-on", ["check", CLAIM, "--fail-on", "conflicts"], None),
    ("lint", "no-drafts", ["lint", "--corpus", "corpus"], None),
    ("lint", "draft-missing", ["lint", "nope.md", "--corpus", "corpus"], None),
    ("lint", "draft-binary", ["lint", "binary.md", "--corpus", "corpus"], None),
    ("lint", "stdin-twice", ["lint", "-", "-", "--corpus", "corpus"], "x"),
    ("lint", "min-score-out-of-range", ["lint", "draft.md", "--min-score", "3"], None),
    ("lint", "baseline-missing", ["lint", "draft.md", "--baseline", "nope.json",
                                  "--corpus", "corpus"], None),
    ("lint", "baseline-not-json", ["lint", "draft.md", "--baseline", "bad.json",
                                   "--corpus", "corpus"], None),
    ("lint", "baseline-old-schema", ["lint", "draft.md", "--baseline", "old-baseline.json",
                                     "--corpus", "corpus"], None),
    ("lint", "baseline-unwritable", ["lint", "draft.md", "--write-baseline",
                                     "no-such-folder/b.json", "--corpus", "corpus"], None),
    ("audit", "since", ["audit", "--since", "yesterday-ish"], None),
    ("audit", "copy-threshold", ["audit", "--copy-threshold", "-1"], None),
    ("audit", "verdict-fail-on", ["audit", "--fail-on", "disputed"], None),
    ("audit", "lint-format", ["audit", "--format", "github"], None),
    ("index", "rebuild-another-database", ["index", "--rebuild", "--corpus", "corpus",
                                           "--index", "customers.db"], None),
]


def _run(world: Path, args: list[str], where: str = "", env: dict[str, str] | None = None,
         stdin: str | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k != "FACTCHECK_CORPUS"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=world / where, env={**base, "PYTHONIOENCODING": "utf-8", **(env or {})},
        input=stdin if stdin is not None else "", capture_output=True, text=True, timeout=120,
    )


def _assert_one_error(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("factcheck: error: "), proc.stderr
    # only warnings that explain the error may come before it (files skipped on the way)
    assert all(line.startswith("factcheck: warning: ") for line in lines[:-1]), proc.stderr
    assert proc.stdout == "", proc.stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(("case", "where", "extra", "env"), SHARED, ids=[c[0] for c in SHARED])
def test_shared_broken_inputs(world: Path, command: str, case: str, where: str,
                              extra: list[str], env: dict[str, str]) -> None:
    proc = _run(world, [*COMMANDS[command], *extra], where, env)
    _assert_one_error(proc)
    if case not in ("corpus-without-text-files",):
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.mark.parametrize(("command", "case", "args", "stdin"), OWN,
                         ids=[f"{c[0]}-{c[1]}" for c in OWN])
def test_command_specific_broken_inputs(world: Path, command: str, case: str,
                                        args: list[str], stdin: str | None) -> None:
    proc = _run(world, args, stdin=stdin)
    _assert_one_error(proc)
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
