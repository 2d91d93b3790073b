"""Exit codes and the `--fail-on` policy shared by `check`, `lint` and `audit`, the
`--show` choice and standard-input names of `lint`, and audit's context threshold (here,
not in `lint` or `conflicts`, so the command line can declare its options without
importing them)."""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum

from .results import Verdict

CONTEXT_MATCH = 0.25  # context similarity two mentions need to be "the same fact" (audit)


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


class VerdictFailOn(str, Enum):
    """The `--fail-on` values of `check` and `lint` (each command lists only its own)."""

    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
    NEVER = "never"

    def __str__(self) -> str:
        return self.value


class AuditFailOn(str, Enum):
    """The `--fail-on` values of `audit`."""

    CONFLICTS = "conflicts"
    NEVER = "never"

    def __str__(self) -> str:
        return self.value


FAIL_ON_CHOICES: dict[str, tuple[str, ...]] = {
    "check": tuple(v.value for v in VerdictFailOn),
    "lint": tuple(v.value for v in VerdictFailOn),
    "audit": tuple(v.value for v in AuditFailOn),
}


class Show(StrEnum):
    """Which findings a printer receives."""

    PROBLEMS = "problems"  # not supported, not suppressed (the default)
    FAILING = "failing"  # only those that meet --fail-on
    ALL = "all"  # everything checked, supported and suppressed included


STDIN = "-"  # the draft argument that means standard input
STDIN_NAME = "<stdin>"  # the path shown for it


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
