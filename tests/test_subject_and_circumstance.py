"""What a passage is about (judge/units.subject_head, places.subject_held), how much of a
claim the passage itself must state before it may leave a word out (stance._excused), and
a name in the claim's circumstances that a figure conflict may do without
(stance._same_fact). Each on a small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("The two ferries are the oldest in the fleet.", "ferries"),
        ("Quarterly sales at Norland Foods rose 4%.", "sales"),
        ("The bakery, which opened in 1990, employs six people.", "bakery"),
        ("The town's new harbour master resigned on Monday.", "master"),
        # a name, a pronoun, an opening phrase or a reported subject: not read
        ("Lena Ortiz runs the ferry company.", None),
        ("She runs the ferry company.", None),
        ("In 2009, the company hired 40 staff.", None),
        ("Officials say the bridge will open in May.", None),
    ],
)
def test_the_head_of_a_sentences_subject(sentence: str, head: str | None) -> None:
    statement = read_statement(sentence)
    at = statement.subject_head
    assert (statement.words[at].text if at is not None else None) == head


SNACKS = {
    "fair.txt": (
        "Mara Voss and Ilse Brandt meet in the final on Sunday. The two skaters have "
        "told reporters about their habits before a big race.\n"
        "Liquorice sticks are one of her favourite snacks.\n"
    ),
}


@pytest.fixture(scope="module")
def fair() -> Corpus:
    return Corpus.from_texts(SNACKS)


def test_a_subject_met_only_in_the_sentence_before_is_not_the_passages(fair: Corpus
                                                                      ) -> None:
    # the passage's own subject is the liquorice sticks; "the two skaters" is only in
    # the sentence before it
    result = check("The two skaters are one of her favourite snacks", fair)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason


def _checked(claim: str, text: str) -> Result:
    return check(claim, Corpus.from_texts({"a.txt": text}))


def test_a_passage_that_refers_back_keeps_the_subject_of_the_sentence_before() -> None:
    result = _checked("The two skaters are both unbeaten this season",
                      "The two skaters have told reporters about their habits.\n"
                      "They are both unbeaten this season.\n")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("passage", "verdict"),
    [
        # "rare" is left out; of the rest only "wing" and "tapestries" are in the passage,
        # "museum" only in the sentence before: too little of its own to vouch for it
        ("Its wing has tapestries.", Verdict.NOT_ENOUGH_INFO),
        # with "museum" in it, the passage states three units of its own
        ("Its museum wing has tapestries.", Verdict.SUPPORTED),
    ],
)
def test_a_word_left_out_needs_the_passage_itself_to_state_the_rest(
        passage: str, verdict: Verdict) -> None:
    result = _checked("The museum wing has rare tapestries",
                      f"The town museum opened last spring.\n{passage}\n")
    assert result.verdict is verdict, result.reason


CHARTS = {
    "charts.txt": (
        "The choir's first single was released in 1988.\n"
        "It reached number 13 in the singles chart and stayed there for a month.\n"
        "It was not released in Canada until 1990.\n"
    ),
}


@pytest.fixture(scope="module")
def charts() -> Corpus:
    return Corpus.from_texts(CHARTS)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a figure conflict does without the name of the claim's circumstance
        ("The choir's first single reached number 30 in the Dutch singles chart",
         Verdict.CONTRADICTED),
        # support still needs every name
        ("The choir's first single reached number 13 in the Dutch singles chart",
         Verdict.NOT_ENOUGH_INFO),
        # a negation may hold of another place: the name must be there
        ("The choir's first single was not released in Norway", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_name_in_the_claims_circumstances(charts: Corpus, claim: str, verdict: Verdict
                                           ) -> None:
    result = check(claim, charts)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # an office of two words stands for the person who holds it
        ("Transport Secretary Ada Lund said she would close the coastal railway line",
         Verdict.CONTRADICTED),
        # one word may be anyone's
        ("Minister Ada Lund said she would close the coastal railway line",
         Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_an_office_stands_for_the_person_who_holds_it(claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"rail.txt": (
        "Rail unions met on Monday.\n"
        "The transport secretary said she would not close the coastal railway line.\n"
        "The minister said she would not close the coastal railway line.\n"
    )})
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason



@pytest.mark.parametrize(
    ("sentence", "adjunct", "verb"),
    [
        # a time set before the main clause is its circumstance
        ("When the storm hit, the ferry stayed in the harbour.", "When the storm hit",
         "stayed"),
        # a condition or a contrast is part of what is claimed; the main verb is after it
        ("If flooded in spring, the road may close for a week.", "", "close"),
        ("While the park stays open all year, some roads close in winter.", "", "close"),
    ],
)
def test_a_clause_set_before_the_main_one(sentence: str, adjunct: str, verb: str) -> None:
    words = read_statement(sentence).words
    comma = sentence.index(",")
    marked = [w for w in words if w.adjunct and w.end <= comma]
    assert (sentence[marked[0].start : marked[-1].end] if marked else "") == adjunct
    # the main clause after the comma is not the circumstance
    assert not any(w.adjunct for w in words if w.text == verb)


def test_a_condition_is_not_left_out_in_support() -> None:
    corpus = Corpus.from_texts({"road.txt": "Heavy rain closed the coast road for a week "
                                             "in March.\n"})
    result = check("If flooded in spring, the coast road may close for a week.", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
