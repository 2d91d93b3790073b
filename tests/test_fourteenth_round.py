"""The fourteenth round's readings, each on a small corpus of our own: what others report
is not stated ("denied reports that it sold ..."), a count for each of several things is
not a total ("eight kiosks in each district"), a passage with a named subject of its own
is about that one, a nationality before a surname is the person ("Italian Berg"), and a
noun after "was a strong" is the claim's predicate."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.mood import REPORTED
from factcheck.judge.naming import name_match
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


def _reported(text: str) -> set[str]:
    return {w.folded for w in read_statement(text).words if w.mood == REPORTED}


# --- hearsay -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Kestrel denied reports that it sold cheap seats", {"sold", "seats"}),
        ("There were rumours that the club would move", {"move"}),
        ("Lund faces allegations that he hid the takings", {"hid"}),
        ("Amid speculation that the mill will shut, shares fell", {"shut"}),
        # the clause ends at its comma
        ("Kestrel dismissed claims that it sold tickets, and shares rose", {"sold",
                                                                          "tickets"}),
        # the same word as a verb after its subject: the speaker's claim, evidence
        ("Kestrel reports that it sold 2,000 tickets", set()),
        ("It claims that the mill will shut", set()),
        ("The tool, the oldest, reports that the mill will shut", set()),
        # a plain "that" clause after a verb is left as it is
        ("The council said that the mill will shut", set()),
    ],
)
def test_hearsay_clauses_are_marked_reported(text: str, reported: set[str]) -> None:
    assert _reported(text) == reported


@pytest.mark.parametrize(
    "source",
    [
        "Kestrel denied reports that it sold cheap seats to fill the stand.",
        "Kestrel said rumours that it sold cheap seats to fill the stand were untrue.",
        "There were rumours that Kestrel sold cheap seats to fill the stand.",
    ],
)
@pytest.mark.parametrize(
    "claim",
    ["Kestrel sold cheap seats to fill the stand.",
     "Kestrel did not sell cheap seats to fill the stand."],
)
def test_what_others_report_settles_nothing(source: str, claim: str) -> None:
    result = _check(claim, source)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "only as others report it" in result.reason


def test_a_speakers_own_report_still_counts() -> None:
    result = _check("Kestrel sold 2,000 tickets.", "Kestrel reports that it sold 2,000 tickets.")
    assert result.verdict is Verdict.SUPPORTED


# --- names ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("described", "full", "same"),
    [
        (("italian", "berg"), ("marco", "berg"), True),
        (("scottish", "okafor"), ("kwame", "okafor"), True),
        # a country or a word of the dictionary before the claim's surname: another name
        (("french", "open"), ("us", "open"), False),
        (("british", "ballet"), ("royal", "ballet"), False),
        (("italian", "berg"), ("marco", "lund"), False),
    ],
)
def test_a_nationality_before_a_surname_is_the_person(described: tuple[str, ...],
                                                      full: tuple[str, ...],
                                                      same: bool) -> None:
    assert bool(name_match(full, described)[0]) is same


def test_a_nationality_and_surname_bear_out_the_full_name() -> None:
    result = _check("Marco Berg joined Kellport in March 2011.",
                    "Berg sacked by Kellport",
                    "Marco Berg has been sacked as Kellport coach.",
                    "Italian Berg joined Kellport in March 2011.")
    assert result.verdict is Verdict.SUPPORTED


def test_another_tournament_is_still_another_name() -> None:
    result = _check("Ada Brill won the French Open in 2004.", "Ada Brill won the US Open in 2004.")
    assert result.verdict is Verdict.CONTRADICTED


# --- predicates ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Lund was a fierce opponent of the toll", "opponent"),
        ("Lund was an early and fierce critic of the plan", "critic"),
        ("The toll is a burden for drivers", "burden"),
    ],
)
def test_a_noun_after_be_and_its_adjectives_is_the_predicate(text: str, predicate: str
                                                             ) -> None:
    statement = read_statement(text)
    assert {statement.words[i].folded for i in statement.predicates} >= {predicate}


def test_a_passage_with_another_predicate_noun_does_not_bear_the_claim_out() -> None:
    claim = "Sir Tom Lund was a fierce opponent of the Kell-Tarn toll."
    against = _check(claim, "Sir Tom was a fierce supporter of the Kell-Tarn toll and "
                     "was well liked in Tarn.")
    assert against.verdict is Verdict.NOT_ENOUGH_INFO
    same = _check(claim, "Sir Tom was a fierce opponent of the Kell-Tarn toll and was "
                  "well liked in Tarn.")
    assert same.verdict is Verdict.SUPPORTED


# --- passives --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "source",
    [
        "The best kit award was won by Okafor.",
        "Harwick missed out on the best kit award, which was won by Okafor, the other "
        "favourite.",
    ],
)
def test_an_irregular_participle_with_its_doer_is_a_passive(source: str) -> None:
    """"won" is a noun of its own too, but "was won by Okafor" names who won."""
    assert _check("Harwick won the best kit award.", source).verdict is \
        Verdict.CONTRADICTED
    assert _check("Okafor won the best kit award.", source).verdict is Verdict.SUPPORTED


# --- a name the document gave, qualifying a noun -------------------------------------

_RIGHTS = ("Tarn Line orders ferries for a record sum",
           "The council has paid £40m for twelve boats.",
           "Passengers will see more crossings than ever.",
           "Each new harbour ferry now costs the council £3.2m, up from £2.9m in 2020.")


def test_the_noun_a_document_name_qualifies_refers_back_to_it() -> None:
    """"each new harbour ferry" in a report on the Tarn Line is a Tarn Line ferry."""
    result = _check("The cost of each new Tarn Line ferry fell from £3.2m to £2.9m.",
                    *_RIGHTS)
    assert result.verdict is Verdict.CONTRADICTED
    result = _check("The cost of each new Tarn Line ferry rose from £2.9m to £3.2m.",
                    *_RIGHTS)
    assert result.verdict is Verdict.SUPPORTED


def test_a_noun_the_passage_gives_another_name_does_not_refer_back() -> None:
    result = _check("The cost of each new Tarn Line ferry fell from £3.2m to £2.9m.",
                    *_RIGHTS[:3],
                    "Each new Kell Line ferry now costs the council £3.2m, up from £2.9m in "
                    "2020.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO


def test_a_bare_noun_with_no_name_of_its_own_refers_back_too() -> None:
    """"while ferry fares rose" in a report on Tarnish prices is Tarnish."""
    lines = ("Tarnish prices climb again",
             "Official figures were mixed on Friday.",
             "Ferry fares rose sharply in May, the harbour office said.")
    assert _check("Tarnish ferry fares fell sharply in May.", *lines
                  ).verdict is Verdict.CONTRADICTED
    assert _check("Tarnish ferry fares rose sharply in May.", *lines
                  ).verdict is Verdict.SUPPORTED


def test_a_noun_after_the_claims_own_possessive_name_refers_back() -> None:
    lines = ("Kestrel fined over Tarn Regatta crash",
             "Regulators acted after complaints.",
             "Kestrel was fined $71,000 over Ada Brill's \"rudder failure\".")
    result = _check("Kestrel was fined $71m over Ada Brill's Tarn Regatta rudder failure.",
                    *lines)
    assert result.verdict is Verdict.CONTRADICTED


# --- one person, two ways of writing the name ---------------------------------------

def test_a_nationality_and_surname_is_no_other_bearer_of_the_surname() -> None:
    """"Italian Berg" in the document does not make "Berg" ambiguous for "Marco Berg"."""
    lines = ("Berg sacked by Kellport",
             "Coach Marco Berg has been sacked by Kellport after eight months.",
             "Italian Berg joined the crew in March 2011.",
             "Berg first skippered Kellport in 2003.")
    assert _check("Marco Berg first skippered Kellport in 2005.", *lines
                  ).verdict is Verdict.CONTRADICTED
    assert _check("Marco Berg first skippered Kellport in 2003.", *lines
                  ).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "name", "figures"),
    [
        ("Skyrunner 2 sold 8,000 copies by Easter.", "Skyrunner 2",
         ["8,000"]),
        ("Kestrel Skyrunner 2's new colours did well.", "Kestrel Skyrunner 2",
         []),
        # a number that counts what follows it is a figure
        ("Tarn 2 ferries sank in the storm.", "", ["2"]),
        ("Harwick scored 2 goals.", "Harwick", ["2"]),
    ],
)
def test_a_number_after_a_name_before_a_verb_is_part_of_the_name(
        text: str, name: str, figures: list[str]) -> None:
    statement = read_statement(text)
    assert [q.text for q in statement.quantities] == figures
    if name:
        assert name in [n.text for n in statement.names]


def test_take_place_is_a_verb_that_only_says_an_event_happens() -> None:
    """"is due to take place in October" against "the Tarn summit at Kellport in June"."""
    result = _check("The Tarn summit at Kellport is due to take place in October.",
                    "Leaders are preparing for the Tarn summit at Kellport in June.")
    assert result.verdict is Verdict.CONTRADICTED


# --- who reports a finding -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("A Harwick report found that a third of users sail weekly", {"report", "found"}),
        ("Figures show the economy grew by 2%", {"figures", "show"}),
        ("The survey suggests most drivers agree", {"survey", "suggests"}),
        # a finding of another kind: the verb is the fact itself
        ("Police found a body in the river", set()),
        ("The report was published on Monday", set()),
    ],
)
def test_a_source_noun_and_its_reporting_verb_are_an_attribution(text: str,
                                                                 attribution: set[str]
                                                                 ) -> None:
    statement = read_statement(text)
    assert {statement.words[i].folded for i in statement.attributions} == attribution


def test_a_passage_may_give_the_finding_with_according_to() -> None:
    result = _check("A Harwick report found that a third of Danish drivers use the ferry "
                    "daily.",
                    "A third of drivers in Denmark use the ferry daily, according to a report "
                    "by Harwick.")
    assert result.verdict is Verdict.SUPPORTED


def test_come_is_a_verb_of_little_meaning_of_its_own() -> None:
    """"comes from Kellport" is "from Kellport"; "comes a week after" is "a week after"."""
    assert _check("Ada Brill, who comes from Kellport, rowed for Tarn in 1988.",
                  "Ada Brill, from Kellport, rowed for Tarn in 1988."
                  ).verdict is Verdict.SUPPORTED
    assert _check("The Marlow regatta comes a week after the crew's first race at Kellport.",
                  "The Marlow regatta will be held on 9 May, a week after the crew's first "
                  "race at Kellport.").verdict is Verdict.SUPPORTED


def test_an_age_belongs_to_the_person_whatever_names_describe_them() -> None:
    """"The 42-year-old former Denmark captain": Denmark does not own the age."""
    source = ("The 42-year-old former Denmark captain said goodbye to the Kellport crew "
              "on Friday.")
    claim = "Marco Berg, {age}, said goodbye to the Kellport crew."
    assert _check(claim.format(age=42), source).verdict is Verdict.SUPPORTED
    assert _check(claim.format(age=45), source).verdict is Verdict.CONTRADICTED


# --- ratios ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("The plan will close one in five harbour offices.", 20.0),
        ("One in ten riders travel at dawn.", 10.0),
        ("One out of four voters stayed at home.", 25.0),
        ("Three in 10 ferries run late.", 30.0),
    ],
)
def test_one_in_five_is_a_proportion(text: str, percent: float) -> None:
    from factcheck.quantities.quantities import extract_quantities

    shares = [q for q in extract_quantities(text) if q.dimension == "percent"]
    assert [round(q.value, 3) for q in shares] == [percent]


@pytest.mark.parametrize(
    "text",
    ["He scored two in five minutes.", "Harwick won one in 2004.", "It rose one in 5%."],
)
def test_counts_beside_in_are_no_proportion(text: str) -> None:
    from factcheck.quantities.quantities import extract_quantities

    assert not any(q.dimension == "percent" and "in" in q.text.split()
                   for q in extract_quantities(text))


def test_a_proportion_meets_a_percentage() -> None:
    source = "The plan will close one in five harbour offices in Tarn."
    assert _check("The plan will close 20 percent of Tarn's harbour offices.", source
                  ).verdict is Verdict.SUPPORTED
    assert _check("The plan will close 30 percent of Tarn's harbour offices.", source
                  ).verdict is Verdict.CONTRADICTED


def test_more_before_a_word_and_than_is_a_comparison() -> None:
    """"more likely than bus drivers" is not borne out by "less likely than ..."."""
    claim = "Ferry pilots in Tarn are more likely than bus drivers to own a boat."
    against = _check(claim, "The survey said ferry pilots in Tarn are less likely than bus "
                     "drivers to own a boat.")
    assert against.verdict is Verdict.CONTRADICTED
    same = _check(claim, "The survey said ferry pilots in Tarn are more likely than bus "
                  "drivers to own a boat.")
    assert same.verdict is Verdict.SUPPORTED


def test_an_opposite_in_the_words_place_outweighs_a_synonym_further_on() -> None:
    """"index fell to 48.5, a bigger drop": "rose" meets "fell", not "bigger"."""
    source = ("The Kellport Traders Association said its shipping index fell to 48.5, a "
              "bigger drop than forecast.")
    assert _check("The Kellport Traders Association said its shipping index rose to 48.5.",
                  source).verdict is Verdict.CONTRADICTED
    assert _check("The Kellport Traders Association said its shipping index fell to 48.5.",
                  source).verdict is Verdict.SUPPORTED
