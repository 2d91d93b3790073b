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

