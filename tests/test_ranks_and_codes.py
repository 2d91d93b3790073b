"""Places in a ranking ("number 37", "No. 7", "ninth"), numbers that are codes ("02138"),
a titled ruler who is not his country ("the Sultan of Oman"), and a figure's head that is
a name written in the plural ("40,000 Zephyrs"), and a date in a sentence's opening
phrase ("In 1985, ..."). Each on a small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.entities import country_of_name
from factcheck.judge.statement import read_statement
from factcheck.results import Verdict


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The club listed her as number 37 in its hall of fame.", 37),
        ("The single climbed to No. 4 in the charts.", 4),
        ("The single climbed to number four in the charts.", 4),
        ("Tessa Marl is the world number three.", 3),
        ("Tessa Marl, ranked 134 in the world, won the final.", 134),
        ("Tessa Marl has risen from 31 in the world.", 31),
    ],
)
def test_a_number_after_number_or_no_is_a_place(sentence: str, value: int) -> None:
    figures = read_statement(sentence).quantities
    assert [(q.dimension, q.value) for q in figures] == [("ordinal", value)]


def test_a_number_of_things_is_still_a_count() -> None:
    figures = read_statement("A number of 7 ferries were late.").quantities
    assert [(q.dimension, q.head) for q in figures] == [("count", "ferries")]
    figures = read_statement("There are only 10 in the world.").quantities
    assert [q.dimension for q in figures] == ["count"]


def test_a_number_with_a_leading_zero_is_a_code_not_an_amount() -> None:
    figures = read_statement("She read 0471 magazine on 3 trains.").quantities
    assert [(q.text, q.head) for q in figures] == [("3", "trains")]
    # a decimal below one still is an amount
    assert [q.text for q in read_statement("Rates rose 0.5 percent.").quantities] == \
        ["0.5 percent"]


CHART = {
    "chart.txt": (
        "The club listed Dana Pell as number 37 in its hall of fame.\n"
        "The single Glass Harbour climbed to number four in its third week.\n"
    ),
}


@pytest.fixture(scope="module")
def chart() -> Corpus:
    return Corpus.from_texts(CHART)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The single Glass Harbour climbed to 4th in its third week", Verdict.SUPPORTED),
        ("The single Glass Harbour climbed to 6th in its third week",
         Verdict.NOT_ENOUGH_INFO),
        ("The club listed Dana Pell as 29th in its hall of fame", Verdict.CONTRADICTED),
        # a spelled place the source does not give is not left out as a mere word
        ("The single Glass Harbour climbed to sixth in its third week",
         Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_place_in_a_ranking_is_compared_as_one(chart: Corpus, claim: str,
                                                 verdict: Verdict) -> None:
    result = check(claim, chart)
    assert result.verdict is verdict, result.reason


def test_a_spelled_place_is_never_left_out() -> None:
    corpus = Corpus.from_texts({"a.txt": "The Rovers finished 37th in the league table.\n"})
    result = check("The Rovers finished fourth in the league table", corpus)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_titled_ruler_is_not_his_country() -> None:
    sultan = read_statement("A hamper came from the Sultan of Oman.").names[-1]
    assert sultan.text == "Sultan of Oman"
    assert country_of_name(sultan) is None
    omani = read_statement("An Omani hamper came.").names[0]
    assert country_of_name(omani) == country_of_name(read_statement("Oman won.").names[0])


def test_another_giver_in_the_givers_place_is_a_conflict() -> None:
    corpus = Corpus.from_texts({"register.txt": (
        "Ada Lund's trip was paid for by King Tomas of Valdoria. "
        "Mayor Piet Brandt's only new entry is a hamper from the Sultan of Oman.\n")})
    result = check("Piet Brandt's only new entry is a hamper from King Tomas of Valdoria",
                   corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_name_written_in_the_plural_heads_the_figure() -> None:
    corpus = Corpus.from_texts({"a.txt": (
        "Norvel said it was seeing strong take up, with 40,000 Zephyrs sold in Europe "
        "already.\n")})
    result = check("Norvel said it had already sold 40,000 Zephyr phones in Europe", corpus)
    assert result.verdict is Verdict.SUPPORTED, result.reason


RECORDS = {
    "records.txt": (
        "In 1991, a group of well-known singers known as Voices United came together to "
        "record a charity single, Hold The Line.\n"
        "On 5 March, the mayor said the ferry must be back in service by the end of May.\n"
    ),
}


@pytest.fixture(scope="module")
def records() -> Corpus:
    return Corpus.from_texts(RECORDS)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the opening phrase dates the whole clause after its comma
        ("Voices United came together to record Hold The Line in 1990",
         Verdict.CONTRADICTED),
        ("Voices United came together to record Hold The Line in 1991", Verdict.SUPPORTED),
        # a date beside the claim's words says more than the opening one
        ("The ferry must be back in service by the end of May, the mayor said",
         Verdict.SUPPORTED),
        ("On 5 March, the mayor said the ferry must be back in service", Verdict.SUPPORTED),
    ],
)
def test_a_date_in_an_opening_phrase_dates_its_clause(records: Corpus, claim: str,
                                                      verdict: Verdict) -> None:
    result = check(claim, records)
    assert result.verdict is verdict, result.reason


def test_what_a_document_is_about_anchors_a_conflict() -> None:
    # a document that opens by referring to its subject is about the claim's film: the
    # film's date is the claim's fact
    corpus = Corpus.from_texts({"film.txt": (
        "Distributed by Lantern Pictures, the film was released on June 4, 1998.\n")})
    result = check("Harbour Lights was released in 2008", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert check("Harbour Lights was released in 1998", corpus).verdict is Verdict.SUPPORTED


def test_a_name_from_earlier_in_the_document_anchors_no_conflict() -> None:
    # "the singers" refer back to the band, but the passage is about another concert
    corpus = Corpus.from_texts({"band.txt": (
        "The Pale Lanterns are to play in Larkin Park for the first time since 1977.\n"
        "Tickets go on sale at the end of the month.\n"
        "The singers famously played in the park just days after their drummer left in "
        "July 1977.\n")})
    result = check("The Pale Lanterns will play Larkin Park on 6 June", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason


def test_an_apposition_is_checked_as_a_part_of_its_own() -> None:
    # the age and the description are stated in different sentences: each part finds its
    # own, and a wrong age is contradicted whatever the description
    corpus = Corpus.from_texts({"trial.txt": (
        "Ada Lund is the ferry company's lawyer in the harbour case.\n"
        "Ms Lund, 37, told the court the company had followed every rule.\n")})
    assert check("Ada Lund, the ferry company's lawyer, is 37", corpus).verdict is \
        Verdict.SUPPORTED
    result = check("Ada Lund, the ferry company's lawyer, is 42", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_bare_number_the_source_writes_in_a_name_is_met_there() -> None:
    # a claim in lower case: "route 9" is the road's name, not 9 of anything
    corpus = Corpus.from_texts({"roads.txt": (
        "In the hills, Route 9 was closed after several vans slid on ice.\n")})
    result = check("in the hills , route 9 was closed", corpus)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # another owner of the same office, wherever else the source names the claim's
        ("Ada Lund, Norland's chief executive, said a merger with Kellport would help",
         Verdict.CONTRADICTED),
        ("Ada Lund, Kellport's chief executive, said a merger with Norland would help",
         Verdict.SUPPORTED),
        # "Kellport's winning margin" is not the claim's "Norland's win"
        ("Norland's win left Kellport's winning margin at 5-2", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_another_owner_before_the_claims_noun(claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"merger.txt": (
        "\"A merger of Kellport and Norland will help,\" said Ada Lund, Kellport's chief "
        "executive.\n")})
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason
