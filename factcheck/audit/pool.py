"""A function over a stream of tasks in forked worker processes, results in task order.

The audit's two costly passes (the keys of every sentence, the judge's reading of every
candidate pair) are independent per task, so they use every core. Tasks are produced in
the calling thread (they read the index or the scratch database, whose connections
belong to it) and only a few are in flight at once, so memory does not grow with the
corpus. Below `from_tasks`, or on one core, the tasks run here, in order, with no pool.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT = 2  # tasks per worker sent ahead


def workers() -> int:
    """How many worker processes a pass uses: the cores, at most four."""
    return min(4, os.cpu_count() or 1)


def ordered_map(fn: Callable[[T], R], tasks: Iterable[T], *,
                parallel: bool = True) -> Iterator[tuple[T, R]]:
    """(task, fn(task)) for each task, in order; in forked workers when `parallel` and
    there is more than one core. `fn` must be a module-level function."""
    n = workers()
    if not parallel or n < 2:
        for task in tasks:
            yield task, fn(task)
        return
    import multiprocessing

    # fork: the children need nothing but the function (imported here, with what it has
    # loaded) and their task
    pool = multiprocessing.get_context("fork").Pool(n)
    pending: deque[tuple[T, Any]] = deque()
    try:
        for task in tasks:
            pending.append((task, pool.apply_async(fn, (task,))))
            while len(pending) > IN_FLIGHT * n:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()
    finally:
        pool.terminate()
        pool.join()
