"""Another name where the claim's name would stand (judge/swaps.py): after the same word,
joined by the same "and" to the same name, or set beside the same noun. Each on a small
corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.naming import another_bearer
from factcheck.judge.statement import read_statement
from factcheck.judge.units import Name
from factcheck.results import Verdict

TEXTS = {
    "harbour.txt": (
        "The harbour anthem was written by Ines Kovac and Tomas Brandt in 1998.\n"
        "Mark Dunn, the lawyer representing the dockers, said the strike would go on.\n"
        "The ferry company is run by chief executive Lena Ortiz.\n"
    ),
}


@pytest.fixture(scope="module")
def harbour() -> Corpus:
    return Corpus.from_texts(TEXTS)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # joined by the same "and" to the same name
        ("The harbour anthem was written by Ines Kovac and Tomas Brandt", Verdict.SUPPORTED),
        ("The harbour anthem was written by Ines Kovac and Petra Holm",
         Verdict.CONTRADICTED),
        # set beside the same noun: "X is the lawyer", "X, the lawyer"
        ("Mark Dunn is the lawyer representing the dockers", Verdict.SUPPORTED),
        ("Ana Ruiz is the lawyer representing the dockers", Verdict.CONTRADICTED),
        ("Ana Ruiz, the lawyer representing the dockers, said the strike would go on",
         Verdict.CONTRADICTED),
        # after the same words, as before
        ("The ferry company is run by chief executive Paul Weir", Verdict.CONTRADICTED),
    ],
)
def test_a_name_in_another_names_place(harbour: Corpus, claim: str, verdict: Verdict
                                       ) -> None:
    result = check(claim, harbour)
    assert result.verdict is verdict, result.reason


def test_a_name_beside_a_noun_without_a_comma_is_a_modifier_not_the_role() -> None:
    # "the Kellport lawyer" names where the lawyer works, not who the lawyer is
    corpus = Corpus.from_texts({"a.txt": "The Kellport lawyer representing the dockers "
                                         "said the strike would go on.\n"})
    assert check("Ana Ruiz is the lawyer representing the dockers", corpus).verdict is \
        Verdict.NOT_ENOUGH_INFO


VOICES = {
    "stage.txt": (
        "Petra Holm has replaced Tomas Brandt as director of the harbour play this week.\n"
        "The ferry union is suing the port authority for 2 million euros.\n"
        "A jury in Lanmouth indicted Ines R. Kovac on three charges of fraud in May.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a passive claim against an active source: the subject is the source's object
        ("Tomas Brandt was replaced by Petra Holm as director of the harbour play",
         Verdict.SUPPORTED),
        ("Tomas Brandt was replaced by Ana Ruiz as director of the harbour play",
         Verdict.CONTRADICTED),
        ("Ana Ruiz was replaced by Petra Holm as director of the harbour play",
         Verdict.CONTRADICTED),
        # "is suing" goes on: it is not passive, and the union is still who sues
        ("The ferry union is suing the port authority for 2 million euros",
         Verdict.SUPPORTED),
        # a middle initial stays inside the name it stands in
        ("Ines Kovac was indicted on three charges of fraud in Lanmouth",
         Verdict.SUPPORTED),
    ],
)
def test_roles_across_active_and_passive(claim: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts(VOICES))
    assert result.verdict is verdict, result.reason


SEVENS = {
    "sevens.txt": (
        "Kestrel Rovers take the Tarn Sevens crown in the sun.\n"
        "Lena Voss scored twice as the hosts ran in six tries on the final day.\n"
        "Coach Ada Brill praised a young squad for its pace and its discipline.\n"
        "Ostend were beaten by Dunmore in the plate semi-final and Harriers United lost "
        "17-5 to Millbrook in the shield final.\n"
        "Kellport scored 12 points in the second half of the bowl final against Ostend.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the place only the document names frames an opposite of the same teams' act
        ("Harriers United won the shield final against Millbrook at the Tarn Sevens",
         Verdict.CONTRADICTED),
        # but not another figure: a figure differs from one event to the next
        ("Kellport scored 14 points in the second half of the bowl final against Ostend "
         "at the Tarn Sevens", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_circumstance_the_document_names(claim: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts(SEVENS))
    assert result.verdict is verdict, result.reason


PRONOUNS = {
    "trial.txt": (
        "Harbour trial hears from former aide\n"
        "The defence questioned Ms Lund's account, pointing out that she worked for the "
        "harbour board for less than a week before being dismissed.\n"
        "Ms Berg told Mr Okafor that he had signed the harbour lease in 2019.\n"
        "Ms Berg told Mr Okafor that she had renewed the ferry licence in 2020.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "she" refers back to the last name before it: Ms Lund worked for the board
        ("Greta Lund worked for the harbour board for less than seven days.",
         Verdict.SUPPORTED),
        # another name in between: "he" is Mr Okafor, not Ms Berg
        ("Anna Berg signed the harbour lease in 2019.", Verdict.NOT_ENOUGH_INFO),
        # unless the title says the pronoun is not theirs: "she" is Ms Berg
        ("Anna Berg renewed the ferry licence in 2020.", Verdict.SUPPORTED),
    ],
)
def test_a_pronoun_subject_refers_back_to_the_last_name(claim: str, verdict: Verdict
                                                       ) -> None:
    assert check(claim, Corpus.from_texts(PRONOUNS)).verdict is verdict


def test_a_surname_owning_a_title_is_no_other_bearer_of_it() -> None:
    # a headline's "Okafor's Harbour" is Okafor's film, not another Okafor; "Ade Okafor"
    # is another bearer of the surname
    claim = read_statement("Femi Okafor took the best director prize.").names[0]
    part = read_statement("Instead, Okafor took the best director prize.").names[0]
    assert part.text == "Okafor"
    assert not another_bearer(claim, part, [Name(0, 1, "Okafor's Harbour",
                                                 ("okafor", "harbour"))])
    assert another_bearer(claim, part, [Name(0, 1, "Ade Okafor", ("ade", "okafor"))])


CLAUSES = {
    "prizes.txt": (
        "Marta Lund took her second cycling title after winning the junior race in 2011.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "second" is the title's, in the clause before "after winning": not against the
        # claim's first junior win
        ("Marta Lund won her first junior race in 2011.", Verdict.NOT_ENOUGH_INFO),
        # within one clause the opposite stands
        ("Marta Lund took her first cycling title.", Verdict.CONTRADICTED),
    ],
)
def test_an_opposite_in_another_clause_than_the_verb_met(claim: str, verdict: Verdict
                                                        ) -> None:
    assert check(claim, Corpus.from_texts(CLAUSES)).verdict is verdict


PARTY = {
    "mp.txt": (
        "Harbour town MP joins Greens\n"
        "Lena Ortiz, the Liberal MP for Harbourside, has joined the Greens.\n"
        "Ms Ortiz, who has clashed with her leaders over parking charges in the past, said "
        "she was sorry to go.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "her leaders" refers back to the party the document named
        ("Lena Ortiz has never clashed with Liberal leaders over parking charges.",
         Verdict.CONTRADICTED),
        # with no possessive, a name only the document gives frames nothing
        ("Lena Ortiz has never clashed with Labour over parking charges.",
         Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_possessive_pronoun_refers_back_to_a_name_the_document_gave(
        claim: str, verdict: Verdict) -> None:
    assert check(claim, Corpus.from_texts(PARTY)).verdict is verdict
