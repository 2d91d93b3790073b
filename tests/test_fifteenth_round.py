"""The fifteenth round's readings, each on a small corpus of our own: a web address is
one word ("kestrel.no" holds no "no"), a spelled number inside a name is no figure
("Harwick's Eleven"), a converse needs the other name in the verb's own clause, another
ordinal conflicts only as the rank of the same thing, and "the most" is a qualifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement, tokens
from factcheck.quantities.quantities import extract_quantities
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


# --- web addresses --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The kestrel.no site went online in May.", "kestrelno"),
        ("Visit www.harwick-ferries.co.uk today.", "wwwharwick-ferriescouk"),
        ("Marlow.com sold more seats.", "marlowcom"),
    ],
)
def test_a_web_address_is_one_word(text: str, word: str) -> None:
    assert word in [folded for _, folded, *_ in tokens(text)]


@pytest.mark.parametrize("text", ["He left.The ferry sailed.", "Mr. Berg said so.",
                                  "It rose 3.5 points."])
def test_a_full_stop_between_words_still_parts_them(text: str) -> None:
    assert not any("." in written and written[:1].isalpha() and not written.endswith(".")
                   for written, *_ in tokens(text))


def test_a_web_address_ending_in_no_negates_nothing() -> None:
    statement = read_statement("Visitors to kestrel.no chose Okafor as rower of the year.")
    assert not any(w.negated for w in statement.words)
    result = _check("Visitors to kestrel.no chose Okafor as rower of the year.",
                    "Okafor was chosen as rower of the year by visitors to kestrel.no.")
    assert result.verdict == Verdict.SUPPORTED


def test_a_claim_with_a_web_address_is_not_borne_out_without_it() -> None:
    result = _check("Bookings through kestrel.no doubled after the regatta in Harwick.",
                    "Bookings through the club's site doubled after the regatta in Harwick.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


# --- spelled numbers in names ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    ["Harwick's Eleven sold $4.2m of tickets.", "The Big Four met in Tarn.",
     "It was shown on Channel Four."],
)
def test_a_capitalised_number_after_a_name_is_part_of_it(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.value in (11, 4)]


@pytest.mark.parametrize("text", ["Eleven boats sailed to Tarn.", "Lund saw eleven boats."])
def test_a_number_opening_a_sentence_or_in_lower_case_is_a_figure(text: str) -> None:
    assert [q.value for q in extract_quantities(text)] == [11]


def test_a_ferry_named_with_a_number_has_only_its_passengers_as_figures() -> None:
    statement = read_statement("The ferry Harwick Eleven carried 420 passengers in May.")
    assert [q.value for q in statement.quantities] == [420]


# --- converses ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "source",
    ["Lund won the coin toss in the Tarn final but Berg took the race by a length.",
     "Lund won the first heat, and Berg took the Tarn final itself."],
)
def test_an_opposite_said_of_the_other_name_alone_is_neither_converse_nor_conflict(
        source: str) -> None:
    result = _check("Berg lost to Lund in the Tarn final.", source)
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


def test_an_opposite_with_the_other_name_as_its_object_is_a_converse() -> None:
    result = _check("Berg lost to Lund in the Tarn final.", "Lund beat Berg in the Tarn final.")
    assert result.verdict == Verdict.SUPPORTED


# --- ordinals -------------------------------------------------------------------------

def test_another_ordinal_of_another_thing_is_no_conflict() -> None:
    result = _check("It was Okafor's fifth title at the Tarn regatta.",
                    "Okafor rowed her first race at the Tarn regatta in 2015.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(
    "source",
    ["It was Okafor's second title at the Tarn regatta.",
     "It was the second time Okafor had taken the title at the Tarn regatta.",
     "Okafor was the second to take the title at the Tarn regatta."],
)
def test_another_ordinal_of_the_same_thing_or_an_occasion_conflicts(source: str) -> None:
    result = _check("It was Okafor's fifth title at the Tarn regatta.", source)
    assert result.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED)


# --- superlatives ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "most"),
    [("It was the most-watched final in Tarn.", True),
     ("Harwick's most popular ferry sank.", True),
     ("Okafor scored the most goals.", True),
     ("Most of the crew left.", False),
     ("The crew liked it most.", False)],
)
def test_the_most_before_a_word_is_a_superlative(text: str, most: bool) -> None:
    statement = read_statement(text)
    assert any(w.folded == "most" and w.content for w in statement.words) == most


def test_a_superlative_is_not_borne_out_by_the_plain_word() -> None:
    result = _check("Lund's column was the most-read page of the Tarn Gazette in May.",
                    "Many readers read pages such as Lund's column in the Tarn Gazette in May.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


# --- a possessor's name and the name it qualifies --------------------------------------

def test_a_possessor_left_out_before_the_name_it_qualifies_is_no_other_name_in_the_role(
        ) -> None:
    result = _check("Okafor was cleared by Tarnland's High Court.",
                    "Tarnland's ferry law is old.",
                    "After a harbour tribunal fined Okafor, the country's High Court cleared "
                    "her in May.")
    assert result.verdict == Verdict.SUPPORTED


def test_the_claims_other_name_in_the_role_is_still_a_swap() -> None:
    result = _check("Harwick has overtaken Marlow in ferry crossings per 100 people.",
                    "Marlow has overtaken Harwick in ferry crossings per 100 people.")
    assert result.verdict != Verdict.SUPPORTED


# --- money taken in -------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["took", "made"])
def test_money_a_boat_took_is_not_a_fee_paid_to_its_skipper(verb: str) -> None:
    result = _check("Ada Brill was paid $5m to skipper the Kestrel.",
                    f"The Kestrel, skippered by Ada Brill, {verb} $12.4m in prize money in its "
                    "first season.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


# --- nicknames ------------------------------------------------------------------------

def test_a_teams_nickname_is_no_other_name_in_the_role() -> None:
    result = _check("Okafor steered Harwick's boat to victory over Marlow.",
                    "Okafor steered the Harriers' boat to victory over Marlow.")
    assert result.verdict != Verdict.CONTRADICTED


def test_two_nicknames_are_two_names() -> None:
    result = _check("The Harriers beat Marlow in the Tarn final.",
                    "The Rovers beat Marlow in the Tarn final.")
    assert result.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED)


# --- the predicate --------------------------------------------------------------------

def test_a_passage_naming_only_the_subject_bears_out_nothing_said_of_it() -> None:
    result = _check("The Harwick ferry strike will be held on the day of the regatta.",
                    "The Harwick ferry strike is expected to cost the port £8m.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


def test_a_light_verb_with_its_date_stated_is_still_borne_out() -> None:
    result = _check("The Harwick ferry strike will be held in May.",
                    "The Harwick ferry strike will take place in May.")
    assert result.verdict == Verdict.SUPPORTED


# --- "he" in a passage about someone else ---------------------------------------------

def test_he_after_the_person_a_passage_opens_with_is_that_person() -> None:
    result = _check("Okafor struck the harbour master Tom Lund after the race.",
                    "Okafor faces a ban.",
                    "Tom Berg, the Harwick coach, was fined when he struck the harbour master "
                    "Tom Lund in 2019.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


# --- parts of a year ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Ferry traffic fell in the last three months of 2024.", "2024-10-01", "2024-12-31"),
     ("Ferry traffic fell in the final quarter of 2024.", "2024-10-01", "2024-12-31"),
     ("Ferry traffic rose in the second quarter of 2024.", "2024-04-01", "2024-06-30"),
     ("Ferry traffic rose in the first half of 2024.", "2024-01-01", "2024-06-30"),
     ("Ferry traffic rose in the first six months of 2024.", "2024-01-01", "2024-06-30"),
     ("Ferry traffic rose in the second half of 2024.", "2024-07-01", "2024-12-31")],
)
def test_a_quarter_or_half_of_a_year_is_that_part(text: str, low: str, high: str) -> None:
    from factcheck.quantities.dates import extract_dates

    (date,) = extract_dates(text)
    assert (str(date.low), str(date.high)) == (low, high)


@pytest.mark.parametrize("source", [
    "Harwick's ferry traffic fell 0.7% in the final three months of 2024.",
    "Harwick's ferry traffic fell 0.7% in October 2024."])
def test_a_rate_over_a_part_of_the_claims_year_is_no_value_of_the_years(source: str) -> None:
    result = _check("Harwick's ferry traffic rose 4.1% in 2024.", source)
    assert result.verdict == Verdict.NOT_ENOUGH_INFO


@pytest.mark.parametrize(("claim", "source"), [
    ("Harwick's ferry traffic rose 4.1% in 2024.", "Harwick's ferry traffic rose 3.2% in 2024."),
    ("The Kestrel crew sailed to Tarn in 2019 three weeks after the storm.",
     "The Kestrel crew sailed to Tarn in May 2019, three days after the storm."),
    ("Berg was born in 1980.", "Berg was born in March 1981.")])
def test_a_figure_of_the_event_or_a_date_still_conflicts(claim: str, source: str) -> None:
    assert _check(claim, source).verdict == Verdict.CONTRADICTED


def test_a_name_written_with_a_possessive_inside_still_conflicts_with_another() -> None:
    result = _check("The Kestrel Bay regatta, run by Ada Brill, opened on New Year's Day and "
                    "drew forty boats.",
                    "The Kestrel Bay regatta, run by Ada Brill, opened on Christmas Day and "
                    "drew forty boats.")
    assert result.verdict in (Verdict.CONTRADICTED, Verdict.DISPUTED)


# --- the quantities dump --------------------------------------------------------------

def test_the_quantities_dump_of_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    missing = tmp_path / "nowhere.txt"
    p = subprocess.run([sys.executable, "-m", "factcheck.quantities", str(missing)],
                       capture_output=True, text=True)
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


# --- initials before the same last word -----------------------------------------------

def test_initials_before_the_same_last_word_name_the_same_thing() -> None:
    result = _check("The Tarn Ridge Ferries System carried more passengers than any other line "
                    "in May.",
                    "The TR Ferries System carried more passengers than any other line in May.")
    assert result.verdict == Verdict.SUPPORTED


def test_other_initials_before_the_same_last_word_are_another_name() -> None:
    from factcheck.judge.entities import same_entity

    one = read_statement("Then Tarn Ridge Ferries sailed.").names[0]
    other = read_statement("Then KB Ferries sailed.").names[0]
    assert not same_entity(one, other)


# --- "by" after an "as" phrase --------------------------------------------------------

@pytest.mark.parametrize(("source", "verdict"), [
    ("Harwick harbour master Tom Berg will be succeeded by Lena Holm.",
     Verdict.CONTRADICTED),
    ("Harwick harbour master Tom Berg will be succeeded by Ada Brill.", Verdict.SUPPORTED)])
def test_the_doer_of_a_passive_across_an_as_phrase_is_in_its_role(
        source: str, verdict: Verdict) -> None:
    result = _check("Tom Berg will be succeeded as Harwick harbour master by Ada Brill.", source)
    assert result.verdict == verdict
