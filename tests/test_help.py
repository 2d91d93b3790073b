"""Every command and every parameter explains itself in --help."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from factcheck.cli import app

ROOT = typer.main.get_command(app)
COMMANDS = sorted(ROOT.commands)  # type: ignore[attr-defined]


def test_the_expected_commands_exist() -> None:
    assert {"check", "index"} <= set(COMMANDS)


def test_root_help_lists_every_command_with_its_summary() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert 'factcheck "CLAIM" is short for factcheck check "CLAIM"' in " ".join(
        result.stdout.split())
    for name in COMMANDS:
        summary = ROOT.commands[name].get_short_help_str(limit=30)
        assert name in result.stdout
        assert summary.split()[0] in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_text(name: str) -> None:
    command = ROOT.commands[name]
    assert command.help and len(command.help.split()) >= 5, name


@pytest.mark.parametrize("name", COMMANDS)
def test_every_parameter_has_help_text(name: str) -> None:
    for param in ROOT.commands[name].params:
        text = getattr(param, "help", None)
        assert text and text.strip(), f"{name}: {param.name} has no help"


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_flag_prints_usage_and_exits_0(name: str, flag: str) -> None:
    result = CliRunner().invoke(app, [name, flag])
    assert result.exit_code == 0, result.output
    assert f"Usage: factcheck {name}" in result.stdout or f"{name} [OPTIONS]" in result.stdout
    first_line = ROOT.commands[name].help.strip().splitlines()[0]  # type: ignore[union-attr]
    assert first_line.split(":")[0] in " ".join(result.stdout.split())


def test_check_help_documents_exit_codes() -> None:
    out = " ".join(CliRunner().invoke(app, ["check", "--help"]).stdout.split())
    assert "Exit codes: 0" in out and "2 bad input" in out
