"""Another name where the claim's name would stand (judge/swaps.py): after the same word,
joined by the same "and" to the same name, or set beside the same noun. Each on a small
corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
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
