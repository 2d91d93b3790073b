"""A figure conflicts only with a figure of the same attribute and the same period: money
paid out is not money taken in, and a first day is not a second week. Small corpora of
our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge import measures, placement
from factcheck.judge.align import align
from factcheck.judge.links import UNALIGNED
from factcheck.judge.statement import read_statement
from factcheck.results import Verdict

FILM = ("The studio said Lantern cost $80m to make.\n"
        "Lantern took $12.2m in ticket sales over its opening weekend.\n")


def _verdict(claim: str, text: str) -> Verdict:
    return check(claim, Corpus.from_texts({"story.txt": text})).verdict


def test_money_says_what_it_is() -> None:
    s = read_statement("Brightwater spent more than £10m developing the game.")
    assert placement.money_role(s, s.quantities[0]) == "out"
    s = read_statement("The game pulled in £24m in gross revenues.")
    assert placement.money_role(s, s.quantities[0]) == "in"
    s = read_statement("The company is worth $3bn.")
    assert placement.money_role(s, s.quantities[0]) == "value"
    s = read_statement("The deal was for £5m.")
    assert placement.money_role(s, s.quantities[0]) == ""


def test_money_paid_out_is_not_money_taken_in() -> None:
    text = ("Edinburgh developer Brightwater has seen Harbour Nights pull in an estimated "
            "£24m in gross revenues over the weekend.\n")
    assert _verdict("Brightwater spent more than £10m developing Harbour Nights.", text) \
        is Verdict.NOT_ENOUGH_INFO


def test_the_same_attribute_still_conflicts() -> None:
    assert _verdict("Lantern cost $95m to make.", FILM) is Verdict.CONTRADICTED
    assert _verdict("Lantern cost $80m to make.", FILM) is Verdict.SUPPORTED
    assert _verdict("Lantern took $15m in ticket sales over its opening weekend.", FILM) \
        is Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "text"), [
    # a count after "cost" is not money
    ("The collapse of Ferrow Steel cost 6,000 workers their jobs.",
     "The collapse of Ferrow Steel cost 4,000 workers their jobs.\n"),
    # the same period
    ("The Lowtide single sold 200,000 copies in its second week.",
     "The Lowtide single sold 90,000 copies in its second week, its label said.\n"),
    # two increments
    ("The largest party gets 50 extra seats in the assembly.",
     "The largest party gets 60 extra seats in the assembly.\n"),
], ids=["count-after-cost", "same-period", "two-increments"])
def test_the_same_frame_still_conflicts(claim: str, text: str) -> None:
    assert _verdict(claim, text) is Verdict.CONTRADICTED


def test_another_period_is_another_fact() -> None:
    text = ("More than 72,000 copies of the Lowtide single were sold on its first day of "
            "release, according to sales figures.\n")
    result = check("The Lowtide single sold more than 200,000 copies in its second week.",
                   Corpus.from_texts({"story.txt": text}))
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "another period" in result.reason


def test_an_increment_is_not_a_total() -> None:
    claim = read_statement("The Harbour Party won 140 seats in the assembly.")
    passage = read_statement("The Harbour Party won 60 extra seats in the assembly.")
    figure = next(link for link in align(claim, passage) if link.kind == "figure")
    assert figure.relation == UNALIGNED  # not a conflict: 60 is added to a total
    s = read_statement("The army sent another 3,000 troops and 12 more tanks.")
    assert [measures.is_increment(s, q) for q in s.quantities] == [True, True]


def test_an_aside_between_dashes_does_not_cut_a_figure_off_its_clause() -> None:
    text = ("In Wales, the current target for patients - seeing a consultant to having an "
            "operation - is six months.\n")
    claim = ("In Wales, the current target for patients from seeing a consultant to having "
             "an operation is six weeks.")
    assert _verdict(claim, text) is Verdict.CONTRADICTED
    assert _verdict(claim.replace("six weeks", "six months"), text) is Verdict.SUPPORTED
    s = read_statement("The target - seeing a consultant - is six months.")
    near = placement.near_words(s, s.quantities[0])
    assert {s.words[i].folded for i in near} >= {"target"}


def test_a_figure_after_that_hangs_on_its_own_clause() -> None:
    s = read_statement("The institute predicted that more than 40 million parcels "
                       "would be sent.")
    assert placement.governor(s, s.quantities[0]) is None or \
        placement.governor(s, s.quantities[0]).folded != "predicted"
    text = "The institute predicts that 2027 could see more than 40bn parcels sent.\n"
    claim = "The institute predicted that more than 40 million parcels would be sent in 2027."
    assert _verdict(claim, text) is Verdict.CONTRADICTED


def test_a_date_given_only_from_an_unstated_day_frames_a_conflict_never_a_support() -> None:
    corpus = Corpus.from_texts({"ferries.txt": (
        "Ferry crossings from Lanmouth to Ardcross fell from 102 in 2003 to 81 last year.\n")})
    wrong = check("Ferry crossings from Lanmouth to Ardcross fell from 102 in 2003 to 71 in "
                  "2004", corpus)
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    # "last year" in a story with no dateline does not say it was 2004
    right = check("Ferry crossings from Lanmouth to Ardcross fell from 102 in 2003 to 81 in "
                  "2004", corpus)
    assert right.verdict is Verdict.NOT_ENOUGH_INFO, right.reason
    assert "last year" in right.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Ada Brill is 53 years old", Verdict.CONTRADICTED),
        ("Ada Brill is 63 years old", Verdict.SUPPORTED),
        ("Ada Brill, 53, denied the charges", Verdict.CONTRADICTED),
    ],
)
def test_an_age_set_beside_a_name_meets_an_age_in_years(claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"court.txt": "Ms Brill, 63, denied the charges in court.\n",
                                "aged.txt": "The ferry pilot Ines Kovac, aged 44, sailed on.\n"})
    assert check(claim, corpus).verdict is verdict


def test_a_number_after_aged_is_an_age() -> None:
    corpus = Corpus.from_texts({"aged.txt": "The ferry pilot Ines Kovac, aged 44, sailed on "
                                            "from Lanmouth.\n"})
    assert check("The ferry pilot Ines Kovac is 45 years old", corpus).verdict is \
        Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Harbour Lights ( 2005 film ) was released on August .", Verdict.SUPPORTED),
        ("Harbour Lights ( 2005 film ) was released on July .", Verdict.CONTRADICTED),
        # one year in the passage bears out one year of the claim, not two
        ("Harbour Lights was shot in 2004 and released in 2005 .", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_full_date_bears_out_a_year_and_a_month_written_apart(claim: str,
                                                                verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"film.txt": "Harbour Lights was released in the United "
                                            "States on August 8 , 2005 .\n"})
    assert check(claim, corpus).verdict is verdict
