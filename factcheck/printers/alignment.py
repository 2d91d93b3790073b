"""How a claim's units stood in a passage, as short lines for the text and table printers.

Words that met the same word are listed together on one line ("= Tarn, Harwick,
ceasefire"); every other relation gets its own line and says what joined the two words:

    ~ 'truce' ~ 'ceasefire' (synonym)
    ✗ 'agreed' vs 'rejected': 'rejected' is the opposite of 'agreed'
    ? 'posts': not in the passage

Figures, dates and times are left to the checks, which already show them, unless the
passage has nothing to compare them with.
"""

from __future__ import annotations

from ..results import Alignment, Evidence, Stance

# the printed name of each relation and of each place outside the passage
RELATION_NAMES = {
    "inflection": "inflection",
    "derivation": "derivation",
    "synonym": "synonym",
    "more_specific": "the passage is more specific",
}
CONTEXT_NAMES = {"sentence_before": "in the sentence before", "document": "earlier in the document"}
CHECKED_UNITS = frozenset({"figure", "date", "time"})


def shows_alignment(e: Evidence, first: bool) -> bool:
    """A passage's alignment is worth showing when it decided something, or when it is the
    most relevant passage (it shows what the sources lack)."""
    return bool(e.alignment) and (e.stance is not Stance.RELATED or first)


def alignment_lines(e: Evidence) -> list[tuple[str, str]]:
    """The lines that explain a passage's alignment, each with its kind: "same", "near",
    "conflict", "missing" or "speaker" (the printers style them by kind)."""
    same = [a.claim for a in e.alignment if a.relation == "same" and not a.context
            and a.unit not in CHECKED_UNITS]
    lines: list[tuple[str, str]] = []
    if same:
        lines.append(("same", "= " + ", ".join(same)))
    for a in e.alignment:
        line = _line(a)
        if line is not None:
            lines.append(line)
    if e.speaker:
        lines.append(("speaker", f"said by {e.speaker}"))
    return lines


def _line(a: Alignment) -> tuple[str, str] | None:
    where = f", {CONTEXT_NAMES[a.context]}" if a.context in CONTEXT_NAMES else ""
    if a.relation == "unaligned":
        said = a.note if a.note and not a.note.startswith("no source says") \
            else "not in the passage"
        return ("missing", f"? '{a.claim}': {said}")
    if a.unit in CHECKED_UNITS and a.relation != "conflict":
        return None
    if a.relation == "conflict":
        if a.unit in CHECKED_UNITS:
            return None  # the failed check says it
        note = f": {a.note}" if a.note else ""
        return ("conflict", f"✗ '{a.claim}' vs '{a.source}'{note}{where}")
    if a.relation == "same":
        return ("same", f"= '{a.claim}'{where}") if where else None
    name = RELATION_NAMES.get(a.relation, a.relation)
    return ("near", f"~ '{a.claim}' ~ '{a.source}' ({name}){where}")
