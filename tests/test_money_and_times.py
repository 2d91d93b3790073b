"""Other dollars than the US one, and a time of day given as minutes past or to an hour.
Small texts of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement
from factcheck.quantities.times import extract_times
from factcheck.results import Verdict


@pytest.mark.parametrize("text, unit", [
    ("Sales will fall by at least A$30m.", "AUD"),
    ("Sales will fall by 30 million Australian dollars.", "AUD"),
    ("The stadium cost C$450m.", "CAD"),
    ("The airport cost HK$2bn.", "HKD"),
    ("It paid NZ$12m.", "NZD"),
    ("It paid US$12m.", "USD"),
    ("It paid $12m.", "USD"),
])
def test_each_dollar_is_its_own_currency(text: str, unit: str) -> None:
    (q,) = read_statement(text).quantities
    assert (q.dimension, q.unit) == ("money", unit)


def test_a_currency_name_is_part_of_its_figure_not_a_name() -> None:
    s = read_statement("Marlin Air said sales would fall by 30 million Australian dollars.")
    assert [n.text for n in s.names] == ["Marlin Air"]
    corpus = Corpus.from_texts({"air.txt": "Sales will fall by at least A$30m this year, "
                                           "Marlin Air said.\n"})
    assert check("Marlin Air said sales would fall by at least 30 million Australian dollars "
                 "this year.", corpus).verdict is Verdict.SUPPORTED
    # US dollars are another currency: no verdict either way
    assert check("Marlin Air said sales would fall by at least US$30m this year.",
                 corpus).verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize("text, minutes", [
    ("The ban took effect at one minute past midnight GMT.", 1),
    ("We met at a quarter to 6pm.", 17 * 60 + 45),
    ("It began 20 minutes after noon.", 12 * 60 + 20),
    ("The polls closed at half past 9pm.", 21 * 60 + 30),
    ("The polls closed at 9pm.", 21 * 60),
])
def test_minutes_past_or_to_an_hour(text: str, minutes: int) -> None:
    (t,) = extract_times(text)
    assert t.minutes == minutes


def test_the_minutes_of_a_time_are_not_a_duration() -> None:
    s = read_statement("The ban took effect at one minute past midnight GMT on Friday.")
    assert not s.quantities
    corpus = Corpus.from_texts({"ban.txt": "The ban on night fishing came into force from "
                                           "0001 GMT on Friday.\n"})
    assert check("The ban on night fishing came into force at one minute past midnight GMT "
                 "on Friday.", corpus).verdict is Verdict.SUPPORTED
    assert check("The ban on night fishing came into force at ten minutes past midnight GMT "
                 "on Friday.", corpus).verdict is Verdict.CONTRADICTED
