"""Cross-source audit of a corpus: where the sources disagree, and which sources are copies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..judge.copies import COPY_THRESHOLD, PairScore
from ..policy import CONTEXT_MATCH, FailOn
from .clusters import CopyCluster, copy_clusters
from .conflicts import ConflictGroup, Statement, find_conflicts

# the audit's JSON has its own version: it did not change with the check's schema 2
AUDIT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class AuditReport:
    """Conflict groups (most confident first) and copy clusters (most similar first)."""

    conflicts: tuple[ConflictGroup, ...]
    copies: tuple[CopyCluster, ...]

    def summary(self) -> str:
        """One line for stderr: how many conflict groups and copy clusters."""
        conflicts, copies = len(self.conflicts), len(self.copies)
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
    context_threshold: float = CONTEXT_MATCH,
    copy_threshold: float = COPY_THRESHOLD,
) -> AuditReport:
    """Find conflicting statements across documents and clusters of copied documents."""
    return AuditReport(
        tuple(find_conflicts(corpus, context_threshold)),
        tuple(copy_clusters(corpus, copy_threshold)),
    )


def fails(report: AuditReport, policy: FailOn) -> bool:
    """True when the audit should exit 1 under `policy` (only `conflicts` and `never` apply)."""
    return policy is FailOn.CONFLICTS and bool(report.conflicts)


__all__ = [
    "AuditReport",
    "ConflictGroup",
    "CopyCluster",
    "PairScore",
    "Statement",
    "audit",
    "fails",
]
