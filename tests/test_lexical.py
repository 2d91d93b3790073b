"""How two words relate (judge/lexical.py): WordNet first, and each hand entry is one that
WordNet's table lacks, which the tests below hold both ways."""

from __future__ import annotations

import pytest

from factcheck.judge import lexical
from factcheck.judge.units import lemmas_of
from factcheck.lexicon import wordnet

ALL = frozenset({"n", "v", "a", "r"})


def rel(a: str, b: str, pos_a: frozenset[str] = ALL, pos_b: frozenset[str] = ALL) -> str | None:
    return lexical.relation(lemmas_of(a), a, pos_a, lemmas_of(b), b, pos_b)


def _wordnet_links(a: str, b: str) -> bool:
    """WordNet's own table relates the two base forms in some way."""
    for x in lemmas_of(a):
        for y in lemmas_of(b):
            if y in wordnet.synonyms(x) | wordnet.antonyms(x) | wordnet.derivations(x) or \
                    x in wordnet.synonyms(y) | wordnet.antonyms(y) | wordnet.derivations(y):
                return True
    return False


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("sought", "seek", lexical.INFLECTION),
        ("election", "elect", lexical.DERIVATION),
        ("ceasefire", "truce", lexical.SYNONYM),
        ("accepted", "rejected", lexical.OPPOSITE),
        ("jet", "plane", None),  # a plane is not always a jet ...
        ("plane", "jet", lexical.SPECIFIC),  # ... but a source's jet is a plane
        ("died", "killed", lexical.SPECIFIC),  # "were killed" says they died
        ("killed", "died", None),  # "died" does not say they were killed
        ("billion", "million", None),
        ("open", "close", lexical.OPPOSITE),
    ],
)
def test_relations(a: str, b: str, relation: str | None) -> None:
    assert rel(a, b) == relation


def test_synonyms_need_a_part_of_speech_both_words_have_where_they_stand() -> None:
    # "bank" the institution is no "deposit"; "report" the verb is no "paper"
    assert rel("report", "papers", frozenset({"v"}), frozenset({"n"})) is None
    assert rel("report", "paper", frozenset({"n"}), frozenset({"n"})) == lexical.SYNONYM


@pytest.mark.parametrize("group", lexical.HAND_SYNONYMS)
def test_each_hand_synonym_group_is_one_wordnet_lacks(group: str) -> None:
    words = group.split()
    assert all(rel(a, b) in (lexical.SYNONYM, lexical.INFLECTION, lexical.SAME)
               for a in words for b in words)
    missing = [(a, b) for a in words for b in words if a < b and not _wordnet_links(a, b)]
    assert missing, f"WordNet already links every pair of {group!r}: drop the hand entry"


@pytest.mark.parametrize("group", lexical.HAND_SYNONYMS)
def test_a_hand_synonym_group_holds_no_split_phrasal_verb(group: str) -> None:
    """A group is split at spaces: "escalate step up" made "step" alone, and "up", mean
    "escalate"."""
    from factcheck.judge.words import ADVERB_PARTICLES, PREPOSITIONS

    assert not set(group.split()) & (ADVERB_PARTICLES | PREPOSITIONS)


def test_a_verb_alone_is_no_synonym_of_its_phrasal_verbs_synonyms() -> None:
    assert rel("step", "escalate") is None
    assert rel("step", "up") is None
    assert "step up" in lexical.related("escalate", frozenset({"v"}))


@pytest.mark.parametrize(("a", "b"), lexical._HAND_OPPOSITES)
def test_each_hand_opposite_is_one_wordnet_lacks(a: str, b: str) -> None:
    assert rel(a, b) == lexical.OPPOSITE
    assert not any(y in wordnet.antonyms(x) for x in lemmas_of(a) for y in lemmas_of(b))


@pytest.mark.parametrize(("a", "b"), lexical.HAND_DERIVATIONS)
def test_each_hand_derivation_is_one_wordnet_lacks(a: str, b: str) -> None:
    assert rel(a, b) in (lexical.DERIVATION, lexical.INFLECTION)
    assert not any(y in wordnet.derivations(x) for x in lemmas_of(a) for y in lemmas_of(b))


def test_amounts_moving_the_same_way_are_synonyms_and_opposite_ways_opposites() -> None:
    assert rel("fell", "slumped") == lexical.SYNONYM
    assert rel("leapt", "fell") == lexical.OPPOSITE
    assert rel("raised", "doubled") == lexical.SYNONYM


def test_one_ordinal_or_span_of_time_excludes_another() -> None:
    assert rel("first", "second") == lexical.OPPOSITE
    assert rel("months", "weeks") == lexical.OPPOSITE


def test_words_too_general_to_stand_for_another_are_no_synonyms() -> None:
    # WordNet gives "have" as a sense of "bear" ("born"); nothing is born by having
    assert rel("born", "has") is None


def test_a_hyphenated_prefix_keeps_the_word_family() -> None:
    assert rel("de-escalation", "de-escalate") == lexical.DERIVATION
    assert rel("re-election", "re-elected") in (lexical.DERIVATION, lexical.INFLECTION)
    assert rel("de-escalation", "escalate") is None  # the prefix changes the meaning


def test_a_word_and_its_negative_prefix_are_opposites_whatever_their_part_of_speech(
        ) -> None:
    # "had been willing to" reads as a verb, "unwilling" as an adjective: WordNet's
    # antonym holds between the adjectives only
    assert rel("willing", "unwilling", frozenset({"v"}), frozenset({"a"})) == lexical.OPPOSITE
    assert rel("pleased", "displeased", frozenset({"v"}), frozenset({"a"})) == lexical.OPPOSITE
    # without a part of speech in common, WordNet's other antonyms still need one
    assert rel("win", "lose", frozenset({"n"}), frozenset({"v"})) is None


def test_a_place_in_an_order_meets_only_itself() -> None:
    from factcheck.judge.lexical import OPPOSITE, SAME, relation

    def rel(a: str, b: str) -> str | None:
        return relation(frozenset({a}), a, frozenset({"a", "n"}), frozenset({b}), b,
                        frozenset({"a", "n"}))

    assert rel("fourth", "quarter") is None  # WordNet's fraction, not the place
    assert rel("second", "week") is None  # nor the span of time
    assert rel("fourth", "third") == OPPOSITE
    assert rel("second", "last") == OPPOSITE
    assert rel("twentieth", "20th") == SAME  # the same place in figures
    assert rel("thirteenth", "fourteenth") == OPPOSITE


def test_second_written_alone_is_a_place_not_a_unit_of_time() -> None:
    # "its second series" against "the same year": no opposite of "year"
    assert lexical.relation(frozenset({"year"}), "year", frozenset({"n"}),
                            frozenset({"second"}), "second", frozenset({"n", "a"})) is None
    assert lexical.relation(frozenset({"year"}), "years", frozenset({"n"}),
                            frozenset({"month"}), "months", frozenset({"n"})) == \
        lexical.OPPOSITE


@pytest.mark.parametrize(
    ("word", "lemmas", "pos", "compares"),
    [
        ("smaller", {"small"}, {"a"}, True),
        ("biggest", {"big"}, {"a"}, True),
        ("larger", {"large"}, {"a"}, True),
        ("earlier", {"early"}, {"a", "r"}, True),
        ("worse", {"bad"}, {"a"}, True),
        ("number", {"numb", "number"}, {"a", "n", "v"}, False),
        ("leader", {"leader"}, {"n"}, False),
    ],
)
def test_comparatives_and_superlatives(word: str, lemmas: set[str], pos: set[str],
                                       compares: bool) -> None:
    assert lexical.compares(word, frozenset(lemmas), frozenset(pos)) is compares


def test_a_comparative_is_never_left_out_in_support() -> None:
    from factcheck import Corpus, check
    from factcheck.results import Verdict

    corpus = Corpus.from_texts({"a.txt": "Harbour traffic in Lanmouth is probably much "
                                         "heavier than the port figures have shown.\n"})
    assert check("Harbour traffic in Lanmouth is probably smaller than the port figures "
                 "have shown", corpus).verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "source"),
    [("bigger", "reduced"), ("smaller", "higher"), ("greater", "fell"), ("fewer", "rose")],
)
def test_a_comparative_of_size_points_a_direction(claim: str, source: str) -> None:
    from factcheck.judge.units import lemmas_of as lemmas

    assert lexical.relation(lemmas(claim), claim, frozenset({"a"}),
                            lemmas(source), source, frozenset({"a", "v"})) == lexical.OPPOSITE
