"""Number words and numerals read into values."""

import pytest

from factcheck.quantities.numbers import (
    format_value,
    number_to_words,
    numeral_step,
    parse_numeral,
    parse_words,
    words_to_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,800", 1800),
        ("3,700,000", 3_700_000),
        ("816 000", 816_000),
        ("3.7", 3.7),
        ("-4", -4),
        ("12", 12),
        ("0.25", 0.25),
    ],
)
def test_parse_numeral(text, value):
    assert parse_numeral(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "--4"])
def test_parse_numeral_rejects_non_numbers(text):
    assert parse_numeral(text) is None


def test_numeral_step_follows_decimals():
    assert numeral_step("3.7") == pytest.approx(0.1)
    assert numeral_step("3.75") == pytest.approx(0.01)
    assert numeral_step("1,800") == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve", 12),
        ("three hundred and forty-two", 342),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a million", 1_000_000),
        ("two million three hundred thousand", 2_300_000),
        ("ninety-nine", 99),
        ("one thousand and one", 1001),
        ("a hundred", 100),
        ("zero", 0),
    ],
)
def test_words_to_number(text, value):
    assert words_to_number(text) == value


def test_words_stop_at_ungrammatical_sequence():
    # "two three" is two numbers, not five: only the first is consumed.
    value, _, used = parse_words(["two", "three"])
    assert (value, used) == (2, 1)
    assert words_to_number("two three") is None


def test_round_scale_word_sets_step():
    value, step, _ = parse_words(["two", "million"])
    assert (value, step) == (2_000_000, 1_000_000)


@pytest.mark.parametrize("n", [0, 7, 13, 40, 99, 100, 101, 342, 1000, 1_000_001, 987_654_321])
def test_number_to_words_round_trips(n):
    assert words_to_number(number_to_words(n)) == n


def test_format_value():
    assert format_value(3_700_000) == "3.7 million"
    assert format_value(12.0) == "12"
    assert format_value(1800) == "1,800"
    assert format_value(5e9) == "5 billion"


def test_word_trie_matches_exactly_the_words():
    import re

    from factcheck.quantities.numbers import word_trie

    words = {"thir", "third", "thirteen", "thirty", "a", "an"}
    pattern = re.compile(rf"\b(?:{word_trie(words)})\b")
    for w in words:
        assert pattern.fullmatch(w)
    for w in ("thi", "thirt", "ant", ""):
        assert not pattern.fullmatch(w)
