"""The nineteenth round's reading, on small corpora of our own: a figure given for each of
several things ("three berths in each harbour", "£40 each", "1.5 shares for every share
held") is one thing's share, so it neither bears out nor contradicts a total, and is
compared only with another figure given for each."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Tarn will build three berths in each harbour of the bay.", "three"),
     ("Marlow sold the old ferries for £40 each.", "£40"),
     ("Kestrel scored two goals apiece in both legs.", "two"),
     ("Holders will get 1.5 Kestrel shares in return for every Marlow share they own.", "1.5")],
)
def test_a_figure_for_each_is_read_as_such(text: str, figure: str) -> None:
    statement = read_statement(text)
    start = text.index(figure)
    assert start in statement.distributive


@pytest.mark.parametrize(
    "text",
    ["Tarn will build three berths in the harbour.",
     "Each of the three berths in Tarn was built in 1990.",
     "Marlow sold 40 ferries, each of them built in Tarn."],
)
def test_a_total_is_not_read_as_a_figure_for_each(text: str) -> None:
    statement = read_statement(text)
    assert not statement.distributive


def test_a_figure_for_each_does_not_contradict_a_total() -> None:
    result = _check("The Tarn harbour board will cap the number of new berths at 24.",
                    "The Tarn harbour board will cap new berths at eight in each harbour.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_a_total_does_not_contradict_a_figure_for_each() -> None:
    result = _check("Tarn will build four berths in each harbour.",
                    "Tarn will build 12 berths this year.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_two_figures_for_each_are_compared() -> None:
    passage = "Holders will get 1.9 Kestrel shares in return for each Marlow share they own."
    wrong = _check("Holders will get 2.5 Kestrel shares for each Marlow share they own.",
                   passage)
    right = _check("Holders will get 1.9 Kestrel shares for each Marlow share they own.",
                   passage)
    assert wrong.verdict is Verdict.CONTRADICTED
    assert right.verdict is Verdict.SUPPORTED


def test_a_price_each_is_compared_with_a_price_each() -> None:
    result = _check("Marlow sold the old ferries for £50 each.",
                    "Marlow sold the old ferries for £40 each.")
    assert result.verdict is Verdict.CONTRADICTED
