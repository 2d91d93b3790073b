"""How a phrase is read before units are compared: where a negation stands, whose name
ends a prepositional phrase, which way a figure goes, a word written with or without its
hyphen, and a span of years. Each on a small corpus of our own."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.statement import read_statement
from factcheck.results import Verdict


def _verdict(claim: str, *lines: str) -> Verdict:
    return check(claim, Corpus.from_texts({"story.txt": "\n".join(lines) + "\n"})).verdict


# --- where a negation stands ----------------------------------------------------------

def test_a_negation_on_the_object_is_a_negation_of_the_verb() -> None:
    source = "The regulator has so far issued no guidance to lenders on how to treat the loans."
    claim = "The regulator has not yet issued guidance to lenders on how to treat the loans."
    assert _verdict(claim, source) is Verdict.SUPPORTED
    # and the other way round
    source = "The regulator has not issued any guidance to lenders on the loans."
    claim = "The regulator has issued no guidance to lenders on the loans."
    assert _verdict(claim, source) is Verdict.SUPPORTED


def test_a_negation_still_conflicts_with_the_plain_verb() -> None:
    source = "The regulator has issued guidance to lenders on how to treat the loans."
    claim = "The regulator has not issued guidance to lenders on how to treat the loans."
    assert _verdict(claim, source) is Verdict.CONTRADICTED


def test_going_to_passes_the_negation_on() -> None:
    words = read_statement("The album is not going to be released in Canada.").words
    released = next(w for w in words if w.folded == "released")
    assert released.negated and released.negation_head
    source = "The album is not going to be released in Canada, its label said."
    assert _verdict("The album is not being released in Canada.", source) is \
        Verdict.SUPPORTED
    assert _verdict("The album is being released in Canada.", source) is \
        Verdict.CONTRADICTED


# --- a name at the end of a prepositional phrase ----------------------------------------

def test_a_name_inside_an_of_phrase_is_not_the_subject() -> None:
    # the owner of the firm sued, not the firm: no conflict of names before "sued"
    source = ("The majority owner of troubled Danish shipping firm Nordlys has sued the "
              "state for $2bn.")
    verdict = _verdict("Harbour Holdings is suing the Danish state for $2bn.", source)
    assert verdict is not Verdict.CONTRADICTED


def test_a_subject_name_still_conflicts() -> None:
    source = "Danish shipping firm Nordlys has sued the state for $2bn."
    assert _verdict("Harbour Holdings has sued the state for $2bn.", source) is \
        Verdict.CONTRADICTED


# --- which way a figure goes ------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "Ticket sales were 6.2% less than in 2019.",
    "Ticket sales were down 6.2% on 2019.",
])
def test_a_fall_is_not_a_rise_of_the_same_size(claim: str) -> None:
    source = "Ticket sales showed a 6.2% increase on 2019."
    assert _verdict(claim, source) is Verdict.CONTRADICTED


def test_a_rise_in_other_words_is_still_a_rise() -> None:
    source = "Ticket sales showed a 6.2% increase on 2019."
    assert _verdict("Ticket sales were 6.2% more than in 2019.", source) is \
        Verdict.SUPPORTED


# --- hyphens ----------------------------------------------------------------------------

def test_a_hyphenated_word_meets_the_same_words_written_apart() -> None:
    corpus = Corpus.from_texts({"story.txt": "Coastline is the region's second-biggest long "
                                             "distance bus company.\n"})
    result = check("Coastline is the second-biggest long-distance bus company in the region.",
                   corpus)
    assert result.verdict is Verdict.SUPPORTED
    link = next(a for a in result.evidence[0].alignment if a.claim == "long-distance")
    assert (link.relation, link.source) == ("same", "long")


# --- spans of years ---------------------------------------------------------------------

def test_a_span_of_years_is_one_date() -> None:
    dates = read_statement("She chaired the board between 1981 and 1994.").dates
    assert [(d.low.year, d.high.year, d.span) for d in dates if d.low and d.high] == \
        [(1981, 1994, True)]
    dates = read_statement("She chaired the board from 1981 to 1994.").dates
    assert len(dates) == 1 and dates[0].span


def test_spans_agree_only_when_both_ends_do() -> None:
    source = "Ruth Alder chaired the board between 1981-94."
    assert _verdict("Ruth Alder chaired the board between 1981 and 1994.", source) is \
        Verdict.SUPPORTED
    assert _verdict("Ruth Alder chaired the board between 1981 and 1996.", source) is \
        Verdict.CONTRADICTED
    # a year inside the span is not what the span states
    assert _verdict("Ruth Alder chaired the board in 1990.", source) is \
        Verdict.NOT_ENOUGH_INFO


def test_two_years_joined_without_a_span_word_stay_two() -> None:
    dates = read_statement("The firm was fined in 1981 and 1994.").dates
    assert len(dates) == 2 and not any(d.span for d in dates)


# --- "a second" ---------------------------------------------------------------------------

def test_a_second_before_a_noun_is_the_ordinal() -> None:
    s = read_statement("Bond yields touched 0.5% for a second straight session.")
    assert [q.dimension for q in s.quantities] == ["percent"]
    assert "second" in [w.folded for w in s.words if w.content]
    assert [q.dimension for q in read_statement("It took one second to load.").quantities] \
        == ["duration"]
    text = "Bond yields touched 0.5% for a second straight session on Tuesday.\n"
    assert _verdict("Bond yields touched 0.5% for a third straight session on Tuesday.",
                    text) is Verdict.CONTRADICTED
    assert _verdict("Bond yields touched 0.5% for a second straight session on Tuesday.",
                    text) is Verdict.SUPPORTED


PREFIXED = Corpus.from_texts({
    "bakery.txt": "Anna Berg, the founder of the Lantern bakery chain, opened a shop in "
                  "Leeds on Monday.",
    "cup.txt": "Riverside Rovers reached the final of the Northern Cup after a 2-0 win.",
    "tech.txt": "Tom Reyes, co-founder of Harbour Tech, left the firm in March.",
})


@pytest.mark.parametrize("claim", [
    "Anna Berg, the co-founder of the Lantern bakery chain, opened a shop in Leeds",
    "Riverside Rovers reached the semi-final of the Northern Cup",
])
def test_a_prefix_joined_by_a_hyphen_is_not_left_out(claim: str) -> None:
    # "co-founder" is not "founder", nor "semi-final" "final": not stated
    assert check(claim, PREFIXED).verdict is Verdict.NOT_ENOUGH_INFO


def test_the_same_prefixed_word_and_the_word_without_one_still_agree() -> None:
    assert check("Tom Reyes, co-founder of Harbour Tech, left the firm in March",
                 PREFIXED).verdict is Verdict.SUPPORTED
    assert check("Anna Berg, the founder of the Lantern bakery chain, opened a shop in Leeds",
                 PREFIXED).verdict is Verdict.SUPPORTED


# --- a number joined to a noun by a hyphen -----------------------------------------------

TOWN_PLANS = Corpus.from_texts({
    "plans.txt": "Councillors in Dunmere approved plans to demolish a five-storey hotel on "
                 "the seafront and build flats for older people.",
    "talks.txt": "The ministry said a tripartite meeting with the unions could be held in "
                 "June.",
})


def test_a_number_joined_to_a_noun_is_a_figure_of_that_noun() -> None:
    claim = "Councillors in Dunmere approved plans to demolish a four-storey hotel"
    result = check(claim, TOWN_PLANS)
    assert result.verdict is Verdict.CONTRADICTED
    assert "4 \u2260 5 storey" in result.reason
    assert check("Councillors in Dunmere approved plans to demolish a 5-storey hotel",
                 TOWN_PLANS).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Her memoir is 310 pages long", Verdict.SUPPORTED),
    ("Her memoir has 290 pages", Verdict.CONTRADICTED),
])
def test_a_length_in_pages_meets_the_page_count_joined_to_the_noun(claim: str,
                                                                   verdict: Verdict) -> None:
    memoir = Corpus.from_texts({"a.txt": "Her 310-page memoir went on sale in March."})
    assert check(claim, memoir).verdict is verdict


def test_a_figure_inside_a_word_is_met_where_the_word_is() -> None:
    # "three-way" is WordNet's "tripartite": the word carries its number
    result = check("The ministry said a three-way meeting with the unions could be held",
                   TOWN_PLANS)
    assert result.verdict is Verdict.SUPPORTED


# --- a negation lent to a noun by a verb of little meaning ------------------------------

COATING = "The new coating does not provide protection against salt water, a study found."


def test_a_negated_support_verb_negates_its_noun() -> None:
    # "does not provide protection" says "does not protect"
    assert _verdict("The new coating protects against salt water", COATING) \
        is Verdict.CONTRADICTED
    assert _verdict("The new coating does not protect against salt water", COATING) \
        is Verdict.SUPPORTED


def test_a_claim_that_negates_through_a_support_verb_conflicts_with_the_plain_verb() -> None:
    assert _verdict("The new coating does not provide protection against salt water",
                    "The new coating protects steel against salt water, a study found.") \
        is Verdict.CONTRADICTED


def test_a_negation_before_or_covers_both_verbs() -> None:
    # "did not sign or ratify": neither was done
    source = "The Harbour Party did not sign or ratify the fishing treaty in 2019."
    for verb in ("signed", "ratified"):
        assert _verdict(f"The Harbour Party {verb} the fishing treaty in 2019", source) \
            is Verdict.CONTRADICTED
    assert _verdict("The Harbour Party did not ratify the fishing treaty in 2019", source) \
        is Verdict.SUPPORTED


@pytest.mark.parametrize(("claim", "source", "word"), [
    # the negation stands on "actually", and "took" lies inside it
    ("Ana Ruiz took a poetry class at Ridgeway College",
     "At Ridgeway College, Ana Ruiz never actually took a poetry class, though she wrote "
     "poems.", "took"),
    # "did not have time to vote" does not say she voted (nor, strictly, that she did not)
    ("Ms Berg voted in the Harbour Party election",
     "Ms Berg did not have time to vote in the Harbour Party election.", "vote"),
    # "no benefit in preventing migraines" does not say the drug prevents them
    ("The new drug prevents migraines in adults",
     "The trial found that the new drug offers no benefit in preventing migraines in "
     "adults.", "preventing"),
])
def test_a_verb_met_only_inside_a_negation_does_not_bear_the_claim_out(
        claim: str, source: str, word: str) -> None:
    result = check(claim, Corpus.from_texts({"story.txt": source + "\n"}))
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert f"the source has '{word}' only inside a negation" in result.reason


def test_a_claim_that_shares_the_negation_is_borne_out() -> None:
    assert _verdict("The new drug fails to prevent migraines in adults",
                    "The trial found that the new drug offers no benefit in preventing "
                    "migraines in adults.") is Verdict.SUPPORTED


# --- a word replaced is not a word left out ---------------------------------------------

CLINIC = Corpus.from_texts({
    "study.txt": "Vitamin D treatment is associated with shorter hospital stays in older "
                 "patients, the study found.",
    "walks.txt": "Daily walks are associated with better sleep in older patients.",
})


def test_a_word_the_passage_replaces_is_not_left_out() -> None:
    result = check("Vitamin D deficiency is associated with shorter hospital stays in older "
                   "patients", CLINIC)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "the source has 'treatment' where the claim has 'deficiency'" in result.reason


def test_an_adjectives_place_may_be_taken_by_a_participle() -> None:
    corpus = Corpus.from_texts({"a.txt": "The ferry company said it was expecting "
                                         "reduced fuel costs in 2026.\n"})
    result = check("The ferry company said it expected unusual fuel costs in 2026", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason
    # a comparative of size points the other way from "reduced" (lexical.UP, DOWN)
    result = check("The ferry company said it expected bigger fuel costs in 2026", corpus)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_word_the_passage_leaves_out_may_still_be_excused() -> None:
    # "daily walks" for "daily outdoor walks": nothing stands in the word's place
    result = check("Daily outdoor walks are associated with better sleep in older patients",
                   CLINIC)
    assert result.verdict is Verdict.SUPPORTED
    assert "leaves out 'outdoor'" in result.reason


def test_a_multiword_verb_in_the_words_place_takes_one_place() -> None:
    # "to prop up the" is as near as "to sell the": the verb is replaced, not left out
    source = ("The mayor was arrested on bribery charges as part of a plan to prop up the "
              "failing ferry company.\n")
    result = check("The mayor was arrested on bribery charges as part of a plan to sell the "
                   "failing ferry company", Corpus.from_texts({"a.txt": source}))
    assert result.verdict is Verdict.NOT_ENOUGH_INFO, result.reason


# --- what a negation stands on -----------------------------------------------------------

def test_a_negation_before_a_possessive_name_stands_on_what_the_name_owns() -> None:
    # "not Lena Ortiz's first final": the final is negated, not Lena Ortiz
    source = "Lena Ortiz, playing in her first Harbour Cup final, lost in three sets.\n"
    assert _verdict("The Harbour Cup final was not Lena Ortiz's first final", source) \
        is Verdict.CONTRADICTED
    assert _verdict("The Harbour Cup final was Lena Ortiz's first final", source) \
        is Verdict.SUPPORTED


def test_not_prepared_to_do_it_is_not_doing_it() -> None:
    source = ("\"The board is not prepared to recommend the offer,\" said Kellport Mining "
              "chairman Ian Ross.\n")
    assert _verdict("Kellport Mining's board will not recommend the offer", source) \
        is Verdict.SUPPORTED
    assert _verdict("Kellport Mining's board recommended the offer", source) \
        is Verdict.CONTRADICTED


def test_none_of_them_negates_what_they_do_not_who_they_are() -> None:
    # the dash ends the clause; "none of the former directors will admit" negates the
    # admitting: the directors are still former directors, and the insurance still pays
    source = ("Under the $40m settlement - $35m of which will be covered by insurance - "
              "none of the 12 former Dunmore Bank directors will admit wrongdoing.\n")
    assert _verdict("Twelve former Dunmore Bank directors agreed a $40m settlement, of "
                    "which $35m will be covered by insurance", source) \
        is not Verdict.CONTRADICTED
    assert _verdict("The 12 former Dunmore Bank directors admitted wrongdoing", source) \
        is not Verdict.SUPPORTED


# --- a figure given for a name -----------------------------------------------------------

PRICES = ("The survey showed the average rent was £1,210 in Leeds; £980 in Hull; £1,450 "
          "in York.\n")


def test_a_figure_given_for_another_name_is_not_the_claims() -> None:
    # "£1,210 in Leeds" is not the claim's figure for Hull, which the list gives too
    assert _verdict("The survey showed the average rent was £980 in Hull", PRICES) \
        is Verdict.SUPPORTED
    result = check("The survey showed the average rent was £1,080 in Hull",
                   Corpus.from_texts({"rents.txt": PRICES}))
    assert result.verdict is Verdict.CONTRADICTED
    assert "£980" in result.reason


# --- an acronym in brackets after a name -------------------------------------------------

def test_an_acronym_of_the_name_as_written_is_the_same_name() -> None:
    # "General" is a title word, not a key of the name: the acronym is read off the name
    # as written, so "(GFG)" before the verb is the claim's company, not another
    source = "General Foods Group (GFG) saw its profits fall 12% in 2019, the company said.\n"
    assert _verdict("General Foods Group saw its profits fall 12% in 2019", source) \
        is Verdict.SUPPORTED
    assert _verdict("Harbour Foods saw its profits fall 12% in 2019", source) \
        is not Verdict.SUPPORTED


def test_more_than_a_word_states_a_comparison_the_source_must_share() -> None:
    source = "The founder sold his design studio for less than expected, the paper said.\n"
    assert _verdict("The founder sold his design studio for more than expected", source) \
        is Verdict.CONTRADICTED
    assert _verdict("The founder sold his design studio for less than expected", source) \
        is Verdict.SUPPORTED
    # before a figure, "more than" is the figure's hedge, as before
    source = "The founder sold his design studio for £12m.\n"
    assert _verdict("The founder sold his design studio for more than £10m", source) \
        is Verdict.SUPPORTED
