"""One set of conventions for every command (issue 14, point 18): each command offers only
what it accepts; check, lint and audit read the config the same way; config values are
checked as flags are; FORCE_COLOR; baselines that move with their file; an index summary
that says what changed; the licence pyproject names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from test_conflicts import FIRE_A, FIRE_B
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import HAY, write_tree

REPO = Path(__file__).resolve().parent.parent
ROOT = typer.main.get_command(app)
FALSE_CLAIM = "Storm Brenna brought winds of 90 km/h"


def _choices(command: str, option: str) -> set[str]:
    param = next(p for p in ROOT.commands[command].params  # type: ignore[attr-defined]
                 if option in p.opts)
    return set(param.type.choices)


# --- each command lists only what it accepts ------------------------------------------------


def test_each_command_offers_only_the_formats_it_prints() -> None:
    # regression: `check --help` offered github and sarif, which check refuses
    assert _choices("check", "--format") == {"table", "text", "json", "jsonl"}
    assert _choices("audit", "--format") == {"table", "text", "json", "jsonl"}
    assert _choices("lint", "--format") == {"table", "text", "json", "jsonl", "github", "sarif"}


def test_each_command_offers_only_its_own_fail_on_values() -> None:
    # regression: `check --help` offered `--fail-on conflicts`, which check misread
    assert _choices("check", "--fail-on") == {"contradicted", "disputed", "unsupported", "never"}
    assert _choices("lint", "--fail-on") == {"contradicted", "disputed", "unsupported", "never"}
    assert _choices("audit", "--fail-on") == {"conflicts", "never"}


@pytest.mark.parametrize("command", ["check", "audit"])
def test_help_does_not_mention_what_the_command_refuses(command: str) -> None:
    out = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
    assert "github" not in out and "sarif" not in out
    assert ("conflicts" in out) == (command == "audit")


@pytest.mark.parametrize(
    ("args", "refused"),
    [(["check", "x", "--fail-on", "conflicts"], "'conflicts'"),
     (["audit", "--fail-on", "disputed"], "'disputed'"),
     (["audit", "--format", "sarif"], "'sarif'")],
)
def test_a_value_not_offered_is_one_error_line(main_cli, hay_dir: Path, args: list[str],  # type: ignore[no-untyped-def]
                                               refused: str) -> None:
    code, out, err = main_cli(*args, "--corpus", str(hay_dir))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and refused in err and "is not one of" in err


# --- the config, read the same way by every command ----------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_tree(tmp_path / "sources", {**HAY, "fire_a.txt": FIRE_A, "fire_b.txt": FIRE_B})
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _config(project: Path, text: str) -> None:
    (project / ".factcheck.toml").write_text('corpus = "sources"\n' + text)


def test_check_honours_fail_on_and_top_from_the_config(project: Path) -> None:
    # regression: check ignored fail-on and top in the config (lint honoured them)
    runner = CliRunner()
    _config(project, "")
    plain = runner.invoke(app, ["check", "-f", "json", FALSE_CLAIM])
    assert plain.exit_code == 1 and len(json.loads(plain.stdout)["evidence"]) > 1
    _config(project, 'fail-on = "never"\ntop = 1\n')
    configured = runner.invoke(app, ["check", "-f", "json", FALSE_CLAIM])
    assert configured.exit_code == 0, configured.output
    assert len(json.loads(configured.stdout)["evidence"]) == 1
    flags = runner.invoke(app, ["check", "-f", "json", "--fail-on", "contradicted", "-n", "2",
                                FALSE_CLAIM])
    assert flags.exit_code == 1 and len(json.loads(flags.stdout)["evidence"]) == 2


def test_audit_honours_fail_on_from_the_config(project: Path) -> None:
    runner = CliRunner()
    _config(project, "")
    assert runner.invoke(app, ["audit", "-f", "json"]).exit_code == 0  # a report by default
    _config(project, '[audit]\nfail-on = "conflicts"\n')
    assert runner.invoke(app, ["audit", "-f", "json"]).exit_code == 1
    assert runner.invoke(app, ["audit", "-f", "json", "--fail-on", "never"]).exit_code == 0
    _config(project, 'fail-on = "conflicts"\n')  # top level: only audit accepts the value
    assert runner.invoke(app, ["audit", "-f", "json"]).exit_code == 1
    assert runner.invoke(app, ["check", "-f", "json", FALSE_CLAIM]).exit_code == 1


def test_a_command_table_wins_over_the_top_level(project: Path) -> None:
    runner = CliRunner()
    _config(project, 'fail-on = "never"\n[check]\nfail-on = "contradicted"\n')
    assert runner.invoke(app, ["check", "-f", "json", FALSE_CLAIM]).exit_code == 1
    (project / "d.md").write_text(FALSE_CLAIM + ".\n")
    assert runner.invoke(app, ["lint", "-f", "json", "d.md"]).exit_code == 0


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("top = 0\n", "top", "at least 1"),
        ("top = true\n", "top", "whole number"),
        ("top = 2.5\n", "top", "whole number"),
        ("exclude = [1, 2]\n", "exclude", "list of glob patterns"),
        ('exclude = "drafts/*"\n', "exclude", "list of glob patterns"),
        ("min-score = 2\n", "min-score", "between 0 and 1"),
        ('fail-on = "sometimes"\n', "fail-on", "must be one of"),
        ('index = ""\n', "index", "file name"),
        ("corpus = [3]\n", "corpus", "folder"),
        ('[audit]\nfail-on = "disputed"\n', "audit.fail-on", "conflicts, never"),
        ('[check]\nmin-score = 0.5\n', "check.min-score", "unknown key"),
        ('check = "x"\n', "check", "must be a table"),
    ],
)
def test_config_values_are_checked_like_flags(project: Path, main_cli,  # type: ignore[no-untyped-def]
                                              text: str, key: str, problem: str) -> None:
    # regression: `top = 0` and `exclude = [1, 2]` were accepted
    (project / ".factcheck.toml").write_text(text)
    for command in (["check", FALSE_CLAIM], ["audit"], ["lint", "x.md"], ["index"]):
        code, out, err = main_cli(*command)
        assert code == 2 and out == "", err
        assert err.count("\n") == 1 and err.startswith("factcheck: error: "), err
        assert f"'{key}'" in err and problem in err, err


# --- colour ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "flags", "coloured"),
    [({}, [], False), ({"FORCE_COLOR": "1"}, [], True),
     ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
     ({"FORCE_COLOR": "1"}, ["--no-color"], False)],
)
def test_force_color_is_honoured(hay_dir: Path, env: dict[str, str], flags: list[str],
                                 coloured: bool) -> None:
    base = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-f", "table", *flags, "--corpus",
         str(hay_dir), FALSE_CLAIM],
        env={**base, "PYTHONIOENCODING": "utf-8", **env}, capture_output=True, text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert ("\x1b[" in proc.stdout) == coloured


# --- baselines -----------------------------------------------------------------------------


def test_baseline_paths_are_relative_to_the_baseline_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # regression: paths were stored relative to the working directory, so a run from
    # another folder matched nothing
    _config(project, "")
    (project / "drafts").mkdir()
    (project / "drafts" / "storm.md").write_text(FALSE_CLAIM + ".\n")
    (project / "ci").mkdir()
    runner = CliRunner()
    written = runner.invoke(app, ["lint", "--write-baseline", "ci/known.json", "drafts/storm.md"])
    assert written.exit_code == 0, written.output
    data = json.loads((project / "ci" / "known.json").read_text())
    assert [f["path"] for f in data["findings"]] == ["../drafts/storm.md"]

    monkeypatch.chdir(project / "drafts")  # lint from inside the drafts folder
    result = runner.invoke(app, ["lint", "--baseline", "../ci/known.json", "storm.md"])
    assert result.exit_code == 0, result.output
    assert "(1 suppressed)" in result.stderr
    other = runner.invoke(app, ["lint", "storm.md"])
    assert other.exit_code == 1


# --- the index summary -----------------------------------------------------------------------


def test_index_summary_says_what_changed(hay_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["index", "--corpus", str(hay_dir), "--index", str(tmp_path / "i.sqlite")]
    first = runner.invoke(app, args).stderr
    assert first.startswith(f"factcheck: index refreshed: {len(HAY)} added, 0 changed, "
                            "0 removed (0 unchanged); ")
    again = runner.invoke(app, args).stderr
    assert again.startswith(f"factcheck: index up to date: 0 added, 0 changed, 0 removed "
                            f"({len(HAY)} unchanged); ")
    (hay_dir / "weather" / "storm.txt").unlink()
    after = runner.invoke(app, args).stderr
    assert "index refreshed: 0 added, 0 changed, 1 removed" in after
    sentences = int(after.split("); ")[1].split()[0])
    assert f"{sentences} sentences from {len(HAY) - 1} files" in after


# --- the licence -------------------------------------------------------------------------------


def test_the_licence_pyproject_names_is_there() -> None:
    import tomllib

    meta = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert meta["license"] == {"text": "MIT"}
    licence = (REPO / "LICENSE").read_text()
    assert licence.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in licence
