"""Durations written in parts ("three hours and 15 minutes") are one figure each.

Negative cases stand beside a positive one in the same sentence, so that every test
here failed before these forms were read.
"""

import pytest

from factcheck import Corpus, Verdict, check
from factcheck.quantities.compare import compare
from factcheck.quantities.quantities import extract_quantities
from factcheck.results import Outcome

C, X = Outcome.CONSISTENT, Outcome.INCONSISTENT


def only(text):
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def durations(text):
    return [q.text for q in extract_quantities(text) if q.dimension == "duration"]


@pytest.mark.parametrize("text, written, seconds", [
    ("At the Harwick regatta Berg won the single sculls in a time of one minute, "
     "52.31 seconds.", "one minute, 52.31 seconds", 112.31),
    ("The Lund council meeting lasted three hours and 15 minutes.",
     "three hours and 15 minutes", 195 * 60),
    ("The ferry crossing to Harwick took 2 hours 5 minutes.", "2 hours 5 minutes", 125 * 60),
    ("Okafor's last game ran one hour, 20 minutes and 10 seconds.",
     "one hour, 20 minutes and 10 seconds", 4810),
    ("Berg solved the endgame study in 4 min 3 sec.", "4 min 3 sec", 243),
    ("The night ferry took 3hrs 10mins.", "3hrs 10mins", 190 * 60),
    ("The ferry was held in Harwick for 2 days and 3 hours.", "2 days and 3 hours", 51 * 3600),
    ("The rowing camp at Lund lasted 1 week and 2 days.", "1 week and 2 days", 9 * 86400),
])
def test_parts_from_larger_to_smaller_unit_are_one_duration(text, written, seconds):
    q = only(text)
    assert (q.text, q.dimension, q.unit) == (written, "duration", "s")
    assert q.value == pytest.approx(seconds)
    assert text[q.start : q.end] == written  # the span covers the whole phrase


def test_a_hedge_before_the_first_part_bounds_the_whole_duration():
    q = only("The Lund council debate went on for more than three hours and 15 minutes.")
    assert q.text == "more than three hours and 15 minutes"
    assert (q.hedge, q.low, q.high) == ("more than", 195 * 60, None)


def test_the_step_is_the_last_parts():
    assert only("The crossing took two hours and 40 minutes.").step == 60
    assert only("Berg rowed it in one minute, 52.31 seconds.").step == pytest.approx(0.01)


# --- what stays as it was -------------------------------------------------------------

def test_parts_that_are_not_adjacent_stay_separate():
    text = ("The ferry waited two hours, and then 40 minutes later it sailed on a crossing "
            "of one hour and 20 minutes.")
    assert durations(text) == ["two hours", "40 minutes", "one hour and 20 minutes"]


def test_parts_out_of_order_stay_separate():
    text = "The clocks showed 5 minutes and 2 hours, and the game lasted 2 hours 5 minutes."
    assert durations(text) == ["5 minutes", "2 hours", "2 hours 5 minutes"]


def test_years_and_minutes_do_not_join():
    text = ("The Harwick bridge took three years and 40 minutes of speeches to open, after a "
            "council meeting of three hours and 15 minutes.")
    assert durations(text) == ["three years", "40 minutes", "three hours and 15 minutes"]


def test_a_part_as_large_as_the_unit_before_it_does_not_join():
    text = ("The Harwick ferry runs seven days, 24 hours a day; the crossing takes 1 hour "
            "and 5 minutes.")
    assert durations(text) == ["seven days", "24 hours", "1 hour and 5 minutes"]


# --- comparison -----------------------------------------------------------------------

@pytest.mark.parametrize("claim, evidence, outcome", [
    ("160 minutes", "two hours and 40 minutes", C),
    ("two hours", "two hours and 40 minutes", X),
    ("112.31 seconds", "one minute, 52.31 seconds", C),
    ("113 seconds", "one minute, 52.31 seconds", X),
    ("195 minutes", "three hours and 15 minutes", C),
    ("200 minutes", "three hours and 15 minutes", X),
])
def test_a_joined_duration_compares_by_its_total(claim, evidence, outcome):
    assert compare(only(claim), only(evidence)).outcome is outcome


def test_whole_hours_still_conflict_with_a_figure_in_minutes():
    # the rounding of "two hours" (to the hour) does not stretch to 2 h 40
    assert compare(only("two hours"), only("160 minutes")).outcome is X
    assert compare(only("two hours"), only("two hours and 40 minutes")).outcome is X


def test_claims_against_durations_in_parts():
    corpus = Corpus.from_texts({
        "regatta.txt": "At the Harwick regatta on Saturday, Ingrid Berg won the single sculls "
                       "final in a time of seven minutes, 52.31 seconds.\n",
        "council.txt": "The Lund council meeting on Tuesday lasted three hours and 15 minutes, "
                       "the longest this year.\n",
    })
    regatta = "Ingrid Berg won the single sculls final at the Harwick regatta in {}."
    assert check(regatta.format("472.31 seconds"), corpus).verdict is Verdict.SUPPORTED
    assert check(regatta.format("52.31 seconds"), corpus).verdict is Verdict.CONTRADICTED
    council = "The Lund council meeting on Tuesday lasted {}."
    assert check(council.format("195 minutes"), corpus).verdict is Verdict.SUPPORTED
    assert check(council.format("15 minutes"), corpus).verdict is Verdict.CONTRADICTED
