"""What describes one of a claim's nouns (asides.details: a relative clause, an
infinitive of purpose) and may be missing from a passage that states the claim's fact
with another name in its role (stance._same_fact); contractions written without their
apostrophe (statement.tokens). Each on a small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement, tokens
from factcheck.results import Verdict


@pytest.mark.parametrize(
    ("sentence", "detail"),
    [
        ("Tomas Brandt scored the late goal that sent Harwick into the final.",
         "sent Harwick into the final"),
        ("The council hired Ana Ruiz to help shopkeepers deal with the new parking rules.",
         "help shopkeepers deal with the new parking rules"),
        ("The mill signed a two-year deal to supply the bakery with flour, its owner said.",
         "supply the bakery with flour"),
        # the infinitive is the verb's own, and a clause with a subject of its own may be
        # what the noun says: not details
        ("Ana Ruiz plans to return to the council after the summer.", ""),
        ("The mayor expressed hope that the bridge would reopen soon.", ""),
        ("The ferry that sank in 1990 was raised last year.", ""),
        # in an opening circumstance too
        ("Under the lease that starts in 2026, the mill will pay 40,000 pounds a year.",
         "starts in 2026"),
    ],
)
def test_what_describes_a_noun_after_the_verb(sentence: str, detail: str) -> None:
    words = read_statement(sentence).words
    marked = [w for w in words if w.detail]
    shown = sentence[marked[0].start : marked[-1].end] if marked else ""
    assert shown == detail


DERBY = {
    "derby.txt": (
        "Harwick reach the county cup final.\n"
        "Harwick beat Stoke Vale 2-1 in the semi-final on Saturday.\n"
        "Lena Ortiz put Harwick ahead after ten minutes, but Mara Voss scored an "
        "80th-minute own goal for the visitors.\n"
        "The council hired Ana Ruiz to run the new market hall in 2019.\n"
    ),
}


@pytest.fixture(scope="module")
def derby() -> Corpus:
    return Corpus.from_texts(DERBY)


def test_another_name_in_the_role_contradicts_without_the_claims_relative_clause(
        derby: Corpus) -> None:
    result = check("Ilse Brandt scored the 80th-minute own goal that brought Stoke Vale "
                   "level in the semi-final.", derby)
    assert result.verdict is Verdict.CONTRADICTED
    assert "Mara Voss" in result.reason


def test_another_name_in_the_role_contradicts_without_the_claims_purpose(
        derby: Corpus) -> None:
    result = check("The council hired Tom Fisher to run the new market hall.", derby)
    assert result.verdict is Verdict.CONTRADICTED


LEASE = {
    "mill.txt": "Under the new lease, the mill will pay 30,000 pounds a year to the town.\n",
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the lease's start is a detail of which lease: the figure still conflicts
        ("Under the lease that starts in 2026, the mill will pay 40,000 pounds a year.",
         Verdict.CONTRADICTED),
        # a date of the claim's own fact is not: without it, another year's rent may be meant
        ("In 2026, the mill will pay 40,000 pounds a year.", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_date_in_a_detail_does_not_hold_a_conflict_back(claim: str, verdict: Verdict
                                                          ) -> None:
    assert check(claim, Corpus.from_texts(LEASE)).verdict is verdict


def test_a_detail_is_never_left_out_in_support(derby: Corpus) -> None:
    # what the relative clause says is not in the passage: nothing bears it out
    result = check("Mara Voss scored the 80th-minute own goal that cost Harwick the "
                   "match.", derby)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_a_verbs_own_infinitive_is_not_a_detail(derby: Corpus) -> None:
    # "plans to open" is the claim's verb: a passage without it states another fact
    result = check("Tom Fisher plans to open the new market hall.", derby)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    ("text", "negation"),
    [
        ("they dont pay", ("do", "nt")),
        ("it wasnt open", ("was", "nt")),
        ("they weren't told", ("were", "n't")),
        ("we didn\u2019t know", ("did", "n\u2019t")),
    ],
)
def test_a_contraction_with_or_without_its_apostrophe_is_a_negation(
        text: str, negation: tuple[str, str]) -> None:
    found = tokens(text)
    at = next(k for k, token in enumerate(found) if token[1] == "n't")
    assert (found[at - 1][0], found[at][0]) == negation
    # the spans still cover the text as written
    assert text[found[at - 1][2] : found[at][3]] == "".join(negation)


@pytest.mark.parametrize("word", ["cant", "wont", "were", "hell"])
def test_a_word_that_is_also_a_bare_contraction_stays_a_word(word: str) -> None:
    assert [token[1] for token in tokens(f"the {word} of it")] == ["the", word, "of", "it"]


def test_a_negation_written_without_its_apostrophe_is_read() -> None:
    corpus = Corpus.from_texts({"ferry.txt": "Most of the islanders do not pay the ferry "
                                              "toll.\n"})
    assert check("Most of the islanders dont pay the ferry toll.", corpus).verdict \
        is Verdict.SUPPORTED
    assert check("Most of the islanders pay the ferry toll.", corpus).verdict \
        is Verdict.CONTRADICTED
