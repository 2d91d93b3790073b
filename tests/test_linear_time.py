"""Issue 14, point 12: inputs that took time growing with the square of their size.

Each bound is far above the linear time (about 20x on a loaded 2-core machine) and far
below the quadratic one the input took before (given in each comment), so the test fails
on a regression, not on a slow machine. benchmarks/bench_pathological.py gives the figures
at three sizes."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from factcheck import Corpus, check
from factcheck.corpus import noise, wordcounts
from factcheck.corpus.loader import Document
from factcheck.corpus.segment import segment
from factcheck.quantities.quantities import extract_quantities


def _seconds(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


@pytest.mark.parametrize("mark", [".", "!", "?"])
def test_a_long_run_of_terminal_punctuation(mark: str) -> None:
    # before: over 120 s to index 'a' + '.' * 100_000 (each mark re-read the whole run)
    text = "a" + mark * 100_000
    assert _seconds(lambda: segment(Document("x", text, "d"))) < 3
    assert [(r.start, r.end) for r in segment(Document("x", text, "d"))] == [(0, len(text))]


def test_a_long_one_line_file_with_trailing_white_space() -> None:
    # before: the line was stripped again for each of its sentences; 50,000 sentences on a
    # 2 MB line copied about 100 GB (minutes); 8 MB took 27 s, 16 MB 128 s
    text = "The river rose 3 metres on Monday and the bridge shut. " * 40_000 + "   \n"
    started = time.perf_counter()
    rows = segment(Document("x", text, "d"))
    assert time.perf_counter() - started < 20
    assert len(rows) == 40_000
    assert all(text[r.start : r.end] == r.text for r in rows[:: 997])


def test_a_caption_cue_without_a_closing_parenthesis() -> None:
    # before: "(photo " * 40_000 took 17 s and twice as many 116 s (noise scoring)
    assert _seconds(lambda: segment(Document("x", "(photo " * 40_000, "d"))) < 5


def test_ten_thousand_dates_in_one_claim() -> None:
    # before: every figure was checked against every masked date (48 s for a claim)
    claim = "The council met on " + ", ".join(
        f"{1 + i % 28} March {1990 + i % 30}" for i in range(10_000))
    assert _seconds(lambda: extract_quantities(claim)) < 15


def test_thousands_of_figures_in_one_claim() -> None:
    # before: the clause around each figure was found by splitting the whole claim
    # (2,500 figures: 20 s; 5,000: 72 s)
    corpus = Corpus.from_texts({"a.txt": "The council agreed a budget of 12 million.\n"})
    claim = "The council counted " + ", ".join(f"{i} million people" for i in range(4_000))
    try:
        assert _seconds(lambda: check(claim, corpus)) < 20
    finally:
        corpus.close()


def test_a_very_long_line_is_scored_on_its_beginning() -> None:
    # a 100 MB one-line file had every word counted to score the line (12 s, a gigabyte)
    prose = "The council agreed the budget on Monday after a long debate. "
    line = prose * 400_000  # 24 MB
    head = line[: line.index(" ", noise.LONG_LINE)]
    assert wordcounts.word_counts(line) == wordcounts.word_counts(head)
    started = time.perf_counter()
    assert noise.block_scores([line, line]) == [0.4, 0.4]  # prose, repeated
    assert time.perf_counter() - started < 5
    menu = "Share Comment Tweet Subscribe Login " * 20_000  # furniture, however long
    assert noise.block_scores([menu])[0] >= 0.5


def test_a_long_run_of_words_joined_by_dots() -> None:
    # before the address pass read each dotted run once: 'ab.' * 16_000 + '1' took 11 s
    # (every start in the run was tried again to the run's end)
    from factcheck.judge.statement import tokens

    text = "ab." * 64_000 + "1"
    assert _seconds(lambda: tokens(text)) < 5
    assert tokens("Visit kestrel.co.uk or ab." * 3)[1][1] == "kestrelcouk"
