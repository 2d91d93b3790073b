"""The judge's rules end to end, each on a small corpus far from the seeds: a verdict holds
only when the alignment of every unit of the claim says so (judge/align.py, stance.py)."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.results import Stance, Verdict

FESTIVAL = {
    "festival.txt": (
        "Harbour Lights Festival\n\n"
        "The Harbour Lights film festival opened in Kellport on Friday, June 7, 2024.\n"
        "The winning film, Salt Roads, was produced by Ada Brennan and directed by "
        "Tomas Reyes.\n"
        "Organisers said 12,400 tickets were sold, up from 9,800 last year.\n"
        "The jury did not award a prize for best documentary.\n"
        "Is the festival moving to a bigger venue next year?\n"
        "Mayor Ines Kovac said the town would not cut its grant to the festival.\n"
    ),
    "review.txt": (
        "Critics praised Salt Roads, which runs 104 minutes.\n"
        "The film was shot on the island of Veyra over six weeks.\n"
        "There in 2023, Reyes met the cinematographer Lena Okafor, who later joined the "
        "crew.\n"
    ),
}

TRANSFERS = {
    "club.txt": (
        "Northfield United have beaten Castle Rovers to the signing of striker Pablo Ibarra "
        "from Porto for a club record fee of about £18m.\n"
        "Ibarra, 24, scored 31 goals last season.\n"
        "The stadium, opened in 1998, holds 38,000 spectators.\n"
        "Northfield United won seven of their last nine league games.\n"
    ),
}

PORT = {
    "port.txt": (
        "Lanmouth dock strike ends\n\n"
        "The union called off the strike on Friday after two days of talks.\n"
        "Harbour master Owen Pryce stepped down in March.\n"
        "Owen Pryce thanked the crews on Monday.\n"
        "A delegation from the ministry held talks with dockers on Wednesday.\n"
        "Mayor Ines Kovac arrived in Lanmouth on Monday.\n"
        "She opened the new ferry terminal on Thursday.\n"
    ),
}


@pytest.fixture(scope="module")
def festival() -> Corpus:
    return Corpus.from_texts(FESTIVAL)


@pytest.fixture(scope="module")
def transfers() -> Corpus:
    return Corpus.from_texts(TRANSFERS)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # every unit found: names, words, the date
        ("The Harbour Lights festival opened in Kellport on June 7, 2024",
         Verdict.SUPPORTED),
        # a weekday beside a full date is checked against the calendar (a Friday)
        ("The Harbour Lights festival opened on Monday, June 7, 2024", Verdict.CONTRADICTED),
        # another name in the claim name's role: produced by Brennan, not Reyes
        ("Salt Roads was produced by Tomas Reyes", Verdict.CONTRADICTED),
        ("Salt Roads was directed by Tomas Reyes", Verdict.SUPPORTED),
        # a figure paired with the one counting the same thing; "from" and "to" apart
        ("Organisers said 12,400 tickets were sold", Verdict.SUPPORTED),
        ("Organisers said 14,200 tickets were sold", Verdict.CONTRADICTED),
        # amounts moving the same way are one relation ("rose" for "up from")
        ("Ticket sales rose from 9,800 to 12,400", Verdict.SUPPORTED),
        # a negation on one side only
        ("The jury awarded a prize for best documentary", Verdict.CONTRADICTED),
        ("The jury did not give a prize for best documentary", Verdict.SUPPORTED),
        # an opposite under a negation says the same; a question states nothing
        ("The town will keep its grant to the festival", Verdict.NOT_ENOUGH_INFO),
        ("The festival is moving to a bigger venue next year", Verdict.NOT_ENOUGH_INFO),
        # a measure in another unit is the same measure
        ("Salt Roads runs about 1.7 hours", Verdict.SUPPORTED),
        # an unaligned verb leaves the claim unsettled, however much else matches
        ("Critics condemned Salt Roads, which runs 104 minutes", Verdict.CONTRADICTED),
        ("Critics ignored the film Salt Roads", Verdict.NOT_ENOUGH_INFO),
        # the sentence before gives what "There" and the pronoun refer to
        ("Tomas Reyes met Lena Okafor in 2023", Verdict.SUPPORTED),
        ("Tomas Reyes met Lena Okafor in 2021", Verdict.CONTRADICTED),
    ],
)
def test_festival(festival: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, festival)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the claim's subject is the object of another verb there: not who signed
        ("Castle Rovers signed Pablo Ibarra from Porto", Verdict.NOT_ENOUGH_INFO),
        ("Northfield United signed Pablo Ibarra from Porto for about £18m", Verdict.SUPPORTED),
        ("Northfield United signed Pablo Ibarra for about £25m", Verdict.CONTRADICTED),
        # one passage figure agrees with one claim figure: "nine of nine" is not "seven"
        ("Northfield United won nine of their last nine league games",
         Verdict.CONTRADICTED),
        ("Northfield United won seven of their last nine league games", Verdict.SUPPORTED),
        # "24" is an age; the claim's figure is a count of goals
        ("Pablo Ibarra scored 24 goals last season", Verdict.CONTRADICTED),
        ("The stadium opened in 2008", Verdict.CONTRADICTED),
        # loose amounts far apart disagree; close ones do not
        ("Ibarra scored hundreds of goals last season", Verdict.CONTRADICTED),
        ("Ibarra scored dozens of goals last season", Verdict.SUPPORTED),
    ],
)
def test_transfers(transfers: Corpus, claim: str, verdict: Verdict) -> None:
    result = check(claim, transfers)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a verb and its particle are one verb: "called off" is "cancelled", not "called"
        ("The union cancelled the strike on Friday", Verdict.SUPPORTED),
        ("The union called the strike on Friday", Verdict.NOT_ENOUGH_INFO),
        ("Owen Pryce resigned in March", Verdict.SUPPORTED),
        ("Owen Pryce resigned in June", Verdict.CONTRADICTED),
        # the claim's subject comes from the sentence before only when the passage refers
        # back to it; here the ministry's delegation held the talks
        ("Owen Pryce held talks with dockers on Wednesday", Verdict.NOT_ENOUGH_INFO),
        ("Ines Kovac opened the new ferry terminal on Thursday", Verdict.SUPPORTED),
    ],
)
def test_port(claim: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts(PORT))
    assert result.verdict is verdict, result.reason


def test_a_claim_of_two_statements_is_checked_part_by_part(festival: Corpus) -> None:
    both = check("Salt Roads was directed by Tomas Reyes and it runs 104 minutes", festival)
    assert both.verdict is Verdict.SUPPORTED and len(both.parts) == 2
    one_wrong = check("Salt Roads was directed by Tomas Reyes; it runs 140 minutes", festival)
    assert one_wrong.verdict is Verdict.CONTRADICTED
    assert [p.verdict for p in one_wrong.parts] == [Verdict.SUPPORTED, Verdict.CONTRADICTED]
    assert one_wrong.reason.startswith("part 2 of 2")


def test_a_claim_one_passage_states_whole_is_not_split() -> None:
    # split, the second part ("... comes the day after his birthday") loses the words it
    # shares with the first; one passage states both, so the claim is read whole
    text = ("The band's number one is the 999th in chart history and comes the day after "
            "what would have been the singer's 70th birthday.")
    corpus = Corpus.from_texts({"chart.txt": f"Chart news\n\n{text}\n"})
    result = check(text, corpus)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert result.parts == ()
    # a passage that states only one part still does not support the whole
    partial = check("The band's number one is the 999th in chart history and sold 30,000 "
                    "copies in a week.", corpus)
    assert partial.verdict is not Verdict.SUPPORTED


def test_the_alignment_names_what_the_sources_do_not_say(festival: Corpus) -> None:
    result = check("Critics ignored the film Salt Roads", festival)
    assert "'ignored'" in result.reason
    best = result.evidence[0]
    assert best.stance is Stance.RELATED
    assert [(a.unit, a.relation) for a in best.alignment if a.claim == "ignored"] == [
        ("word", "unaligned")]


def test_a_speaker_is_named(festival: Corpus) -> None:
    result = check("The town will not cut its grant to the festival", festival)
    assert result.verdict is Verdict.SUPPORTED
    assert result.evidence[0].speaker == "Mayor Ines Kovac"


def test_a_headline_states_no_fact(festival: Corpus) -> None:
    result = check("Harbour Lights Festival", festival)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert all(e.stance is Stance.RELATED for e in result.evidence)


def test_a_name_alone_is_a_topic_with_evidence_but_no_verdict(festival: Corpus) -> None:
    result = check("Salt Roads", festival)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO and result.evidence
    assert "states no fact" in result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a verb that only says an event happened may be left out ("the 2019 treaty")...
        ("The treaty was signed in 2019", Verdict.SUPPORTED),
        # ...but not replaced by another verb in the same place
        ("The council signed the treaty in March", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_light_verb_is_not_excused_where_the_source_has_another(
        claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"treaty.txt": (
        "Border towns weigh water pact\n\n"
        "The 2019 treaty shares the river between the two valleys.\n"
        "The council rejected the treaty in March.\n")})
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason


ELECTION = {"count.txt": (
    "Harbour party leads the count\n\n"
    "Final results showed the conservative Harbour party winning 41 seats and the green "
    "Meadow party 12 seats.\n"
    "Ines Kovac was sworn into office as mayor on Monday.\n"
    "Turnout rose to 61.5%, a record high, with 30,000 postal votes counted.\n")}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a claim that opens "the green Meadow party" gives the Meadow party's figure:
        # the Harbour party's 41 seats do not contradict it
        ("The green Meadow party won 12 seats", Verdict.SUPPORTED),
        ("The green Meadow party won 14 seats", Verdict.CONTRADICTED),
        # a multiword verb written with its particle joined to "to"
        ("Ines Kovac was sworn in as mayor on Monday", Verdict.SUPPORTED),
        ("Turnout rose to 61.5%, a record high", Verdict.SUPPORTED),
    ],
)
def test_election(claim: str, verdict: Verdict) -> None:
    result = check(claim, Corpus.from_texts(ELECTION))
    assert result.verdict is verdict, result.reason


def test_a_measure_word_does_not_reach_across_a_clause_break() -> None:
    from factcheck.judge.statement import read_statement

    words = read_statement("Turnout hit a record high, with 30,000 postal votes.").words
    assert next(w for w in words if w.folded == "high").content
    words = read_statement("The wall is high 30 metres from the gate.").words
    assert not next(w for w in words if w.folded == "high").content


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a measure with a unit states the same amount whatever noun it qualifies...
        ("Northfield's 10-year borrowing costs climbed to 4.2%", Verdict.SUPPORTED),
        # ...but another amount for another noun is no conflict
        ("Northfield's 5-year borrowing costs climbed to 4.2%", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_measure_agrees_across_what_it_qualifies(claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"bonds.txt": (
        "Northfield pays more to borrow\n\n"
        "Northfield's borrowing costs rose to 4.2%, with 10-year bonds in demand.\n")})
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason


def test_a_surname_two_people_in_the_document_bear_is_neither_of_them() -> None:
    corpus = Corpus.from_texts({"bakery.txt": (
        "The Marsh family bakery turns fifty\n\n"
        "Tom Marsh and Lena Marsh run the Lanmouth bakery.\n"
        "Marsh was born in Leeds in 1960.\n")})
    result = check("Lena Marsh was born in York in 1962", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason


def test_a_figure_under_another_verb_is_another_fact() -> None:
    corpus = Corpus.from_texts({"floods.txt": (
        "Floods hit the valley\n\n"
        "Relief camps in the valley are housing more than 5,000 people.\n")})
    # "fled" is met nowhere; the camps' 5,000 are counted by "housing"
    result = check("Nearly 2,000 people have fled to the relief camps in the valley", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason
    result = check("Relief camps in the valley are housing 3,000 people", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_claim_about_what_no_one_does_gets_no_verdict() -> None:
    corpus = Corpus.from_texts({"ports.txt": (
        "Busy harbours\n\n"
        "Lanmouth remains the port with the most ferries in the county.\n")})
    result = check("No port in the county has more ferries than Lanmouth", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "no one or nothing" in result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The ferry was delayed by the storm", Verdict.SUPPORTED),
        # how often or how far the claim holds is part of what it says: a source that
        # does not say "repeatedly" does not bear out "repeatedly delayed"
        ("The ferry was repeatedly delayed by the storm", Verdict.NOT_ENOUGH_INFO),
        ("The ferry was often delayed by the storm", Verdict.NOT_ENOUGH_INFO),
        ("The first ferry to Holm was delayed by the storm", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_a_qualifying_adverb_is_not_left_out_of_support(claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"ferry.txt": (
        "Island crossing resumes\n\n"
        "The morning ferry to Holm was delayed by the storm on Friday.\n")})
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a one-sentence document whose subject refers back is about what the claim names
        ("The Brightwater mill was rebuilt in 1911", Verdict.SUPPORTED),
        # a "the" inside its first words is no subject standing for the claim's name
        ("Halvorsen tested the pump on Tuesday", Verdict.NOT_ENOUGH_INFO),
    ],
)
def test_only_a_subject_that_refers_back_stands_for_the_claims_name(
        claim: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({
        "mill.txt": "The mill was rebuilt in 1911.\n",
        "pump.txt": "To find the fault, engineers tested the pump on Tuesday.\n",
    })
    result = check(claim, corpus)
    assert result.verdict is verdict, result.reason
