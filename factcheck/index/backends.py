"""Choosing an index back end for a location: the one place that knows them all.

A `postgresql://` (or `postgres://`) URL is a PostgreSQL server (index/postgres/); anything
else is the path of a SQLite file (index/sqlite/), or None for an index in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .interface import Index

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(location: object) -> bool:
    """Whether an index location names a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


def corpus_key(roots: Sequence[Path]) -> str:
    """A corpus's name in a shared index: its folders' names, the same on every machine."""
    return "-".join(r.name for r in roots)[:40] or "corpus"


def open_index(location: str | Path | None, roots: Sequence[Path] = ()) -> Index:
    """Open (creating or rebuilding if needed) the index at `location`; None: in memory.

    For a server, `roots` name the corpus in it unless the URL says `corpus=NAME`.
    """
    if is_server_url(location):
        from .postgres.index import PgIndex  # psycopg only for a postgresql:// URL

        return PgIndex(str(location), corpus_key(roots))
    from .sqlite.index import FtsIndex

    return FtsIndex(None if location is None else Path(location))
