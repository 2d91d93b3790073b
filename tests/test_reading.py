"""Reading one sentence (judge/statement.py, marking.py) and the figure rules the judge
added to the quantities engine (times of day, a span after an amount, conversions)."""

from __future__ import annotations

import pytest

from factcheck import Corpus, check
from factcheck.judge.parts import split_claim
from factcheck.judge.statement import read_statement
from factcheck.quantities.compare import compare
from factcheck.quantities.quantities import extract_quantities
from factcheck.quantities.times import compare_times, extract_times
from factcheck.results import Outcome, Verdict


def words(text: str, **kw: object) -> dict[str, object]:
    return {w.folded: w for w in read_statement(text, **kw).words}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "heads", "negated"),
    [
        ("The council did not sign the deal", {"sign"}, {"sign", "deal"}),
        ("She got no advance payment", {"advance"}, {"advance", "payment"}),
        # a light verb passes the negation on to its object
        ("They will not take the smallest step back", {"take", "smallest", "step"},
         {"take", "smallest", "step"}),
        # "refused to" negates what follows; the denied clause is negated at its verb
        ("Tsipras refused to concede defeat", {"concede"}, {"concede", "defeat"}),
        ("The club denied that it had sold the striker", {"sold"}, {"sold", "striker"}),
        # "knew nothing" negates knowing; "unaware of" does not negate the fraud
        ("He knew nothing of the plan", {"knew"}, {"knew"}),
        ("He was unaware of the fraud", {"unaware"}, {"unaware"}),
    ],
)
def test_what_a_negation_governs(text: str, heads: set[str], negated: set[str]) -> None:
    ws = words(text)
    assert {k for k, w in ws.items() if w.negation_head} == heads  # type: ignore[attr-defined]
    assert {k for k, w in ws.items() if w.negated} == negated  # type: ignore[attr-defined]


def test_names_keep_linkers_titles_and_numbers_inside() -> None:
    names = read_statement("In Geneva, the International Committee of the Red Cross met "
                           "President Ines Kovac and Fox 2000 Pictures").names
    assert [n.keys for n in names] == [
        ("geneva",), ("international", "committee", "red", "cross"), ("ines", "kovac"),
        ("fox", "2000", "pictures")]


def test_a_capitalised_first_word_english_has_no_use_for_is_a_name() -> None:
    assert read_statement("Dunmore has 14 ferries").names[0].keys == ("dunmore",)
    assert read_statement("Norway controls the fishing grounds").names[0].keys == ("norway",)
    assert not read_statement("Reports said the talks were deadlocked").names


@pytest.mark.parametrize(
    ("text", "word"),
    [("She was 29 years old", "old"), ("The bridge is 3 km long", "long"),
     ("A deal worth $250m was signed", "worth"), ("The club paid £18m for him", "paid")],
)
def test_a_word_that_says_what_a_figure_measures_belongs_to_the_figure(text: str,
                                                                        word: str) -> None:
    assert not words(text)[word].content  # type: ignore[attr-defined]


def test_the_circumstances_of_a_claim_are_marked() -> None:
    ws = words("J Crew shares fell 10% on the day the family wore its clothes")
    assert ws["day"].adjunct and ws["wore"].adjunct  # type: ignore[attr-defined]
    assert not ws["shares"].adjunct and not ws["fell"].adjunct  # type: ignore[attr-defined]


def test_a_hyphenated_compound_english_has_is_one_word() -> None:
    ws = words("a three-way cease-fire with Russian-regime forces")
    assert "three-way" in ws and "cease-fire" in ws
    assert "russian" in ws and "regime" in ws


def test_parts_of_speech_where_a_word_stands() -> None:
    ws = words("Chelsea signed Robinho, reported the papers, and the report was late")
    assert ws["signed"].verb and ws["reported"].pos <= {"v", "a"}  # type: ignore[attr-defined]
    assert "v" not in ws["report"].pos  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Turkey would not back down", "back down", "back down"),
        ("The union called off the strike", "called off", "call off"),
        ("Samaras was sworn in as prime minister", "sworn in", "swear in"),
        # a preposition before a noun phrase or a figure stays a word of its own
        ("The deal was signed in September", "signed", "sign"),
        ("Shares closed down 1.2% at 540p", "closed", "close"),
    ],
)
def test_a_verb_and_its_particle_are_one_word_where_english_has_them(
        text: str, word: str, lemma: str) -> None:
    w = words(text)[word.split()[0].lower()]
    assert w.text == word and lemma in w.lemmas  # type: ignore[attr-defined]


def test_a_word_inside_a_noun_phrase_is_no_verb() -> None:
    ws = words("Turkey shot down a Russian jet in 2016")
    assert "v" not in ws["jet"].pos  # type: ignore[attr-defined]


def test_who_a_sentence_says_said_it() -> None:
    assert read_statement("The town would not cut its grant, Mayor Ines Kovac said.").speaker \
        == "Mayor Ines Kovac"
    assert read_statement("Mayor Ines Kovac said the town would not cut its grant.").speaker \
        == "Mayor Ines Kovac"
    assert read_statement("According to the council, 12 roads were closed.").speaker == \
        "the council"
    assert read_statement("Is the festival moving next year?").question


def test_times_of_day_compare_only_in_one_zone() -> None:
    a, b, local = extract_times("struck at 14:46 GMT, or 0546 GMT, at 1446 local time")
    assert (a.minutes, a.zone, b.minutes, local.zone) == (886, "gmt", 346, "local")
    assert compare_times(a, b)[0] is Outcome.INCONSISTENT
    assert compare_times(a, local)[0] is Outcome.INCOMPARABLE
    assert not extract_times("shares closed at 17.03, up 77 cents")


def test_a_span_after_an_amount_is_not_a_bound() -> None:
    money, span = extract_quantities("a deal worth £2.3bn over three years")
    assert span.text == "three years" and span.hedge is None
    assert extract_quantities("it lasted over three years")[0].hedge == "more than"


def test_one_measure_converted_agrees_within_the_conversion() -> None:
    km = extract_quantities("roughly 3,850 kilometres")[0]
    miles = extract_quantities("about 2,390 miles")[0]
    assert compare(km, miles).outcome is Outcome.CONSISTENT
    assert compare(extract_quantities("about 3.7 million")[0],
                   extract_quantities("about 3.6 million")[0]).outcome is Outcome.INCONSISTENT


@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        ("Pasok came third and won 33 seats", ["Pasok came third", "Pasok won 33 seats"]),
        ("Sky and BT paid £5bn for the rights", ["Sky and BT paid £5bn for the rights"]),
        ("The two sides tried and failed to merge in 2000",
         ["The two sides tried and failed to merge in 2000"]),
        ("Salt Roads won the prize; it runs 104 minutes",
         ["Salt Roads won the prize", "Salt Roads runs 104 minutes"]),
        ("The vote was close. Turnout was 61 percent.",
         ["The vote was close.", "Turnout was 61 percent."]),
        # tokenised, lower-cased text: a stop written apart from its words ends a sentence
        ("the ferry was late . its crew blamed the fog .",
         ["the ferry was late .", "its crew blamed the fog ."]),
        ("the ferry left at 6 p.m. with its crew", ["the ferry left at 6 p.m. with its crew"]),
        # an aside about the subject is a statement of its own
        ("The Meadow party, led by Ines Kovac, came third in the vote",
         ["The Meadow party came third in the vote", "The Meadow party was led by Ines Kovac"]),
        ("Kovac, who studied in Lanmouth, was sworn in on Monday",
         ["Kovac was sworn in on Monday", "Kovac studied in Lanmouth"]),
        ("Lanmouth, the county town, is growing",
         ["Lanmouth is growing", "Lanmouth is the county town"]),
        # ", when it ..." takes the main clause's subject and its time
        ("Northfield has leased the docks since March 2019, when it bought two ferries",
         ["Northfield has leased the docks since March 2019",
          "Northfield bought two ferries in March 2019"]),
        # a noun phrase set beside the subject says what the subject is
        ("Ada Lund, the ferry company's lawyer, is 42",
         ["Ada Lund is 42", "Ada Lund is the ferry company's lawyer"]),
        ("Piet Brandt, Norland's chief executive, said the deal would help",
         ["Piet Brandt said the deal would help", "Piet Brandt is Norland's chief executive"]),
        # so does one that ends the sentence after a name
        ("The council hired Ada Lund, the ferry company's former lawyer",
         ["The council hired Ada Lund", "Ada Lund is the ferry company's former lawyer"]),
        ("The council hired Ada Lund, the lawyer who won the case",
         ["The council hired Ada Lund, the lawyer who won the case"]),
        # a clause joined by "after", "because" or "while" states a fact of its own
        ("The ferry sailed two hours late because the harbour crane broke down",
         ["The ferry sailed two hours late", "the harbour crane broke down"]),
        ("Ada Lund broke her wrist after Piet Brandt pushed her off the quay",
         ["Ada Lund broke her wrist", "Piet Brandt pushed her off the quay"]),
        # not a phrase without a verb, a pronoun that may be either side's, a span of
        # time between the two, or words inside a quotation
        ("The ferry sailed late after 45 minutes in the harbour",
         ["The ferry sailed late after 45 minutes in the harbour"]),
        ("The council sacked Piet Brandt after he failed a safety test",
         ["The council sacked Piet Brandt after he failed a safety test"]),
        ("The strike began two days after the ferry company cut wages",
         ["The strike began two days after the ferry company cut wages"]),
        ('Ada Lund said "we sailed before the storm hit the quay"',
         ['Ada Lund said "we sailed before the storm hit the quay"']),
        # an opening phrase, an aside that is a clause, and a list stay whole
        ("In its fourth week, the single stayed at number one, selling 5,000 copies",
         ["In its fourth week, the single stayed at number one, selling 5,000 copies"]),
        ("Ada Lund, the lawyer who won the case, said it was over",
         ["Ada Lund, the lawyer who won the case, said it was over"]),
        ("Lanmouth, the capital, and Ardcross are linked by ferry",
         ["Lanmouth, the capital, and Ardcross are linked by ferry"]),
        # "and" between two names joins a list, not two clauses
        ("Under league rules, Okafor and Brandt risked a ban of one year",
         ["Under league rules, Okafor and Brandt risked a ban of one year"]),
        ("The talks between Lindqvist and Moreau lasted four hours",
         ["The talks between Lindqvist and Moreau lasted four hours"]),
        ("Ministers issued a statement urging Lanmouth and Ardcross to talk",
         ["Ministers issued a statement urging Lanmouth and Ardcross to talk"]),
        # a plural noun is not a verb, nor is an infinitive
        ("Attacks by rebels and Northern forces have closed two roads",
         ["Attacks by rebels and Northern forces have closed two roads"]),
        ("She thanked the director for waiting a decade and a half to cast her",
         ["She thanked the director for waiting a decade and a half to cast her"]),
        # two things of one object, and a subject of two people, are not two clauses
        ("In 1950 Ada Lund gave the mill and grounds to the town council",
         ["In 1950 Ada Lund gave the mill and grounds to the town council"]),
        ("The town let her stay on the condition that she and her sons kept the mill",
         ["The town let her stay on the condition that she and her sons kept the mill"]),
        ("Ada Lund sold the mill and bought a ferry in May",
         ["Ada Lund sold the mill", "Ada Lund bought a ferry in May"]),
        # a second clause that leans on the first one's words stays with it
        ("Lanmouth has 12 ferries and Ardcross has 10",
         ["Lanmouth has 12 ferries and Ardcross has 10"]),
        ("The mayor resigned in May and she was replaced by Ines Kovac",
         ["The mayor resigned in May", "The mayor was replaced by Ines Kovac"]),
        # a month's abbreviation ends no sentence: the day stays with its month
        ("Yields rose to the highest level since Jan. 19, and the bank said it would buy",
         ["Yields rose to the highest level since Jan. 19", "the bank said it would buy"]),
        ("The ferry strike began on Sept. 4. It ended a week later.",
         ["The ferry strike began on Sept. 4.", "It ended a week later."]),
    ],
)
def test_a_claim_splits_into_the_statements_it_makes(claim: str, parts: list[str]) -> None:
    assert split_claim(claim) == parts


def test_a_word_before_a_past_form_is_a_noun() -> None:
    words = read_statement("Harbour shares fell 3% on Monday.").words
    assert next(w for w in words if w.folded == "shares").pos == frozenset({"n"})


def test_an_as_clause_after_the_verb_is_a_circumstance() -> None:
    words = read_statement("Harbour shares fell 3% as the early rally faded.").words
    assert all(w.adjunct for w in words if w.folded in ("early", "rally", "faded"))
    words = read_statement("Ines Kovac served as the port's chief engineer.").words
    assert not any(w.adjunct for w in words)


def test_a_relative_clause_after_a_preposition_is_no_circumstance() -> None:
    words = read_statement("Ada Lund made a film in which her son flies over Lanmouth.").words
    assert not any(w.adjunct for w in words if w.folded in ("son", "flies"))
    words = read_statement("Ada Lund made a film in the harbour at Lanmouth.").words
    assert next(w for w in words if w.folded == "harbour").adjunct


def test_a_measure_word_after_what_the_figure_counts_belongs_to_it() -> None:
    words = read_statement("The guide is 212 pages long.").words
    assert not next(w for w in words if w.folded == "long").content


def test_a_middle_initial_stays_inside_the_name() -> None:
    names = read_statement("The jury indicted Ines R. Kovac and J. K. Brandt.").names
    assert [(n.text, n.keys) for n in names] == [
        ("Ines R. Kovac", ("ines", "kovac")), ("J. K. Brandt", ("brandt",))]


def test_the_first_end_of_a_range_takes_the_year_written_at_its_end() -> None:
    import datetime as dt

    from factcheck.quantities.dates import extract_dates

    found = extract_dates("The fair runs Sept. 25-Oct. 3, 2021, in Lanmouth.", dt.date(2019, 5, 1))
    assert [d.year for d in found] == [2021, 2021]
    found = extract_dates("It ran from Dec. 28 to Jan. 3, 2021.", dt.date(2019, 5, 1))
    assert [d.year for d in found] == [2020, 2021]


def test_number_before_a_numeral_is_a_place_not_an_intended_verb() -> None:
    words = read_statement("The album has moved up to number seven this week.").words
    assert not next(w for w in words if w.folded == "number").mood
    words = read_statement("The council moved to ban the boats.").words
    assert next(w for w in words if w.folded == "ban").mood


def test_a_parenthesis_that_says_which_bearer_is_part_of_the_title() -> None:
    words = read_statement("Lanmouth ( 2008 film ) was shot in Ardcross.").words
    assert next(w for w in words if w.folded == "film").adjunct
    words = read_statement("The ferry (a slow one) was late in Ardcross.").words
    assert not next(w for w in words if w.folded == "slow").adjunct


def test_a_bare_month_after_on_ends_a_phrase() -> None:
    import datetime as dt

    from factcheck.quantities.dates import extract_dates

    assert [d.month for d in extract_dates("It was released on August .")] == [8]
    assert extract_dates("He relied on June for help.", dt.date(2019, 5, 1)) == []


@pytest.mark.parametrize(
    ("sentence", "word", "content"),
    [
        # "up to 17" bounds the figure: no direction of its own to find in a passage
        ("The storm left up to 300 families homeless.", "up", False),
        # a direction after a verb or before a figure is part of what is said
        ("Shares were up 4% by noon.", "up", True),
        ("Shares were up from 4% to 6% by noon.", "up", True),
    ],
)
def test_up_to_before_a_figure_is_a_bound_not_a_direction(sentence: str, word: str,
                                                          content: bool) -> None:
    words = read_statement(sentence).words
    assert next(w for w in words if w.folded == word).content is content


def test_a_bound_written_up_to_meets_as_many_as() -> None:
    corpus = Corpus.from_texts({"storm.txt": "The storm left as many as 300 families "
                                              "homeless on the island.\n"})
    assert check("The storm left up to 300 families homeless on the island.", corpus
                 ).verdict is Verdict.SUPPORTED
