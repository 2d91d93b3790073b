"""Rules found on encyclopedic and biographical prose: life dates in parentheses, people
named again by surname or pronoun, which of several figures a claim is about, negated
claims, numbers that are part of a name.

Small corpora of our own, one or two sentences each, on invented people and things.
"""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.quantities.lifespans import life_dates
from factcheck.results import Verdict
from factcheck.text import stem

LIFE = "Ottilie Brandauer (March 3, 1871 – November 9, 1948) was an Austrian chemist."
BORN = "Kwame Asante Mensah (born 12 June 1962; died 1 May 2020) was a Ghanaian engineer."


def verdict(claim: str, *texts: str) -> Verdict:
    corpus = Corpus.from_texts({f"doc{i}.txt": t for i, t in enumerate(texts)})
    return check(claim, corpus).verdict


@pytest.mark.parametrize(
    ("text", "born", "died"),
    [
        (LIFE, "March 3, 1871", "November 9, 1948"),
        (BORN, "12 June 1962", "1 May 2020"),
        ("Lena Ivers (born Helena Ivarsson; 4 May 1948) is a singer.", "4 May 1948", None),
        ("Tomas Ruud ( born 1965 ) said so.", "1965", None),
        ("Arno Fell (died 3 May 2001) was a poet.", None, "3 May 2001"),
    ],
)
def test_life_dates_are_found_in_parentheses(text: str, born: str | None, died: str | None) -> None:
    life = life_dates(text)
    assert (text[slice(*life.born)] if life.born else None) == born
    assert (text[slice(*life.died)] if life.died else None) == died


@pytest.mark.parametrize(
    "text",
    [
        "The league (founded 1888) has 20 clubs.",
        "Sales rose (from 2019 to 2021) by 8%.",
        "Films such as Harbour (2005) and Tides (2008) did well.",
        "The budget (about $4m) was spent by March 2021.",
    ],
)
def test_other_parentheses_give_no_life_dates(text: str) -> None:
    assert not life_dates(text)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ottilie Brandauer was born in March 1871", Verdict.SUPPORTED),
        ("Ottilie Brandauer was born on March 3, 1871", Verdict.SUPPORTED),
        ("Ottilie Brandauer was born in 1872", Verdict.CONTRADICTED),
        ("Ottilie Brandauer died in 1948", Verdict.SUPPORTED),
        ("Ottilie Brandauer died on November 19, 1948", Verdict.CONTRADICTED),
    ],
)
def test_born_and_died_claims_meet_life_dates(claim: str, expected: Verdict) -> None:
    assert verdict(claim, LIFE) is expected


def test_regression_a_birth_claim_is_not_compared_with_the_death_date() -> None:
    # born in 1948 is the year of death, not of birth: never a match
    assert verdict("Ottilie Brandauer was born in 1948", LIFE) is not Verdict.SUPPORTED


def test_another_event_dated_to_the_day_of_birth_is_not_borne_out() -> None:
    # the birth date dates a birth: it neither supports a graduation on that day nor,
    # since the source says nothing of a graduation, refutes one
    result = check(
        "Kwame Asante Mensah graduated on June 12, 1962",
        Corpus.from_texts({"bio.txt": BORN}),
    )
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "graduated" in result.reason


def test_a_person_named_again_by_surname_is_the_same_person() -> None:
    text = "Okonkwo scored 31 goals for the club in the 2019 season."
    assert verdict("Chidi Okonkwo scored 31 goals in 2019", text) is Verdict.SUPPORTED
    assert verdict("Chidi Okonkwo scored 35 goals in 2019", text) is Verdict.CONTRADICTED


def test_a_pronoun_after_an_opening_phrase_may_be_the_subject() -> None:
    text = "In 2016, she signed her first contract with the Harbour Light label."
    claim = "Mira Solberg signed her first contract with Harbour Light in 2016"
    assert verdict(claim, text) is Verdict.SUPPORTED
    assert verdict(claim.replace("2016", "2012"), text) is Verdict.CONTRADICTED


def test_regression_the_figure_in_the_claims_clause_is_compared_not_the_first_consistent() -> None:
    text = "The festival earned $2.4 million in ticket sales on a budget of $9 million."
    assert verdict("The festival earned more than $5 million in ticket sales", text) is (
        Verdict.CONTRADICTED
    )
    assert verdict("The festival earned less than $5 million in ticket sales", text) is (
        Verdict.SUPPORTED
    )


def test_dates_in_coordinated_clauses_still_prefer_a_consistent_reading() -> None:
    text = "The style developed in the late 1950s and early 1960s in port cities."
    assert verdict("The style developed in the early 1960s", text) is Verdict.SUPPORTED


def test_a_negated_claim_about_another_date_is_borne_out() -> None:
    text = "The museum opened its doors to the public in 1994."
    assert verdict("The museum did not open its doors to the public in 1990", text) is (
        Verdict.SUPPORTED
    )
    assert verdict("The museum did not open its doors to the public in 1994", text) is (
        Verdict.CONTRADICTED
    )


def test_regression_a_number_ending_a_name_is_not_a_figure() -> None:
    corpus = Corpus.from_texts({"a.txt": "The probe Orbiter 2 measured the rings of the planet."})
    result = check("Orbiter 2 landed on the moon", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert all(not e.checks for e in result.evidence)


def test_regression_a_name_after_a_conjunction_is_not_a_swapped_subject() -> None:
    text = "The record topped the charts in the United States and sold 300,000 copies there."
    result = check("Velvet Hour sold 300,000 copies", Corpus.from_texts({"a.txt": text}))
    assert all("ENTITY_MISMATCH" not in e.reasons for e in result.evidence)
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_swapped_subject_before_an_auxiliary_is_still_found() -> None:
    text = "Iceland has taken control of the fishing grounds around the northern islands."
    result = check("Norway has taken control of the fishing grounds around the northern islands",
                   Corpus.from_texts({"a.txt": text}))
    assert result.verdict is Verdict.CONTRADICTED
    assert "ENTITY_MISMATCH" in result.evidence[0].reasons


@pytest.mark.parametrize(("word", "base"), [("beginning", "begin"), ("planned", "plan"),
                                            ("stopped", "stop"), ("falling", "fall")])
def test_stems_undo_a_doubled_consonant(word: str, base: str) -> None:
    assert stem(word) == stem(base)


# --- found on claims written in other words about news copy ---------------------------


def test_a_negated_light_verb_negates_its_object() -> None:
    text = "The union leader said members will not take the smallest step back on pay."
    assert verdict("The union leader said members would step back on pay", text) is (
        Verdict.CONTRADICTED
    )


def test_hedge_words_are_not_content_words() -> None:
    text = "More than 2,400 homes have been flooded by the storm."
    assert verdict("Fewer than 1,000 homes have been flooded by the storm", text) is (
        Verdict.CONTRADICTED
    )


def test_a_figure_restated_in_another_unit_is_the_same_figure() -> None:
    text = "The reservoir lies less than 30 km (20 miles) north of the town."
    assert verdict("The reservoir lies less than 20 miles north of the town", text) is (
        Verdict.SUPPORTED
    )


def test_regression_a_month_without_digits_is_not_a_relative_date() -> None:
    text = "The minister repeated an end-of-June deadline for the rail strike to end."
    assert verdict("The minister set an end-of-August deadline for the rail strike to end",
                   text) is Verdict.CONTRADICTED


def test_regression_support_within_a_hedge_yields_to_the_same_sources_mismatch() -> None:
    texts = (
        "More than 900 workers have lost their jobs at the plant this year.\n",
        "The closure cost one manager and two workers their jobs on Monday.\n"
        "More than 900 workers have lost their jobs at the plant since January.\n",
    )
    assert verdict("Fewer than 100 workers have lost their jobs at the plant", *texts) is (
        Verdict.CONTRADICTED
    )
