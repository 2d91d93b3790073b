"""The `factcheck` command: a thin Typer layer over the library.

`factcheck "CLAIM"` is short for `factcheck check "CLAIM"`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .audit import audit_command
from .check import check_command
from .index import index_command
from .lint import lint_command

app = typer.Typer(
    name="factcheck",
    help="Check statements against a corpus of source articles: the passages that support "
    "or contradict them, with file and line, and the numbers and dates compared.\n\n"
    'factcheck "CLAIM" is short for factcheck check "CLAIM".',
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True,
                     help="Show the version and exit."),
    ] = False,
) -> None:
    """Check statements against source articles."""


app.command("check")(check_command)
app.command("index")(index_command)
app.command("audit")(audit_command)
app.command("lint")(lint_command)

# options that take a value, so the first positional word can be found in argv
_VALUE_OPTIONS = frozenset(
    {"--corpus", "-c", "--index", "--format", "-f", "--top", "-n", "--fail-on",
     "--claims-file", "--stdin-name", "--baseline", "--write-baseline", "--min-score",
     "--show", "--config"}
)


def with_default_command(args: list[str]) -> list[str]:
    """Insert `check` when the first positional argument is not a command name."""
    commands = {c.name for c in app.registered_commands}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            break
        if arg.startswith("-") and arg != "-":
            if arg in _VALUE_OPTIONS:
                i += 1
            i += 1
            continue
        if arg in commands:
            return args
        break
    if not args or all(a in ("--help", "-h", "--version", "-V") for a in args):
        return args
    return ["check", *args]


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = list(sys.argv[1:] if argv is None else argv)
    app(args=with_default_command(args), prog_name="factcheck")
