"""What a lint finding says: its level and its one-line message, shared by the printers.

Formatting only: nothing here scores or reads files.
"""

from __future__ import annotations

from ..policy import FailOn, meets
from ..results import Check, DraftFinding, Evidence, Outcome, Result, Stance, Verdict


def level_for(finding: DraftFinding, fail_on: FailOn) -> str:
    """`error` when the finding fails the run, `warning` when disputed, else `note`."""
    if not finding.suppressed and meets(finding.result.verdict, fail_on):
        return "error"
    if finding.result.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED):
        return "warning"
    return "note"


def key_evidence(result: Result) -> Evidence | None:
    """The passage that best explains the verdict: first with the matching stance."""
    wanted = {
        Verdict.SUPPORTED: Stance.SUPPORTS,
        Verdict.CONTRADICTED: Stance.CONTRADICTS,
    }.get(result.verdict)
    for evidence in result.evidence:
        if wanted is None or evidence.stance is wanted:
            return evidence
    return result.evidence[0] if result.evidence else None


def failed_check(evidence: Evidence | None) -> Check | None:
    """The first numeric or date comparison that did not hold, if any."""
    if evidence is None:
        return None
    return next((c for c in evidence.checks if c.outcome is Outcome.INCONSISTENT), None)


def compared_values(check: Check) -> str:
    """`13 vs 12 observation posts`: both values, a shared trailing phrase said once."""
    if " ≠ " in check.reason:  # the comparison's own wording already names the unit or head
        return check.reason.replace(" ≠ ", " vs ", 1)
    a, b = check.claim_value.split(), check.evidence_value.split()
    common = 0
    while common < min(len(a), len(b)) - 1 and a[-1 - common] == b[-1 - common]:
        common += 1
    if common:
        head_a, head_b, tail = a[:-common], b[:-common], a[-common:]
        return f"{' '.join(head_a)} vs {' '.join(head_b)} {' '.join(tail)}"
    return f"{check.claim_value} vs {check.evidence_value}"


def excerpt(text: str, limit: int = 80) -> str:
    """The text on one line, cut at a word boundary with an ellipsis when too long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit - 1)
    return flat[: cut if cut > limit // 2 else limit - 1] + "…"


def finding_message(finding: DraftFinding, limit: int = 80) -> str:
    """`CONTRADICTED: "claim" vs "evidence" [source:line:col] (13 vs 12 posts)`."""
    result = finding.result
    parts = [f'{result.verdict.value}: "{excerpt(result.claim, limit)}"']
    evidence = key_evidence(result)
    if evidence is not None:
        parts.append(
            f'vs "{excerpt(evidence.sentence.text, limit)}" [{evidence.sentence.location}]'
        )
    else:
        parts.append(f"({result.reason})" if result.reason else "(no evidence)")
    check = failed_check(evidence)
    if check is not None:
        parts.append(f"({compared_values(check)})")
    if finding.suppressed:
        parts.append(f"[suppressed by {result.extra.get('suppressed_by', 'comment')}]")
    return " ".join(parts)
