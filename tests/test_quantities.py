"""Quantities: values, intervals, units, heads, hedges, and what is not a quantity."""

import pytest

from factcheck.quantities.quantities import extract_quantities


def only(text):
    found = extract_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.text == text[q.start : q.end]
    return q


def values(text):
    return [q.value for q in extract_quantities(text)]


# --- digits ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The stadium sold 1,800 seats.", 1800),
        ("The census counted 3,700,000 residents.", 3_700_000),
        ("The club has 816 000 members.", 816_000),
        ("Shares fell 3.7 points.", 3.7),
        ("It was -4 degrees overnight.", -4),
    ],
)
def test_digits(text, value):
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["Turnout rose 5%.", "Turnout rose 5 per cent.",
                                  "Turnout rose 5 percent."])
def test_percent_spellings(text):
    q = only(text)
    assert (q.value, q.unit, q.dimension) == (5, "%", "percent")


# --- scales ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "dimension"),
    [
        ("The app has 3.7 million users.", 3.7e6, "count"),
        ("The app has 3.7m users.", 3.7e6, "count"),
        ("The deal is worth $5bn.", 5e9, "money"),
        ("The post got 1.8k likes.", 1800, "count"),
        ("Half a million voters stayed home.", 5e5, "count"),
        ("A million viewers tuned in.", 1e6, "count"),
        ("The network has 3.8 billion subscribers.", 3.8e9, "count"),
        ("Rocks formed 3.8 billion years ago.", 3.8e9 * 365.2425 * 86400, "duration"),
    ],
)
def test_scales(text, value, dimension):
    q = extract_quantities(text)[0]
    assert q.value == pytest.approx(value)
    assert q.dimension == dimension


def test_known_failure_3_8_billion_keeps_magnitude():
    q = only("About 3.8 billion people watched the final.")
    assert q.value == pytest.approx(3.8e9)
    assert q.head == "people"


def test_known_failure_spaced_thousands_keep_magnitude():
    assert only("Some 816 000 tickets were sold.").value == pytest.approx(816_000)


def test_tens_of_thousands_is_an_interval():
    q = only("Tens of thousands of runners lined up.")
    assert (q.low, q.high) == (20_000, 99_999)
    assert q.head == "runners"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hundreds of fans queued.", 200, 999),
        ("Dozens of shops closed.", 24, 99),
        ("Thousands of homes lost power.", 2000, 9999),
        ("Millions of people voted.", 2e6, 9.99e8),
    ],
)
def test_vague_plurals(text, low, high):
    q = only(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


# --- number words ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "head"),
    [
        ("Twelve jurors were sworn in.", 12, "jurors"),
        ("Three hundred and forty-two delegates voted.", 342, "delegates"),
        ("She bought a dozen eggs.", 12, "eggs"),
        ("He sent two dozen roses.", 24, "roses"),
    ],
)
def test_number_words(text, value, head):
    q = only(text)
    assert (q.value, q.head) == (value, head)


@pytest.mark.parametrize(
    ("text", "value"),
    [("They finished third overall.", 3), ("It was her fifth title.", 5),
     ("The 21st edition opened.", 21), ("It was the second attempt.", 2)],
)
def test_ordinals(text, value):
    q = only(text)
    assert (q.value, q.dimension) == (value, "ordinal")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Half of the budget went on wages.", 50), ("A third of voters abstained.", 100 / 3),
     ("Two-thirds of members agreed.", 200 / 3)],
)
def test_fractions_are_percent_shares(text, value):
    q = only(text)
    assert q.dimension == "percent"
    assert q.value == pytest.approx(value)


# --- hedges ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "hedge", "low", "high", "li", "hi"),
    [
        ("More than 1,800 runners finished.", "more than", 1800, None, False, True),
        ("Over 40 teams entered.", "more than", 40, None, False, True),
        ("Exceeding 40 teams entered.", "more than", 40, None, False, True),
        ("At least 12 boats sank.", "at least", 12, None, True, True),
        ("Fewer than 15 players remain.", "less than", None, 15, True, False),
        ("Under 15 players remain.", "less than", None, 15, True, False),
        ("Up to 20 flights were cancelled.", "up to", None, 20, True, True),
        ("At most 20 flights were cancelled.", "up to", None, 20, True, True),
        ("As many as 17 miners were trapped.", "as many as", None, 17, True, True),
        ("About 300 guests came.", "about", 270, 330, True, True),
        ("Roughly 300 guests came.", "about", 270, 330, True, True),
        ("Some 300 guests came.", "about", 270, 330, True, True),
        ("An estimated 300 guests came.", "about", 270, 330, True, True),
        ("Nearly 300 guests came.", "nearly", 270, 300, True, True),
        ("Just under 300 guests came.", "nearly", 270, 300, True, True),
    ],
)
def test_hedges_become_intervals(text, hedge, low, high, li, hi):
    q = only(text)
    assert q.hedge == hedge
    assert q.low == (pytest.approx(low) if low is not None else None)
    assert q.high == (pytest.approx(high) if high is not None else None)
    assert (q.low_inclusive, q.high_inclusive) == (li, hi)


def test_as_many_as_keeps_the_stated_figure():
    assert only("As many as 17 miners were trapped.").value == 17


def test_hedge_is_part_of_the_span():
    q = only("Officials said more than 1,800 runners finished.")
    assert q.text == "more than 1,800"


# --- ranges and vague amounts -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Applicants aged 18 to 25 qualify.", 18, 25),
        ("Applicants aged 18-25 qualify.", 18, 25),
        ("Between five and six teams withdrew.", 5, 6),
        ("The fare is $5-$6 each.", 5, 6),
    ],
)
def test_known_failure_ranges_not_collapsed_to_midpoint(text, low, high):
    q = only(text)
    assert (q.low, q.high) == (low, high)
    assert q.hedge == "between"


def test_known_failure_between_five_and_six_not_summed_to_eleven():
    q = only("Between five and six teams withdrew.")
    assert 11 not in (q.value, q.low, q.high)


def test_range_shares_its_scale_word():
    q = only("Between 3 and 4 million people moved.")
    assert (q.low, q.high) == (3e6, 4e6)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Several players were injured.", 3, 9),
        ("A few players were injured.", 2, 6),
        ("A couple hundred fans protested.", 200, 300),
        ("Several hundred fans protested.", 300, 900),
    ],
)
def test_known_failure_vague_amounts(text, low, high):
    q = only(text)
    assert (q.low, q.high) == (low, high)


def test_score_is_not_a_range():
    [q] = extract_quantities("The hosts won 3-1 on Sunday.")
    assert (q.dimension, q.low, q.high, q.hedge) == ("score", q.value, q.value, None)


# --- units -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "metres"),
    [("The race is 10 km long.", 10_000), ("The trail is 5 kilometres.", 5000),
     ("The trail is 5 kilometers.", 5000), ("The swim is 2 miles.", 3218.688),
     ("The wall is 40 metres high.", 40), ("The ramp is 15m wide.", 15)],
)
def test_lengths_convert_to_metres(text, metres):
    q = only(text)
    assert (q.unit, q.dimension) == ("m", "length")
    assert q.value == pytest.approx(metres)


def test_parenthetical_restatement_is_absorbed():
    q = only("The convoy stopped less than 15 km (10 miles) from the port.")
    assert q.text == "less than 15 km (10 miles)"
    assert q.high == pytest.approx(15_000)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("The strike lasted 48 hours.", 48 * 3600), ("The audit took three months.",
                                                   3 * 30.436875 * 86400),
     ("It ended a nine-year-long drought.", 9 * 365.2425 * 86400),
     ("The talks ran for 24 hours.", 86400), ("The talks ran for a day.", 86400)],
)
def test_durations_in_seconds(text, seconds):
    q = only(text)
    assert q.dimension == "duration"
    assert q.value == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("Tickets cost $45.", "USD", 45), ("Tickets cost £45.", "GBP", 45),
     ("Tickets cost €45.", "EUR", 45), ("The fine was 45 dollars.", "USD", 45),
     ("The fine was 45 pounds.", "GBP", 45), ("The fine was 45 euros.", "EUR", 45),
     ("The bid was £3.2bn.", "GBP", 3.2e9)],
)
def test_money(text, unit, value):
    q = only(text)
    assert (q.unit, q.dimension) == (unit, "money")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "kg"), [("The bag weighs 20 kg.", 20),
                                          ("The ship carried 300 tonnes.", 300_000)])
def test_mass(text, kg):
    q = only(text)
    assert (q.unit, q.value) == ("kg", pytest.approx(kg))


# --- coordination --------------------------------------------------------------

def test_known_failure_coordinated_numbers_not_merged():
    found = extract_quantities("The parcels weighed 5 and 6 kg.")
    assert [q.value for q in found] == [5, 6]
    assert all(q.unit == "kg" for q in found)


def test_coordinated_counts_keep_their_own_heads():
    found = extract_quantities("Seven climbers and one local guide reached the top.")
    assert [(q.value, q.head) for q in found] == [(7, "climbers"), (1, "local guide")]


def test_a_list_borrows_its_unit_through_commas_up_to_its_and():
    found = extract_quantities("The trails are 3, 4 and 5 km long.")
    assert [(q.value, q.unit) for q in found] == [(3000, "m"), (4000, "m"), (5000, "m")]


def test_a_comma_alone_joins_no_list():
    # "number seven, 47 weeks after": the rank is no duration
    found = extract_quantities("The album climbed to number seven, 47 weeks after its release.")
    assert [(q.text, q.unit) for q in found] == [("seven", None), ("47 weeks", "s")]


# --- heads ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The league has 12 weather stations in the valley.", "weather stations"),
        ("As many as 17 French ski instructors were stranded.", "french ski instructors"),
        ("Police said 17 were arrested.", ""),
        ("It has 12 armed guards.", "armed guards"),
        ("Dozens of the runners fell.", "runners"),
        ("Several of them fell.", ""),
        ("The firm's 430 delivery vans were recalled.", "delivery vans"),
        # a noun joined by a hyphen is what is counted; a word that ends a phrase is not
        ("She wrote a 310-page memoir.", "page"),
        ("They live in a four-bedroom house.", "bedroom"),
        ("A one-off payment went to 30 families.", "families"),
    ],
)
def test_heads(text, head):
    assert extract_quantities(text)[0].head == head


# --- not quantities -------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Inflation peaked in 2016.",
        "Rents have climbed since 2011.",
        "The 2018 Geneva accord collapsed.",
        "Revenue for 2012–13 was flat.",
        "Call 555-123-4567 for tickets.",
        "Call +44 20 7946 0958 for tickets.",
        "The A320 landed safely.",
        "COVID-19 cases fell.",
        "Two F-16 jets flew over.",
        "The G20 met in Osaka.",
        "Install version 3.2.1 today.",
        "The match is on February 5.",
        "Voting closed Feb. 24, 2020.",
        "The court sits on January 12.",
        "The 4G network went down.",
        "Music of the 1990s returned.",
    ],
)
def test_not_quantities(text):
    found = [q for q in extract_quantities(text) if q.dimension != "ordinal"]
    # "Two F-16 jets" still counts two jets; nothing else may be read.
    assert [q.value for q in found] in ([], [2])


def test_known_failure_fiscal_year_not_read_as_range():
    assert extract_quantities("Profits for 2012-13 rose.") == []


def test_hedged_four_digit_number_is_a_count_not_a_year():
    q = only("More than 2000 volunteers signed up.")
    assert q.value == 2000 and q.head == "volunteers"


def test_no_cue_returns_nothing_fast():
    assert extract_quantities("The weather was fine and everyone went home.") == []


def test_empty_text():
    assert extract_quantities("") == []


def test_regression_year_after_determiner_before_hyphenated_noun():
    assert extract_quantities("Both sides broke the 2019 cease-fire.") == []


def test_regression_bare_one_is_a_pronoun():
    assert extract_quantities("The old deal failed and a new one that started in May held.") == []


def test_regression_one_way_or_another_is_not_a_count():
    assert extract_quantities("The league will finish the season one way or another.") == []


def test_regression_adverb_skipped_inside_head():
    q = extract_quantities("Negotiators held three hours of apparently fruitless talks.")[0]
    assert q.head == "fruitless talks"


def test_regression_compass_word_is_not_a_head():
    q = only("The camp lies 20 km north of the lake.")
    assert q.head == ""


def test_regression_plural_noun_ends_head():
    assert extract_quantities("Dozens of the runners fell.")[0].head == "runners"


def test_regression_hyphen_chain_is_not_a_range():
    assert extract_quantities("They lined up in a 3-4-1 shape.") == []


def test_regression_duration_described_in_whole_units():
    assert only("The strike lasted 171 hours.").describe() == "171 hours"
    assert only("The audit took 90 days.").describe() == "90 days"
    assert only("The audit took three months.").describe() == "3 months"


def test_regression_first_day_of_a_day_pair_is_not_a_count():
    assert extract_quantities("The festival runs on 9 and 10 July.") == []


@pytest.mark.parametrize("text", ["Call 555 123 4567 today.", "Call (555) 123-4567 today.",
                                  "Doors open at 10:30 and close at 3pm."])
def test_phone_numbers_and_times_with_spaces_or_brackets(text):
    assert extract_quantities(text) == []


def test_regression_attached_m_before_currency_word_is_million():
    q = only("They pledged 400m pesos for water pipes.")
    assert (q.value, q.dimension, q.unit) == (4e8, "money", "peso")


def test_regression_capital_m_after_number_is_a_name_not_metres():
    q = only("A basket of 35 M&S goods was priced.")
    assert q.dimension == "count"


def test_regression_comparative_is_not_a_head():
    assert only("Prices were 11% above average.").head == ""


def test_spans_hold_when_lower_casing_changes_length():
    # "İ".lower() is two code points: offsets must still index the original text.
    text = "İstanbul had 12 İzmir-bound buses."
    q = only(text)
    assert q.value == 12 and text[q.start : q.end] == "12"


@pytest.mark.parametrize(
    ("text", "dimension", "value"),
    [("Gusts reached 70mph.", "speed", 31.2928), ("The car hit 120 km/h.", "speed", 120 / 3.6),
     ("The yacht made 12 knots.", "speed", 12 * 0.514444),
     ("It was -4C at dawn.", "temperature", -4)],
)
def test_speed_and_celsius(text, dimension, value):
    q = only(text)
    assert q.dimension == dimension
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("Sales grew by a third.", 100 / 3),
                                             ("Costs fell by half.", 50)])
def test_fraction_after_by(text, value):
    q = only(text)
    assert (q.dimension, q.value) == ("percent", pytest.approx(value))


def test_a_third_term_is_an_ordinal():
    assert only("She won a third term.").dimension == "ordinal"


def test_year_after_the_noun_of():
    assert extract_quantities("The treaty of 1648 ended the war.") == []
    assert only("A crowd of 1500 fans watched.").value == 1500


def test_coordinated_modifiers_share_the_head():
    q = only("The studio made more than 400 cartoon and training films.")
    assert q.head == "cartoon and training films"


def test_overall_is_not_a_head():
    assert extract_quantities("Some 60 percent overall voted.")[0].head == ""
