"""When sources disagree, a passage that states the whole claim outweighs one that leaves
part of it out (it may speak of another fact); a conflict must be in the passage itself,
not only in the sentence before it."""

from __future__ import annotations

from factcheck import Corpus, check
from factcheck.judge.links import CONFLICT, SAME, UNALIGNED, UnitLink
from factcheck.judge.stance import leaves_out_part
from factcheck.results import Stance, Verdict

CLAIM = "The Harbour Bridge carries 48,000 vehicles a day across the estuary"
WHOLE = "The Harbour Bridge carries 48,000 vehicles a day across the estuary, the council says.\n"


def test_a_whole_passage_outweighs_a_partial_one() -> None:
    corpus = Corpus.from_texts({
        "council.txt": WHOLE,
        # another count, which does not say where: winter traffic, not the daily crossing
        "winter.txt": "Traffic has grown since the toll was cut.\n"
                      "The Harbour Bridge carries 12,000 vehicles a day in winter.\n",
    })
    result = check(CLAIM, corpus)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # the disagreement is still said, and counted
    assert "winter.txt:2 disagree" in result.reason
    assert result.sources_contradicting == 1
    partial = [e for e in result.evidence if e.stance is Stance.CONTRADICTS]
    assert partial and all(e.partial for e in partial)


def test_two_whole_passages_with_other_values_stay_disputed() -> None:
    corpus = Corpus.from_texts({
        "council.txt": WHOLE,
        "survey.txt": "The Harbour Bridge carries 52,000 vehicles a day across the estuary.\n",
    })
    assert check(CLAIM, corpus).verdict is Verdict.DISPUTED


def test_a_partial_contradiction_alone_still_contradicts() -> None:
    corpus = Corpus.from_texts({
        "winter.txt": "The Harbour Bridge carries 12,000 vehicles a day in winter.\n"})
    assert check(CLAIM, corpus).verdict is Verdict.CONTRADICTED


def test_a_conflict_met_only_in_the_sentence_before_does_not_contradict() -> None:
    corpus = Corpus.from_texts({
        "review.txt": "Buyers will need their own monitors and speakers.\n"
                      "There are also questions over whether the Orbit desktop will work "
                      "with old keyboards and mice.\n",
    })
    result = check("The Orbit desktop is sold without a monitor, keyboard or mouse", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason


def test_only_a_verb_left_out_is_not_partial() -> None:
    # "posted" for "reported": verbs are most often met in other words
    verb = UnitLink("word", "reported", UNALIGNED, verb=True)
    noun = UnitLink("word", "estuary", UNALIGNED)
    found = UnitLink("word", "bridge", SAME, "bridge")
    value = UnitLink("figure", "48,000", CONFLICT, "12,000")
    assert not leaves_out_part([found, verb, value])
    assert leaves_out_part([found, noun, value])

