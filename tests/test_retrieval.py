"""The rerank's wording similarity."""

from __future__ import annotations

import pytest

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


def test_retrieve_scores_only_the_candidates_that_can_reach_the_top(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # many sentences share the claim's words; the passages returned are the best `limit`
    # of scoring every candidate, though fewer are scored
    from factcheck import Corpus
    from factcheck.judge import retrieval
    from factcheck.judge.claims import analyse

    towns = ["Ashby", "Brill", "Corfe", "Dunmow", "Elstow", "Frome", "Goring", "Hythe"]
    texts = {f"{t.lower()}-{i}.txt": f"The {t} council approved {40 + i} new homes near the "
             f"river in {2001 + i}. Residents of {t} asked for {i + 3} more bus stops. "
             f"{'Flooding delayed the work. ' * (i % 2)}The mayor of {t} opened a library."
             for i, t in enumerate(towns * 4)}
    corpus = Corpus.from_texts(texts)
    scored: list[int] = []
    real = retrieval.score_passage

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        scored.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(retrieval, "score_passage", counting)
    left_unscored = 0
    for claim in ("The Corfe council approved 42 new homes near the river",
                  "Residents asked for more bus stops", "The mayor of Hythe opened a library"):
        terms = analyse(claim)
        ranked, required = retrieval.search_words(terms.search_terms, corpus.index)
        rows = corpus.index.search(ranked, retrieval.RECALL_LIMIT, required=required)
        top = max(r.bm25 for r in rows)
        contexts = corpus.index.contexts([r.id for r in rows])
        idf = retrieval.idf_weights(terms, corpus.index)
        every = sorted((real(terms, r, idf, top, contexts.get(r.id, "")) for r in rows),
                       key=lambda p: (-p.relevance, p.row.source, p.row.start))
        for limit in (1, 3, 8):
            scored.clear()
            got = retrieval.retrieve(terms, corpus.index, limit=limit)
            assert [(p.row.id, p.relevance) for p in got] == [
                (p.row.id, p.relevance) for p in every[:limit]]
            assert len(scored) <= len(rows)
            left_unscored += len(rows) - len(scored)
    assert left_unscored > 0
    corpus.close()
