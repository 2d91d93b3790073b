"""Connected components (union-find): copy clusters, copy stories and conflict groups are
all items joined pair by pair into groups."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class Components(Generic[T]):
    """Items joined into groups; each group is named by one of its items, its root."""

    def __init__(self, items: tuple[T, ...] | list[T] = ()) -> None:
        self._parent: dict[T, T] = {x: x for x in items}

    def root(self, x: T) -> T:
        """The root of `x`'s group (`x` joins as a group of its own if it is new)."""
        parent = self._parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]  # halve the path on the way up
            x = parent[x]
        return x

    def join(self, a: T, b: T) -> tuple[T, T] | None:
        """Join `b`'s group into `a`'s: (the root kept, the root absorbed), or None when
        they are one group already."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return None
        self._parent[rb] = ra
        return ra, rb

    def items(self) -> list[T]:
        """Every item seen, in the order first seen."""
        return list(self._parent)
