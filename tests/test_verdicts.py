"""Verdicts on small corpora about sport, company earnings and elections.

Nothing here is about the seed articles: the rules must be general English.
"""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.results import Stance, Verdict

SPORT = {
    "match.txt": (
        "Riverside United beat Hillford Town 3-1 on Saturday in front of 41,200 fans.\n"
        "Striker Jonas Brandt scored twice in the second half, his 14th and 15th goals of "
        "the season.\n"
        "The club has won seven of its last nine league games.\n"
        "Manager Paula Ortiz said the team would not sell its captain in January.\n"
    ),
    "report.md": (
        "Hillford Town sacked their coach after the defeat, the club confirmed on Sunday.\n"
        "The stadium, opened in 1998, holds about 45,000 spectators.\n"
    ),
}

EARNINGS = {
    "q3.txt": (
        "Northwind Foods reported revenue of $4.2bn for the third quarter, up 8% from a "
        "year earlier.\n"
        "The company employs more than 12,000 people in 14 countries.\n"
        "Chief executive Mara Lind said Northwind would open 30 new stores in 2025.\n"
        "Its shares rose 5 per cent in early trading.\n"
    ),
    "wire.txt": (
        "Northwind Foods posted third-quarter revenue of $4.6bn, according to an "
        "analyst note.\n"
        "The grocer closed its factory in Leeds in March 2021.\n"
    ),
}

ELECTION = {
    "vote.txt": (
        "Turnout in the regional election was 61 percent, the electoral commission said.\n"
        "The Green Alliance won 23 of the 80 seats in the assembly.\n"
        "The vote was held on May 4, 2023, after a six-week campaign.\n"
        "Governor Elena Vasquez conceded defeat late on Thursday.\n"
    ),
}


@pytest.fixture(scope="module")
def sport() -> Corpus:
    return Corpus.from_texts(SPORT)


@pytest.fixture(scope="module")
def earnings() -> Corpus:
    return Corpus.from_texts(EARNINGS)


@pytest.fixture(scope="module")
def election() -> Corpus:
    return Corpus.from_texts(ELECTION)


@pytest.mark.parametrize(
    "claim, verdict",
    [
        ("The club has won seven of its last nine league games", Verdict.SUPPORTED),
        ("The club has won nine of its last nine league games", Verdict.CONTRADICTED),
        ("Jonas Brandt scored twice in the second half", Verdict.SUPPORTED),
        ("Riverside United beat Hillford Town in front of 41,200 fans", Verdict.SUPPORTED),
        ("Riverside United beat Hillford Town in front of 14,200 fans", Verdict.CONTRADICTED),
        ("The stadium holds about 45,000 spectators", Verdict.SUPPORTED),
        ("The stadium opened in 1998", Verdict.SUPPORTED),
        ("The stadium opened in 2008", Verdict.CONTRADICTED),
        ("Paula Ortiz said the team would sell its captain in January", Verdict.CONTRADICTED),
        ("The club signed a new goalkeeper from Brazil", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_sport_claims(sport: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, sport)
    assert result.verdict is verdict, result.to_dict()


@pytest.mark.parametrize(
    "claim, verdict",
    [
        ("Northwind Foods employs more than 12,000 people", Verdict.SUPPORTED),
        ("Northwind Foods employs more than 21,000 people", Verdict.CONTRADICTED),
        ("Northwind Foods employs people in fourteen countries", Verdict.SUPPORTED),
        ("Northwind shares rose 5% in early trading", Verdict.SUPPORTED),
        ("Northwind shares fell 5% in early trading", Verdict.CONTRADICTED),
        ("Northwind closed its factory in Leeds in 2021", Verdict.SUPPORTED),
        ("Northwind closed its factory in Leeds in 2019", Verdict.CONTRADICTED),
        ("Northwind opened its factory in Leeds in March 2021", Verdict.CONTRADICTED),
        ("Northwind Foods reported third quarter revenue of $4.2bn", Verdict.DISPUTED),
        ("Northwind Foods bought a bakery chain in Norway", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_earnings_claims(earnings: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, earnings)
    assert result.verdict is verdict, result.to_dict()


@pytest.mark.parametrize(
    "claim, verdict",
    [
        ("Turnout in the regional election was 61%", Verdict.SUPPORTED),
        ("Turnout in the regional election was 71 percent", Verdict.CONTRADICTED),
        ("The Green Alliance won 23 seats in the assembly", Verdict.SUPPORTED),
        ("The Green Alliance won 32 seats in the assembly", Verdict.CONTRADICTED),
        ("The Green Alliance lost 23 seats in the assembly", Verdict.CONTRADICTED),
        ("The regional election was held on May 4, 2023", Verdict.SUPPORTED),
        ("The regional election was held on May 14, 2023", Verdict.CONTRADICTED),
        ("The Labour Party won the mayoral race in Lisbon", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_election_claims(election: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, election)
    assert result.verdict is verdict, result.to_dict()


def test_disputed_lists_both_sides_with_source_and_line(earnings: Corpus) -> None:
    result = check("Northwind Foods reported third quarter revenue of $4.2bn", earnings)
    stances = {(e.sentence.source, e.stance) for e in result.evidence}
    assert ("q3.txt", Stance.SUPPORTS) in stances
    assert ("wire.txt", Stance.CONTRADICTS) in stances
    assert "q3.txt:1" in result.reason and "wire.txt:1" in result.reason


def test_number_mismatch_names_both_values(election: Corpus) -> None:
    result = check("The Green Alliance won 32 seats in the assembly", election)
    top = result.evidence[0]
    assert "NUMBER_MISMATCH" in top.reasons
    check_ = top.checks[0]
    assert check_.outcome.value == "inconsistent"
    assert "32" in check_.claim_value and "23" in check_.evidence_value


def test_negation_is_a_reason(sport: Corpus) -> None:
    result = check("Paula Ortiz said the team would sell its captain in January", sport)
    assert "NEGATION" in result.evidence[0].reasons


def test_antonym_is_a_reason(election: Corpus) -> None:
    result = check("The Green Alliance lost 23 seats in the assembly", election)
    assert "ANTONYM" in result.evidence[0].reasons


def test_entity_swap_contradicts() -> None:
    corpus = Corpus.from_texts({"a.txt": "Norway controls the northern fishing grounds."})
    result = check("Sweden controls the northern fishing grounds", corpus)
    assert result.verdict is Verdict.CONTRADICTED
    assert "ENTITY_MISMATCH" in result.evidence[0].reasons


@pytest.mark.parametrize("claim", ["hello", "???", "the and of", "!!!"])
def test_content_free_claims_are_not_enough_info(sport: Corpus, claim: str) -> None:
    result = check(claim, sport)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.reason


def test_a_sentence_checked_against_itself_is_supported(sport: Corpus) -> None:
    for line in SPORT["match.txt"].splitlines():
        assert check(line, sport).verdict is Verdict.SUPPORTED, line


def test_regression_same_hedge_different_figure_is_not_support() -> None:
    """'more than 2,000' was read as agreeing with 'more than 1,800' (10% tolerance)."""
    corpus = Corpus.from_texts({"a.txt": "More than 1,800 volunteers have joined the clean-up."})
    result = check("More than 2,000 volunteers have joined the clean-up", corpus)
    assert result.verdict is Verdict.CONTRADICTED


def test_regression_one_source_with_own_figure_and_another_count_supports() -> None:
    """A source stating the claim's figure also counted 'one nurse', read as refuting."""
    corpus = Corpus.from_texts(
        {
            "a.txt": "More than 900 nurses have been hired this year.\n"
            "On Monday one nurse and two porters were hurt in a fall.\n",
            "b.txt": "The hospital trust says more than 900 nurses have been hired this year.\n",
        }
    )
    result = check("More than 900 nurses have been hired this year", corpus)
    assert result.verdict is Verdict.SUPPORTED


def test_disputed_when_an_exact_figure_meets_a_higher_lower_bound() -> None:
    corpus = Corpus.from_texts(
        {
            "a.txt": "The park receives 2.4 million visitors a year.",
            "b.txt": "The park receives more than 2.6 million visitors a year.",
        }
    )
    result = check("The park receives 2.4 million visitors a year", corpus)
    assert result.verdict is Verdict.DISPUTED


def test_regression_a_heading_never_decides() -> None:
    """A Markdown heading in a source ('# Valley vote') was judged as contradicting."""
    corpus = Corpus.from_texts({"a.md": "# Valley vote\n\nResidents met in the hall on Friday.\n"})
    result = check("The valley vote was cancelled", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize("claim", ['"NEAR( AND * OR', "Riverside", "stadium?"])
def test_regression_a_one_word_claim_is_not_supported(sport: Corpus, claim: str) -> None:
    # 'NEAR( AND * OR' was SUPPORTED: "near" alone was covered by any sentence with it
    result = check(claim, sport)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "one word" in result.reason
