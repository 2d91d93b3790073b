"""The seventeenth round's readings, each on a small corpus of our own: the main verb
after an aside that follows the opening name ("The Tarn Belle, carrying a Kestrel crew,
was built by ..."), an acronym that opens a sentence as a name and not a plural noun,
and the office written as a title before the name ("Harbour master Mark Dunn said")
as the role a claim gives its name with a comma."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.entities import may_stand_for
from factcheck.judge.statement import read_statement
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


# --- the main verb after an aside -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "verb", "aside"),
    [
        ("The Tarn Belle, carrying a Kestrel crew, was built by Marlow Yards.",
         "built", {"carrying", "Kestrel", "crew"}),
        ("Harwick Rovers, founded by dockers, won the regatta cup.",
         "won", {"founded", "dockers"}),
    ],
)
def test_the_main_verb_comes_after_an_aside_on_the_opening_name(
        text: str, verb: str, aside: set[str]) -> None:
    statement = read_statement(text)
    assert statement.verb is not None
    assert statement.words[statement.verb].text == verb
    assert {w.text for w in statement.words if w.detail} >= aside


@pytest.mark.parametrize("text", ["Lund, Berg, and Brill won the heats.",
                                  "Tarn, Marlow, Harwick and Lund sent crews."])
def test_commas_that_part_a_list_make_no_aside(text: str) -> None:
    statement = read_statement(text)
    assert not any(w.detail for w in statement.words)


def test_a_sentence_without_an_aside_keeps_its_first_verb() -> None:
    statement = read_statement("Marlow Yards built the Tarn Belle, a ferry, in 1990.")
    assert statement.verb is not None
    assert statement.words[statement.verb].text == "built"
    assert not any(w.detail for w in statement.words if w.text == "ferry")


def test_another_builder_contradicts_past_the_aside() -> None:
    # a control: the role after "by" was read before the round too
    passage = "The Tarn Belle, which carried the regatta's judges for a decade, was " \
        "built by Kestrel Marine."
    claim = "The Tarn Belle, carrying the regatta judges, was built by Marlow Yards."
    result = _check(claim, passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Kestrel Marine" in result.reason
    # the builder the passage names bears the claim out
    assert _check("The Tarn Belle, carrying the regatta judges, was built by Kestrel "
                  "Marine.", passage).verdict != Verdict.CONTRADICTED


# --- an acronym opening a sentence ------------------------------------------------------

def test_an_acronym_opening_a_sentence_is_a_name() -> None:
    # "cds" is a plural noun to WordNet, and a first word WordNet knows is not a name
    statement = read_statement("CDS leader Ada Brill said more ferry stoppages were likely.")
    assert "CDS" in {n.text for n in statement.names}
    # a common word opening a sentence stays a word
    assert not read_statement("Ferries ran late on Monday.").names


def test_an_acronym_is_no_plural_nickname() -> None:
    # "cds" is also the plural of "cd": written in capitals it is an acronym
    (acronym,) = read_statement("Ada Brill praised the CDS.").names[1:]
    (nickname,) = read_statement("Ada Brill praised the Harriers.").names[1:]
    (club,) = read_statement("Ada Brill praised Harwick Town.").names[1:]
    assert not may_stand_for(acronym, club)
    assert may_stand_for(nickname, club)


def test_another_union_before_the_same_leader_is_a_conflict() -> None:
    passage = "CDS leader Ada Brill said more ferry stoppages were likely over the new rota."
    result = _check("RMT leader Ada Brill said more ferry stoppages were likely over the "
                    "new rota.", passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "CDS" in result.reason


# --- the office as a title before the name ----------------------------------------------

def test_the_office_before_another_name_is_a_conflict() -> None:
    passage = "Harbour master Tom Berg said the ferry timetable would change in May."
    result = _check("Ada Brill, the harbour master, said the ferry timetable would change "
                    "in May.", passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Tom Berg" in result.reason
    assert _check("Tom Berg, the harbour master, said the ferry timetable would change "
                  "in May.", passage).verdict == Verdict.SUPPORTED


def test_a_name_after_the_office_and_a_comma_is_not_the_title_reading() -> None:
    # "the harbour master, in May, ..." names nobody after the office
    passage = "The harbour master said the ferry timetable would change in May."
    result = _check("Ada Brill, the harbour master, said the ferry timetable would "
                    "change in May.", passage)
    assert result.verdict != Verdict.CONTRADICTED


# --- second part: names cut short, offices, descriptors, a party after the object -------

@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        (("harb", "cons"), ("harbour", "conservancy"), True),
        (("harb", "serv"), ("harbour", "services"), True),
        (("ada", "brill"), ("adam", "brillo"), False),  # a letter more: another person
        (("tarn",), ("tarnland",), False),  # one word: no cut-short name
    ],
)
def test_a_name_cut_short_word_by_word(short: tuple[str, ...], full: tuple[str, ...],
                                       same: bool) -> None:
    from factcheck.judge.naming import name_match

    assert (name_match(short, full)[0] > 0) == same


def test_a_party_written_short_is_the_same_party() -> None:
    passage = "Harb Cons ferry spokesman Tom Berg also argued that the timetable needed " \
        "an overhaul."
    result = _check("Harbour Conservancy ferry spokesman Ada Lund argued that the timetable "
                    "needed an overhaul.", passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Tom Berg" in result.reason and "Harb Cons" not in result.reason


def test_another_holder_of_the_same_office_is_a_conflict() -> None:
    passage = "Harbour Secretary Tom Berg on Monday set out a scheme of new ferry tolls."
    result = _check("Harbour Secretary Ada Lund set out a scheme of new ferry tolls on "
                    "Monday.", passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Tom Berg" in result.reason
    # one title word may be any country's or any firm's office: no conflict from it
    one = _check("Chancellor Ada Lund set out a scheme of new ferry tolls on Monday.",
                 "Chancellor Tom Berg on Monday set out a scheme of new ferry tolls.")
    assert one.verdict != Verdict.CONTRADICTED


def test_the_office_after_a_quotation_and_a_comma_names_the_speaker() -> None:
    passage = 'The drop "came mostly from the storms", ferry office chief Tom Berg said.'
    result = _check("Ada Lund, head of the ferry office, said the drop came mostly from "
                    "the storms.", passage)
    link = next(a for a in result.evidence[0].alignment if a.claim == "Ada Lund")
    assert (link.relation, link.source) == ("conflict", "Tom Berg")


def test_a_name_that_says_whose_office_is_a_detail_of_the_person() -> None:
    passage = "The toll figure is only a first guess, port governor Ada Lund told the " \
        "council, and could climb in 2031."
    claim = "Tarnland harbour port governor Ada Lund said the toll figure could not climb " \
        "in 2031."
    assert _check(claim, passage).verdict == Verdict.CONTRADICTED
    # without the title between, the first name is a name of its own
    statement = read_statement("Tarnland Ada Lund said the estimate could not rise.")
    from factcheck.judge.naming import describes_next

    assert not describes_next(0, statement.names, statement.words)


def test_a_party_after_the_verbs_object_takes_its_role() -> None:
    passage = "Harwick lost to Marlow Rowing Club in the regatta final on Sunday."
    result = _check("Harwick lost the regatta final to Tarn Rowing Club.", passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "Marlow Rowing Club" in result.reason and "after 'lost'" in result.reason
    assert _check("Harwick lost the regatta final to Marlow Rowing Club.",
                  passage).verdict == Verdict.SUPPORTED
    # a place after "in" is where, not who: no role to conflict in
    where = _check("The Harwick crew signed the skipper in Tarnland.",
                   "The Harwick crew signed the skipper in Marlow last spring.")
    assert "after 'signed'" not in where.reason


# --- third part: an age after a name, a name the claim gives before the figure ----------

def test_an_age_after_a_name_is_compared_with_an_age_only() -> None:
    passage = "The 52-year-old was in the harbour town to open a ferry museum, which " \
        "has drawn 9,000 passengers since it opened in June."
    result = _check("Ada Brill, 57, was in Marlow to open a ferry museum.",
                    "Ada Brill is a ferry captain.", passage)
    figures = [a for e in result.evidence for a in e.alignment if a.unit == "figure"]
    assert ("conflict", "52-year-old") in {(a.relation, a.source) for a in figures}
    assert "9,000" not in {a.source for a in figures}


def test_a_name_the_claim_gives_before_the_figure_is_no_one_else() -> None:
    # the cup is named before the year: the record is still Harwick's
    passage = "The old Tarn Cup course best was set in 1994 by Harwick Rowing Club with " \
        "a time of six minutes."
    result = _check("Harwick Rowing Club set the old Tarn Cup course best in 1996.",
                    passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "1994" in result.reason
    # a name the claim gives that does something before the figure still owns it
    other = "Tarn Marine took a £6m bid from Kestrel Yards and turned down Marlow " \
        "Boats' larger bid."
    assert _check("Marlow Boats' bid for Tarn Marine was worth £9m.",
                  other).verdict != Verdict.CONTRADICTED


def test_an_age_after_a_name_still_meets_a_bare_figure_where_no_age_is_given() -> None:
    # "at age 31" is no age the reader knows: the figure stays a candidate, so the
    # claim's figures are all met and the year settles it
    passage = "Ada Lund first won a seat on the harbour board at age 31 in 1989."
    result = _check("Ada Lund, 58, first won a seat on the harbour board in 1991.", passage)
    assert result.verdict == Verdict.CONTRADICTED
    assert "1991" in result.reason


# --- an age set beside a name is also a part of its own --------------------------------

@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        ("Ada Lund, 58, and Tom Berg were named captains of the year.",
         ["Ada Lund, 58, and Tom Berg were named captains of the year.",
          "Ada Lund is 58 years old"]),
        ("Ada Lund, 58, was in Marlow on Sunday.",
         ["Ada Lund, 58, was in Marlow on Sunday.", "Ada Lund is 58 years old"]),
        # a list with a number in it stays whole
        ("Tarn, 12, Marlow and Harwick sent crews.",
         ["Tarn, 12, Marlow and Harwick sent crews."]),
    ],
)
def test_an_age_beside_a_name_is_also_a_part_of_its_own(claim: str,
                                                         parts: list[str]) -> None:
    from factcheck.judge.parts import split_claim

    assert split_claim(claim) == parts


def test_an_age_is_checked_wherever_the_document_gives_it() -> None:
    story = ["Ada Lund and Tom Berg were named captains of the year by the harbour board.",
             "Lund, 56, has sailed the Tarn route for thirty years."]
    result = _check("Ada Lund, 58, and Tom Berg were named captains of the year.", *story)
    assert result.verdict == Verdict.CONTRADICTED
    assert "56" in result.reason
    # an age no passage gives leaves the claim unsettled, as it did whole
    assert _check("Ada Lund, 61, and Tom Berg were named captains of the year.",
                  story[0]).verdict == Verdict.NOT_ENOUGH_INFO


# --- what a figure is a rate of ---------------------------------------------------------

def test_a_rate_of_another_unit_does_not_bear_the_claim_out() -> None:
    passage = "The rise followed a jump in Tarn diesel prices to a record £1.62 a gallon."
    claim = "Tarn diesel prices jumped to a record £1.62 a litre."
    assert _check(claim, passage).verdict is not Verdict.SUPPORTED
    assert _check("Tarn diesel prices jumped to a record £1.62 a gallon.",
                  passage).verdict is Verdict.SUPPORTED


def test_a_rate_of_time_is_not_held_to_its_word() -> None:
    assert not read_statement("A berth costs £900 a year.").rate_units
    statement = read_statement("Diesel costs £1.62 per litre.")
    (k,) = statement.rate_units
    assert statement.words[k].text == "litre"
