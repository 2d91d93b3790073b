"""Claims about the seed articles in words of our own (not the dev claims): number words,
units, negations, opposites, other dates and figures, and claims the seeds cannot settle.

The rules are general English; this set checks that they hold on the real, messy seed
copy as a whole, the way an editor would use the tool.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import Corpus, check
from tests.conftest import SEEDS

CLAIMS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "seed-claims-other-words.jsonl").open()
    if line.strip()
]


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus.from_texts({p.name: p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))})


def _verdict(claim: dict[str, str], corpus: Corpus) -> str:
    got = check(claim["claim"], corpus).verdict.value
    if claim["kind"] == "conflict" and got == "DISPUTED":
        return claim["label"]  # the sources disagree: flagging it is right too
    return got


def test_most_claims_in_other_words_get_the_right_verdict(seeds: Corpus) -> None:
    misses = [(c["claim"], c["label"], got) for c in CLAIMS
              if (got := _verdict(c, seeds)) != c["label"]]
    assert len(misses) <= len(CLAIMS) // 10, misses


@pytest.mark.parametrize("label", ["SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_INFO"])
def test_every_label_is_mostly_right(seeds: Corpus, label: str) -> None:
    mine = [c for c in CLAIMS if c["label"] == label]
    right = sum(_verdict(c, seeds) == label for c in mine)
    assert len(mine) >= 8 and right >= 0.85 * len(mine)


# Three sets written later by reviewers who saw neither the code nor each other's claims
# (ids and the claims whose right answer they were unsure of dropped): 37/63, 42/74 and
# 51/62 when written, before the rules they led to. Most misses left are paraphrases far
# from the source's words and arithmetic across sentences (see docs/accuracy.md).
FRESH = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "seed-claims-fresh.jsonl").open()
    if line.strip()
]


def test_fresh_claims_mostly_right(seeds: Corpus) -> None:
    right = sum(_verdict(c, seeds) == c["label"] for c in FRESH)
    assert len(FRESH) >= 190 and right >= 0.7 * len(FRESH)


def test_fresh_claims_the_seeds_cannot_settle_are_not_given_a_verdict(seeds: Corpus) -> None:
    # the worse error for an editor: a verdict on what the sources never say
    unsettled = [c for c in FRESH if c["label"] == "NOT_ENOUGH_INFO"]
    wrong = [c["claim"] for c in unsettled if _verdict(c, seeds) != "NOT_ENOUGH_INFO"]
    assert len(unsettled) >= 15 and len(wrong) <= len(unsettled) // 10, wrong
