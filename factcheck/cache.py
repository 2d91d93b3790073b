"""The user cache folder, and what factcheck keeps there besides index files: the compiled
programs of its regular expressions.

CPython compiles a regular expression in Python (it parses the pattern, then generates
the engine's code), and the package's patterns take about 30 ms of every run: a fifth of
a one-shot check, more than the check itself. `regex` hands the engine a program kept
from an earlier run instead, one file per Python build in the cache folder. The pattern
it returns is the one `re.compile` returns (the two compare equal); a program the engine
refuses, a missing or unreadable file, or a Python without these internals (not CPython)
all fall back to `re.compile`. The command line writes the file (`keep_programs`) when a
run compiled a pattern the file lacked; the library never writes it.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

# a kept file holds at most this many programs, the oldest dropping out first (the
# package compiles about 150; a pattern built from what a run reads would add more)
MAX_PROGRAMS = 512

Program = tuple[Any, ...]  # what _sre.compile takes after the pattern
_kept: dict[tuple[str, int], Program] | None = None
_made: dict[tuple[str, int], Program] = {}
_compiled: dict[tuple[str, int], re.Pattern[str]] = {}


def cache_dir() -> Path:
    """The user cache folder ($XDG_CACHE_HOME/factcheck)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "factcheck"


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from a kept program when there is one; a pattern
    compiled before in this process is returned again, as re.compile's own cache does."""
    key = (pattern, int(flags))
    compiled = _compiled.get(key)
    if compiled is None:
        if len(_compiled) >= MAX_PROGRAMS:
            _compiled.clear()
        compiled = _compiled[key] = _compile(pattern, key)
    return compiled


def _compile(pattern: str, key: tuple[str, int]) -> re.Pattern[str]:
    kept = _programs().get(key)
    compiled = _engine(pattern, kept) if kept is not None else None
    if compiled is not None:
        return compiled
    # none kept, or one the engine refuses: made afresh, and kept in its place next time
    made = _program(pattern, key[1])
    compiled = _engine(pattern, made) if made is not None else None
    if made is None or compiled is None:  # an engine that reads programs otherwise
        return re.compile(pattern, key[1])
    _made[key] = made
    return compiled


def _engine(pattern: str, program: Program) -> re.Pattern[str] | None:
    """The pattern the regex engine builds from a program; None if it refuses it."""
    try:
        import _sre

        return _sre.compile(pattern, *program)  # type: ignore[no-any-return]
    except Exception:
        return None


def keep_programs() -> None:
    """Write the programs this run compiled, with those kept before, if any were new.

    Never fails: a read-only cache folder only means compiling again next time. The
    file is written whole and then renamed, so a run reading it never sees half of it.
    """
    if not _made:
        return
    programs = {**_programs(), **_made}
    if len(programs) > MAX_PROGRAMS:
        programs = dict(list(programs.items())[-MAX_PROGRAMS:])
    path = _path()
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(marshal.dumps(programs))
        os.replace(temp, path)
        _made.clear()
    except (OSError, ValueError):
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass


def _path() -> Path:
    """The kept programs of this Python build (the engine's code differs between them)."""
    magic = getattr(re, "_constants", None)
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{getattr(magic, 'MAGIC', 0)}"
    return cache_dir() / f"regex-{tag}.marshal"


def _programs() -> dict[tuple[str, int], Program]:
    global _kept
    if _kept is None:
        _kept = {}
        try:
            loaded = marshal.loads(_path().read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            loaded = None
        if isinstance(loaded, dict):
            _kept = loaded
    return _kept


def _program(pattern: str, flags: int) -> Program | None:
    """What re.compile hands the engine for `pattern`: flags, code, group count, names."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
    except (ImportError, AttributeError):
        return None
    names = dict(state.groupdict)
    index_names: list[str | None] = [None] * state.groups
    for name, i in names.items():
        index_names[i] = name
    # plain ints: the code holds the parser's named opcodes, which marshal cannot write
    return (int(flags | state.flags), [int(c) for c in code], state.groups - 1, names,
            tuple(index_names))
