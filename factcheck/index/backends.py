"""Choosing an index back end for a location: the one place that knows them all."""

from __future__ import annotations

from pathlib import Path

from .interface import Index
from .sqlite.index import FtsIndex


def open_index(path: Path | None) -> Index:
    """Open (creating or rebuilding if needed) the index at `path`; None: in memory."""
    return FtsIndex(path)
