"""The frame test the audit runs before aligning a pair (judge/frame.py) is a necessary
condition: whenever it says no, the alignment could not have decided anything."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.audit import conflicts
from factcheck.index.corpus import Corpus
from factcheck.judge.align import align
from factcheck.judge.frame import frame_can_align
from factcheck.judge.stance import decide
from factcheck.judge.statement import read_statement
from factcheck.results import Stance

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
VALUES = ("figure", "date", "time")

# a small story told several ways, with names in other forms, figures in other units and
# dates of other precision (not from any evaluation set)
HARBOUR = (
    "The Kellport ferry carried 41,000 passengers in March 2022, the port authority said.",
    "In March 2022 the ferry at Kellport carried 38,500 passengers.",
    "Kellport's ferry carried about 40,000 passengers last March, officials said.",
    "The ferry company said it carried 41,000 passengers in 2022.",
    "Did the Kellport ferry carry 41,000 passengers in March 2022?",
    "It carried 41,000 passengers in March 2022, a rise of 12%.",
    "Turkish officials said the bridge opened on 3 May 2021 after 14 months of work.",
    "The bridge in Turkey opened on 5 May 2021, the ministry said.",
    "Turkey opened the 1.2 km bridge at 10am on 3 May 2021.",
    "The 1.2 km bridge over the strait cost 2 billion lira.",
    "Marlow Holdings said profits rose 8% to £120m in 2021.",
    "Profits at Marlow rose 9% to £125m in 2021, the company said.",
    "Dunmore Shipping said profits fell 8% to £120m in 2021.",
)


def yields(claim: str, passage: str) -> bool:
    """The audit's judge takes something from this direction: it supports, or contradicts
    by values only (a name in conflict is another fact)."""
    c, p = read_statement(claim), read_statement(passage)
    links = align(c, p)
    stance = decide(links, p)[0]
    if stance is Stance.SUPPORTS:
        return True
    return stance is Stance.CONTRADICTS and all(
        x.kind in VALUES and x.check is not None for x in links if x.relation == "conflict")


def test_a_frame_that_cannot_align_never_decides() -> None:
    said_no = decided = 0
    for claim, passage in permutations(HARBOUR, 2):
        if not frame_can_align(read_statement(claim), read_statement(passage)):
            said_no += 1
            assert not yields(claim, passage), (claim, passage)
        elif yields(claim, passage):
            decided += 1
    assert said_no > 20 and decided > 5  # the test tells both ways apart


def test_what_the_frame_test_rules_out() -> None:
    def can(claim: str, passage: str) -> bool:
        return frame_can_align(read_statement(claim), read_statement(passage))

    # a name the passage does not give, in any form
    assert not can(HARBOUR[10], HARBOUR[12])
    # a figure of another dimension only (a length against an amount of money)
    assert not can("The bridge at Kellport is 1.2 km long.",
                   "The bridge at Kellport cost 2 billion lira.")
    # a question states nothing
    assert not can(HARBOUR[0], HARBOUR[4])
    # the same country as a demonym, a figure in other words: may align
    assert can("Turkey opened the bridge on 3 May 2021.",
               "Turkish officials said the bridge opened on 3 May 2021.")
    assert can(HARBOUR[1], HARBOUR[0])


WORDS = ("the Kellport Marlow Turkey Turkish ferry carried fell rose 12 14 2,000 8% £120m "
         "passengers profits it said on 3 May 2021 in at 10am ?").split()
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=150, deadline=None)
@given(SENTENCE, SENTENCE)
def test_frame_test_is_necessary_for_any_text(claim: str, passage: str) -> None:
    if not frame_can_align(read_statement(claim), read_statement(passage)):
        assert not yields(claim, passage)


def test_the_audit_judges_the_same_with_and_without_the_frame_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the candidate pairs of the seeds and of the harbour story, judged both ways
    from factcheck.audit.blocks import Blocks

    harbour = Corpus.from_texts({f"h{n}.txt": text + "\n" for n, text in enumerate(HARBOUR)})
    pairs = []
    for corpus in (Corpus.from_path(str(SEEDS)), harbour):
        blocks = Blocks(corpus.index)
        sentence = conflicts._Sentences(blocks)
        for task in conflicts._tasks(blocks, sentence):
            pairs += [((sa, a, read_statement(a.text)), (sb, b, read_statement(b.text)))
                      for _, todo in task for (sa, a), (sb, b) in todo]
        blocks.close()

    def judged() -> list[list[object]]:
        return [conflicts.judge_pair(a, b) for a, b in pairs]

    with_test = judged()
    import factcheck.judge.frame as frame

    monkeypatch.setattr(frame, "frame_can_align", lambda claim, passage: True)
    assert judged() == with_test
    assert sum(map(bool, with_test)) >= 3
