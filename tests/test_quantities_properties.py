"""Universal rules of the quantities engine, checked with Hypothesis."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.quantities.compare import compare
from factcheck.quantities.dates import extract_dates
from factcheck.quantities.numbers import number_to_words
from factcheck.quantities.quantities import extract_quantities
from factcheck.results import Outcome

SETTINGS = settings(max_examples=200, deadline=None)
integers = st.integers(min_value=0, max_value=999_999_999)


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _read_one(sentence: str) -> float:
    found = extract_quantities(sentence)
    assert len(found) == 1, (sentence, found)
    return found[0].value


@SETTINGS
@given(n=integers, sep=st.sampled_from([",", " ", "\u00a0"]))
def test_integers_with_separators_read_back(n, sep):
    assert _read_one(f"The museum counted {_grouped(n, sep)} visitors.") == n


@SETTINGS
@given(n=integers)
def test_integers_without_separators_read_back(n):
    assert _read_one(f"The museum counted {n} visitors.") == n


@SETTINGS
@given(n=integers)
def test_integers_as_words_read_back(n):
    assert _read_one(f"The museum counted {number_to_words(n)} visitors.") == n


@SETTINGS
@given(
    n=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    scale=st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]),
)
def test_scale_words_read_back(n, tenths, scale):
    word, factor = scale
    stated = f"{n}.{tenths}" if tenths else str(n)
    value = _read_one(f"The fund raised {stated} {word} pounds.")
    assert abs(value - (n + tenths / 10) * factor) <= 1e-6 * factor


@SETTINGS
@given(st.text(max_size=300))
def test_extraction_never_raises_and_spans_index_the_text(text):
    for q in extract_quantities(text):
        assert q.text == text[q.start : q.end]
    for d in extract_dates(text):
        assert d.text == text[d.start : d.end]


_pieces = st.sampled_from(
    ["more than", "about", "nearly", "up to", "at least", "as many as", "between 3 and",
     "over", "fewer than", "some", "", "", "", "5", "12", "1,800", "3.7 million", "$5bn",
     "km", "miles", "hours", "per cent", "%", "kg", "players", "tickets", "and", "in 2016",
     "February 5", "(10 miles)", "-", "to", "several", "dozens of", "half a million", "third",
     "a dozen", "twenty-one", ".", ",", "on Monday", "a", "the", "2012-13", "COVID-19"]
)


@SETTINGS
@given(st.lists(_pieces, max_size=12))
def test_generated_sentences_spans_and_self_consistency(words):
    text = " ".join(words)
    for q in extract_quantities(text):
        assert q.text == text[q.start : q.end]
        assert q.start < q.end
        assert compare(q, q).outcome == Outcome.CONSISTENT, (text, q)
    for d in extract_dates(text):
        assert d.text == text[d.start : d.end]
        if d.resolved and (d.month is not None or d.year is not None):
            assert compare(d, d).outcome == Outcome.CONSISTENT, (text, d)
