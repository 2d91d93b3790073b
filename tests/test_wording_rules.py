"""General wording rules, each on a small corpus far from the seeds (a flood, a council,
a factory): words used interchangeably, opposites, a capitalised first word that is no
name, and a claim figure that a matching date cannot vouch for."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.claims import analyse
from factcheck.judge.names import settle_opening_word
from factcheck.results import Verdict

TEXTS = {
    "flood.txt": (
        "Floodwater forced 4,000 individuals from their homes in the river valley.\n"
        "The weather office cautioned that a second storm could arrive within days.\n"
        "Rescue crews said the emergency shelters were capable of housing everyone.\n"
        "On Sunday, a landslide killed five firefighters and one volunteer driver near "
        "the dam, and injured nine others.\n"
    ),
    "council.txt": (
        "The council has not obtained the funding the ministry promised for the new bridge.\n"
        "Local papers ignored the mayor's latest statement on the bridge.\n"
        "Opposition councillors said the regime of fines for late payment was unfair.\n"
        "The regime of fines was introduced by the council in 2019, and the council's "
        "regime of inspections followed a year later.\n"
        "Residents celebrated the news that the old mill would be restored.\n"
        "The mayor said the dispute could not be settled if the builders do not return.\n"
        "The ferry company, which is owned by the port authority, cut its winter fares.\n"
        "Engineers said the ferry cannot use the old pier until the spring repairs.\n"
        "The harbour committee will hold a tripartite meeting with the unions and the "
        "ministry in May.\n"
    ),
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_texts(TEXTS)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # people = individuals: the figure is compared, not skipped
        ("Floodwater forced 4,000 people from their homes", Verdict.SUPPORTED),
        ("Floodwater forced 9,000 people from their homes", Verdict.CONTRADICTED),
        # warned = cautioned
        ("The weather office warned that a second storm could arrive", Verdict.SUPPORTED),
        # received = obtained, under the source's negation
        ("The council has received the funding the ministry promised", Verdict.CONTRADICTED),
        # unable is the opposite of capable
        ("Rescue crews said the emergency shelters were unable to house everyone",
         Verdict.CONTRADICTED),
        # reported is the opposite of ignored
        ("Local papers reported the mayor's latest statement", Verdict.CONTRADICTED),
        # opposites of the source's verb
        ("Residents mourned the news that the old mill would be restored",
         Verdict.CONTRADICTED),
        # a negated opposite says what the source says
        ("Local papers did not report the mayor's latest statement", Verdict.SUPPORTED),
        # a word a negation governs on one side only, though both sides have a "not"
        ("The mayor said the dispute could be settled even if the builders do not return",
         Verdict.CONTRADICTED),
        ("The mayor said the dispute could not be settled if the builders do not return",
         Verdict.SUPPORTED),
        # "able to" is "can", "unable to" is "cannot"
        ("Engineers said the ferry is able to use the old pier", Verdict.CONTRADICTED),
        ("Engineers said the ferry is unable to use the old pier", Verdict.SUPPORTED),
        # a number word joined to a noun is an adjective, not a count to find
        ("The harbour committee will hold a three-way meeting with the unions in May",
         Verdict.SUPPORTED),
        # a negated claim is never borne out by a passage that negates nothing
        ("The ferry company is not owned by the port authority", Verdict.CONTRADICTED),
        ("The ferry company that the port authority owns did not cut its winter fares",
         Verdict.CONTRADICTED),
        ("Residents did not object to the news that the old mill would be restored",
         Verdict.NOT_ENOUGH_INFO),
        # a matching day does not vouch for the claim's own figure
        ("On Sunday, a landslide killed twelve firefighters near the dam",
         Verdict.CONTRADICTED),
        ("A landslide killed 40 hikers near the dam on Sunday", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_wording(corpus: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason


def test_a_capitalised_first_word_the_sources_write_in_lower_case_is_no_name(
    corpus: Corpus,
) -> None:
    terms = settle_opening_word(analyse("Regime of fines was introduced in 2019"),
                                corpus.index)
    assert "regim" not in terms.entities and "regime" not in terms.entities
    # a word the sources capitalise mid-sentence stays a name
    kept = settle_opening_word(analyse("Floodwater forced people out"), corpus.index)
    assert kept.entities == analyse("Floodwater forced people out").entities
    # a run of capitals is a name whatever the sources do
    run = settle_opening_word(analyse("Regime Watch said fines were unfair"), corpus.index)
    assert run.entities == analyse("Regime Watch said fines were unfair").entities


SWAPS = {
    "ferries.txt": (
        "Under its licence from Marlow, Dunmore has 14 ferries on the estuary.\n"
        "Eastport and Westhaven share 9 tugboats in the harbour.\n"
        "Several Dunmore tugboats sailed on Friday.\n"
    ),
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the claim's subject is named, but not as the one that has them; having is not
        # exclusive (Marlow may have ferries too), so the source does not settle it
        ("Marlow has 14 ferries on the estuary", Verdict.NOT_ENOUGH_INFO),
        ("Dunmore has 14 ferries on the estuary", Verdict.SUPPORTED),
        # both named in the subject: no swap
        ("Eastport shares 9 tugboats in the harbour", Verdict.SUPPORTED),
    ],
)
def test_another_name_in_the_subject_slot(claim: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts(SWAPS))
    assert result.verdict is verdict, result.reason
