"""Suppressions: what keeps a finding from failing a lint run.

Inline, HTML comments in a draft: `<!-- factcheck: ignore -->` skips the next check-worthy
sentence; `<!-- factcheck: off -->` ... `<!-- factcheck: on -->` skips everything in
between (drafts.py finds the comments). Or the baseline (baseline.py): findings accepted
earlier. A suppressed finding is still checked and counted, and says what suppressed it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..cache import regex
from ..results import DraftFinding

DIRECTIVE = regex(r"<!--\s*factcheck\s*:\s*([A-Za-z-]*)\s*-->")
DIRECTIVES = frozenset({"ignore", "off", "on"})


def suppressed_by_comments(
    sentences: Sequence[tuple[int, bool]], directives: Sequence[tuple[int, str]]
) -> list[bool]:
    """For each sentence (start offset, check-worthy), in order: does a comment suppress it?

    `directives` are (offset, word) in offset order, unknown words already left out.
    """
    out = []
    d = 0
    off = False
    ignore_next = False
    for start, check_worthy in sentences:
        while d < len(directives) and directives[d][0] < start:
            word = directives[d][1]
            if word == "off":
                off = True
            elif word == "on":
                off = False
            else:
                ignore_next = True
            d += 1
        suppressed = off
        if ignore_next and check_worthy:
            suppressed = True
            ignore_next = False
        out.append(suppressed)
    return out


def suppress(finding: DraftFinding, by: str) -> DraftFinding:
    """The finding marked suppressed, saying by what ("comment" or "baseline")."""
    result = replace(finding.result, extra={**finding.result.extra, "suppressed_by": by})
    return replace(finding, result=result, suppressed=True)
