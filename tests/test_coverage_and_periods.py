"""What a passage must state before it bears a claim out, and how its words are read: a
supporting passage that meets no name, figure or date of the claim may leave out no
more of the claim than it states; an adjective after a form of "be" is the claim's
predicate and never left out; a quoted question ending in the sentence's full stop
states nothing; nouns and verbs where noun phrases go on. Each on a small corpus of
our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement
from factcheck.results import Verdict

HARBOUR = {
    "harbour.txt": (
        "Kellport harbour handled 2.1 million tonnes of cargo in 2019.\n"
        "Cargo at Kellport harbour fell by 6.2% in 2020, the port authority said.\n"
        "Tarn's Kestrel Marine was down 2.1% and Harwick Line down 1.4%, with traders "
        "saying much doubt remained.\n"
        "The Marlow ferry carries passengers between the two towns.\n"
        "The new toll for the ferry passengers between the two towns starts in May.\n"
        "Harbour ferries burn fuel as a source of power to carry passengers across the bay.\n"
        "Harbour seals affect fish stocks in the bay, the survey found.\n"
        "\"Ask the panel: Are harbour seals returning to Kellport?\".\n"
    ),
}


@pytest.fixture(scope="module")
def harbour() -> Corpus:
    return Corpus.from_texts(HARBOUR)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the circumstance left out ("during the festival") is no more than the
        # passage states: borne out
        ("The Marlow ferry carries passengers between the two towns during the festival",
         Verdict.SUPPORTED),
        # most of the claim left out (light verbs, an adverb, a circumstance): the
        # passage states three of its words, and no name or figure, and leaves out five
        ("It takes as much fuel to make a harbour ferry as it burns in its entire working "
         "life", Verdict.NOT_ENOUGH_INFO),
        # a name and a figure met: a long circumstance may be left out
        ("In Tarn, Kestrel Marine shares fell 2.1% as the morning buying spree faded",
         Verdict.SUPPORTED),
        # one value differs: a denial
        ("Cargo at Kellport harbour fell by 4% in 2020", Verdict.CONTRADICTED),
        ("Cargo at Kellport harbour fell by 6.2% in 2021", Verdict.CONTRADICTED),
        # an adjective a form of "be" governs is the claim's predicate: never left out
        ("Harbour seals are too numerous to affect fish stocks in the bay",
         Verdict.NOT_ENOUGH_INFO),
        ("Harbour seals affect fish stocks in the bay", Verdict.SUPPORTED),
        # and so is a noun after "is a"
        ("The new toll is a burden for the ferry passengers between the two towns",
         Verdict.NOT_ENOUGH_INFO),
        # a quoted question states nothing
        ("Harbour seals are returning to Kellport", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_harbour(harbour: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, harbour)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    "text",
    ['"Ask the panel: Are harbour seals returning?".', "Are seals returning?",
     "\u201cIs it safe?\u201d"],
)
def test_a_quoted_question_with_a_full_stop_is_a_question(text: str) -> None:
    assert read_statement(text).question


def test_a_sentence_is_not_a_question() -> None:
    assert not read_statement('He asked whether seals were returning.').question


@pytest.mark.parametrize(
    "text",
    ["Lena Voss wrote the main feature in Style's May issue.",
     "She read it in Okafor's Tarn report."],
)
def test_a_word_after_a_possessive_and_a_name_is_a_noun(text: str) -> None:
    # the noun phrase goes on from the possessive over the capitalised words after it,
    # so the last word is a noun, which a supporting passage may leave out, not a verb
    assert read_statement(text).words[-1].pos == frozenset({"n"})


def test_a_noun_phrase_goes_on_over_words_that_may_be_adjectives() -> None:
    # "second" and "largest" may be nouns too, but never verbs: "ferry" is still in the
    # noun phrase the determiner opened
    words = read_statement("Kestrel is the second-largest long-distance ferry company.").words
    assert next(w for w in words if w.folded == "ferry").pos == frozenset({"n"})


def test_a_past_form_after_a_noun_phrase_is_still_its_verb() -> None:
    words = read_statement("The choir's first single reached number 30.").words
    assert "v" in next(w for w in words if w.folded == "reached").pos


RECALL = {
    "recall.txt": (
        "Kestrel will voluntarily recall 19 Tarn ferries to address a \"known wiring fault "
        "that could result in a loss of propulsion while sailing.\"\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kestrel will voluntarily recall 19 Tarn ferries to address a known wiring fault",
         Verdict.SUPPORTED),
        # "steering" may be a noun or a verb: the passage's noun in its place replaces it,
        # so it is not a word left out
        ("Kestrel will voluntarily recall 19 Tarn ferries to address a known wiring fault "
         "that could result in a loss of steering while sailing", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_noun_in_the_place_of_a_word_that_may_be_a_verb_replaces_it(
        claim: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts(RECALL))
    assert result.verdict is verdict, result.reason
