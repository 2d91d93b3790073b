"""The `factcheck` command: a thin Typer layer over the library.

`factcheck "CLAIM"` is short for `factcheck check "CLAIM"`.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys
from typing import Annotated, Any

import typer

from ..cache import keep_programs
from ..policy import ExitCode
from .output import INTERRUPTED, flush_stdout, stdout_closed

# command name -> (module in this package, function); a run imports and builds only the
# command it runs (typer reads every parameter of every command it is given: ~5 ms)
COMMANDS = {
    "check": (".check", "check_command"),
    "index": (".index", "index_command"),
    "audit": (".audit", "audit_command"),
    "lint": (".lint", "lint_command"),
}

HELP = (
    "Check statements against a corpus of source articles: the passages that support "
    "or contradict them, with file and line, and the numbers and dates compared.\n\n"
    'factcheck "CLAIM" is short for factcheck check "CLAIM".'
)


# A run builds many objects that live until it ends (modules, compiled patterns, the
# WordNet blocks it reads) and makes few reference cycles. Python collects its youngest
# objects every 700 allocations, so start-up walks the same long-lived objects over and
# over, and the interpreter's last collection at exit walks them all once more: about a
# tenth of a one-claim check (docs/benchmarks.md, "Start-up"). A run collects every
# 10,000 allocations instead, and freezes what is left at exit, which the operating
# system then frees with the process.
GC_THRESHOLDS = (10_000, 10, 10)


def spare_collector() -> None:
    """Collect less often during the run, and not at all at exit."""
    gc.set_threshold(*GC_THRESHOLDS)
    atexit.unregister(gc.freeze)  # once, however often main() runs in one process
    atexit.register(gc.freeze)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"factcheck {__version__}")
        raise typer.Exit()


def root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True,
                     help="Show the version and exit."),
    ] = False,
) -> None:
    """Check statements against source articles."""


def build_app(only: str | None = None) -> typer.Typer:
    """The command line with every command, or with only the one named `only`."""
    app = typer.Typer(
        name="factcheck",
        help=HELP,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(root)
    for name, (module, function) in COMMANDS.items():
        if only is None or name == only:
            command = getattr(importlib.import_module(module, __package__), function)
            app.command(name)(command)
    return app


def __getattr__(name: str) -> Any:
    """`app`: the whole command line, built on first use (tests, documentation tools)."""
    if name == "app":
        app = globals()["app"] = build_app()
        return app
    raise AttributeError(name)


# options that take a value, so the first positional word can be found in argv
_VALUE_OPTIONS = frozenset(
    {"--corpus", "-c", "--index", "--format", "-f", "--top", "-n", "--fail-on",
     "--claims-file", "--stdin-name", "--baseline", "--write-baseline", "--min-score",
     "--show", "--config", "--refresh"}
)


def _first_word(args: list[str]) -> str | None:
    """The first positional argument, skipping options and their values (None after --)."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return None
        if arg.startswith("-") and arg != "-":
            i += 2 if arg in _VALUE_OPTIONS else 1
            continue
        return arg
    return None


def with_default_command(args: list[str]) -> list[str]:
    """Insert `check` when the first positional argument is not a command name."""
    if _first_word(args) in COMMANDS:
        return args
    if not args or all(a in ("--help", "-h", "--version", "-V") for a in args):
        return args
    return ["check", *args]


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    spare_collector()
    args = with_default_command(list(sys.argv[1:] if argv is None else argv))
    command = _first_word(args)
    app = build_app(command if command in COMMANDS else None)
    if not args:  # the overview of commands (typer prints it and exits 2)
        app(args=args, prog_name="factcheck")
        return
    try:
        code = app(args=args, prog_name="factcheck", standalone_mode=False)
    except typer.Abort:
        print("factcheck: aborted", file=sys.stderr)
        sys.exit(1)
    except SystemExit as exc:
        # typer and Rich turn a write to a closed pipe into exit 1 (our commands return
        # their codes instead); a reader that stopped early (`--help | head -1`) is no failure
        if exc.code == 1 and stdout_closed():
            sys.exit(ExitCode.OK)
        raise
    except Exception as exc:
        # a usage error (unknown option, bad value, missing argument): one line, as every
        # other bad input gets, instead of typer's usage block and framed message
        if not hasattr(exc, "format_message"):
            raise
        where = f"factcheck {command}" if command in COMMANDS else "factcheck"
        print(f"factcheck: error: {exc.format_message()} (see '{where} --help')",
              file=sys.stderr)
        sys.exit(getattr(exc, "exit_code", 2))
    code = code if isinstance(code, int) else 0
    if code == INTERRUPTED:  # typer's exit code for Ctrl-C, which it reports with nothing
        print("factcheck: interrupted", file=sys.stderr)
    flush_stdout()
    keep_programs()  # the regular expressions this run compiled, for the next (cache.py)
    sys.exit(code)
