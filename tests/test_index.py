"""The SQLite FTS5 index: where it lives, incremental and atomic refresh, broken files,
and two processes refreshing at once."""

from __future__ import annotations

import multiprocessing
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Corpus
from factcheck.cli import app
from factcheck.corpus.loader import read_document, scan
from factcheck.corpus.segment import segment
from factcheck.errors import FactcheckError
from factcheck.index.corpus import default_index_path
from factcheck.index.interface import IndexWarning
from factcheck.index.sqlite.index import FtsIndex
from factcheck.index.sqlite.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.conftest import HAY, write_tree

STORM = "weather/storm.txt"


def _contents(index_path: Path) -> dict[str, int]:
    """{source: sentence count} read straight from the file, checking FTS integrity."""
    conn = sqlite3.connect(index_path)
    try:
        conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        sources = [r[0] for r in conn.execute("SELECT source FROM files")]
        assert len(sources) == len(set(sources)), "a file is indexed twice"
        fts_rows = conn.execute("SELECT count(*) FROM sentences_fts").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        assert fts_rows == rows
        orphans = conn.execute(
            "SELECT count(*) FROM sentences WHERE file_id NOT IN (SELECT id FROM files)"
        ).fetchone()[0]
        assert orphans == 0
        return dict(
            conn.execute(
                "SELECT f.source, count(s.id) FROM files f "
                "LEFT JOIN sentences s ON s.file_id = f.id GROUP BY f.source"
            )
        )
    finally:
        conn.close()


def _expected(root: Path) -> dict[str, int]:
    files, _ = scan([root])
    out = {}
    for f in files:
        doc = read_document(f)
        if doc is not None:
            out[f.source] = len(segment(doc))
    return out


def _found(corpus: Corpus, word: str) -> list[str]:
    return [r.text for r in corpus.index.search([word], 50)]


def _bump_mtime(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


# --- where the index lives -------------------------------------------------------------


def test_default_index_is_in_the_user_cache(hay_dir: Path, cache_dir: Path) -> None:
    corpus = Corpus.from_path(hay_dir)
    try:
        assert corpus.index.path == default_index_path([hay_dir.resolve()])
        assert corpus.index.path.parent == cache_dir / "factcheck"
        assert corpus.index.path.is_file()
    finally:
        corpus.close()


def test_index_path_overrides_the_cache(hay_dir: Path, cache_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "own" / "hay.sqlite"
    corpus = Corpus.from_path(hay_dir, index_path=target)
    corpus.close()
    assert _contents(target) == _expected(hay_dir)
    assert not (cache_dir / "factcheck").exists()


def test_different_corpora_get_different_index_files(tmp_path: Path) -> None:
    a = write_tree(tmp_path / "x" / "news", {"a.txt": "One."})
    b = write_tree(tmp_path / "y" / "news", {"a.txt": "Two."})
    assert default_index_path([a]) != default_index_path([b])


def test_reopening_reads_nothing(hay_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Corpus.from_path(hay_dir).close()
    reads: list[str] = []
    real = Path.read_bytes

    def counting_read_bytes(self: Path) -> bytes:
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting_read_bytes)
    corpus = Corpus.from_path(hay_dir)
    try:
        assert reads == []
        assert corpus.last_refresh is not None
        assert corpus.last_refresh.unchanged == len(HAY)
    finally:
        corpus.close()
    # and the counter does count: a changed file is read
    _bump_mtime(hay_dir / STORM)
    Corpus.from_path(hay_dir).close()
    assert reads == ["storm.txt"]


# --- incremental refresh ---------------------------------------------------------------


def test_refresh_adds_changes_and_removes(hay_dir: Path) -> None:
    corpus = Corpus.from_path(hay_dir)
    first = corpus.last_refresh
    assert first is not None and first.added == len(HAY) and first.sentences > 0
    (hay_dir / "weather" / "flood.md").write_text(
        "The river Alde burst its banks near Fenmoor on Thursday.\n", encoding="utf-8")
    storm = hay_dir / STORM
    storm.write_text("Storm Brenna weakened quickly over the hills.\n", encoding="utf-8")
    _bump_mtime(storm)
    (hay_dir / "sport" / "cup_final.txt").unlink()

    stats = corpus.refresh()
    assert (stats.added, stats.changed, stats.removed) == (1, 1, 1)
    assert stats.unchanged == len(HAY) - 2
    assert _found(corpus, "fenmoor") == ["The river Alde burst its banks near Fenmoor on Thursday."]
    assert _found(corpus, "weakened") == ["Storm Brenna weakened quickly over the hills."]
    assert _found(corpus, "140") == []  # the old storm text is gone
    assert _found(corpus, "ekberg") == []  # the removed file is gone
    corpus.close()
    assert _contents(corpus.index.path) == _expected(hay_dir)


def test_touched_file_with_same_content_is_not_reindexed(hay_dir: Path) -> None:
    corpus = Corpus.from_path(hay_dir)
    before = corpus.index.conn.execute(
        "SELECT s.id, s.text FROM sentences s JOIN files f ON f.id = s.file_id "
        "WHERE f.source = ? ORDER BY s.id", (STORM,)).fetchall()
    _bump_mtime(hay_dir / STORM)

    stats = corpus.refresh()
    assert (stats.added, stats.changed, stats.removed, stats.sentences) == (0, 0, 0, 0)
    after = corpus.index.conn.execute(
        "SELECT s.id, s.text FROM sentences s JOIN files f ON f.id = s.file_id "
        "WHERE f.source = ? ORDER BY s.id", (STORM,)).fetchall()
    assert after == before  # same rows, same ids: nothing re-written
    # the new mtime was recorded, so the next refresh does not even read the file
    assert corpus.refresh().unchanged == len(HAY)
    corpus.close()


def test_file_becoming_unreadable_is_dropped(hay_dir: Path) -> None:
    corpus = Corpus.from_path(hay_dir)
    (hay_dir / STORM).write_bytes(b"\x00\x01binary now")
    with pytest.warns(UserWarning, match="binary"):
        corpus.refresh()
    assert STORM not in corpus.index.sources()
    assert _found(corpus, "brenna") == []
    corpus.close()


# --- atomic refresh --------------------------------------------------------------------


class ReaderCrash(Exception):
    pass


@pytest.mark.parametrize("error", [ReaderCrash, KeyboardInterrupt])
def test_interrupted_refresh_leaves_the_previous_index_usable(
    hay_dir: Path, error: type[BaseException]
) -> None:
    corpus = Corpus.from_path(hay_dir)
    before = _contents(corpus.index.path)
    storm = hay_dir / STORM
    storm.write_text("Storm Brenna weakened quickly over the hills.\n", encoding="utf-8")
    _bump_mtime(storm)
    (hay_dir / "weather" / "zz_late.txt").write_text("Hail fell in Dunmore.\n", encoding="utf-8")
    files = corpus.files()
    calls = 0

    def failing_reader(f):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            raise error("reader failed mid-refresh")
        return read_document(f)

    with pytest.raises(error):
        corpus.index.refresh(files, reader=failing_reader)
    assert calls == 2
    # the old text is still there, none of the new is, and the index is whole
    assert any("140 km/h" in t for t in _found(corpus, "brenna"))
    assert _found(corpus, "weakened") == [] and _found(corpus, "dunmore") == []
    assert _contents(corpus.index.path) == before
    # and a later refresh completes normally
    stats = corpus.refresh()
    assert (stats.added, stats.changed) == (1, 1)
    assert _found(corpus, "weakened") and _found(corpus, "dunmore")
    corpus.close()


def test_interrupted_rebuild_leaves_the_previous_index_usable(hay_dir: Path) -> None:
    # regression: `factcheck index --rebuild` deleted every row in its own transaction
    # before re-reading the files, so an interrupted rebuild left an empty index
    corpus = Corpus.from_path(hay_dir)
    before = _contents(corpus.index.path)
    corpus.index.clear()

    def failing_reader(f):  # type: ignore[no-untyped-def]
        raise ReaderCrash("interrupted")

    with pytest.raises(ReaderCrash):
        corpus.index.refresh(corpus.files(), reader=failing_reader)
    assert _found(corpus, "kowalczyk")
    assert _contents(corpus.index.path) == before
    stats = corpus.refresh()
    assert stats.changed == len(HAY) and stats.sentences == sum(before.values())
    corpus.close()
    assert _contents(corpus.index.path) == before


def _crash_during_refresh(root: str, index: str) -> None:
    """Child process: refresh, and die without any clean-up halfway through."""
    corpus = Corpus.from_path(root, index_path=index, refresh=False)
    calls = 0

    def reader(f):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            os._exit(9)
        return read_document(f)

    corpus.index.refresh(corpus.files(), reader=reader)


def test_process_killed_mid_refresh_leaves_the_previous_index(
    hay_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "crash.sqlite"
    Corpus.from_path(hay_dir, index_path=index).close()
    before = _contents(index)
    for name in ("a_new.txt", "b_new.txt", "c_new.txt"):
        (hay_dir / name).write_text("Fog closed the airport at Kelby.\n", encoding="utf-8")

    child = multiprocessing.get_context("spawn").Process(
        target=_crash_during_refresh, args=(str(hay_dir), str(index)))
    child.start()
    child.join(60)
    assert child.exitcode == 9
    assert _contents(index) == before
    corpus = Corpus.from_path(hay_dir, index_path=index)
    try:
        assert len(_found(corpus, "kelby")) == 3
    finally:
        corpus.close()


# --- broken index files ----------------------------------------------------------------


def _corrupt(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def _old_schema(path: Path) -> None:
    FtsIndex(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    """A factcheck index (its header intact) with every page after the first overwritten."""
    FtsIndex(path).close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = random.Random(7).randbytes(len(data) - page)
    path.write_bytes(bytes(data))


def _unmarked_old_schema(path: Path) -> None:
    """An index from before the header marker (application id 0), of an old schema."""
    _old_schema(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_damaged, "unreadable"),
        (_old_schema, "old index"),
        (_unmarked_old_schema, "old index"),
    ],
)
def test_broken_index_is_rebuilt_with_a_warning(
    hay_dir: Path, tmp_path: Path, spoil, message: str  # type: ignore[no-untyped-def]
) -> None:
    index = tmp_path / "broken.sqlite"
    spoil(index)
    with pytest.warns(IndexWarning, match=message):
        corpus = Corpus.from_path(hay_dir, index_path=index)
    try:
        assert _found(corpus, "kowalczyk")
    finally:
        corpus.close()
    assert _contents(index) == _expected(hay_dir)
    conn = sqlite3.connect(index)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    assert meta["schema"] == SCHEMA_VERSION


def test_any_broken_file_in_the_cache_folder_is_rebuilt(hay_dir: Path) -> None:
    # the cache folder is factcheck's own: whatever is there under an index's name, it made
    target = default_index_path([hay_dir.resolve()])
    target.parent.mkdir(parents=True)
    _corrupt(target)
    with pytest.warns(IndexWarning, match="rebuilding"):
        corpus = Corpus.from_path(hay_dir)
    corpus.close()
    assert _contents(target) == _expected(hay_dir)


def test_broken_index_is_reported_on_stderr_by_the_cli(hay_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "broken.sqlite"
    _damaged(index)
    result = CliRunner().invoke(app, ["index", "--corpus", str(hay_dir), "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "warning: index" in result.stderr and "rebuilding" in result.stderr
    assert _contents(index) == _expected(hay_dir)


def test_index_folder_that_cannot_be_created_is_a_clear_error(
    hay_dir: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(FactcheckError, match="cannot create index folder"):
        Corpus.from_path(hay_dir, index_path=blocker / "sub" / "i.sqlite")


def test_index_path_that_is_a_folder_is_one_clear_error(hay_dir: Path, tmp_path: Path) -> None:
    # regression: a folder given as --index was first "rebuilt" with a warning, then
    # failed to be removed, so the user saw a misleading warning and an error
    folder = tmp_path / "an-index-folder"
    folder.mkdir()
    result = CliRunner().invoke(app, ["index", "--corpus", str(hay_dir), "--index", str(folder)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"factcheck: error: the index path is a folder, not a file: {folder}"]
    assert folder.is_dir()


# --- two processes at once -------------------------------------------------------------


def _refresh_worker(root: str, index: str, barrier) -> None:  # type: ignore[no-untyped-def]
    barrier.wait(30)
    Corpus.from_path(root, index_path=index).close()


def _big_corpus(root: Path, n: int) -> Path:
    topics = ["rainfall", "turnout", "revenue", "goals", "snowfall", "dividend"]
    texts = {}
    for i in range(n):
        topic = topics[i % len(topics)]
        texts[f"batch{i % 7}/doc{i:03d}.txt"] = "\n".join(
            f"Report {i} line {j}: the {topic} figure was {i * 10 + j} on day {j}. "
            f"Analysts in town {i} called it {'high' if j % 2 else 'low'}."
            for j in range(1, 9)
        ) + "\n"
    return write_tree(root, texts)


@pytest.mark.parametrize("existing", [False, True], ids=["fresh", "stale"])
def test_two_processes_refreshing_at_once_leave_a_consistent_index(
    tmp_path: Path, existing: bool
) -> None:
    # more files than index.PARALLEL_MIN_FILES, so the pooled reading path runs too
    root = _big_corpus(tmp_path / "big", 240)
    index = tmp_path / "shared.sqlite"
    if existing:
        # an older index: some files changed, some removed, some new since
        Corpus.from_path(root, index_path=index).close()
        for i in range(0, 240, 10):
            p = root / f"batch{i % 7}/doc{i:03d}.txt"
            p.write_text(p.read_text() + "A late correction was added.\n")
            _bump_mtime(p)
        (root / "batch1" / "doc001.txt").unlink()
        write_tree(root, {"late/new.txt": "A new report arrived late on Friday.\n"})

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    workers = [
        ctx.Process(target=_refresh_worker, args=(str(root), str(index), barrier))
        for _ in range(2)
    ]
    started = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    assert time.monotonic() - started < 120

    assert _contents(index) == _expected(root)
    corpus = Corpus.from_path(root, index_path=index)
    try:
        assert corpus.last_refresh is not None
        assert corpus.last_refresh.unchanged == len(_expected(root))
        assert len(corpus) == sum(_expected(root).values())
    finally:
        corpus.close()


# --- the command -----------------------------------------------------------------------


def test_index_command_builds_and_reports(hay_dir: Path, tmp_path: Path) -> None:
    index = tmp_path / "cli.sqlite"
    runner = CliRunner()
    first = runner.invoke(app, ["index", "--corpus", str(hay_dir), "--index", str(index)])
    assert first.exit_code == 0, first.output
    assert first.stdout == ""  # the summary is for people: stderr
    assert f"{len(HAY)} added" in first.stderr and str(index) in first.stderr
    assert _contents(index) == _expected(hay_dir)

    again = runner.invoke(app, ["index", "--corpus", str(hay_dir), "--index", str(index)])
    assert again.exit_code == 0
    assert "0 added, 0 changed, 0 removed" in again.stderr

    rebuilt = runner.invoke(
        app, ["index", "--corpus", str(hay_dir), "--index", str(index), "--rebuild"])
    assert rebuilt.exit_code == 0
    assert f"{len(HAY)} changed" in rebuilt.stderr  # every file re-read and re-indexed
    assert _contents(index) == _expected(hay_dir)


def test_index_command_counts_skipped_files(hay_dir: Path, tmp_path: Path) -> None:
    (hay_dir / "notes.html").write_text("<p>x</p>")
    (hay_dir / "data.csv").write_text("a,b")
    result = CliRunner().invoke(
        app, ["index", "--corpus", str(hay_dir), "--index", str(tmp_path / "i.sqlite")])
    assert result.exit_code == 0
    assert "2 other files skipped" in result.stderr


def test_preceding_gives_the_headline_and_the_sentences_just_before():
    from factcheck import Corpus

    corpus = Corpus.from_texts({
        "a.txt": "Head line here\n\nFirst one is here. Second one follows. Third comes now.",
        "b.txt": "Other file opens. It goes on.",
    })
    rows = {r.text: r.id for r in corpus.index.sentences_of("a.txt")}
    found = corpus.index.preceding([rows["Third comes now."], rows["Head line here"]], before=1)
    assert found[rows["Third comes now."]] == ("Head line here", "Second one follows.")
    assert found[rows["Head line here"]] == ()


def test_every_sentence_gives_each_document_together_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # issue 13: a whole-corpus pass (the audit) reads the index in batches, not one query
    # per document; a batch boundary inside a document must not split or repeat it
    import itertools

    from factcheck.index.sqlite import queries

    corpus = Corpus.from_path(write_tree(tmp_path / "hay", HAY), index_path=tmp_path / "i.sqlite")
    index = corpus.index
    expected = {s: index.sentences_of(s) for s in index.sources()}
    monkeypatch.setattr(queries, "BATCH", 3)
    rows = list(index.every_sentence())
    assert len(rows) == index.sentence_count() == sum(map(len, expected.values()))
    grouped = [(s, list(g)) for s, g in itertools.groupby(rows, key=lambda r: r.source)]
    assert len(grouped) == len(expected)  # each document once, its sentences together
    assert dict(grouped) == expected  # and in order
    calm = list(index.every_sentence(max_noise=0.5))
    assert calm == [r for r in rows if r.noise <= 0.5] != rows
    corpus.close()


def test_sentence_count_kept_by_each_refresh_is_the_true_count(tmp_path: Path) -> None:
    # counting a million rows takes milliseconds on every check: a refresh keeps the count
    # in `meta`, with the highest sentence id, and a check reads it back
    root = write_tree(tmp_path / "hay", HAY)
    index_path = tmp_path / "i.sqlite"

    def counts() -> tuple[int, int, str]:
        reader = Corpus.from_path(root, index_path=index_path)  # refreshes
        try:
            counted = reader.index.sentence_count()
        finally:
            reader.close()
        with sqlite3.connect(index_path) as conn:
            true = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
            kept = conn.execute("SELECT value FROM meta WHERE key = 'sentences'").fetchone()
        return true, counted, kept[0] if kept else ""

    true, counted, kept = counts()
    assert counted == true > 0 and kept.startswith(f"{true} ")
    first = sorted(root.rglob("*.txt"))[0]
    first.write_text(first.read_text() + "\n\nOne more sentence here. And another one.\n")
    true2, counted2, _ = counts()
    assert counted2 == true2 == true + 2
    first.unlink()
    true3, counted3, _ = counts()
    assert counted3 == true3 < true2
    # a count that does not match the sentences (another writer changed them since) is
    # not believed
    with sqlite3.connect(index_path) as conn:
        conn.execute("UPDATE meta SET value = '99999 0' WHERE key = 'sentences'")
    reader = Corpus.from_path(root, index_path=index_path, refresh=False)
    assert reader.index.sentence_count() == true3
    reader.close()
