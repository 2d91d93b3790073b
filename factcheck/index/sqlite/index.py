"""`FtsIndex`: the SQLite FTS5 back end of `Index`, put together from its concerns."""

from __future__ import annotations

from .queries import SqliteQueries
from .refresh import SqliteRefresh
from .stats import SqliteStats


class FtsIndex(SqliteRefresh, SqliteQueries, SqliteStats):
    """Sentences of a corpus in SQLite FTS5 (one file, or in memory when `path` is None)."""
