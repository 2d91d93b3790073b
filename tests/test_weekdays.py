"""A day of the week is a date a claim can be checked on: "on Tuesday" against "on
Saturday", or against a full date's day. A source's weekday that only dates the report
still never refutes a claim's own calendar date."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import Corpus, check
from factcheck.quantities.compare import compare
from factcheck.quantities.dates import extract_dates
from factcheck.results import Outcome, Verdict

MUSEUM = {
    "arts/museum.txt": (
        "The Harbour Museum reopened its doors on Saturday after a two-year renovation.\n"
        "Curators said on Monday that 3,500 visitors came on the first weekend.\n"
    ),
    "arts/gallery.txt": (
        "The North Gallery unveiled its new wing on 14 March 2020 with a concert.\n"
        "Trustees agreed to meet the architects again next week.\n"
        "Photo: the opening night, Saturday, March 14, 2020.\n"
    ),
}


@pytest.fixture(scope="module")
def museum() -> Corpus:
    return Corpus.from_texts(MUSEUM)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Harbour Museum reopened its doors on Saturday", Verdict.SUPPORTED),
        ("The Harbour Museum reopened its doors on Tuesday", Verdict.CONTRADICTED),
        ("The Harbour Museum reopened on a Sunday after its renovation", Verdict.CONTRADICTED),
        # 14 March 2020 was a Saturday
        ("The North Gallery unveiled its new wing on a Saturday", Verdict.SUPPORTED),
        ("The North Gallery unveiled its new wing on a Wednesday", Verdict.CONTRADICTED),
    ],
)
def test_claims_dated_by_weekday(museum: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, museum)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Trustees agreed to meet the architects again next week", Verdict.SUPPORTED),
        ("Trustees agreed to meet the architects again next month", Verdict.CONTRADICTED),
        ("Trustees agreed to meet the architects again last week", Verdict.CONTRADICTED),
        # the weekday a source states beside a date is checked against the claim's
        ("The opening night was on Friday, March 14, 2020", Verdict.CONTRADICTED),
        ("The opening night was on Saturday, March 14, 2020", Verdict.SUPPORTED),
    ],
)
def test_periods_and_stated_weekdays(museum: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, museum)
    assert result.verdict is verdict, result.reason


def test_a_weekday_the_source_does_not_state_is_not_worked_out_beside_a_date() -> None:
    # 14 March 2020 was a Saturday, but the source gives the date alone
    claim = extract_dates("It opened on Friday, March 14, 2020")[0]
    assert compare(claim, extract_dates("It opened on 14 March 2020")[0]).outcome is \
        Outcome.CONSISTENT


def test_a_reporting_weekday_never_refutes_a_calendar_date(museum: Corpus) -> None:
    # "said on Monday" dates the report; the claim's year is not a weekday claim
    result = check("Curators said 3,500 visitors came on the first weekend in 2020", museum)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def _mismatch(claim_text: str, source_text: str, reason: str) -> tuple[Any, Any]:
    """The two texts' first dates, which disagree for `reason`."""
    claim, source = extract_dates(claim_text)[0], extract_dates(source_text)[0]
    cmp = compare(claim, source)
    assert cmp.outcome is Outcome.INCONSISTENT
    assert cmp.reason == reason
    return claim, source


def test_weekday_comparison_names_both_days() -> None:
    claim, source = _mismatch("It opened on Tuesday", "It opened on Saturday",
                              "Tuesday ≠ Saturday")
    assert compare(claim, extract_dates("It opened last Tuesday")[0]).outcome is \
        Outcome.CONSISTENT
    # two calendar dates without a year say nothing about the day of the week
    assert compare(extract_dates("on 3 May")[0], source).outcome is Outcome.INCOMPARABLE


def test_weekdays_written_beside_a_date_without_a_year_are_compared() -> None:
    # a claim without a year against a report whose year comes from its dateline
    claim, _ = _mismatch("Shops opened at midnight on Wednesday 9 June",
                         "Shops will open at midnight on Tuesday 9 June", "Wednesday ≠ Tuesday")
    same = extract_dates("Shops will open at midnight on Wednesday 9 June")[0]
    assert compare(claim, same).outcome is Outcome.CONSISTENT
    # the date alone on one side: its weekday is not worked out
    assert compare(claim, extract_dates("Shops open on 9 June")[0]).outcome is \
        Outcome.CONSISTENT


def test_a_claim_with_the_wrong_weekday_beside_a_yearless_date_is_contradicted() -> None:
    corpus = Corpus.from_texts({"shops.txt": (
        "Date: 2021-06-01\n"
        "Some 400 bookshops will open just after midnight on Tuesday 8 June for the novel's "
        "release.\n")})
    result = check("Bookshops opened just after midnight on Wednesday 8 June for the "
                   "novel's release", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    result = check("Bookshops opened just after midnight on Tuesday 8 June for the "
                   "novel's release", corpus)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_claim_whose_weekday_is_not_its_dates_is_contradicted_by_the_calendar(
        museum: Corpus) -> None:
    # no source says when the award was given: the calendar alone settles the claim
    # (14 March 2020 was a Saturday)
    result = check("Lena Ortiz won the Harbour Prize on Friday, 14 March 2020", museum)
    assert result.verdict is Verdict.CONTRADICTED
    assert result.reason == "by the calendar, 14 March 2020 was a Saturday, not a Friday"
    # the right weekday settles nothing by itself
    assert check("Lena Ortiz won the Harbour Prize on Saturday, 14 March 2020",
                 museum).verdict is Verdict.NOT_ENOUGH_INFO
