"""`table`: Rich output for a terminal — a verdict line, then each passage with its checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from ..results import DraftFinding, Evidence, Outcome, Result, Stance, Verdict
from .alignment import alignment_lines, shows_alignment
from .escape import printable as p
from .interface import Printer

if TYPE_CHECKING:
    from ..audit.report import AuditReport

VERDICT_STYLE = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.DISPUTED: "bold yellow",
    Verdict.NOT_ENOUGH_INFO: "bold blue",
}
STANCE_STYLE = {Stance.SUPPORTS: "green", Stance.CONTRADICTS: "red", Stance.RELATED: "dim"}


def _console(out: TextIO, color: bool, width: int | None):  # type: ignore[no-untyped-def]
    from rich.console import Console

    # the caller decided about colour (terminal, --no-color, NO_COLOR); Rich must not
    # second-guess it by probing `out` again
    return Console(file=out, color_system="auto" if color else None, no_color=not color,
                   force_terminal=color, width=width, highlight=False, soft_wrap=False)


LINE_STYLE = {"same": "green", "near": "yellow", "conflict": "red", "missing": "blue",
              "speaker": "italic"}


def _passage(e: Evidence, first: bool):  # type: ignore[no-untyped-def]
    from rich.text import Text

    location = p(f"{e.sentence.source}:{e.sentence.line}:{e.sentence.column}")
    text = Text(f"{location}\n", style="cyan")
    start = len(text)
    shown = p(e.sentence.text)
    text.append(shown)
    for c in e.checks:
        style = "bold green" if c.outcome is Outcome.CONSISTENT else "bold red"
        figure = p(c.evidence_text)
        at = shown.find(figure)
        if at >= 0 and figure:
            text.stylize(style, start + at, start + at + len(figure))
    for c in e.checks:
        mark = "✓" if c.outcome is Outcome.CONSISTENT else "✗"
        text.append(f"\n{mark} {p(c.reason)}", style="green" if mark == "✓" else "red")
    if shows_alignment(e, first):
        for kind, line in alignment_lines(e):
            text.append(f"\n{p(line)}", style=LINE_STYLE[kind])
    return text


# below these widths a column would have to cut text: the text layout is used instead,
# where each file:line starts its own line; in a table a location that is wider than its
# column is folded onto the next line, never cut
CLAIM_MIN = 16  # columns a claim or a passage needs to be readable
TABLE_FRAME = 13  # borders and padding of a four-column table
STANCE_WIDTH = 15  # "NUMBER_MISMATCH", the widest reason code


def _findings_fit(findings: Sequence[DraftFinding], width: int) -> bool:
    draft = max(len(f"{f.path}:{f.line}:{f.column}") for f in findings)
    verdict = max(len(f.result.verdict.value) for f in findings)
    if any(f.suppressed for f in findings):
        verdict = max(verdict, len("suppressed (baseline)"))
    return draft + verdict + 2 * CLAIM_MIN + TABLE_FRAME <= width


class TablePrinter(Printer):
    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        from rich.table import Table
        from rich.text import Text

        console = _console(out, self.color, self.width)
        for r in results:
            if r.evidence and STANCE_WIDTH + CLAIM_MIN + 7 > console.width:
                from .text import TextPrinter  # too narrow for a location in a column

                TextPrinter(width=console.width).print_results([r], out)
                out.write("\n")
                continue
            head = Text()
            head.append(r.verdict.value, style=VERDICT_STYLE[r.verdict])
            head.append(f" {r.score:.2f}  ")
            head.append(p(r.claim), style="bold")
            console.print(head)
            console.print(Text(p(r.reason), style="italic"))
            for k, part in enumerate(r.parts, 1):
                line = Text(f"part {k}: ")
                line.append(part.verdict.value, style=VERDICT_STYLE[part.verdict])
                line.append(p(f": {part.claim} ({part.reason})"))
                console.print(line)
            if r.sources_supporting or r.sources_contradicting:
                console.print(
                    f"sources: {r.sources_supporting} supporting, {r.sources_contradicting} "
                    f"contradicting, {r.sources_independent} independent"
                )
            if not r.evidence:
                console.print()
                continue
            table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
            table.add_column("stance", no_wrap=True)
            table.add_column("source:line, passage and checks", ratio=1, overflow="fold")
            for k, e in enumerate(r.evidence):
                stance = Text(e.stance.value, style=STANCE_STYLE[e.stance])
                if e.reasons:
                    stance.append("\n" + "\n".join(e.reasons), style="dim")
                table.add_row(stance, _passage(e, first=k == 0))
            console.print(table)
            console.print()

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        from rich.table import Table
        from rich.text import Text

        from ..lint.messages import compared_values, failed_check, key_evidence

        console = _console(out, self.color, self.width)
        if not findings:
            console.print("no findings")
            return
        if not _findings_fit(findings, console.width):
            from .text import TextPrinter

            TextPrinter(width=console.width).print_findings(findings, out)
            return
        table = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
        table.add_column("draft", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("claim", ratio=3, min_width=CLAIM_MIN)
        table.add_column("evidence", ratio=3, min_width=CLAIM_MIN, overflow="fold")
        for f in findings:
            r = f.result
            verdict = Text(r.verdict.value, style=VERDICT_STYLE[r.verdict])
            if f.suppressed:
                verdict.append(f"\nsuppressed ({r.extra.get('suppressed_by', 'comment')})", "dim")
            e = key_evidence(r)
            if e is None:
                evidence = Text(p(r.reason), style="italic")
            else:
                evidence = Text(p(e.sentence.text))
                evidence.append(f"\n{p(e.sentence.location)}", style="dim")
                check = failed_check(e)
                if check is not None:
                    evidence.append(f"\n✗ {p(compared_values(check))}", style="red")
            table.add_row(f"{p(f.path)}:{f.line}:{f.column}", verdict, Text(p(r.claim)), evidence)
        console.print(table)

    def print_audit(self, report: AuditReport, out: TextIO) -> None:
        from rich.table import Table

        console = _console(out, self.color, self.width)
        table = Table(title="conflicts", show_header=True, header_style="bold", expand=True)
        for name, ratio in (("conf.", None), ("fact", 2), ("source:line", 3), ("stated", 2)):
            table.add_column(name, ratio=ratio, no_wrap=name == "conf.", overflow="fold")
        for g in report.conflicts:
            for n, s in enumerate(g.statements):
                stated = s.text if s.value == s.text else f"{s.text} (= {s.value})"
                stated += "" if s.disputed else " (agrees)"
                table.add_row(f"{g.confidence:.2f}" if n == 0 else "",
                              p(f"{g.kind}: {g.subject}") if n == 0 else "",
                              p(f"{s.sentence.source}:{s.sentence.line}"), p(stated),
                              end_section=n == len(g.statements) - 1)
        console.print(table if report.conflicts else "no conflicts found")
        copies = Table(title="copies", show_header=True, header_style="bold", expand=True)
        for name in ("score", "documents", "evidence"):
            copies.add_column(name, no_wrap=name == "score")
        for c in report.copies:
            copies.add_row(f"{c.score:.2f}", "\n".join(p(s) for s in c.sources),
                           "\n".join(f"{p.matched}/{p.sentences} sentences mostly kept, "
                                     "estimated" if p.estimated else
                                     f"{p.matched}/{p.sentences} sentences matched, "
                                     f"{p.ordered} in order" for p in c.pairs))
        console.print(copies if report.copies else "no copies found")
