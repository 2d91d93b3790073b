"""Scores and tallies ("won 3-1", "voted 199-74", "by 199 votes to 74", "6-4 5-7") are
figures: two scores agree only when both counts do. And an opposite written with the two
names the other way round ("Kestrel beat Harriers" for "Harriers lost to Kestrel")
states the claim's fact, not its denial. Each on a small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.quantities.quantities import extract_quantities
from factcheck.results import Verdict


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Kestrel beat Harriers 3-1 on Sunday.", ["3-1"]),
        ("Kestrel lost 1-3 to Harriers, 6-4 5-7 6-3.", ["6-4", "7-5", "6-3"]),
        ("The council voted 19-14 for the plan.", ["19-14"]),
        ("The plan passed by 199 votes to 74.", ["199-74"]),
        ("The teams drew 1\u20131 at home.", ["1-1"]),
    ],
)
def test_a_pair_that_goes_down_or_stands_by_another_pair_is_a_score(
        text: str, scores: list[str]) -> None:
    found = [q.describe() for q in extract_quantities(text) if q.dimension == "score"]
    assert found == scores


@pytest.mark.parametrize(
    "text",
    ["Players aged 18-25 may enter.", "The 2013-14 season ended.", "A 4-3-3 formation.",
     "Sales rose from 30 points to 12 in a week."],
)
def test_ranges_seasons_formations_and_changes_are_not_scores(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.dimension == "score"]


MATCHES = {
    "league.txt": (
        "Kestrel Rovers beat Harriers United 3-1 at Millbrook Park on Sunday afternoon.\n"
        "The town council approved the new harbour plan 19-14 on Tuesday evening.\n"
        "Lena Voss beat Ada Brill 6-4 5-7 6-3 to win the Tarn Open title on Saturday.\n"
    ),
}


@pytest.fixture(scope="module")
def matches() -> Corpus:
    return Corpus.from_texts(MATCHES)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kestrel Rovers beat Harriers United 3-1 at Millbrook Park", Verdict.SUPPORTED),
        ("Kestrel Rovers beat Harriers United 2-1 at Millbrook Park", Verdict.CONTRADICTED),
        ("The town council approved the new harbour plan by 19 votes to 14",
         Verdict.SUPPORTED),
        ("The town council approved the new harbour plan by 19 votes to 12",
         Verdict.CONTRADICTED),
        ("Lena Voss beat Ada Brill 6-4 5-7 6-3 to win the Tarn Open", Verdict.SUPPORTED),
        ("Lena Voss beat Ada Brill 6-4 5-7 6-2 to win the Tarn Open", Verdict.CONTRADICTED),
    ],
)
def test_scores_agree_only_when_both_counts_do(matches: Corpus, claim: str,
                                               verdict: Verdict) -> None:
    assert check(claim, matches).verdict is verdict


def test_the_reason_shows_both_scores(matches: Corpus) -> None:
    result = check("Kestrel Rovers beat Harriers United 2-1 at Millbrook Park", matches)
    assert "2-1 \u2260 3-1" in result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the same fact told from the other side
        ("Harriers United lost to Kestrel Rovers at Millbrook Park on Sunday",
         Verdict.SUPPORTED),
        ("Harriers United lost 3-1 to Kestrel Rovers at Millbrook Park", Verdict.SUPPORTED),
        # the same names in the same order with the opposite verb is still a denial
        ("Kestrel Rovers lost to Harriers United at Millbrook Park on Sunday",
         Verdict.CONTRADICTED),
    ],
)
def test_an_opposite_with_the_names_swapped_is_the_same_fact(
        matches: Corpus, claim: str, verdict: Verdict) -> None:
    assert check(claim, matches).verdict is verdict


TALLIES = {
    "harbour.txt": (
        "Harbour traffic in 2014 was higher than harbour traffic in 2009, the port said.\n"
        "In 2019, Ada Brill won the Tarn seat with 12,410 votes, compared to 9,870 for "
        "the Green candidate Lena Voss, a majority of 2,540.\n"
    ),
}


@pytest.fixture(scope="module")
def tallies() -> Corpus:
    return Corpus.from_texts(TALLIES)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the two dates about the comparison the other way round: the same fact
        ("Harbour traffic in 2009 was lower than harbour traffic in 2014",
         Verdict.SUPPORTED),
        # the same order with the opposite word: a denial
        ("Harbour traffic in 2014 was lower than harbour traffic in 2009",
         Verdict.CONTRADICTED),
    ],
)
def test_an_opposite_with_the_dates_swapped_is_the_same_fact(
        tallies: Corpus, claim: str, verdict: Verdict) -> None:
    assert check(claim, tallies).verdict is verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the 12,410 that stands closer to the claim's 9,870 is the first figure's own
        ("Ada Brill won the Tarn seat in 2019 with 12,410 votes to 9,870 for Lena Voss",
         Verdict.SUPPORTED),
        ("Ada Brill won the Tarn seat in 2019 with 12,410 votes to 9,780 for Lena Voss",
         Verdict.CONTRADICTED),
    ],
)
def test_a_passage_figure_another_claim_figure_took_is_not_the_closer_one(
        tallies: Corpus, claim: str, verdict: Verdict) -> None:
    assert check(claim, tallies).verdict is verdict
