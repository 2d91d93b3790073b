"""Date mentions: precision, parts, relative dates and the document date."""

import datetime as dt

import pytest

from factcheck import Corpus, check
from factcheck.quantities.dates import document_date, extract_dates, is_year_at
from factcheck.results import Verdict


def one(text, doc_date=None):
    found = extract_dates(text, doc_date)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "fields", "precision"),
    [
        ("The merger closed in September 2018.", "September 2018", (2018, 9, None), "month"),
        ("Polls opened on February 5 in the north.", "February 5", (None, 2, 5), "day"),
        ("Kick-off was Feb. 24, 2020 at noon.", "Feb. 24, 2020", (2020, 2, 24), "day"),
        ("The report is dated 2020-02-26.", "2020-02-26", (2020, 2, 26), "day"),
        ("The storm hit in November 2015.", "November 2015", (2015, 11, None), "month"),
        ("Results come on January 12.", "January 12", (None, 1, 12), "day"),
        ("The league started in 2011.", "2011", (2011, None, None), "year"),
        ("Prices have risen since 2012.", "2012", (2012, None, None), "year"),
        ("The plant closed in December 2016.", "December 2016", (2016, 12, None), "month"),
        ("The vote is on 5 March 2021.", "5 March 2021", (2021, 3, 5), "day"),
    ],
)
def test_absolute_dates(text, span, fields, precision):
    d = one(text)
    assert d.text == span == text[d.start : d.end]
    assert (d.year, d.month, d.day) == fields
    assert d.precision == precision
    assert d.resolved


def test_year_only_covers_the_whole_year():
    d = one("The club was founded in 1998.")
    assert (d.low, d.high) == (dt.date(1998, 1, 1), dt.date(1998, 12, 31))


def test_month_without_year_is_never_filled_from_today():
    d = one("Results come on January 12.")
    assert d.year is None and d.low is None


def test_month_without_year_takes_the_document_year():
    d = one("Results come on January 12.", dt.date(2019, 3, 1))
    assert d.low == dt.date(2019, 1, 12)


def test_month_far_after_dateline_belongs_to_previous_year():
    d = one("The flood began on December 12.", dt.date(2020, 2, 1))
    assert d.year == 2019


@pytest.mark.parametrize(
    ("text", "part", "low", "high"),
    [
        ("Harvest starts in early April 2021.", "early", dt.date(2021, 4, 1), dt.date(2021, 4, 10)),
        ("Talks resume in mid-April 2021.", "mid", dt.date(2021, 4, 11), dt.date(2021, 4, 20)),
        ("Rain returns in late April 2021.", "late", dt.date(2021, 4, 21), dt.date(2021, 4, 30)),
        ("Payment is due by the end of February 2021.", "end", dt.date(2021, 2, 21),
         dt.date(2021, 2, 28)),
        ("Growth slowed in mid-2018.", "mid", dt.date(2018, 5, 1), dt.date(2018, 8, 31)),
    ],
)
def test_parts_of_months_and_years(text, part, low, high):
    d = one(text)
    assert d.part == part
    assert (d.low, d.high) == (low, high)


def test_end_of_month_hyphenated():
    d = one("The union set an end-of-February deadline.")
    assert d.text == "end-of-February"
    assert (d.month, d.part, d.year) == (2, "end", None)


@pytest.mark.parametrize("text", ["on Wednesday", "this month", "last week", "yesterday"])
def test_relative_dates_unresolved_without_document_date(text):
    d = one(f"The coach spoke {text} about the injury.")
    assert d.resolved is False
    assert d.low is None


def test_relative_dates_resolve_against_document_date():
    doc = dt.date(2020, 2, 26)  # a Wednesday
    text = "He spoke on Monday, yesterday and last week; sales fell this month."
    found = extract_dates(text, doc)
    by_text = {d.text: d for d in found}
    assert by_text["Monday"].low == dt.date(2020, 2, 24)
    assert by_text["yesterday"].low == dt.date(2020, 2, 25)
    assert (by_text["last week"].low, by_text["last week"].high) == (
        dt.date(2020, 2, 17), dt.date(2020, 2, 23))
    assert by_text["this month"].precision == "month"
    assert by_text["this month"].high == dt.date(2020, 2, 29)


def test_weekday_next_to_absolute_date_is_not_separate():
    found = extract_dates("Monday, Feb. 24, 2020. A ferry docked.")
    assert [d.text for d in found] == ["Feb. 24, 2020"]


@pytest.mark.parametrize(
    "text", ["in the 2012–13 season", "the 2012-13 budget", "over 2012/2013"]
)
def test_fiscal_years_are_one_date_not_a_range(text):
    d = one(text)
    assert d.year == 2012 and d.high.year == 2013


def test_year_modifier_position():
    d = one("The 2016 election surprised pollsters.")
    assert d.year == 2016
    d = one("They renewed the 2018 Geneva accord.")
    assert d.year == 2018


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1999 the firm", True),
        ("the 2016 election", True),
        ("2000 people marched", False),
        ("more than 1500 fans", False),
        ("They won in 2010.", True),
    ],
)
def test_is_year_at(text, expected):
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert is_year_at(text, start, start + 4) is expected


def test_lowercase_may_and_march_are_not_dates():
    assert extract_dates("Prices may march higher.") == []


def test_invalid_day_is_dropped():
    assert extract_dates("It happened on February 30 2019.") == [] or all(
        d.day != 30 for d in extract_dates("It happened on February 30 2019.")
    )


def test_document_date_from_dateline():
    text = " date 2020-02-26 LONDON – Shares rose.\nMore text on March 3."
    assert document_date(text) == dt.date(2020, 2, 26)


def test_document_date_from_long_date_in_first_lines():
    text = "Markets\n\nTraders in Tokyo, Monday, Mar. 2, 2020. (Photo)\nBody text."
    assert document_date(text) == dt.date(2020, 3, 2)


def test_document_date_absent():
    assert document_date("A story with no date.\nIn 2019 it rained.") is None


def test_regression_headline_date_before_colon():
    d = one("Weather Daily, Feb 16: Snow Closes Passes")
    assert (d.month, d.day) == (2, 16)


def test_regression_full_month_name_does_not_swallow_full_stop():
    d = one("The deal must be signed by the end of February.")
    assert d.text == "the end of February"


@pytest.mark.parametrize(
    ("text", "shown"),
    [("by the end of February", "end of February"), ("in mid-2018", "mid-2018"),
     ("in late April 2019", "late April 2019"), ("on 5 May 2019", "5 May 2019"),
     ("in the 2012-13 season", "2012–2013"), ("on Monday", "'Monday' (no document date)")],
)
def test_describe(text, shown):
    assert one(text).describe() == shown


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Disco peaked in the 1970s.", 1970, 1979), ("It began in the early 1990s.", 1990, 1993),
     ("It began in the 1970 's .", 1970, 1979), ("Rock grew in the late 1960's.", 1967, 1969)],
)
def test_decades(text, low, high):
    d = one(text)
    assert d.precision == "decade"
    assert (d.low.year, d.high.year) == (low, high)


def test_possessive_year_is_not_a_decade():
    d = one("2010's budget rose.")
    assert d.precision == "year"


def test_year_as_sentence_subject():
    assert one("2015 was a record year for the club.").year == 2015
    assert extract_dates("2000 were arrested after the match.") == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the championships in Lisbon from 4-6 March 2022", 4, 6),
        ("The festival runs March 4\u20136, 2022, in Leeds", 4, 6),
        ("talks on 12-14 February 2022", 12, 14),
    ],
)
def test_a_range_of_days_is_one_mention_covering_them(text: str, first: int, last: int
                                                       ) -> None:
    (mention,) = extract_dates(text)
    assert (mention.first_day, mention.day, mention.year) == (first, last, 2022)
    assert mention.low is not None and mention.high is not None
    assert (mention.low.day, mention.high.day) == (first, last)


def test_two_numbers_that_are_no_range_stay_one_day() -> None:
    # a score before a date, and a date and another date
    assert [(d.text, d.first_day) for d in extract_dates("won 6-4 on 3 March in Leeds")] == \
        [("3 March", None)]
    assert [d.first_day for d in extract_dates("on 4 March and on 6 March")] == [None, None]


def test_a_day_within_a_range_is_not_contradicted_by_it() -> None:
    from factcheck import Corpus, check
    from factcheck.results import Verdict

    corpus = Corpus.from_texts({"athletics.txt": (
        "Date: 2022-02-01\n"
        "She has not decided whether to compete at the indoor championships, which "
        "run in Lisbon from 4-6 March.\n")})
    for claim, verdict in (("The indoor championships in Lisbon start on 4 March",
                            Verdict.NOT_ENOUGH_INFO),
                           ("The indoor championships in Lisbon run from 4-6 March",
                            Verdict.SUPPORTED),
                           ("The indoor championships in Lisbon run from 8-10 March",
                            Verdict.CONTRADICTED)):
        result = check(claim, corpus)
        assert result.verdict is not Verdict.CONTRADICTED or verdict is Verdict.CONTRADICTED, \
            (claim, result.reason)
        if verdict is not Verdict.NOT_ENOUGH_INFO:
            assert result.verdict is verdict, (claim, result.reason)


@pytest.mark.parametrize(
    ("text", "shown", "low", "high"),
    [
        ("The fair ran from 3 to 9 June 2019.", "3 to 9 June 2019", (2019, 6, 3), (2019, 6, 9)),
        ("It closed between 3 and 9 June 2019.", "between 3 and 9 June 2019", (2019, 6, 3),
         (2019, 6, 9)),
        ("Sales fell between March and May 2010.", "between March and May 2010",
         (2010, 3, 1), (2010, 5, 31)),
        ("The works ran March-May 2010.", "March-May 2010", (2010, 3, 1), (2010, 5, 31)),
        ("The ferry ran from December to February 2011.", "from December to February 2011",
         (2010, 12, 1), (2011, 2, 28)),
        # one month alone is one month
        ("The ferry ran in May 2010.", "May 2010", (2010, 5, 1), (2010, 5, 31)),
    ],
)
def test_a_range_of_days_or_months_is_one_mention(text: str, shown: str,
                                                  low: tuple[int, int, int],
                                                  high: tuple[int, int, int]) -> None:
    (found,) = extract_dates(text)
    assert (found.text, found.low, found.high) == (shown, dt.date(*low), dt.date(*high))


RANGES = {
    "fair.txt": "The Harwick flower fair ran from 3 to 9 June 2019.\n"
                "Repairs to the ferry pier took place between March and May 2010.\n",
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a day or month inside the range is not against it, nor borne out by it
        ("The Harwick flower fair ran on 5 June 2019.", Verdict.NOT_ENOUGH_INFO),
        ("Repairs to the ferry pier took place in April 2010.", Verdict.NOT_ENOUGH_INFO),
        # outside it, it is
        ("The Harwick flower fair ran on 12 June 2019.", Verdict.CONTRADICTED),
        ("Repairs to the ferry pier took place in July 2010.", Verdict.CONTRADICTED),
        ("Repairs to the ferry pier took place between March and May 2010.",
         Verdict.SUPPORTED),
    ],
)
def test_a_claim_date_against_a_range(claim: str, verdict: Verdict) -> None:
    assert check(claim, Corpus.from_texts(RANGES)).verdict is verdict


@pytest.mark.parametrize(
    ("passage", "verdict"),
    [
        # the passage's date is of another film's premiere, named after "of"
        ("Its director has been a Tarn Festival regular since the 2009 premiere of "
         "Kestrel.", Verdict.NOT_ENOUGH_INFO),
        # without another name, the premiere's date stands against the claim's
        ("The film had its premiere at the Tarn Festival in 2009.", Verdict.CONTRADICTED),
    ],
)
def test_a_date_of_another_names_event(passage: str, verdict: Verdict) -> None:
    corpus = Corpus.from_texts({"film.txt": passage + "\n"})
    assert check("The film had its premiere at the Tarn Festival in 2014.", corpus
                 ).verdict is verdict


def test_a_claim_date_borne_out_by_one_end_of_a_range_takes_the_range() -> None:
    # 2021 is borne out by the range's end; the announcement's day is not set against
    # the range's start
    corpus = Corpus.from_texts({"races.txt": "The Harwick Motor Club announced today that "
                                             "the autumn races will return to the Tarn "
                                             "circuit Sept. 25-Oct. 3, 2021.\n"})
    result = check("On May 12th 2019, the Harwick Motor Club announced the autumn races "
                   "will return to the Tarn circuit in 2021.", corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert "≠" not in result.reason


def test_a_claims_own_range_meets_each_end_of_the_sources() -> None:
    corpus = Corpus.from_texts({"show.txt": "The Harwick exhibition runs from 3 May to "
                                            "12 June 2019.\n"})
    result = check("The Harwick exhibition runs from 3 May to 9 June 2019.", corpus)
    assert result.verdict is Verdict.CONTRADICTED
