"""`PgIndex`: the PostgreSQL back end of `Index`, put together from its concerns."""

from __future__ import annotations

from .refresh import PgRefresh
from .stats import PgStats


class PgIndex(PgRefresh, PgStats):
    """Sentences of one corpus in a PostgreSQL database shared by many machines."""
