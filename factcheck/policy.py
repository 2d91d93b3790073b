"""Exit codes and the `--fail-on` policy shared by `check`, `lint` and `audit`."""

from __future__ import annotations

from enum import Enum, IntEnum

from .results import Verdict


class ExitCode(IntEnum):
    OK = 0  # nothing met the failure policy
    FINDINGS = 1  # at least one claim met the `--fail-on` policy
    ERROR = 2  # bad input or an unusable corpus / index


class FailOn(str, Enum):
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
    CONFLICTS = "conflicts"  # audit: any conflict group
    NEVER = "never"

    def __str__(self) -> str:
        return self.value


def meets(verdict: Verdict, policy: FailOn) -> bool:
    """True when a claim with this verdict should fail the run under `policy`."""
    if policy is FailOn.NEVER:
        return False
    if policy is FailOn.CONTRADICTED:
        return verdict is Verdict.CONTRADICTED
    if policy is FailOn.DISPUTED:
        return verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED)
    if policy is FailOn.UNSUPPORTED:
        return verdict is not Verdict.SUPPORTED
    return verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED)
