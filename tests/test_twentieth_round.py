"""The twentieth round, on small corpora of our own: a verb of consent ("has agreed to
buy") may be left out by a passage that states the thing agreed plainly ("is to buy"),
never by one that has it only as wanted, possible or refused; and a reason for
NOT_ENOUGH_INFO names a claim's name the passage has in another role as such ("the
source has Harwick after 'beaten', not doing 'signed'"), not as a name it lacks."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.results import Result, Verdict


def _check(claim: str, *lines: str) -> Result:
    return check(claim, Corpus.from_texts({"story.txt": "\n\n".join(lines) + "\n"}))


CONSENT = "Kestrel has agreed to buy the rival Marlow yard for £11m."


@pytest.mark.parametrize(
    "passage",
    ["Kestrel is to buy the rival Marlow yard for £11m.",
     "Kestrel bought the rival Marlow yard for £11m in March."],
)
def test_consent_may_be_left_out_where_the_thing_agreed_is_stated(passage: str) -> None:
    result = _check(CONSENT, passage)
    assert result.verdict is Verdict.SUPPORTED
    assert "leaves out 'agreed'" in result.reason


@pytest.mark.parametrize(
    "passage",
    ["Kestrel wants to buy the rival Marlow yard for £11m.",
     "Kestrel could buy the rival Marlow yard for £11m."],
)
def test_consent_is_not_left_out_where_the_thing_is_only_wanted(passage: str) -> None:
    result = _check(CONSENT, passage)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "'agreed'" in result.reason


def test_refusing_the_thing_agreed_contradicts() -> None:
    result = _check(CONSENT, "Kestrel refused to buy the rival Marlow yard for £11m.")
    assert result.verdict is Verdict.CONTRADICTED


def test_a_name_in_another_role_is_named_as_such() -> None:
    result = _check("Harwick signed Tom Berg in May.",
                    "Tarn have beaten Harwick to the signing of Tom Berg in May.")
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "the source has Harwick after 'beaten', not doing 'signed'" in result.reason
    assert "does not say 'Harwick'" not in result.reason


@pytest.mark.parametrize(
    "passage",
    ["A study projected that harbour traffic at Tarn will rise 45% by 2040.",
     "Harbour traffic at Tarn would rise 45% if the new berths opened, the study said."],
)
def test_a_projected_figure_does_not_contradict_what_happened(passage: str) -> None:
    result = _check("Harbour traffic at Tarn rose 6% over the past ten years.", passage)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "only as what will be" in result.reason


@pytest.mark.parametrize(
    ("claim", "passage"),
    [("Harbour traffic at Tarn rose 6% last year.", "Harbour traffic at Tarn rose 45% last year."),
     ("Harbour traffic at Tarn will rise 6% next year.",
      "Harbour traffic at Tarn will rise 45% next year."),
     # a schedule: the date of what will happen is the date it happened
     ("The Tarn ferry terminal opened on Wednesday 9 June.",
      "The Tarn ferry terminal will open on Tuesday 8 June.")],
)
def test_figures_of_the_same_tense_and_scheduled_dates_still_conflict(claim: str,
                                                                      passage: str) -> None:
    assert _check(claim, passage).verdict is Verdict.CONTRADICTED



@pytest.mark.parametrize(
    "passage",
    ["In the final, Eric Lund beat Tom Berg.",
     "In the final at Tarn, Eric Lund beat Tom Berg in three sets."],
)
def test_names_the_other_way_round_do_not_bear_the_claim_out(passage: str) -> None:
    result = _check("Tom Berg beat Eric Lund in the final.", passage)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "the names the other way round around 'beat'" in result.reason


@pytest.mark.parametrize(
    "passage",
    ["In the final, Tom Berg beat Eric Lund.",
     "In the final, Eric Lund was beaten by Tom Berg."],
)
def test_the_same_roles_still_bear_the_claim_out(passage: str) -> None:
    assert _check("Tom Berg beat Eric Lund in the final.", passage).verdict is \
        Verdict.SUPPORTED


def test_a_verb_two_do_together_may_name_them_either_way() -> None:
    result = _check("Harwick drew with Tarn at the harbour ground.",
                    "Tarn drew with Harwick at the harbour ground.")
    assert "other way round" not in result.reason
