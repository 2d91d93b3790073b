"""Mood (judge/mood.py): a verb the sources state only as intended or attempted does
not state that it happened. Each on a small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.mood import INTENDED, MODAL, POSSIBLE
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n".join(lines) + "\n"}))


def _moods(text: str) -> dict[str, str]:
    return {w.folded: w.mood for w in read_statement(text).words if w.mood}


@pytest.mark.parametrize(
    ("text", "moods"),
    [
        ("The council plans to build a footbridge", {"build": INTENDED}),
        ("An attempt by councillors to pass a bylaw failed", {"pass": INTENDED}),
        ("The union urged its members to reject the offer", {"reject": INTENDED}),
        # a date between the word of intent and its "to"
        ("The two clubs agreed in March to share the ground", {"share": INTENDED}),
        ("The ferry could close next winter", {"close": POSSIBLE}),
        ("The ferry would not have been sold", {"sold": MODAL}),
        ("The keeper was unable to play on Saturday", {"play": POSSIBLE}),
        # what did happen, or did not: no mood
        ("The crew managed to finish the race", {}),
        ("The crew began to repair the hull", {}),
        # "to" before a noun governs no verb
        ("The council sold the land to a developer", {}),
        ("Hopes of a deal to the north faded", {}),
    ],
)
def test_which_verbs_are_stated_otherwise_than_as_done(text: str, moods: dict[str, str]
                                                       ) -> None:
    assert _moods(text) == moods


def test_an_attempt_does_not_bear_out_the_deed() -> None:
    result = _check("The council passed a bylaw banning barbecues on the beach.",
                    "An attempt by the council to pass a bylaw banning barbecues on the "
                    "beach has stalled.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "'pass' only as intended or attempted" in result.reason


def test_an_intention_bears_out_the_same_intention() -> None:
    assert _check("The council plans to build a footbridge over the estuary.",
                  "The council plans to build a footbridge over the estuary by 2030."
                  ).verdict is Verdict.SUPPORTED


def test_a_figure_of_what_was_intended_is_not_one_of_what_was_done() -> None:
    source = "The paper mill plans to cut 400 jobs at its plant in Ardrossan."
    assert _check("The paper mill cut 300 jobs at its plant in Ardrossan.",
                  source).verdict is Verdict.NOT_ENOUGH_INFO
    # within the same mood, the figures still conflict
    assert _check("The paper mill plans to cut 300 jobs at its plant in Ardrossan.",
                  source).verdict is Verdict.CONTRADICTED


def test_of_two_occurrences_the_one_in_the_claims_mood_is_met() -> None:
    source = ("She asked the committee to keep one number in mind: it costs 9,000 pounds a "
              "year to keep a pupil in the village school.")
    assert _check("It costs 9,000 pounds a year to keep a pupil in the village school.",
                  source).verdict is Verdict.SUPPORTED


def test_a_purpose_clause_in_the_other_mood_does_not_hide_a_negation() -> None:
    source = ("The central bank said on Monday it would buy more bonds, in a move to "
              "steady the currency.")
    claim = ("The central bank said on Monday it would not buy more bonds to steady the "
             "currency.")
    assert _check(claim, source).verdict is Verdict.CONTRADICTED


def test_a_modal_claim_is_not_a_plain_statement() -> None:
    # "would not recommend" is no plain deed, so "not prepared to recommend" may meet it
    assert _check("The board would not recommend the takeover offer.",
                  "The board is not prepared to recommend the takeover offer."
                  ).verdict is Verdict.SUPPORTED


def test_a_figure_of_what_may_happen_is_not_one_of_what_happened() -> None:
    source = "In a wet year the reservoir could rise 40 centimetres by the end of April."
    assert _check("The reservoir rose 15 centimetres by the end of April.",
                  source).verdict is Verdict.NOT_ENOUGH_INFO
    # both possible: the figures conflict
    assert _check("The reservoir could rise 15 centimetres by the end of April.",
                  source).verdict is Verdict.CONTRADICTED


def test_a_possibility_does_not_deny_a_negated_deed() -> None:
    # "has not risen" against "could rise" is neither borne out nor denied
    assert _check("The river has not risen above the flood wall.",
                  "Forecasters warned the river could rise above the flood wall on Sunday."
                  ).verdict is Verdict.NOT_ENOUGH_INFO


def test_what_one_can_do_meets_what_one_cannot() -> None:
    # "could" of ability against "unable to": both say what one can do, and conflict
    assert _check("The goalkeeper said he felt unable to play another season.",
                  "The goalkeeper said he felt he could play another season, but chose "
                  "to retire.").verdict is Verdict.CONTRADICTED
