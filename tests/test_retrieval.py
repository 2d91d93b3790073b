"""The rerank's wording similarity."""

from __future__ import annotations

from factcheck.judge.retrieval import _token_set_similarity as similar


def test_wording_similarity_is_the_share_of_words_in_common() -> None:
    assert similar("the cup final", "rovers won the cup final on saturday") == 1.0
    assert similar("rain today", "sun tomorrow") == 0.0
    assert similar("", "anything") == 0.0
    # longer shared words count for more
    assert similar("storm brenna hit", "storm brenna passed") > similar(
        "a storm hit", "a gale hit") > 0


def test_match_stem_meets_shared_prefixes_and_demonym_roots() -> None:
    # the passage's stems are bucketed by their first letters; the matches are the same
    # as comparing every pair: a long shared prefix, a nationality and its country
    from factcheck.judge.retrieval import PassageWords, match_stem

    words = PassageWords.of({"electr", "norway", "bank", "investigat"}, set(), set())
    assert match_stem("electricity", words, {})[:2] == (0.8, "prefix")
    assert match_stem("investigator", words, {}) == (0.8, "prefix", "investigat")
    assert match_stem("norwegian", words, {})[1] == "missing"  # not the same root letters
    assert match_stem("bank", words, {}) == (1.0, "exact", "bank")
    demonyms = PassageWords.of({"kenya", "ghana"}, set(), set())
    assert match_stem("kenyan", demonyms, {}) == (0.8, "prefix", "kenya")
    assert match_stem("ghanaian", demonyms, {}) == (0.8, "prefix", "ghana")  # "ghanai"
    # five letters shared, but not three quarters of the shorter word
    assert match_stem("constitution", PassageWords.of({"construct"}, set(), set()), {})[1] \
        == "missing"


def test_stems_in_gives_the_stems_tokenize_gives() -> None:
    # the text around a passage is read for its stems only, without building tokens
    from factcheck.judge.claims import stems_in, tokenize

    text = ("Turkey's troops\u2014and 3.6 million Syrians\u2014fled the co-operative's "
            "state-run camps, U.S. officials said on Tuesday.")
    assert stems_in(text) == {t.stem for t in tokenize(text)}
    assert {"troop", "camp", "run"} <= stems_in(text)
