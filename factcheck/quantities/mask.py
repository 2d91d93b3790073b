"""Spans of a text the quantities scanner does not read: dates, times, phone numbers."""

from __future__ import annotations

from bisect import bisect_left


class Mask:
    """Spans not to read (dates, phone numbers), asked about in O(log n) per atom: a claim
    with 10,000 dates asked every atom about every span (quadratic, 48 s)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)
        self._start_set = frozenset(self._starts)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span shares a character with [start, end)."""
        i = bisect_left(self._starts, end)  # spans[:i] start before `end`
        return i > 0 and self._reach[i - 1] > start

    def starts_at(self, pos: int) -> bool:
        return pos in self._start_set
