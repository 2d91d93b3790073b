"""The sentences before a passage are read only when the aligner needs them."""

from __future__ import annotations

from factcheck.judge.align import align
from factcheck.judge.links import BEFORE, Surroundings
from factcheck.judge.statement import read_statement


def test_a_passage_that_states_the_whole_claim_leaves_its_surroundings_unread() -> None:
    claim = read_statement("The ferry to Holm was delayed by the storm")
    passage = read_statement("The ferry to Holm was delayed by the storm on Friday.")
    around = Surroundings(("Island crossing resumes", "Crews worked through the night."))
    links = align(claim, passage, around)
    assert all(link.found for link in links)
    assert "before" not in vars(around) and "names" not in vars(around)


def test_a_word_only_the_sentence_before_gives_is_read_there() -> None:
    claim = read_statement("The storm delayed the ferry to Holm")
    passage = read_statement("It was delayed by four hours.")
    around = Surroundings(("Island crossing resumes", "A storm hit the ferry to Holm."))
    links = align(claim, passage, around)
    assert "before" in vars(around)
    assert any(link.context == BEFORE and link.claim == "ferry" for link in links)


def test_no_sentence_before_is_none() -> None:
    around = Surroundings()
    assert around.before is None and not around.has_before
    assert around.names == () and around.opening == ()
