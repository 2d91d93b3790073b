"""The sixteenth round's readings, each on a small corpus of our own: basis points and
fractions of a percentage point, an amount in another currency in brackets, "before"
against "after", a light verb left out only with its object, a margin after "by", verbs
that only state a level ("stood at"), "went up" and "shot up" as rises, a missing verb
framed by the passage's own figure against an opposite, two ceilings, and (read from
BBC P) the claim's subject past a nearer name, frames without light words, and bounds
written "a maximum", "a record" and "above the ... mark"."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.align import align
from factcheck.judge.stance import decide
from factcheck.judge.statement import read_statement
from factcheck.quantities.quantities import extract_quantities
from factcheck.results import Result, Stance, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


# --- percentage points ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The harbour board raised its fee rate by 25 basis points.", 0.25),
        ("Tarn cut its rate by 50bp on Monday.", 0.5),
        ("The board raised the rate by a quarter percentage point.", 0.25),
        ("It was cut by a quarter of a percentage point.", 0.25),
        ("The council voted for a half-point cut.", 0.5),
        ("Rates fell by three quarters of a point.", 0.75),
    ],
)
def test_basis_points_and_fractions_of_a_point_are_percentage_points(
        text: str, value: float) -> None:
    (q,) = extract_quantities(text)
    assert (q.unit, q.dimension) == ("pp", "percentage points")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("Fares rose by a quarter.", 25.0),
                                             ("A third of the crews voted.", 100 / 3)])
def test_a_fraction_without_points_is_still_a_share(text: str, value: float) -> None:
    (q,) = extract_quantities(text)
    assert q.unit == "%" and q.value == pytest.approx(value)


def test_basis_points_bear_out_a_quarter_point() -> None:
    passage = "The Tarn harbour board has lifted its mooring charge by three quarters of a " \
        "percentage point to 6.5%."
    assert _check("The Tarn harbour board lifted its mooring charge by 75 basis points to "
                  "6.5%.", passage).verdict == Verdict.SUPPORTED
    assert _check("The Tarn harbour board lifted its mooring charge by 50 basis points to "
                  "6.5%.", passage).verdict == Verdict.CONTRADICTED


# --- another currency in brackets -----------------------------------------------------

def test_an_amount_in_another_currency_in_brackets_is_an_amount_of_its_own() -> None:
    texts = [q.text for q in extract_quantities(
        "A Tarn season ticket is priced at 12,400 yen (90 euros) at the gate.")]
    assert texts == ["12,400 yen", "90 euros"]
    (q,) = extract_quantities("The route is 5 miles (8 km) long.")
    assert q.unit == "m"  # the same measure in another unit stays one figure


def test_the_amount_in_brackets_bears_out_a_claim() -> None:
    result = _check("A Tarn season ticket is priced at 12,400 yen, or about 90 euros.",
                    "A Tarn season ticket is priced at 12,400 yen (90 euros) at the gate.")
    assert result.verdict == Verdict.SUPPORTED


# --- before and after -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Ada Brill repainted the old ferry after the Tarn summer regatta.",
         Verdict.CONTRADICTED),
        ("Ada Brill repainted the old ferry before the Tarn summer regatta.",
         Verdict.SUPPORTED),
    ],
)
def test_after_against_before_is_a_conflict(claim: str, verdict: Verdict) -> None:
    result = _check(claim, "Ada Brill repainted the old ferry before the Tarn summer "
                    "regatta, working nights in the boatyard.")
    assert result.verdict == verdict


def test_before_against_after_is_a_conflict() -> None:
    result = _check("The Marlow regatta was held before the harbour festival.",
                    "The Marlow regatta was held two days after the harbour festival.")
    assert result.verdict == Verdict.CONTRADICTED
    assert "'after'" in result.reason


# --- light verbs and their objects ----------------------------------------------------

def test_a_light_verb_without_its_object_is_not_left_out() -> None:
    result = _check("The Marlow board says Tarn ferry owners are giving ever more to the "
                    "lifeboat fund.",
                    "The Marlow board said the lifeboat fund is kept by ferry owners in Tarn.")
    assert result.verdict == Verdict.NOT_ENOUGH_INFO
    assert "giving" in result.reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("Ada Brill made a bid for the old Tarn ferry.",
         "Ada Brill bid for the old Tarn ferry in March."),
        ("The Kestrel ferry firm had 40 crews in its first summer.",
         "In its first summer the Kestrel ferry firm had 40 crews."),
        ("The Marlow regatta held in the harbour drew 3,000 visitors.",
         "The Marlow regatta in the harbour drew 3,000 visitors."),
    ],
)
def test_a_light_verb_with_its_object_met_may_be_left_out(claim: str, passage: str) -> None:
    assert _check(claim, passage).verdict == Verdict.SUPPORTED


# --- margins --------------------------------------------------------------------------

def test_a_margin_after_by_is_not_an_amount_sold() -> None:
    passage = "The Kestrel ferry outsold the Marlow ferry by 90 tickets at the regatta."
    assert _check("The Kestrel ferry sold 900 tickets at the regatta.",
                  passage).verdict == Verdict.NOT_ENOUGH_INFO
    assert _check("The Kestrel ferry outsold the Marlow ferry by 60 tickets at the regatta.",
                  passage).verdict == Verdict.CONTRADICTED


def test_a_change_by_a_figure_still_conflicts_with_another_change() -> None:
    result = _check("The Tarn ferry fare rose 6% in May.", "The Tarn ferry fare rose by 5% "
                    "in May.")
    assert result.verdict == Verdict.CONTRADICTED


# --- verbs that state a level ---------------------------------------------------------

PASSAGE_OF_LEVELS = ("Tarn ferry bookings were forecast to be 25% above the usual for the "
                     "regatta, while diesel reserves were some 9% below last summer's.")


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Tarn ferry bookings were expected to run 60% above the usual for the regatta.",
         Verdict.CONTRADICTED),
        ("Tarn diesel reserves stood some 9% above last summer's.", Verdict.CONTRADICTED),
        ("Tarn diesel reserves stood some 9% below last summer's.", Verdict.SUPPORTED),
    ],
)
def test_a_verb_of_level_states_its_figure_as_is_does(claim: str, verdict: Verdict) -> None:
    assert _check(claim, PASSAGE_OF_LEVELS).verdict == verdict


def test_stood_at_a_figure_is_borne_out_by_was() -> None:
    result = _check("The Marlow ferry fare stood at £3.40 in May.",
                    "The Marlow ferry fare was £3.40 in May.")
    assert result.verdict == Verdict.SUPPORTED


# --- rises written with "up" ----------------------------------------------------------

def test_went_up_to_a_figure_is_a_rise_not_a_bound() -> None:
    (q, _) = extract_quantities("The Tarn mooring charge climbed up to 7.2% from 6.9% in July.")
    assert q.hedge is None
    (bound,) = extract_quantities("The fund paid up to 7.2% in July.")
    assert bound.hedge == "up to"
    passage = "The Tarn mooring charge went up to 7.2% from 6.9% in July."
    assert _check("The Tarn mooring charge rose to 7.2% in July.",
                  passage).verdict == Verdict.SUPPORTED
    assert _check("The Tarn mooring charge fell to 7.2% in July.",
                  passage).verdict == Verdict.CONTRADICTED


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Sales of Kestrel ferry tickets fell in 2019.", Verdict.CONTRADICTED),
    ("Sales of Kestrel ferry tickets rose in 2019.", Verdict.SUPPORTED),
])
def test_shot_up_is_a_rise(claim: str, verdict: Verdict) -> None:
    passage = "Sales of Kestrel ferry tickets shot up fourfold in 2019, the harbour board said."
    assert _check(claim, passage).verdict == verdict


# --- a missing verb framed by a figure ------------------------------------------------

def test_an_opposite_with_the_same_figure_and_date_is_the_same_fact() -> None:
    passage = "Tolls are projected to fall to £9m by 2031, the Tarn board said."
    assert _check("Tolls are expected to rise to £9m by 2031.",
                  passage).verdict == Verdict.CONTRADICTED
    # a figure and a date do not frame another name in the role
    other = _check("Tolls were approved by Berg at £9m in 2031.",
                   "Tolls were signed off by Okafor at £9m in 2031.")
    assert other.verdict != Verdict.CONTRADICTED



# --- two ceilings ---------------------------------------------------------------------

def test_a_lower_ceiling_bears_out_a_higher_one() -> None:
    passage = "The Tarn light stands less than 20 km (12 miles) north of Marlow harbour."
    assert _check("The Tarn light stands less than 30 km north of Marlow harbour.",
                  passage).verdict == Verdict.SUPPORTED
    # the other way round it says nothing either way
    assert _check("The Tarn light stands less than 10 km north of Marlow harbour.",
                  passage).verdict == Verdict.NOT_ENOUGH_INFO
    # "up to" is news for the figure itself, as "more than" is: another one still conflicts
    assert _check("Up to 40 crews will sail from Marlow harbour.",
                  "Up to 25 crews will sail from Marlow harbour.").verdict in (
        Verdict.CONTRADICTED, Verdict.DISPUTED)


# --- the claim's subject against a nearer name ----------------------------------------

@pytest.mark.parametrize(
    ("claim", "passage", "verdict"),
    [
        ("Tom Berg won the Harbour Cup for his work on the Tarn ferry.",
         "Ada Brill won the river prize, while Tom Berg won the Harbour Cup for his work on "
         "the Tarn ferry.", Verdict.SUPPORTED),
        ("The Tarn Belle went into service in Marlow on 3 May.",
         "Kestrel's new ferry The Tarn Belle, carrying Ada Brill went into service in "
         "Marlow on 3 May.", Verdict.SUPPORTED),
        # another subject still conflicts
        ("Lund won the Harbour Cup for his work on the Tarn ferry.",
         "Ada Brill won the river prize, while Tom Berg won the Harbour Cup for his work on "
         "the Tarn ferry.", Verdict.CONTRADICTED),
        ("In Tarn, Marlow won the final.", "In Tarn, Harwick won the final.",
         Verdict.CONTRADICTED),
    ],
)
def test_the_claims_subject_doing_the_verb_again_or_past_an_aside(
        claim: str, passage: str, verdict: Verdict) -> None:
    assert _check(claim, passage).verdict == verdict


# --- what frames a contradiction ------------------------------------------------------

def test_a_light_verb_and_a_qualifier_frame_no_contradiction() -> None:
    claim = read_statement("Only five will become pilots.")
    passage = read_statement("Brill will become the only skipper with three routes.")
    assert decide(align(claim, passage), passage)[0] is not Stance.CONTRADICTS


# --- bounds written otherwise ---------------------------------------------------------

def test_a_maximum_before_a_figure_is_a_bound() -> None:
    (q,) = extract_quantities("Tarn skippers caught speeding pay a maximum £2,000 fine.")
    assert q.hedge == "up to"
    result = _check("Tarn skippers caught speeding pay a fine of up to £4,000.",
                    "Tarn skippers caught speeding pay a maximum £2,000 fine.")
    assert result.verdict == Verdict.CONTRADICTED


def test_a_record_figure_is_the_figure_itself() -> None:
    (q,) = extract_quantities("Tarn ferry fares rose to a record £4.20 in May.")
    assert q.hedge is None and q.value == pytest.approx(4.2)


def test_above_the_mark_is_a_bound() -> None:
    (q,) = extract_quantities("Tarn ferry shares closed above the £4 mark on Monday.")
    assert q.hedge == "more than"
    result = _check("Tarn ferry shares closed above £4 on Monday.",
                    "Tarn ferry shares closed above the £4 mark on Monday.")
    assert result.verdict == Verdict.SUPPORTED


def test_gone_up_against_cut_is_an_opposite() -> None:
    result = _check("Tarn ferry fares have gone up by an average of £2.",
                    "Tarn ferry fares have been cut by an average of £2 for the winter.")
    assert result.verdict == Verdict.CONTRADICTED
