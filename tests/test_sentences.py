"""Sentence splitting with provenance: spans into the original text, 1-based line and column."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.loader import Document
from factcheck.corpus.segment import segment
from factcheck.corpus.sentences import LineMap, iter_sentences, split_sentences
from factcheck.text import fold, fold_keep_length
from tests.conftest import HAY


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column counted the slow, obvious way."""
    before = text[:offset]
    line_starts = [m.end() for m in re.finditer(r"\r\n|\r|\n", before)]
    line = len(line_starts) + 1
    column = offset - (line_starts[-1] if line_starts else 0) + 1
    return line, column


# --- the tricky cases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mr. Okafor joined the board in March. Mrs. Lee chairs it.",
            ["Mr. Okafor joined the board in March.", "Mrs. Lee chairs it."],
            id="title-abbreviations",
        ),
        pytest.param(
            "The auction closes on Feb. 12 at noon. Bids open on Jan. 3 next year.",
            ["The auction closes on Feb. 12 at noon.", "Bids open on Jan. 3 next year."],
            id="month-abbreviations",
        ),
        pytest.param(
            "Exports to the U.S. rose sharply in spring. Imports from the U.K. fell.",
            ["Exports to the U.S. rose sharply in spring.", "Imports from the U.K. fell."],
            id="dotted-acronyms",
        ),
        pytest.param(
            "Inflation eased to 3.7 percent in May. Wages grew 4.25% over the year.",
            ["Inflation eased to 3.7 percent in May.", "Wages grew 4.25% over the year."],
            id="decimals",
        ),
        pytest.param(
            "\u201cWe will defend the title,\u201d the captain said. \u201cNobody here doubts "
            "it.\u201d Fans cheered outside.",
            ["\u201cWe will defend the title,\u201d the captain said.",
             "\u201cNobody here doubts it.\u201d", "Fans cheered outside."],
            id="curly-quotations",
        ),
        pytest.param(
            '"Is the bridge safe?" a resident asked. Engineers said yes!',
            ['"Is the bridge safe?" a resident asked.', "Engineers said yes!"],
            id="question-inside-quote",
        ),
        pytest.param(
            "Author J. K. Mbeki signed copies. The queue was long.",
            ["Author J. K. Mbeki signed copies.", "The queue was long."],
            id="initials",
        ),
        pytest.param(
            "Sales rose (by about 6%). Costs did not.",
            ["Sales rose (by about 6%).", "Costs did not."],
            id="closing-bracket",
        ),
        pytest.param(
            "The vote was delayed.Officials blamed the weather.",
            ["The vote was delayed.", "Officials blamed the weather."],
            id="glued-scraped-boundary",
        ),
    ],
)
def test_tricky_splits(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quarterly profit rose to \u00a3600m. The shares fell on the news.",
        "She set a record over 10,000m. Then she retired.",
        "The club was founded in the 1990s. It moved grounds twice.",
    ],
)
def test_letter_glued_to_a_number_is_not_an_initial(text: str) -> None:
    # regression: "600m." / "1990s." ended in a one-letter "word", taken for an initial
    # ("J. Smith"), so the sentence ran on into the next (100 such places in BBC news)
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("LONDON (Reuters) - Copper prices hit a record high on Tuesday. Traders were calm.",
         "Copper prices hit a record high on Tuesday."),
        ("date 2020-02-26 ISTANBUL \u2013 The ferry service resumed after a two-day strike.",
         "The ferry service resumed after a two-day strike."),
        ("NAIROBI \u2014 The central bank held its main rate at 10.5 percent on Thursday.",
         "The central bank held its main rate at 10.5 percent on Thursday."),
    ],
)
def test_dateline_prefix_is_not_part_of_the_first_sentence(text: str, first: str) -> None:
    (start, end), *_ = split_sentences(text)
    assert text[start:end] == first
    assert start == text.index(first)


def test_ordinary_capitalised_opening_is_not_taken_for_a_dateline() -> None:
    text = "The Ministry said - without giving details - that talks would resume."
    assert sentences(text) == [text]


def test_one_long_line_article() -> None:
    body = " ".join(
        f"Paragraph {i} reports that the team trained for {i + 2} hours on day {i}."
        for i in range(1, 201)
    )
    spans = list(iter_sentences(body))
    assert len(spans) == 200
    for start, end, line, column in spans:
        assert line == 1
        assert column == start + 1
        assert body[start:end].startswith("Paragraph ")


def test_lines_are_blocks_even_without_final_punctuation() -> None:
    text = "Headline without a full stop\nThe body starts here. It goes on.\n"
    assert sentences(text) == [
        "Headline without a full stop", "The body starts here.", "It goes on."]


# --- provenance ------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_and_column_agree_with_offsets(newline: str) -> None:
    text = newline.join(
        ["First line. Second sentence here.", "", "  Indented third line.", "Last one."])
    spans = list(iter_sentences(text))
    assert [text[s:e] for s, e, _, _ in spans] == [
        "First line.", "Second sentence here.", "Indented third line.", "Last one."]
    assert [(line, col) for _, _, line, col in spans] == [(1, 1), (1, 13), (3, 3), (4, 1)]
    for start, _end, line, col in spans:
        assert (line, col) == expected_position(text, start)


def test_columns_count_characters_not_bytes() -> None:
    text = "\u00c9t\u00e9 \u2014 \u201cGo.\u201d Then stop."
    (_, _, _, col), = [s for s in iter_sentences(text) if text[s[0] : s[1]] == "Then stop."]
    assert col == text.index("Then stop.") + 1


def test_segment_rows_carry_exact_provenance() -> None:
    for name, text in HAY.items():
        rows = segment(Document(name, text, "x"))
        assert rows, name
        for row in rows:
            assert text[row.start : row.end] == row.text
            assert (row.line, row.column) == expected_position(text, row.start)


# --- properties ------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("abcXYZ .!?,\"'()0123456789-\n\r\t")
    + ["\u201c", "\u201d", "\u2019", "\u2013", "\u00a0", "\u2028", "\x85", "\x0c",
       "\ufeff", "\u0130", "\ufb01", "\u011f", "Mr. ", "U.S. ", "3.7 ", "LONDON - "]
)
_TEXT = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_sentence_spans_index_the_original_text_in_order(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece.strip() == piece and piece  # no edge white space, never empty
        previous_end = end


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_positions_agree_with_offsets_for_any_text(text: str) -> None:
    lines = LineMap(text)
    for start, _end, line, column in iter_sentences(text):
        assert (line, column) == lines.position(start) == expected_position(text, start)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_segment_never_raises_and_rows_index_the_text(text: str) -> None:
    for row in segment(Document("p.txt", text, "x")):
        assert text[row.start : row.end] == row.text
        assert 0.0 <= row.noise <= 1.0


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_fold_never_raises(text: str) -> None:
    folded = fold(text)
    assert not set(folded) & set("\u2018\u2019\u201c\u201d\u2013\u2014")
    assert len(fold_keep_length(text)) == len(text)


# The splitter finds marks with str.find and the word before a dot with rstrip; these are
# the loops and patterns they replace, which must agree with them on any text.
_SPLIT_PARTS = st.lists(st.sampled_from(
    ["a", "Z", "Mr", "e.g", "U.S", "J", "1990s", "x" * 30, " ", "  ", "\t", ".", "!", "?",
     "...", '"', "\u201c", "\u201d", ")", "Next", "word", "9", ",", "\u00e9"]),
    max_size=30).map("".join)


def _abbreviation_by_loops(block: str, dot_at: int) -> bool:
    from factcheck.corpus import sentences as s

    lo = max(0, dot_at - s._WORD_WINDOW)
    start = dot_at
    while start > lo and block[start - 1] in s._LETTERS_AND_DOT:
        start -= 1
    if start == lo and lo and block[lo - 1] in s._LETTERS_AND_DOT:
        return False
    while start < dot_at and block[start] == ".":
        start += 1
    if start == dot_at:
        return False
    word = block[start:dot_at].lower().rstrip(".")
    if word in s.ABBREVIATIONS:
        return True
    if len(word) == 1 and start > 0 and block[start - 1].isdigit():
        return False
    return len(word) == 1 or bool(s._ACRONYM.fullmatch(word))


@settings(max_examples=3000, deadline=None)
@given(_SPLIT_PARTS)
def test_marks_and_abbreviations_agree_with_the_loops_they_replace(block: str) -> None:
    from factcheck.corpus import sentences as s

    assert s._mark_positions(block) == [m.start() for m in re.finditer(r"[.!?]", block)]
    for at in range(len(block)):
        assert s._is_abbreviation(block, at) == _abbreviation_by_loops(block, at)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", " ", "  ", "\t", "\n", "\x0b", "\x1c", "\x7f",
                                 "\u00a0", "\u2028", "\u00e9", "I\u0307"]),
                max_size=12).map("".join))
def test_stable_key_is_the_hash_of_the_folded_words(sentence: str) -> None:
    import hashlib

    from factcheck.corpus.segment import stable_key

    plain = " ".join(sentence.split())  # what a sentence with no stray white space skips
    folded = (plain.lower() if plain.isascii() else fold(plain)).encode("utf-8")
    digest = hashlib.blake2b(folded, digest_size=8).digest()
    assert stable_key(sentence) == int.from_bytes(digest, "big") >> 1
