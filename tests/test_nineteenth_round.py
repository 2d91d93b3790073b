"""The nineteenth round's readings, on small corpora of our own: a figure given for each
of several things ("three berths in each harbour", "£40 each", "1.5 shares for every
share held") is one thing's share, so it neither bears out nor contradicts a total, and
is compared only with another figure given for each; a margin ("outsold its rival by
3,000 copies", "won by 12 votes") is no amount of either thing, however long the object
between the verb and "by", and is compared only with another margin; and a part of an
amount named before ("£5,120 of this was cash") is not the whole amount; and a verb too
general to stand for another ("went") met only through a synonym ("move") gives no role
another name could fill."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge import measures
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


def _share(text: str, figure: str) -> str:
    """measures.share of the figure written `figure` in `text`."""
    statement = read_statement(text)
    item = next(q for q in statement.quantities if q.start == text.index(figure))
    return measures.share(statement, item)


@pytest.mark.parametrize(
    ("text", "figure"),
    [("Tarn will build three berths in each harbour of the bay.", "three"),
     ("Marlow sold the old ferries for £40 each.", "£40"),
     ("Kestrel scored two goals apiece in both legs.", "two"),
     ("Holders will get 1.5 Kestrel shares in return for every Marlow share they own.", "1.5")],
)
def test_a_figure_for_each_is_read_as_such(text: str, figure: str) -> None:
    assert _share(text, figure) == "each"


@pytest.mark.parametrize(
    "text",
    ["Tarn will build three berths in the harbour.",
     "Each of the three berths in Tarn was built in 1990.",
     "Marlow sold 40 ferries, each of them built in Tarn."],
)
def test_a_total_is_not_read_as_a_figure_for_each(text: str) -> None:
    statement = read_statement(text)
    assert all(measures.share(statement, q) != "each" for q in statement.quantities)


def test_a_figure_for_each_does_not_contradict_a_total() -> None:
    result = _check("The Tarn harbour board will cap the number of new berths at 18.",
                    "The Tarn harbour board will cap new berths at six in each harbour.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_a_total_does_not_contradict_a_figure_for_each() -> None:
    result = _check("Tarn will build four berths in each harbour.",
                    "Tarn will build 12 berths this year.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_two_figures_for_each_are_compared() -> None:
    passage = "Holders will get 1.6 Kestrel shares in return for each Marlow share they own."
    wrong = _check("Holders will get 2.2 Kestrel shares for each Marlow share they own.",
                   passage)
    right = _check("Holders will get 1.6 Kestrel shares for each Marlow share they own.",
                   passage)
    assert wrong.verdict is Verdict.CONTRADICTED
    assert right.verdict is Verdict.SUPPORTED


def test_a_price_each_is_compared_with_a_price_each() -> None:
    result = _check("Marlow sold the old ferries for £50 each.",
                    "Marlow sold the old ferries for £40 each.")
    assert result.verdict is Verdict.CONTRADICTED


# --- a margin --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "figure"),
    [("The reissue was out-selling Kestrel winner Ada Brill's cover of the old Tarn Ferry Song "
      "by 3,000 copies.", "3,000"),
     ("Ada Brill won the Tarn seat by 12 votes.", "12"),
     ("Marlow led Tarn by three points at half-time.", "three"),
     ("Kestrel outsold Marlow by 40,000 copies last year.", "40,000")],
)
def test_a_margin_is_read_as_such(text: str, figure: str) -> None:
    statement = read_statement(text)
    item = next(q for q in statement.quantities if q.start == text.index(figure))
    assert measures.end_of_range(statement, item) == "by"


@pytest.mark.parametrize(
    "text",
    ["Ferry bookings rose by 5% in May.",
     "Tarn beat Marlow and was then hit by 3 waves.",
     "Ada Brill won the Tarn seat, by 120 votes to 80.",
     "The harbour fee was cut by £5."],
)
def test_an_amount_after_by_is_no_margin_without_a_verb_of_margin(text: str) -> None:
    statement = read_statement(text)
    assert all(measures.end_of_range(statement, q) != "by" for q in statement.quantities)


def test_a_margin_does_not_contradict_a_total() -> None:
    result = _check("The Tarn Ferry Song reissue sold 18,000 copies in its first week.",
                    "The re-release of hit song Tarn Ferry Song was out-selling Kestrel "
                    "winner Ada Brill's cover of Harbour Lights by 3,000 copies on Tuesday.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_two_margins_are_compared() -> None:
    passage = "Ada Brill won the Tarn seat by 12 votes."
    assert _check("Ada Brill won the Tarn seat by 40 votes.", passage).verdict \
        is Verdict.CONTRADICTED
    assert _check("Ada Brill won the Tarn seat by 12 votes.", passage).verdict \
        is Verdict.SUPPORTED


# --- a part of an amount named before ----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "figure"),
    [("The Coast Party took £45,000 in donations; just £5,120 of this was cash.", "£5,120"),
     ("Twelve ferries were built and three of them still sail.", "three"),
     ("The crew numbered 40, 12 of whom were from Tarn.", "12"),
     ("The crew numbered 40, of whom 12 were from Tarn.", "12")],
)
def test_a_part_is_read_as_such(text: str, figure: str) -> None:
    assert _share(text, figure) == "part"


@pytest.mark.parametrize(
    "text",
    ["Half the 40 crew came from Tarn, and 50 percent of them had sailed before.",
     "Tarn built three of the ferries in 1990.",
     "The Coast Party took £5,120 in cash.",
     "The Green Alliance won 23 of the 80 seats in the assembly."],
)
def test_a_whole_or_a_percentage_is_not_read_as_a_part(text: str) -> None:
    statement = read_statement(text)
    assert all(measures.share(statement, q) != "part" for q in statement.quantities)


_DONATIONS = ("Coast Party donations",
          "The Coast Party took in £48,000 in the quarter, the figures show.",
          "Just £5,120 of this was cash; the rest came as the loan of two boats and a "
          "harbour office.")


def test_a_part_is_not_set_against_the_whole() -> None:
    result = _check("£48,000 came as cash and the loan of two boats.",
                    "Coast Party donations",
                    "Just £5,120 of this was cash; the rest came as the loan of two boats and "
                    "a harbour office.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "£48,000 ≠" not in result.reason


@pytest.mark.parametrize(
    "claim",
    ["The Coast Party took in £48,000 in the quarter, of which just £7,000 was cash.",
     "The Coast Party took in £48,000 in the quarter, and just £7,000 of it was cash."],
)
def test_two_parts_are_compared(claim: str) -> None:
    result = _check(claim, *_DONATIONS)
    assert result.verdict is Verdict.CONTRADICTED
    assert "£48,000 ≠" not in result.reason


# --- a too-general verb met through a synonym fills no role ----------------------------

_RANKING = ("Tarn Open report",
            "Tom Berg will move into the world's top 50 for the first time after his "
            "passage through to the final.")


def test_a_general_verb_met_as_a_synonym_frames_no_swap() -> None:
    result = _check("Eric Lund went on to reach the final.", *_RANKING)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "Tom Berg" not in result.reason


def test_the_same_verb_still_frames_a_swap() -> None:
    result = _check("Eric Lund will move into the world's top 50 for the first time.",
                    *_RANKING)
    assert result.verdict is Verdict.CONTRADICTED
    assert "Tom Berg, not Eric Lund" in result.reason
