"""Page furniture in scraped articles must never outrank the article's own sentences.

The page below is made up (a city marathon), shaped like a real scrape: navigation,
share buttons, a byline, ADVERTISEMENT slots, a photo caption with its credit, a
copyright line and a "You might also like" list whose headlines repeat the story's words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Corpus, check
from factcheck.corpus.loader import Document
from factcheck.corpus.noise import block_scores
from factcheck.corpus.segment import segment
from factcheck.judge.retrieval import retrieve

MAX_NOISE = 0.7  # Corpus.sentences() default: above this a sentence is furniture

PAGE = """Skip to main content
Home | News | Sport | Weather | Login
Share on Facebook Share on Twitter Share via Email Copy link
Kiptoo breaks course record at Harbour City Marathon
By Daniel Osei
ADVERTISEMENT
Amara Kiptoo won the Harbour City Marathon on Sunday in 2 hours 6 minutes and 41 seconds, \
breaking the course record by almost a minute.
Kiptoo crosses the finish line on Sunday. (Photo: Lena Fischer/Getty Images)
The 27-year-old pulled away from the leading group after 30 kilometres and finished 48 \
seconds ahead of her nearest rival, organisers said.
More than 18,000 runners took part in the race, which was held in cool and dry conditions.
ADVERTISEMENT
Kiptoo said she had trained at altitude for three months before the race and hoped to \
compete at the world championships in August.
Copyright 2024 Harbour Media Group. All rights reserved.
You might also like
Kiptoo breaks course record at Harbour City Marathon as 18,000 run
Harbour City Marathon: road closures and travel advice
Five things we learned from the Harbour City Marathon
Comments (12)
"""

ARTICLE = [
    "Amara Kiptoo won the Harbour City Marathon on Sunday in 2 hours 6 minutes and 41 "
    "seconds, breaking the course record by almost a minute.",
    "The 27-year-old pulled away from the leading group after 30 kilometres and finished "
    "48 seconds ahead of her nearest rival, organisers said.",
    "More than 18,000 runners took part in the race, which was held in cool and dry "
    "conditions.",
    "Kiptoo said she had trained at altitude for three months before the race and hoped "
    "to compete at the world championships in August.",
]
FURNITURE = [
    "Skip to main content",
    "Home | News | Sport | Weather | Login",
    "Share on Facebook Share on Twitter Share via Email Copy link",
    "By Daniel Osei",
    "ADVERTISEMENT",
    "(Photo: Lena Fischer/Getty Images)",
    "Copyright 2024 Harbour Media Group.",
    "You might also like",
    "Kiptoo breaks course record at Harbour City Marathon as 18,000 run",
    "Harbour City Marathon: road closures and travel advice",
    "Five things we learned from the Harbour City Marathon",
    "Comments (12)",
]
SOURCE = "sport/harbour-marathon.txt"


@pytest.fixture
def page_corpus():  # type: ignore[no-untyped-def]
    corpus = Corpus.from_texts({SOURCE: PAGE})
    yield corpus
    corpus.close()


def _noise_by_text() -> dict[str, float]:
    return {r.text: r.noise for r in segment(Document(SOURCE, PAGE, "x"))}


def test_every_piece_of_furniture_scores_as_noise() -> None:
    noise = _noise_by_text()
    for text in FURNITURE:
        assert noise[text] > MAX_NOISE, text


def test_article_sentences_score_as_prose() -> None:
    noise = _noise_by_text()
    for text in ARTICLE:
        assert noise[text] < 0.3, text


def test_corpus_sentences_leave_the_furniture_out(page_corpus: Corpus) -> None:
    texts = [s.text for s in page_corpus.sentences()]
    assert set(ARTICLE) <= set(texts)
    assert not set(FURNITURE) & set(texts)


@pytest.mark.parametrize(
    ("claim", "relevant"),
    [
        ("Kiptoo broke the course record at the Harbour City Marathon", ARTICLE[:1]),
        ("18,000 runners took part in the Harbour City Marathon", ARTICLE[2:3]),
        ("Harbour City Marathon road closures", ARTICLE[:1]),
        ("Kiptoo finished 48 seconds ahead of her nearest rival", ARTICLE[1:2]),
    ],
)
def test_furniture_is_never_ranked_above_the_article(
    page_corpus: Corpus, claim: str, relevant: list[str]
) -> None:
    ranked = [p.row.text for p in retrieve(claim, page_corpus.index, limit=20)]
    assert ranked[0] in ARTICLE
    worst_relevant = max(ranked.index(t) for t in relevant)
    furniture_ranks = [ranked.index(t) for t in FURNITURE if t in ranked]
    assert all(rank > worst_relevant for rank in furniture_ranks), ranked


def test_check_leads_with_article_evidence(page_corpus: Corpus) -> None:
    result = check("Kiptoo broke the course record at the Harbour City Marathon", page_corpus)
    assert result.evidence
    assert result.evidence[0].sentence.text in ARTICLE
    shown = [e.sentence.text for e in result.evidence]
    first_furniture = min((shown.index(t) for t in FURNITURE if t in shown), default=len(shown))
    assert shown.index(ARTICLE[0]) < first_furniture


def test_link_list_ends_when_prose_resumes() -> None:
    lines = [
        "Related stories",
        "Floods close two bridges",
        "Mayor promises new drains",
        "The river had risen by almost two metres overnight, according to the agency that "
        "monitors water levels across the region.",
    ]
    scores = block_scores(lines)
    assert scores[0] == 1.0
    assert min(scores[1:3]) > MAX_NOISE
    assert scores[3] < 0.3


def test_lines_repeated_across_documents_count_as_noise() -> None:
    line = "Sign up to our morning briefing and get the news first."
    alone = block_scores([line])[0]
    repeated = block_scores([line], repeated=frozenset({line.lower()}))[0]
    assert repeated >= alone + 0.4 - 1e-9


def test_form_feed_does_not_shift_noise_to_the_next_line() -> None:
    # regression: segment() numbered lines with str.splitlines (which also breaks at \f,
    # U+2028, \x85) but located sentences with LineMap (only \r, \n), so after a form
    # feed every sentence got the noise score of the line above it
    prose = "The storm hit the northern coast hard on Tuesday morning, officials said."
    for brk in ("\f", "\u2028", "\x85", "\x1c"):
        text = f"ADVERTISEMENT{brk}Share on Facebook\n{prose}\n"
        rows = {r.text: r.noise for r in segment(Document("p.txt", text, "x"))}
        assert rows[prose] < 0.3, repr(brk)


# The build counts words and tests line endings with string operations instead of the
# regular expressions that define them (corpus/noise.py): the two must always agree.
_LINE_PARTS = st.lists(st.sampled_from(
    ["a", "B", "share", "Share", "SIGN", "a-share", "-share", "'Comments", "sign-up", "x'",
     "photo", "(Photo", "file)", "Credit:", "source :", "copyright", "(AP)", "Image", " ",
     "  ", "\t", ".", "!", "?", '"', "'", ")", "]", "\u201d", "\u2019", "\u00a9", "\u00e9",
     "\u212a", "\u017f", "\u00a0", "\u2028", "1", "-", ":", "("]), max_size=25).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_LINE_PARTS)
def test_word_counts_agree_with_the_word_pattern(line: str) -> None:
    from factcheck.corpus import wordcounts

    words = wordcounts.WORD.findall(line)
    assert wordcounts.word_counts(line) == (
        len(words), sum(1 for w in words if w[0].isupper()),
        sum(1 for w in words if w.lower() in wordcounts.UI_WORDS))


@settings(max_examples=3000, deadline=None)
@given(_LINE_PARTS)
def test_sentence_ending_and_credit_cues_agree_with_their_patterns(line: str) -> None:
    from factcheck.corpus import noise

    assert noise._ends_sentence(line) == bool(noise._TERMINAL.search(line))
    if noise._CREDIT.search(line):
        assert noise._may_be_credit(line)  # the cheap test never hides a credit
