"""Comparing claim values with evidence values: outcomes and reasons."""

import pytest

from factcheck.quantities.compare import Comparison, compare, heads_related, stem
from factcheck.quantities.dates import extract_dates
from factcheck.quantities.quantities import extract_quantities
from factcheck.results import Outcome

C, X, N = Outcome.CONSISTENT, Outcome.INCONSISTENT, Outcome.INCOMPARABLE


def q(text):
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def d(text, doc_date=None):
    found = extract_dates(text, doc_date)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("claim", "evidence", "outcome"),
    [
        ("12 weather stations", "13 weather stations", X),
        ("twelve weather stations", "12 weather stations", C),
        ("seven goals", "7 goals", C),
        ("3.7 million subscribers", "3,700,000 subscribers", C),
        ("3.6 million subscribers", "3.7 million subscribers", X),
        ("3.6 million subscribers", "about 3.7 million subscribers", C),
        ("more than 3.7 million subscribers", "3.6 million subscribers", X),
        ("3,700,000 subscribers", "more than 3.7 million subscribers", C),
        ("1,800 spectators", "more than 1,800 spectators", C),
        ("1,700 spectators", "more than 1,800 spectators", X),
        ("15 km", "less than 15 km", C),
        ("more than 100,000 copies", "100,000 copies", X),
        ("more than 8,100 spectators", "more than 1,800 spectators", X),
        ("more than 1,800 spectators", "more than 1,800 spectators", C),
        ("nearly a million visitors", "more than 1 million visitors", X),
        ("less than 15 km", "more than 40 km", X),
        ("about 3.7 million subscribers", "3.6 million subscribers", C),
        ("as many as 17 miners", "17 miners", C),
        ("17 miners", "as many as 17 miners", C),
        ("between 18 and 25 delegates", "20 delegates", C),
        ("between 18 and 25 delegates", "30 delegates", X),
        ("several boats", "5 boats", C),
        ("dozens of boats", "5 boats", N),
        ("12 boats", "several boats", N),
        ("several boats", "dozens of boats", N),
        ("hundreds of boats", "about 300 boats", C),
        ("24 hours", "for a day", C),
        ("10 miles", "16 km", C),
        ("5%", "5 per cent", C),
        ("half of voters", "50 percent of voters", C),
    ],
)
def test_quantity_outcomes(claim, evidence, outcome):
    assert compare(q(claim), q(evidence)).outcome == outcome


def test_reason_names_both_values_and_the_head():
    r = compare(q("12 weather stations"), q("13 weather stations"))
    assert r.reason == "12 ≠ 13 weather stations"
    assert (r.claim_value, r.evidence_value) == ("12", "13")


def test_reason_for_value_within_hedge():
    r = compare(q("3.6 million subscribers"), q("about 3.7 million subscribers"))
    assert r.reason == "3.6 million is within 'about 3.7 million'"


def test_reason_shows_conversion():
    r = compare(q("25 miles"), q("less than 15 km (10 miles)"))
    assert r.outcome == X
    assert r.reason.startswith("25 miles (40.2 km) > 'less than 15 km")


def test_different_dimensions_are_incomparable():
    assert compare(q("5 km"), q("5 hours")).outcome == N


def test_different_currencies_are_incomparable():
    assert compare(q("$5bn"), q("£5bn")).outcome == N


def test_unrelated_heads_are_incomparable():
    r = compare(q("7 French sailors"), q("7 French tourists"))
    assert r.outcome == N


def test_empty_head_against_counted_head_is_incomparable():
    assert compare(q("12 engineers"), q("12")).outcome == N


def test_empty_heads_on_unit_dimension_compare():
    assert compare(q("48 hours of talks"), q("48 hours")).outcome == C


def test_ordinal_vs_count_incomparable():
    assert compare(q("third place"), q("3 places")).outcome == N


@pytest.mark.parametrize(
    ("a", "b", "related"),
    [
        ("syrian refugees", "syrians", True),
        ("soldiers", "turkish soldiers", True),
        ("security personnel", "turkish security personnel", True),
        ("turkish soldiers", "turkish civilians", False),
        ("observation posts", "observation post", True),
        ("people", "persons", True),
        ("troops", "soldiers", True),
        ("", "soldiers", False),
        ("cities", "city", True),
        ("african nations", "african countries", True),
    ],
)
def test_heads_related(a, b, related):
    assert heads_related(a, b) is related
    assert heads_related(b, a) is related


def test_stem():
    assert stem("refugees") == "refugee"
    assert stem("cities") == "city"
    assert stem("churches") == "church"
    assert stem("bus") == "bus"
    assert stem("children") == "child"


@pytest.mark.parametrize(
    ("claim", "evidence", "outcome"),
    [
        ("in 2018", "in September 2018", C),
        ("in March 2018", "in September 2018", X),
        ("on January 2", "on January 12", X),
        ("on January 12", "on January 12", C),
        ("in 2017", "in 2018", X),
        ("in 2019", "in September 2018", X),
        ("in September 2018", "in 2018", C),
        ("on 5 September 2018", "in September 2018", C),
        ("in late April 2019", "on April 25, 2019", C),
        ("in early April 2019", "on April 25, 2019", X),
        ("in April", "in April 2019", C),
    ],
)
def test_date_outcomes(claim, evidence, outcome):
    assert compare(d(claim), d(evidence)).outcome == outcome


def test_date_reason():
    r = compare(d("in 2019"), d("in September 2018"))
    assert r.reason == "2019 ≠ September 2018"


def test_unresolved_relative_dates_are_incomparable():
    # (days of the week compare by name: see test_weekdays.py)
    assert compare(d("yesterday"), d("yesterday")).outcome == N
    assert compare(d("last week"), d("in 2018")).outcome == N
    assert compare(d("on Wednesday"), d("in 2018")).outcome == N


def test_quantity_vs_date_is_incomparable():
    r = compare(q("12 posts"), d("in 2019"))
    assert isinstance(r, Comparison)
    assert r.outcome == N


@pytest.mark.parametrize(
    ("claim", "evidence", "outcome"),
    [
        ("by the end of February", "on February 5", X),
        ("by the end of February", "on February 26", C),
        ("in late April", "on April 25", C),
        ("in 2018", "on January 12", N),
        ("on January 12, 2019", "on January 12", C),
        ("in February", "on February 29", C),
    ],
)
def test_dates_without_years_compare_within_a_shared_year(claim, evidence, outcome):
    assert compare(d(claim), d(evidence)).outcome == outcome


def test_speed_units_convert():
    assert compare(q("60 mph"), q("97 km/h")).outcome == C


def test_decade_contains_its_years():
    assert compare(d("in the 1940s"), d("on October 4, 1941")).outcome == C
    assert compare(d("in the 1970s"), d("on October 4, 1941")).outcome == X
