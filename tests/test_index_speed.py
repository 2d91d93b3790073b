"""The index's fast paths (issue 6) give exactly what the plain paths give.

The big-index paths only switch on at sizes no test should build, so these tests lower
the thresholds: the pooled refresh, search over two halves of the rowid range, and the
count memo that must notice another process's refresh.
"""

from __future__ import annotations

import sqlite3
from dataclasses import astuple
from pathlib import Path

import pytest

from factcheck import Corpus
from factcheck.index.sqlite import queries, refresh
from factcheck.index.sqlite.index import FtsIndex
from tests.conftest import write_tree

TOPICS = ["rainfall", "turnout", "revenue", "goals", "snowfall", "dividend"]


def _corpus(root: Path, n: int) -> Path:
    texts = {}
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        lines = [
            f"Report {i}: the {topic} figure was {i * 7 % 50} in town {i % 9}.",
            # repeated word for word across files, so BM25 ties are common
            f"Officials said the {topic} numbers would be reviewed.",
            f"Analysts called the {topic} result {'high' if i % 2 else 'low'} for March.",
        ]
        texts[f"part{i % 5}/doc{i:03d}.txt"] = "\n".join(lines) + "\n"
    return write_tree(root, texts)


def _dump(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        return conn.execute(
            "SELECT f.source, s.line, s.col, s.start, s.end, s.text, s.noise, s.key "
            "FROM sentences s JOIN files f ON f.id = s.file_id ORDER BY f.source, s.start"
        ).fetchall()
    finally:
        conn.close()


def test_pooled_refresh_writes_the_same_rows_as_the_plain_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path / "c", 40)
    monkeypatch.setattr(refresh, "PARALLEL_MIN_FILES", 10**9)
    Corpus.from_path(root, index_path=tmp_path / "plain.sqlite").close()
    monkeypatch.setattr(refresh, "PARALLEL_MIN_FILES", 2)
    pooled = Corpus.from_path(root, index_path=tmp_path / "pooled.sqlite")
    pooled.close()
    assert pooled.last_refresh is not None and pooled.last_refresh.added == 40
    assert _dump(tmp_path / "pooled.sqlite") == _dump(tmp_path / "plain.sqlite")


def test_pooled_refresh_passes_on_file_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path / "c", 10)
    # 0x81: neither UTF-8 nor Windows-1252 (docs/encodings.md); the worker's warning and
    # the encoding it found both reach the index
    (root / "odd.txt").write_bytes(b"The price was \xa3 10 on Monday.\x81\n")
    monkeypatch.setattr(refresh, "PARALLEL_MIN_FILES", 2)
    with pytest.warns(UserWarning, match="odd.txt: 1 byte.* neither UTF-8 nor Windows-1252"):
        corpus = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    assert corpus.index.encodings() == {"utf-8": 10, "windows-1252": 1}
    corpus.close()


@pytest.mark.parametrize(
    "terms", [["rainfall"], ["numbers", "reviewed"], ["officials", "march", "town"], ["nothing"]]
)
@pytest.mark.parametrize("limit", [1, 7, 60])
def test_search_over_two_halves_equals_one_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terms: list[str], limit: int
) -> None:
    root = _corpus(tmp_path / "c", 60)
    Corpus.from_path(root, index_path=tmp_path / "i.sqlite").close()
    index = FtsIndex(tmp_path / "i.sqlite")
    try:
        monkeypatch.setattr(queries, "SPLIT_SEARCH_FROM", 10**12)
        one = [astuple(r) for r in index.search(terms, limit)]
        monkeypatch.setattr(queries, "SPLIT_SEARCH_FROM", 1)
        halves = [astuple(r) for r in index.search(terms, limit)]
    finally:
        index.close()
    assert halves == one
    assert terms == ["nothing"] or one


def test_counts_are_recounted_after_another_process_refreshes(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "c", 6)
    reader = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    try:
        before = (reader.index.sentence_count(), reader.index.document_frequency("rainfall"))
        write_tree(root, {"late.txt": "Heavy rainfall closed the rainfall gauge road.\n"})
        Corpus.from_path(root, index_path=tmp_path / "i.sqlite").close()  # another writer
        after = (reader.index.sentence_count(), reader.index.document_frequency("rainfall"))
    finally:
        reader.close()
    assert after == (before[0] + 1, before[1] + 1)


@pytest.mark.parametrize(
    ("terms", "required"),
    [(["officials", "rainfall", "march"], ["rainfall"]),
     (["numbers", "reviewed", "dividend", "high"], ["dividend", "high"]),
     (["figure", "snowfall", "town"], ["snowfall"]),
     (["analysts", "snowfall"], ["analysts", "snowfall"])],
)
def test_required_words_narrow_the_candidates_but_keep_their_order(
    tmp_path: Path, terms: list[str], required: list[str]
) -> None:
    root = _corpus(tmp_path / "c", 60)
    corpus = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    try:
        every = corpus.index.search(terms, 10_000)
        narrowed = corpus.index.search(terms, 10_000, required=required)
    finally:
        corpus.close()

    def has_required(text: str) -> bool:
        words = {w.strip(".:,").lower() for w in text.split()}
        return any(r in words for r in required)

    def ranked(rows: list) -> list[tuple[float, int]]:
        return sorted((-round(r.bm25, 9), r.id) for r in rows)

    expected = [r for r in every if has_required(r.text)]
    assert narrowed
    assert len(narrowed) < len(every) or set(required) == set(terms)
    assert ranked(narrowed) == ranked(expected)


def test_common_words_only_rank_candidates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.judge.retrieval as retrieval

    # 60 documents: "officials" and "town" in 60 sentences, each topic word and "high" in 30
    root = _corpus(tmp_path / "c", 60)
    corpus = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    try:
        words = ["officials", "snowfall", "town"]
        assert retrieval.selective_terms(words, corpus.index) == words  # small: all kept
        monkeypatch.setattr(retrieval, "COMMON_SHARE", 0.0)
        monkeypatch.setattr(retrieval, "COMMON_SENTENCES", 40)
        assert retrieval.selective_terms(words, corpus.index) == ["snowfall"]
        # every word common: the two rarest still choose the candidates
        monkeypatch.setattr(retrieval, "COMMON_SENTENCES", 20)
        assert retrieval.selective_terms(["officials", "snowfall", "high"], corpus.index) == [
            "snowfall", "high"]
        # and the best passage is the one the plain search ranks first
        top = retrieval.retrieve("Officials reviewed the snowfall numbers", corpus.index)[0]
        assert "snowfall numbers would be reviewed" in top.row.text
    finally:
        corpus.close()


def test_words_at_the_count_cap_rank_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.judge.retrieval as retrieval

    texts = {f"harbour{i:03d}.txt": f"Officials said the harbour count was {i} on day {i % 7}.\n"
             for i in range(150)}
    texts.update({f"snow{i}.txt": f"Officials reviewed the snowfall numbers for Tarn {i}.\n"
                  for i in range(4)})
    corpus = Corpus.from_path(write_tree(tmp_path / "c", texts), index_path=tmp_path / "i.sqlite")
    sent: list[list[str]] = []
    search = corpus.index.search

    def recording(terms, limit, required=()):  # type: ignore[no-untyped-def]
        sent.append(list(terms))
        return search(terms, limit, required)

    monkeypatch.setattr(corpus.index, "search", recording)
    try:
        words = ["officials", "snowfall", "harbour"]
        assert retrieval.search_words(words, corpus.index) == (words, words)  # small: all kept
        monkeypatch.setattr(retrieval, "COMMON_SHARE", 0.0)
        monkeypatch.setattr(retrieval, "COMMON_SENTENCES", 10)
        monkeypatch.setattr(retrieval, "FREQUENCY_CAP", 20)  # the cap: 4 x 10 = 40 sentences
        assert retrieval.search_words(words, corpus.index) == (["snowfall"], ["snowfall"])
        # a word that chooses the candidates is ranked by, at the cap or not
        assert retrieval.search_words(["officials", "harbour"], corpus.index) == (
            ["officials", "harbour"], ["officials", "harbour"])
        top = retrieval.retrieve("Officials reviewed the snowfall numbers", corpus.index)[0]
        assert "snowfall numbers" in top.row.text
        assert "officials" not in sent[-1] and "snowfall" in sent[-1]
        # the rerank still weighs the word the search left out
        assert any(m.stem.startswith("offici") and m.how == "exact" for m in top.matches)
    finally:
        corpus.close()
