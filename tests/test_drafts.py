"""Drafts → check-worthy sentences with positions in the original file, and suppressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lint.drafts import (
    DraftKind,
    is_check_worthy,
    kind_for,
    quoted_parts,
    read_draft,
)

DRAFT = """\
---
title: Season review 2023
author: Someone said 4 things
---
# The Rovers scored 40 goals

The Rovers beat **United** 3-1 at [Hill Park](https://example.com/77 "report") on Sunday.
Their keeper saved 2 penalties,
and the coach said the team had `13 players` fit.

```
The Rovers lost 9-0 in this code block.
```

    Indented code says the Rovers won 11 cups.

- Acme Ltd earned $5 million in 2021.
> Turnout was 64 percent in the *city* election.

<!-- The Rovers won 8 titles inside a comment. -->
See <https://example.com/results/2023> now.
Was the final played in May?
"""


def _texts(text: str, kind: DraftKind = DraftKind.MARKDOWN) -> list[str]:
    return [s.text for s in read_draft(text, kind).sentences]


def test_markdown_keeps_paragraph_text_and_drops_markup() -> None:
    texts = _texts(DRAFT)
    assert "The Rovers beat United 3-1 at Hill Park on Sunday." in texts
    assert "Acme Ltd earned $5 million in 2021." in texts
    assert "Turnout was 64 percent in the city election." in texts


def test_markdown_skips_front_matter_headings_code_comments_and_urls() -> None:
    joined = " ".join(_texts(DRAFT))
    for hidden in ("Season review", "Someone said", "40 goals", "9-0", "11 cups", "8 titles"):
        assert hidden not in joined
    assert "example.com" not in joined
    assert "13 players" not in joined  # inline code
    assert "77" not in joined  # link URL


def test_positions_map_to_original_lines_and_columns() -> None:
    draft = read_draft(DRAFT)
    lines = DRAFT.split("\n")
    by_text = {s.text: s for s in draft.sentences}
    beat = by_text["The Rovers beat United 3-1 at Hill Park on Sunday."]
    assert (beat.line, beat.column) == (7, 1)
    assert lines[beat.line - 1].startswith("The Rovers beat **United**")
    assert beat.end_line == 7 and beat.end_column == len(lines[6]) + 1
    acme = by_text["Acme Ltd earned $5 million in 2021."]
    assert (acme.line, acme.column) == (17, 3)  # after the list marker
    turnout = by_text["Turnout was 64 percent in the city election."]
    assert (turnout.line, turnout.column) == (18, 3)  # after "> "


def test_sentence_across_soft_line_breaks_spans_lines() -> None:
    draft = read_draft(DRAFT)
    keeper = next(s for s in draft.sentences if s.text.startswith("Their keeper"))
    assert keeper.text == "Their keeper saved 2 penalties, and the coach said the team had fit."
    assert (keeper.line, keeper.column) == (8, 1)
    assert keeper.end_line == 9
    assert DRAFT[keeper.start : keeper.end].endswith("fit.")


def test_questions_are_not_check_worthy() -> None:
    draft = read_draft(DRAFT)
    question = next(s for s in draft.sentences if s.text.endswith("?"))
    assert not question.check_worthy
    assert question not in draft.claims()


def test_check_worthy_rules() -> None:
    assert is_check_worthy("The club scored 12 goals.")
    assert is_check_worthy("The vote took place on Tuesday morning.")
    assert is_check_worthy("Voters in the north backed Labour heavily.")
    assert is_check_worthy("the company was profitable last year.")
    assert not is_check_worthy("Why did the company fail?")
    assert not is_check_worthy("See above.")
    assert not is_check_worthy("Thanks for reading along today.")


def test_quoted_parts() -> None:
    assert quoted_parts('Smith said "we will win the cup" after the game.') == [
        "we will win the cup"
    ]
    assert quoted_parts("She said “prices rose sharply this year”.") == [
        "prices rose sharply this year"
    ]
    assert quoted_parts('He said "no".') == []  # too short to check alone


def test_escapes_and_entities_keep_positions() -> None:
    text = "Profits rose 5\\* at Smith &amp; Sons in 2020.\n"
    (sentence,) = read_draft(text).sentences
    assert sentence.text == "Profits rose 5* at Smith & Sons in 2020."
    assert (sentence.start, sentence.end) == (0, len(text) - 1)


def test_strikethrough_text_is_not_checked() -> None:
    text = "The Blues won the derby 2-0. ~~The Blues lost the derby 0-2.~~\n"
    assert _texts(text) == ["The Blues won the derby 2-0."]


def test_table_cells_and_html_blocks_are_not_checked() -> None:
    text = "| team | goals |\n| --- | --- |\n| Rovers | 12 |\n\n<div>Rovers won 4 cups.</div>\n"
    assert _texts(text) == []


def test_unclosed_front_matter_is_ordinary_text() -> None:
    text = "---\nThe Rovers won 3 games in March.\n"
    assert "The Rovers won 3 games in March." in _texts(text)


def test_ignore_suppresses_only_the_next_check_worthy_sentence() -> None:
    text = (
        "<!-- factcheck: ignore -->\n"
        "Acme earned $5 million in 2021. Acme hired 40 people in 2021.\n"
    )
    first, second = read_draft(text).claims()
    assert first.suppressed and not second.suppressed


def test_inline_ignore_comment_inside_a_paragraph() -> None:
    text = "Acme hired 40 people. <!-- factcheck: ignore --> Acme sold 9 shops.\n"
    hired, sold = read_draft(text).claims()
    assert not hired.suppressed and sold.suppressed
    assert "factcheck" not in sold.text


def test_off_on_block() -> None:
    text = (
        "Acme hired 40 people.\n\n<!-- factcheck: off -->\n\nAcme sold 9 shops.\n\n"
        "Acme closed 3 plants.\n\n<!-- factcheck: on -->\n\nAcme opened 2 offices.\n"
    )
    flags = [(s.text, s.suppressed) for s in read_draft(text).claims()]
    assert flags == [
        ("Acme hired 40 people.", False),
        ("Acme sold 9 shops.", True),
        ("Acme closed 3 plants.", True),
        ("Acme opened 2 offices.", False),
    ]


def test_directive_inside_code_block_is_not_a_directive() -> None:
    text = "```\n<!-- factcheck: off -->\n```\n\nAcme sold 9 shops.\n"
    (sold,) = read_draft(text).claims()
    assert not sold.suppressed


def test_unknown_directive_warns_with_position() -> None:
    draft = read_draft("<!-- factcheck: disable -->\nAcme sold 9 shops.\n", name="d.md")
    assert draft.warnings == (
        "d.md:1:1: unknown factcheck directive 'disable' (use ignore, off or on)",
    )


def test_plain_text_paragraphs_and_directives() -> None:
    text = (
        "Acme sold 9 shops\nin 2020. Acme hired 40 people.\n\n"
        "<!-- factcheck: ignore -->Acme closed 3 plants.\n"
    )
    claims = read_draft(text, DraftKind.TEXT).claims()
    assert [c.text for c in claims] == [
        "Acme sold 9 shops in 2020.",
        "Acme hired 40 people.",
        "Acme closed 3 plants.",
    ]
    assert [c.suppressed for c in claims] == [False, False, True]
    assert (claims[2].line, claims[2].column) == (4, 27)


def test_markdown_heading_in_plain_text_is_checked_as_text() -> None:
    text = "# Acme sold 9 shops in 2020.\n"
    assert _texts(text, DraftKind.TEXT) == ["# Acme sold 9 shops in 2020."]
    assert _texts(text) == []


def test_kind_for() -> None:
    assert kind_for("notes/a.MD") is DraftKind.MARKDOWN
    assert kind_for("a.markdown") is DraftKind.MARKDOWN
    assert kind_for("a.txt") is DraftKind.TEXT
    assert kind_for("<stdin>") is DraftKind.TEXT


_MD_ALPHABET = st.sampled_from(
    list("abc XYZ 12.,!?*_`[]()<>#-|~\\&;\"'\n") + ["\n\n", "```", "<!--", "-->", "    "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MD_ALPHABET, max_size=60).map("".join))
def test_spans_always_index_the_original_text(text: str) -> None:
    for kind in DraftKind:
        for s in read_draft(text, kind).sentences:
            assert 0 <= s.start < s.end <= len(text)
            assert s.line >= 1 and s.column >= 1
            assert (s.end_line, s.end_column) >= (s.line, s.column)
            # every visible letter and digit comes from the original span
            original = text[s.start : s.end]
            assert s.text and original.strip()
            assert all(ch in original for ch in s.text if ch.isalnum())
            assert original[0] == s.text[0] or not s.text[0].isalnum()


CASES = sorted((Path(__file__).parent / "cases").glob("lint-*"))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_draft_cases(case: Path) -> None:
    """tests/cases/lint-*/: draft.md and the sentences expected from it (reviewed by hand)."""
    text = (case / "draft.md").read_text(encoding="utf-8")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    got = [
        {
            "line": s.line,
            "column": s.column,
            "end_line": s.end_line,
            "end_column": s.end_column,
            "text": s.text,
            "check_worthy": s.check_worthy,
            "suppressed": s.suppressed,
        }
        for s in read_draft(text).sentences
    ]
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_reading_any_text_never_raises(text: str) -> None:
    for kind in DraftKind:
        draft = read_draft(text, kind)
        assert all(0 <= s.start < s.end <= len(text) for s in draft.sentences)
