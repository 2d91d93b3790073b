"""What a claim's negation covers must be met before its polarity is read: a passage
that leaves out a negated word neither bears the claim out nor denies it. Each on a
small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.results import Verdict


def _verdict(claim: str, *lines: str) -> Verdict:
    return check(claim, Corpus.from_texts({"story.txt": "\n".join(lines) + "\n"})).verdict


def test_a_negated_word_left_out_is_not_excused_in_support() -> None:
    # without "reliable", the claim's "no" was never compared with the passage
    source = "Engineers said evidence that the old river bridge is unsafe keeps growing."
    assert _verdict("There is no reliable evidence that the old river bridge is unsafe.",
                    source) is Verdict.NOT_ENOUGH_INFO
    # the word left out when no negation covers it is still excused, as before
    assert _verdict("There is growing evidence that the old river bridge is unsafe.",
                    source) is Verdict.SUPPORTED


def test_a_negation_whose_predicate_the_passage_lacks_denies_nothing() -> None:
    # the negation reaches "traffic jams" through the light verb, but "worse" is the fact
    assert _verdict("The new tram line is not making traffic jams worse.",
                    "The report assesses the effect that the new tram line has on the "
                    "threat of traffic jams in the city.") is Verdict.NOT_ENOUGH_INFO


def test_a_qualifying_word_left_out_still_lets_the_negation_conflict() -> None:
    assert _verdict("The ministry has not published any new guidelines for landlords.",
                    "The ministry published guidelines for landlords on Monday."
                    ) is Verdict.CONTRADICTED


def test_the_word_that_negates_need_not_be_met() -> None:
    assert _verdict("The rangers were unable to reach the mountain hut.",
                    "The rangers were able to reach the mountain hut before dark."
                    ) is Verdict.CONTRADICTED


def test_a_negated_name_passes_the_negation_to_the_noun_it_qualifies() -> None:
    # "not a Marlow engine": the name is aligned as a name, so "engine" carries polarity
    source = "The harbour pump is not a Marlow engine, the report says."
    assert _verdict("The harbour pump is a Marlow engine.", source) is Verdict.CONTRADICTED
    assert _verdict("The harbour pump is not a Marlow engine.", source) is Verdict.SUPPORTED
    # a title that opens with "Not" negates nothing of the words it names
    title = 'The band played "Not Easy Being Blue" at the Lanmouth harbour festival.'
    assert _verdict('The band played "not easy being blue" at the Lanmouth harbour festival.',
                    title) is not Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "source", "verdict"),
    [
        # "refused permission" does not give it
        ("The Tarn harbour board has refused permission for the regatta to use the quay.",
         "The Tarn harbour board has given permission for the regatta to use the quay.",
         Verdict.CONTRADICTED),
        ("The Tarn harbour board has given permission for the regatta to use the quay.",
         "The Tarn harbour board has refused permission for the regatta to use the quay.",
         Verdict.CONTRADICTED),
        ("The Tarn harbour board did not give permission for the regatta to use the quay.",
         "The Tarn harbour board has refused permission for the regatta to use the quay.",
         Verdict.SUPPORTED),
    ],
)
def test_a_refused_noun_is_not_given(claim: str, source: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts({"story.txt": source + "\n"}))
    assert result.verdict is verdict
