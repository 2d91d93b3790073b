"""Names written another way: an acronym for the words it stands for, either way round,
and a transliteration with other vowels. Other names stay other names."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.claims import analyse
from factcheck.judge.names import acronym_matches, spelling_variant
from factcheck.results import Verdict

TEXTS = {
    "trade.txt": (
        "The World Trade Organization ruled that the steel tariffs broke its rules.\n"
        "The EU said it would appeal the ruling within sixty days.\n"
        "Trade minister Mohammed Qasim said the decision vindicated small exporters.\n"
    ),
}


@pytest.fixture(scope="module")
def trade() -> Corpus:
    return Corpus.from_texts(TEXTS)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The WTO ruled that the steel tariffs broke its rules", Verdict.SUPPORTED),
        ("The European Union said it would appeal the ruling", Verdict.SUPPORTED),
        ("Trade minister Muhammad Qasim said the decision vindicated small exporters",
         Verdict.SUPPORTED),
        # an acronym that spells no name in the source is another organisation, and the
        # source has that other one ruling
        ("The IMF ruled that the steel tariffs broke its rules", Verdict.CONTRADICTED),
    ],
)
def test_names_written_another_way(trade: Corpus, claim: str, verdict: Verdict) -> None:
    assert check(claim, trade).verdict is verdict


def test_acronyms_both_ways() -> None:
    passage = analyse("Officials of the United Nations Children's Fund and the Bank of "
                      "England met")
    assert acronym_matches(analyse("The UN met"), passage) == {"un": "unit nation"}
    assert "be" in acronym_matches(analyse("BE officials met"), passage)
    assert acronym_matches(analyse("The European Union met"), analyse("The EU met")) == {
        "european": "eu", "union": "eu"}
    assert acronym_matches(analyse("Quiet Hill met"), analyse("The QH team met")) == {
        "quiet": "qh", "hill": "qh"}
    assert acronym_matches(analyse("The Warriors met"), passage) == {}


@pytest.mark.parametrize(
    ("name", "names", "found"),
    [
        ("tahrir", {"tahrar", "sham"}, "tahrar"),
        ("mohammed", {"muhammad"}, "muhammad"),
        ("hassan", {"hussein"}, None),  # another name, not another spelling
        ("hamas", {"hamad"}, None),
        ("iran", {"iraq"}, None),  # too short to tell
    ],
)
def test_spelling_variants(name: str, names: set[str], found: str | None) -> None:
    assert spelling_variant(name, names) == found



def test_a_lower_case_claim_gets_its_names_back_from_the_sources() -> None:
    from factcheck.judge.names import restore_case

    corpus = Corpus.from_texts({"ferry.txt": (
        "Storms on the coast\n\n"
        "The morning ferry to Lanmouth was delayed by the storm on Friday.\n"
        "Passengers for Lanmouth waited four hours, and the Show went on without them.\n")})
    # a word the sources capitalise and no dictionary has is a name; one no source and no
    # dictionary has is too; a dictionary word stays a word, whatever a heading does with it
    assert restore_case("the ferry to lanmouth was delayed", corpus.index) == \
        "the ferry to Lanmouth was delayed"
    assert restore_case("the ferry to holmsey was delayed", corpus.index) == \
        "the ferry to Holmsey was delayed"
    assert restore_case("the show went on", corpus.index) == "the show went on"
    assert restore_case("The ferry to lanmouth", corpus.index) == "The ferry to lanmouth"
    # the name must then be found, like any name: a passage without it is not support
    result = check("the morning ferry to holmsey was delayed by the storm .", corpus)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert result.claim == "the morning ferry to holmsey was delayed by the storm ."
    result = check("the morning ferry to lanmouth was delayed by the storm .", corpus)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("sentence", "names", "figures"),
    [
        # a spelled number opening a sentence is a figure, not part of the name after it
        ("Thirty-one Danish ferries were sold last year.", ["Danish"], ["Thirty-one"]),
        # a capitalised number inside a sentence belongs to its name
        ("Wales won the Six Nations title.", ["Wales", "Six Nations"], []),
        # a number that counts something after a name is a figure
        ("The Kestrel 7 stations were sold.", ["Kestrel"], ["7"]),
    ],
)
def test_where_a_name_meets_a_figure(sentence: str, names: list[str], figures: list[str]
                                     ) -> None:
    from factcheck.judge.statement import read_statement

    statement = read_statement(sentence)
    assert [n.text for n in statement.names] == names
    assert [q.text for q in statement.quantities] == figures


def test_a_number_after_a_name_is_met_as_part_of_the_name() -> None:
    # "Skyrunner 2" is a title: its number is no figure the source fails to give
    corpus = Corpus.from_texts({"games.txt": "The console game Skyrunner 2, released on "
                                             "4 March in Canada, sold well.\n"})
    result = check("Skyrunner 2 was released in Canada on 4 May", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        (("chris", "lund"), ("christopher", "scott", "lund"), True),
        (("alex", "moreno"), ("alexander", "moreno"), True),
        # another surname, a first name not cut from the other, or too short to tell
        (("chris", "lund"), ("christopher", "scott", "lane"), False),
        (("chris", "lund"), ("kristina", "lund"), False),
        (("al", "moreno"), ("alexander", "moreno"), False),
    ],
)
def test_a_short_form_of_a_first_name(short: tuple[str, ...], full: tuple[str, ...],
                                      same: bool) -> None:
    from factcheck.judge.naming import name_match

    assert bool(name_match(short, full)[0]) is same
    assert bool(name_match(full, short)[0]) is same


def test_a_short_first_name_meets_the_full_one_in_a_passage() -> None:
    corpus = Corpus.from_texts({"a.txt": (
        "Christopher Scott Lund (May 3, 1951 - October 9, 2009) was a ferry captain.\n")})
    assert check("On October 9, 2010, Chris Lund died", corpus).verdict is \
        Verdict.CONTRADICTED
    assert check("On October 9, 2009, Chris Lund died", corpus).verdict is \
        Verdict.SUPPORTED


PORTRAIT = {
    "nurse.txt": (
        "Greta Halvorsen trained as a nurse in Tromso before the war.\n"
        "She served in field hospitals in France for three years.\n"
        "After the war she ran a clinic in Bodo for two decades.\n"
        "Her brother Nils taught music at the school in Bodo.\n"
        "Greta died in Bodo on 3 March 1961, aged 70.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the document writes the first name and the surname as one person's
        ("Halvorsen died in Bodo on 3 March 1961", Verdict.SUPPORTED),
        ("Halvorsen died in Bodo on 3 March 1962", Verdict.CONTRADICTED),
        # a first name the document never joins to the claim's surname is someone else
        ("Lindqvist died in Bodo on 3 March 1961", Verdict.CONTRADICTED),
    ],
)
def test_a_first_name_in_the_passage_is_the_claim_surname_the_document_joins_it_to(
        claim: str, verdict: Verdict) -> None:
    assert check(claim, Corpus.from_texts(PORTRAIT)).verdict is verdict


def test_a_person_named_by_age_refers_back_to_the_document_name() -> None:
    corpus = Corpus.from_texts({"gift.txt": (
        "Lord Ashdown gives the Harbour Party another gift.\n"
        "The party confirmed the gift on Monday after weeks of talks with donors.\n"
        "The 64-year-old latest donation follows a £2.5m gift to the party in 2003.\n"
    )})
    result = check("Lord Ashdown's latest donation follows a £1.5m gift to the Harbour "
                   "Party in 2003", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_headline_opening_with_a_claim_name_gives_it() -> None:
    # a capitalised first word that is also an English word ("granite") is a name when
    # the claim names it, in the sentences around a passage as in the passage itself
    from factcheck.judge.links import Surroundings

    headline = ("Granite shares slump on mine setback",)
    assert [n.text for n in Surroundings(headline, None, frozenset({"granite"})).opening] \
        == ["Granite"]
    assert [n.text for n in Surroundings(headline, None, frozenset()).opening] == []
