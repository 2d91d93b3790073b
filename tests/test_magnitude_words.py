"""A movement that says by how much ("doubled", "tripled") is stated only by a word that
says as much: a source's "increased" or "increased fourfold" does not say "tripled"."""

from __future__ import annotations

from factcheck import Corpus, check
from factcheck.results import Verdict


def test_a_movement_that_says_by_how_much_needs_its_own_word() -> None:
    corpus = Corpus.from_texts({
        "network.txt": "Traffic on the Lumen game network increased fourfold on the launch day "
                       "of Starfall, the company said.\n",
        "museum.txt": "Ticket sales at the Harbour Museum tripled in 2023.\n",
    })
    # "increased fourfold" does not say "tripled"; "tripled" does say "rose"
    assert check("Traffic on the Lumen network tripled on the launch day of Starfall",
                 corpus).verdict is Verdict.NOT_ENOUGH_INFO
    assert check("Traffic on the Lumen network increased on the launch day of Starfall",
                 corpus).verdict is Verdict.SUPPORTED
    assert check("Ticket sales at the Harbour Museum rose in 2023",
                 corpus).verdict is Verdict.SUPPORTED
    assert check("Ticket sales at the Harbour Museum trebled in 2023",
                 corpus).verdict is Verdict.SUPPORTED
    # a magnitude the source does not give is never left out as a detail
    result = check("Ticket sales at the Harbour Museum doubled in 2023", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "'doubled'" in result.reason
