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


MILL = "The paper mill plans to cut 400 jobs at its plant in Ardrossan."
RESERVOIR = "In a wet year the reservoir could rise 40 centimetres by the end of April."


@pytest.mark.parametrize(
    ("claim", "source", "verdict"),
    [
        # an intention bears out the same intention
        ("The council plans to build a footbridge over the estuary.",
         "The council plans to build a footbridge over the estuary by 2030.",
         Verdict.SUPPORTED),
        # a figure of what was intended is not one of what was done; in the same mood the
        # figures still conflict
        ("The paper mill cut 300 jobs at its plant in Ardrossan.", MILL,
         Verdict.NOT_ENOUGH_INFO),
        ("The paper mill plans to cut 300 jobs at its plant in Ardrossan.", MILL,
         Verdict.CONTRADICTED),
        # of two occurrences, the one in the claim's mood is met
        ("It costs 9,000 pounds a year to keep a pupil in the village school.",
         "She asked the committee to keep one number in mind: it costs 9,000 pounds a "
         "year to keep a pupil in the village school.", Verdict.SUPPORTED),
        # a purpose clause in the other mood does not hide a negation
        ("The central bank said on Monday it would not buy more bonds to steady the "
         "currency.",
         "The central bank said on Monday it would buy more bonds, in a move to steady "
         "the currency.", Verdict.CONTRADICTED),
        # "would not recommend" is no plain deed: "not prepared to recommend" may meet it
        ("The board would not recommend the takeover offer.",
         "The board is not prepared to recommend the takeover offer.", Verdict.SUPPORTED),
        # a figure of what may happen is not one of what happened; both possible, they
        # conflict
        ("The reservoir rose 15 centimetres by the end of April.", RESERVOIR,
         Verdict.NOT_ENOUGH_INFO),
        ("The reservoir could rise 15 centimetres by the end of April.", RESERVOIR,
         Verdict.CONTRADICTED),
        # "has not risen" against "could rise" is neither borne out nor denied
        ("The river has not risen above the flood wall.",
         "Forecasters warned the river could rise above the flood wall on Sunday.",
         Verdict.NOT_ENOUGH_INFO),
        # "could" of ability against "unable to": both say what one can do, and conflict
        ("The goalkeeper said he felt unable to play another season.",
         "The goalkeeper said he felt he could play another season, but chose to retire.",
         Verdict.CONTRADICTED),
    ],
)
def test_a_verb_is_met_in_its_mood(claim: str, source: str, verdict: Verdict) -> None:
    result = _check(claim, source)
    assert result.verdict is verdict, result.reason


def test_the_reason_says_the_source_gives_it_only_as_possible() -> None:
    result = _check("The reservoir rose 15 centimetres by the end of April.", RESERVOIR)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "'rise' only as possible" in result.reason
