"""Durations written in parts ("three hours and 15 minutes"), as a whole and a half ("two
and a half hours") and as race times ("2:11.48", "2:08:30") are one figure each.

Negative cases stand beside a positive one in the same sentence, so that every test
here failed before these forms were read.
"""

import time

import pytest

from factcheck import Corpus, Verdict, check
from factcheck.judge.statement import read_statement
from factcheck.quantities.compare import compare
from factcheck.quantities.quantities import extract_quantities
from factcheck.quantities.times import extract_times
from factcheck.results import Outcome

C, X = Outcome.CONSISTENT, Outcome.INCONSISTENT


def only(text):
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def durations(text):
    return [q.text for q in extract_quantities(text) if q.dimension == "duration"]


@pytest.mark.parametrize("text, written, seconds", [
    ("At the Harwick regatta Berg won the single sculls, clocking one minute, "
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
    assert only("The crossing took three hours and 45 minutes.").step == 60
    assert only("Berg rowed it in one minute, 52.31 seconds.").step == pytest.approx(0.01)


@pytest.mark.parametrize("text, written, seconds, step", [
    ("Okafor won the sculls final in 2:11.48.", "2:11.48", 131.48, 0.01),
    ("Berg set a personal best of 3:52.90 at Harwick.", "3:52.90", 232.9, 0.01),
    ("Lund finished in 2:08:30 after the tide turned.", "2:08:30", 2 * 3600 + 8 * 60 + 30, 1),
    ("Okafor (4:01.22) edged out Berg at the line.", "4:01.22", 241.22, 0.01),
    ("Lund clocked 2:11 in the Harwick heats.", "2:11", 131, 1),
    ("Berg (4:01) was second behind Okafor.", "4:01", 241, 1),
    ("Okafor holds the course record of 6:41 at Harwick.", "6:41", 401, 1),
    ("The Harwick ferry film runs in 4:33 minutes of footage.", "4:33 minutes", 273, 1),
])
def test_race_times_are_durations(text, written, seconds, step):
    q = only(text)
    assert (q.text, q.dimension, q.unit) == (written, "duration", "s")
    assert q.value == pytest.approx(seconds)
    assert q.step == pytest.approx(step)


def test_a_bound_between_the_cue_and_a_race_time():
    q = only("Berg finished in under 2:10 on the Harwick course.")
    assert (q.text, q.hedge, q.high) == ("under 2:10", "less than", 130)


def test_a_race_time_is_not_also_a_time_of_day():
    s = read_statement("Okafor won the Harwick sculls final in 2:11.")
    assert [q.text for q in s.quantities] == ["2:11"]
    assert not s.times
    assert extract_times("Lund clocked 2:11 in the heats.") == []


@pytest.mark.parametrize("text, written, seconds, step", [
    ("The Lund council debate ran for two and a half hours.", "two and a half hours",
     9000, 1800),
    ("The ferry sat off Harwick for an hour and a half.", "an hour and a half", 5400, 1800),
    ("Okafor and Berg played on for 3 and a half hours.", "3 and a half hours", 12600, 1800),
    ("The chess match lasted a day and a half.", "a day and a half", 1.5 * 86400, 43200),
])
def test_a_whole_and_a_half(text, written, seconds, step):
    q = only(text)
    assert (q.text, q.dimension) == (written, "duration")
    assert (q.value, q.step) == (seconds, step)


# --- what stays as it was -------------------------------------------------------------

def test_clock_times_stay_clock_times():
    text = "The Harwick ferry left at 10:30am and the crossing took 2 hours 5 minutes."
    assert durations(text) == ["2 hours 5 minutes"]
    assert [t.minutes for t in extract_times(text)] == [10 * 60 + 30]
    text = "Doors opened at 10:30, and Berg won in 2:11.48."
    assert durations(text) == ["2:11.48"]
    assert [t.minutes for t in extract_times(text)] == [10 * 60 + 30]


@pytest.mark.parametrize("text", [
    "The Lund council sat from 9:00:00 to 17:30:00 and Okafor spoke for 4 min 3 sec.",
    "The ferry left at 06:15:00 GMT, and Okafor crossed in 1:58:20.",
    "Berg's boat docked 14:46:30 BST, and Okafor crossed in 1:58:20.",
    "The Harwick ferry is the 2:15 sailing, and Okafor crossed in 1:58:20.",
])
def test_clock_forms_with_clock_words_are_not_race_times(text):
    assert len(durations(text)) == 1
    assert durations(text)[0] in ("4 min 3 sec", "1:58:20")


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


def test_ratios_scores_and_verses_are_not_race_times():
    text = "The Harwick crew won the vote 3:2, beat Lund 3-1 and rowed the final in 6:41.07."
    found = extract_quantities(text)
    assert [q.text for q in found if q.dimension == "duration"] == ["6:41.07"]
    assert "3-1" in [q.text for q in found if q.dimension == "score"]
    text = "Okafor quoted John 3:16 after clocking 7:02.50 at Harwick."
    assert durations(text) == ["7:02.50"]
    assert not any(q.text.startswith("3") for q in extract_quantities(text))
    text = "Berg lost the chess match by a score of 25:23 in 6:41.07 of blitz."
    assert durations(text) == ["6:41.07"]


# --- comparison -----------------------------------------------------------------------

@pytest.mark.parametrize("claim, evidence, outcome", [
    ("225 minutes", "three hours and 45 minutes", C),
    ("three hours", "three hours and 45 minutes", X),
    ("112.31 seconds", "one minute, 52.31 seconds", C),
    ("113 seconds", "one minute, 52.31 seconds", X),
    ("195 minutes", "three hours and 15 minutes", C),
    ("200 minutes", "three hours and 15 minutes", X),
    ("2:11.48", "2 minutes 11.48 seconds", C),
    ("2:11.48", "2:12.48", X),
    ("2 hours 8 minutes 30 seconds", "2:08:30", C),
    ("2:08:31", "2:08:30", X),
    ("two and a half hours", "150 minutes", C),
    ("an hour and a half", "90 minutes", C),
    ("2.5 hours", "two and a half hours", C),
])
def test_a_joined_duration_compares_by_its_total(claim, evidence, outcome):
    assert compare(only(claim), only(evidence)).outcome is outcome


def test_whole_hours_still_conflict_with_a_figure_in_minutes():
    # the rounding of "two hours" (to the hour) does not stretch to 2 h 40
    assert compare(only("three hours"), only("225 minutes")).outcome is X
    assert compare(only("three hours"), only("three hours and 45 minutes")).outcome is X


def test_claims_against_durations_in_parts():
    corpus = Corpus.from_texts({
        "regatta.txt": "At the Harwick regatta on Saturday, Ingrid Berg won the single sculls "
                       "final in seven minutes, 52.31 seconds.\n",
        "council.txt": "The Lund council meeting on Tuesday lasted three hours and 15 minutes, "
                       "the longest this year.\n",
    })
    regatta = "Ingrid Berg won the single sculls final at the Harwick regatta in {}."
    assert check(regatta.format("472.31 seconds"), corpus).verdict is Verdict.SUPPORTED
    assert check(regatta.format("52.31 seconds"), corpus).verdict is Verdict.CONTRADICTED
    council = "The Lund council meeting on Tuesday lasted {}."
    assert check(council.format("195 minutes"), corpus).verdict is Verdict.SUPPORTED
    assert check(council.format("15 minutes"), corpus).verdict is Verdict.CONTRADICTED


def test_claims_against_a_race_time():
    corpus = Corpus.from_texts({
        "regatta.txt": "At the Harwick regatta on Saturday, Ingrid Berg won the single sculls "
                       "final in 7:52.31, two seconds clear of Okafor.\n",
    })
    regatta = "Ingrid Berg won the single sculls final at the Harwick regatta in {}."
    assert check(regatta.format("7 minutes, 52.31 seconds"), corpus).verdict is \
        Verdict.SUPPORTED
    assert check(regatta.format("7:52.31"), corpus).verdict is Verdict.SUPPORTED
    assert check(regatta.format("7:53.31"), corpus).verdict is Verdict.CONTRADICTED


def test_thousands_of_race_times_in_one_text():
    # each clock-time match asked every race time whether it overlapped (13 s for this)
    text = "Okafor went round in 2:11, " * 20_000
    started = time.perf_counter()
    assert extract_times(text) == []
    assert len(extract_quantities(text)) == 20_000
    assert time.perf_counter() - started < 10
