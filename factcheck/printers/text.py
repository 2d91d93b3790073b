"""`text`: plain lines for pipes and logs, readable at 80 columns."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from ..results import Check, DraftFinding, Outcome, Result
from .alignment import alignment_lines, shows_alignment
from .escape import printable as p
from .interface import Printer

if TYPE_CHECKING:
    from ..audit.report import AuditReport

MARK = {Outcome.CONSISTENT: "✓", Outcome.INCONSISTENT: "✗", Outcome.INCOMPARABLE: "·"}


def check_line(c: Check) -> str:
    """One numeric check as `✓ claim "12" vs source "12": reason`."""
    return p(f'{MARK[c.outcome]} {c.kind} "{c.claim_text}" vs "{c.evidence_text}": {c.reason}')


class TextPrinter(Printer):
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        width = self.width or 80
        for n, r in enumerate(results):
            if n:
                out.write("\n")
            out.write(f"{r.verdict.value} ({r.score:.2f}): {p(r.claim)}\n")
            out.write(textwrap.fill(
                p(r.reason), width, initial_indent="  ", subsequent_indent="    ") + "\n")
            for k, part in enumerate(r.parts, 1):
                out.write(textwrap.fill(
                    p(f"part {k}: {part.verdict.value}: {part.claim} ({part.reason})"), width,
                    initial_indent="  ", subsequent_indent="    ") + "\n")
            if r.sources_supporting or r.sources_contradicting:
                out.write(
                    f"  sources: {r.sources_supporting} supporting, "
                    f"{r.sources_contradicting} contradicting, "
                    f"{r.sources_independent} independent\n"
                )
            for k, e in enumerate(r.evidence):
                s = e.sentence
                codes = f" [{', '.join(e.reasons)}]" if e.reasons else ""
                out.write(f"  {p(s.location)} {e.stance.value} {e.score:.2f}{codes}\n")
                out.write(
                    textwrap.fill(p(s.text), width, initial_indent="    ", subsequent_indent="    ")
                    + "\n"
                )
                shown = [check_line(c) for c in e.checks]
                if shows_alignment(e, first=k == 0):
                    shown += [line for _, line in alignment_lines(e)]
                for line in shown:
                    out.write(textwrap.fill(
                        p(line), width, initial_indent="    ", subsequent_indent="      ") + "\n")
            out.flush()

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        from ..lint.messages import finding_message

        # `path:line:col: VERDICT: "claim" vs "evidence" [source:line:col] (13 vs 12 posts)`
        for f in findings:
            out.write(f"{p(f.path)}:{f.line}:{f.column}: {p(finding_message(f))}\n")

    def print_audit(self, report: AuditReport, out: TextIO) -> None:
        width = self.width or 80
        for g in report.conflicts:
            out.write(f"CONFLICT {g.confidence:.2f} {g.kind}: {p(g.subject)}\n")
            for s in g.statements:
                shown = "" if s.value == s.text else f" = {s.value}"
                agrees = "" if s.disputed else " (agrees)"
                out.write(p(f'  {s.location} "{s.text}"{shown}{agrees}') + "\n")
            for reason in g.reasons:
                out.write(
                    textwrap.fill(p(reason), width, initial_indent="    ", subsequent_indent="    ")
                    + "\n"
                )
        for c in report.copies:
            out.write(p(f"COPIES {c.score:.2f}: {', '.join(c.sources)}") + "\n")
            for pair in c.pairs:
                how = ("sentences mostly kept, estimated" if pair.estimated
                       else f"sentences matched, {pair.ordered} in order")
                out.write(p(
                    f"  {pair.a} ~ {pair.b} {pair.score:.2f} ({pair.matched} of "
                    f"{pair.sentences} {how})"
                ) + "\n")
        if not report.conflicts:
            out.write("no conflicts found\n")
        if not report.copies:
            out.write("no copies found\n")
