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

import factcheck.index as index_module
from factcheck import Corpus
from factcheck.index import FtsIndex
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
    monkeypatch.setattr(index_module, "PARALLEL_MIN_FILES", 10**9)
    Corpus.from_path(root, index_path=tmp_path / "plain.sqlite").close()
    monkeypatch.setattr(index_module, "PARALLEL_MIN_FILES", 2)
    pooled = Corpus.from_path(root, index_path=tmp_path / "pooled.sqlite")
    pooled.close()
    assert pooled.last_refresh is not None and pooled.last_refresh.added == 40
    assert _dump(tmp_path / "pooled.sqlite") == _dump(tmp_path / "plain.sqlite")


def test_pooled_refresh_passes_on_file_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path / "c", 10)
    (root / "latin1.txt").write_bytes(b"The price was \xa3 10 on Monday.\n")
    monkeypatch.setattr(index_module, "PARALLEL_MIN_FILES", 2)
    with pytest.warns(UserWarning, match="invalid UTF-8"):
        Corpus.from_path(root, index_path=tmp_path / "i.sqlite").close()


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
        monkeypatch.setattr(index_module, "SPLIT_SEARCH_FROM", 10**12)
        one = [astuple(r) for r in index.search(terms, limit)]
        monkeypatch.setattr(index_module, "SPLIT_SEARCH_FROM", 1)
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
