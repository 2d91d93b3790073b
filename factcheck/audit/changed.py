"""What an audit limited to changes looks at: the documents changed since a time, or named.

`--since` takes a moment (an ISO date or date and time, local time) or a span back from
now ("90m", "12h", "7d"); a document changed since when its file's modification time is
at or after it. `--paths` takes files or folders inside the corpus folders. Either way
the audit judges only pairs with at least one of those documents, against the whole
corpus.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..cache import regex
from ..errors import UsageError

_SPAN = regex(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(text: str, now: float | None = None) -> float:
    """The moment `text` names, in seconds since the epoch."""
    m = _SPAN.match(text.lower())
    if m:
        return (time.time() if now is None else now) - float(m.group(1)) * _SECONDS[m.group(2)]
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"--since {text!r} is neither a date (2024-05-01, 2024-05-01T09:30) nor a span "
            "back from now (90m, 12h, 7d)") from None
    return moment.timestamp()


def sources_since(corpus: Any, since: float) -> set[str]:
    """The documents whose file was modified at or after `since`."""
    limit = int(since * 1e9)
    return {f.source for f in corpus.files() if f.mtime_ns >= limit}


def sources_under(corpus: Any, paths: Sequence[Path]) -> set[str]:
    """The indexed documents that are, or are inside, `paths` (files or folders)."""
    from ..corpus.loader import root_prefixes

    roots = [Path(r).resolve() for r in corpus.roots]
    prefixes = root_prefixes(roots)
    indexed = corpus.index.sources()
    found: set[str] = set()
    for raw in paths:
        path = Path(raw).expanduser().resolve()
        if not path.exists():
            raise UsageError(f"--paths: no such file or folder: {raw}")
        names = [prefix + path.relative_to(root).as_posix()
                 for root, prefix in zip(roots, prefixes, strict=True)
                 if path == root or path.is_relative_to(root)]
        if not names:
            raise UsageError(f"--paths: {raw} is not inside the corpus folders")
        for name in names:
            stem = name.rstrip("/").removesuffix(".")
            found.update(s for s in indexed if s == stem or s.startswith(f"{stem}/")
                         or stem == "" or (stem.endswith("/") and s.startswith(stem)))
    return found
