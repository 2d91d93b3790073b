"""Cross-source audit of a corpus: where the sources disagree, and which sources are copies."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ..judge.copies import COPY_THRESHOLD, PairScore
from ..policy import FailOn
from .clusters import CopyCluster, copy_clusters
from .conflicts import ConflictGroup, Statement, iter_conflicts

# the audit's JSON has its own version: it did not change with the check's schema 2
AUDIT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class AuditReport:
    """Conflict groups (most confident first) and copy clusters (most similar first)."""

    conflicts: tuple[ConflictGroup, ...]
    copies: tuple[CopyCluster, ...]
    found: int | None = None  # conflict groups found (when streamed and not kept)

    def summary(self) -> str:
        """One line for stderr: how many conflict groups and copy clusters."""
        conflicts = len(self.conflicts) if self.found is None else self.found
        copies = len(self.copies)
        return (
            f"{conflicts} conflict group{'s' * (conflicts != 1)}, "
            f"{copies} copy cluster{'s' * (copies != 1)}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": AUDIT_SCHEMA_VERSION,
            "conflicts": [g.to_dict() for g in self.conflicts],
            "copies": [c.to_dict() for c in self.copies],
        }


def audit(
    corpus: Any,
    *,
    copy_threshold: float = COPY_THRESHOLD,
    changed: Collection[str] | None = None,
    on_conflict: Callable[[ConflictGroup], None] | None = None,
    keep: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> AuditReport:
    """Find conflicting statements across documents and clusters of copied documents.

    With `changed` (sources), only what involves one of those documents. `on_conflict`
    sees each conflict group as it is found (a stream); with keep=False the report then
    holds no conflicts (it counts them), so memory stays flat whatever their number."""
    found: list[ConflictGroup] = []
    count = 0
    for group in iter_conflicts(corpus, changed, progress):
        count += 1
        if on_conflict is not None:
            on_conflict(group)
        if keep:
            found.append(group)
    found.sort(key=lambda g: (-g.confidence, g.statements[0].location))
    return AuditReport(tuple(found), tuple(copy_clusters(corpus, copy_threshold, changed)),
                       count)


def fails(report: AuditReport, policy: FailOn) -> bool:
    """True when the audit should exit 1 under `policy` (only `conflicts` and `never` apply)."""
    found = len(report.conflicts) if report.found is None else report.found
    return policy is FailOn.CONFLICTS and found > 0


__all__ = [
    "AuditReport",
    "ConflictGroup",
    "CopyCluster",
    "PairScore",
    "Statement",
    "audit",
    "fails",
]
