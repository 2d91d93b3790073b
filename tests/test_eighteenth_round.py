"""The eighteenth round's readings, each on a small corpus of our own: "not ... until"
says when something happened, not that it did not; an age set beside a name is compared
with the passage's age and with no other count; and an age beside a name is read with an
aside in brackets after the name, or with the spaces of text split into tokens, and an
age the passage does not give leaves the rest of the fact to be contradicted; a second
clause takes the first one's subject without the aside after it; and a name after a
preposition ("from Tarn") is no subject of the verb that follows."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge import placement
from factcheck.judge.parts import split_claim
from factcheck.judge.slots import claim_slot
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


# --- "not ... until" ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "passage",
    ["The Tarn swing bridge did not open until 1990, after years of delays.",
     "The Tarn swing bridge didn't open till 1990, after years of delays."],
)
def test_not_until_says_when_it_happened(passage: str) -> None:
    result = _check("The Tarn swing bridge opened in 1990.", passage)
    assert result.verdict is Verdict.SUPPORTED


def test_a_plain_negation_still_denies() -> None:
    result = _check("The Tarn swing bridge opened in 1990.",
                    "The Tarn swing bridge did not open in 1990, after years of delays.")
    assert result.verdict is Verdict.CONTRADICTED


def test_until_in_another_clause_leaves_the_negation() -> None:
    statement = read_statement(
        "The harbour board did not approve the plan, and talks went on until May.")
    approve = next(w for w in statement.words if w.text == "approve")
    assert approve.negated


# --- an age beside a name ----------------------------------------------------------------

def test_an_age_is_not_compared_with_a_count_of_times() -> None:
    result = _check("Ada Brill, 63, rowed the Tarn regatta course.",
                    "Ada Brill rowed the Tarn regatta course several times last summer.")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [("Ada Brill, 63, rowed the Tarn regatta course.", Verdict.SUPPORTED),
     ("Ada Brill, 64, rowed the Tarn regatta course.", Verdict.CONTRADICTED)],
)
def test_an_age_after_an_aside_in_brackets(claim: str, expected: Verdict) -> None:
    result = _check(claim, "Ada Brill (pictured), 63, rowed the Tarn regatta course in "
                           "under an hour.")
    assert result.verdict is expected


@pytest.mark.parametrize(
    ("text", "age"),
    [("Ada Brill , 63 , rowed the course .", True),
     ("Ada Brill (pictured), 63, rowed the course.", True),
     ("Ada Brill rowed 63, then 70 lengths.", False),
     ("The Tarn crews (all 12), rowed on.", False)],
)
def test_which_bare_numbers_are_ages(text: str, age: bool) -> None:
    statement = read_statement(text)
    figure = next(q for q in statement.quantities if q.text in ("63", "12"))
    assert placement.count_age(statement, figure) is age


def test_an_age_the_passage_does_not_give_leaves_the_fact_to_contradict() -> None:
    # the age describes the person: the year settles the claim without it
    result = _check("Tom Berg, 44, won the Tarn single sculls title in 2016.",
                    "Tom Berg won the Tarn single sculls title in 2014, his first.")
    assert result.verdict is Verdict.CONTRADICTED
    assert "2016" in result.reason


# --- a subject copied into the second clause, and a name after a preposition -------------

def test_the_second_clause_takes_the_subject_without_its_aside() -> None:
    parts = split_claim("Tom Berg, 44, sailed round the world with his brother and bought "
                        "a cottage in Tarn.")
    assert "Tom Berg bought a cottage in Tarn." in parts


def test_a_name_after_a_preposition_is_no_subject() -> None:
    claim = read_statement("Ada Lund, 69, from Tarn lost the regatta final in 2010.")
    tarn = next(n for n in claim.names if n.text == "Tarn")
    assert claim_slot(tarn, claim) is None
    result = _check("Ada Lund, 69, from Tarn lost the regatta final in 2010.",
                    "Ada Lund lost the regatta final in 2010, the club said.")
    assert result.verdict is not Verdict.CONTRADICTED


# --- a rate is no total -------------------------------------------------------------------

def _corpus(**texts: str) -> Corpus:
    return Corpus.from_texts({f"{name}.txt": text + "\n" for name, text in texts.items()})


def test_a_price_a_share_is_not_contradicted_by_the_total() -> None:
    corpus = _corpus(
        deal="Tarn Ferries paid 2.10 pounds a share for 12% of Marlow Yards, the boat "
             "builder, on Monday.",
        stake="Tarn Ferries spent £84m on buying a 12% stake in Marlow Yards from its "
              "founding family.")
    result = check("Tarn Ferries paid 2.10 pounds a share for its 12% stake in Marlow Yards.",
                   corpus)
    assert result.verdict is Verdict.SUPPORTED
    # the total is still compared with a total
    total = check("Tarn Ferries spent £90m on its 12% stake in Marlow Yards.", corpus)
    assert total.verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("passage", [
    "Ada Brill, who is 63, rowed the Tarn regatta course in under an hour.",
    "Ada Brill, who turned 63 in May, rowed the Tarn regatta course in under an hour.",
    "Ada Brill, aged 63, rowed the Tarn regatta course in under an hour.",
])
@pytest.mark.parametrize(("claim", "expected"), [
    ("Ada Brill, 63, rowed the Tarn regatta course.", Verdict.SUPPORTED),
    ("Ada Brill, 64, rowed the Tarn regatta course.", Verdict.CONTRADICTED),
])
def test_an_age_the_passage_gives_in_words(passage: str, claim: str,
                                           expected: Verdict) -> None:
    assert _check(claim, passage).verdict is expected


def test_an_age_at_some_event_is_no_age_beside_a_name() -> None:
    statement = read_statement("Ada Brill first won a seat at age 31 in 1989.")
    figure = next(q for q in statement.quantities if q.text == "31")
    assert not placement.count_age(statement, figure)
