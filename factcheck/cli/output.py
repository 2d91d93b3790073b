"""Standard output as a pipeline sees it: a reader that stops early, an encoding that
cannot carry every character, Ctrl-C.

A closed pipe (`factcheck audit | head -1`) is not a failure: the rest of the output goes
to the null device and the exit code is the one the command would have given. Characters
the output encoding lacks are escaped in JSON (`\\u20ac`: the same JSON) and replaced with
'?' in the formats people read, instead of a UnicodeEncodeError.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

INTERRUPTED = 130  # 128 + SIGINT, what typer returns for Ctrl-C
JSON_ESCAPE = "factcheck-json-escape"
_MACHINE_FORMATS = frozenset({"json", "jsonl", "sarif"})


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: characters as JSON escapes (surrogate pairs beyond the BMP)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        cp = ord(ch)
        if cp > 0xFFFF:
            cp -= 0x10000
            out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
        else:
            out.append(f"\\u{cp:04x}")
    return "".join(out), exc.end


codecs.register_error(JSON_ESCAPE, _json_escape)


def prepare_stdout(format_name: str) -> None:
    """Make stdout safe for a format whatever its encoding (PYTHONIOENCODING=cp1252).

    JSON reaches a non-Unicode stdout only inside strings, where an escape means the same
    character; text and tables get '?' for what the encoding lacks.
    """
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        if codecs.lookup(encoding).name.startswith("utf"):
            return
    except LookupError:
        pass
    if hasattr(stream, "reconfigure"):
        handler = JSON_ESCAPE if format_name in _MACHINE_FORMATS else "replace"
        stream.reconfigure(errors=handler)


def _to_devnull() -> None:
    """Send whatever is still written to stdout to the null device."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test runner's buffer): nothing to redirect
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def stdout_closed() -> bool:
    """True after a write to stdout found the reader gone, as typer and Rich leave it:
    typer wraps stdout (and exits 1), Rich points it at the null device (and exits 1)."""
    if type(sys.stdout).__name__ == "PacifyFlushWrapper":
        return True
    try:
        here, null = os.fstat(sys.stdout.fileno()), os.stat(os.devnull)
    except (AttributeError, OSError, ValueError):
        return False
    return (here.st_dev, here.st_ino) == (null.st_dev, null.st_ino)


def flush_stdout() -> None:
    """Flush stdout; a reader that has gone is not an error."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _to_devnull()


@contextmanager
def results_to_stdout() -> Iterator[None]:
    """Around printing: stop writing, not the command, when the reader closes the pipe."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _to_devnull()
