"""The PostgreSQL back end against a real server: the same answers as SQLite, refreshes
that take turns, survive a kill and never block checks, clear errors, corpora kept apart.

These tests need a server: `bash .ci/run` starts a throwaway one; by hand,

    url=$(tools/pgserver.sh start) && FACTCHECK_TEST_PG=$url python -m pytest tests/test_postgres.py
    tools/pgserver.sh stop "${url##*host=}"

Each test works in its own corpus of that database (`corpus=` in the URL), so they do not
depend on each other or on what an earlier run left.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from typer.testing import CliRunner

from factcheck import Corpus, check
from factcheck.cli import app
from tests.conftest import HAY, REPO, SEEDS, write_tree

ENV = "FACTCHECK_TEST_PG"
SERVER = os.environ.get(ENV, "")
pytestmark = pytest.mark.skipif(
    not SERVER,
    reason=f"{ENV} is not set: these tests need a PostgreSQL server. Run `bash .ci/run`, or "
    "url=$(tools/pgserver.sh start) && FACTCHECK_TEST_PG=$url python -m pytest "
    "tests/test_postgres.py (then tools/pgserver.sh stop FOLDER)",
)
CLAIM = "Turkey has 12 observation posts"


def corpus_url(name: str | None = None) -> str:
    """The test server's URL with a corpus of its own."""
    key = name or f"test-{uuid.uuid4().hex[:12]}"
    sep = "&" if "?" in SERVER else "?"
    return f"{SERVER}{sep}corpus={key}"


def seed_claims() -> list[str]:
    claims = []
    for name in ("seed-claims-fresh.jsonl", "seed-claims-other-words.jsonl"):
        for line in (REPO / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                claims.append(json.loads(line)["claim"])
    return claims


def contents(corpus: Corpus) -> dict[str, object]:
    """What a back end holds, in a form both give the same way."""
    index = corpus.index
    words = ["turkey", "idlib", "observation", "3.6", "rovers", "revenue", "the", "nothing"]
    return {
        "sources": index.sources(),
        "encodings": index.encodings(),
        "sentences": index.sentence_count(),
        "rows": {s: [(r.line, r.column, r.start, r.end, r.text, r.noise)
                     for r in index.sentences_of(s)] for s in index.sources()},
        "every_sentence": sorted((r.source, r.start, r.text, r.noise)
                                 for r in index.every_sentence(0.5)),
        "documents_with_text": index.documents_with_text(),
        "term_documents": index.term_documents(),
        "frequencies": {w: index.document_frequency(w) for w in words},
        "frequencies at once": index.document_frequencies([*words, "3.6", "the"], 50),
    }


# -- the same answers as SQLite ---------------------------------------------------------
def test_seed_claims_get_the_same_verdicts_and_evidence_as_sqlite(tmp_path: Path) -> None:
    lite = Corpus.from_path(SEEDS, index_path=tmp_path / "seeds.sqlite")
    pg = Corpus.from_path(SEEDS, index_path=corpus_url())
    assert contents(pg) == contents(lite)
    for claim in seed_claims()[::4]:  # a quarter of them: 70 claims of every kind
        assert check(claim, pg).to_dict() == check(claim, lite).to_dict(), claim
    lite.close()
    pg.close()


def test_search_counts_words_and_phrases_a_sentence_repeats_as_fts5_does(
        tmp_path: Path) -> None:
    """search() reads positions only where every token of a word repeats in a sentence:
    a word or phrase said two or three times must score as FTS5 scores it, and a phrase
    whose first token repeats but not the phrase must count once."""
    folder = write_tree(tmp_path / "ferries", {
        "a.txt": "The ferry left at 7.45 and the ferry came back at 7.45 again.\n\n"
                 "Ferry, ferry, ferry: the harbour master counted 7 boats at 7.45.\n\n"
                 "A ferry left the harbour at 9.30 with 7 cars and 45 bicycles.\n",
        "b.txt": "The harbour opened in 1907. The ferry service began at 7.45 on a Monday.\n\n"
                 "Boats, boats and more boats crossed the harbour at 7 and at 45 past.\n",
    })
    lite = Corpus.from_path(folder, index_path=tmp_path / "ferries.sqlite")
    pg = Corpus.from_path(folder, index_path=corpus_url())
    for terms, required in ((["ferry", "7.45"], []), (["7.45", "harbour"], ["7.45"]),
                            (["boats", "7", "45"], []), (["ferry", "ferry", "left"], [])):
        a = lite.index.search(terms, 10, required)
        b = pg.index.search(terms, 10, required)
        assert [r.id for r in a] == [r.id for r in b], terms
        assert [round(r.bm25, 9) for r in a] == [round(r.bm25, 9) for r in b], terms
    lite.close()
    pg.close()


def test_search_ranks_as_fts5_bm25_with_phrases_and_required_words(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "hay", HAY)
    lite = Corpus.from_path(folder, index_path=tmp_path / "hay.sqlite")
    pg = Corpus.from_path(folder, index_path=corpus_url())
    queries = [(["rovers", "cup", "3-1", "final"], []), (["revenue", "4.2", "billion"], ["4.2"]),
               (["the", "said", "on"], []), (["governor", "52"], ["governor"]),
               (["absent", "words"], [])]
    for terms, required in queries:
        a = lite.index.search(terms, 20, required)
        b = pg.index.search(terms, 20, required)
        assert [r.id for r in a] == [r.id for r in b], terms
        assert [round(r.bm25, 9) for r in a] == [round(r.bm25, 9) for r in b], terms
        assert [r.shared for r in a] == [r.shared for r in b], terms
    ids = [r.id for r in lite.index.search(["rovers", "vote"], 10)]
    assert pg.index.contexts(ids) == lite.index.contexts(ids)
    assert pg.index.preceding(ids) == lite.index.preceding(ids)
    assert pg.index.texts_with("said", 3) == lite.index.texts_with("said", 3)


def test_texts_with_gives_fts5s_first_sentences_for_rare_and_common_words(
        tmp_path: Path) -> None:
    """texts_with() fetches a rare word's sentences through the GIN index and walks the
    ids for a common one: both give the sentences SQLite gives, first ids first."""
    texts = {f"d{i:02}.txt": f"Harbour note {i}: the tide rose at dawn.\n\n"
                             f"{'A pelican landed. ' if i == 7 else ''}Gulls came back.\n"
             for i in range(12)}
    folder = write_tree(tmp_path / "notes", texts)
    lite = Corpus.from_path(folder, index_path=tmp_path / "notes.sqlite")
    pg = Corpus.from_path(folder, index_path=corpus_url())
    for word, limit in (("pelican", 2), ("tide", 2), ("gulls", 5), ("absent", 3), ("dawn", 30)):
        assert pg.index.texts_with(word, limit) == lite.index.texts_with(word, limit), word
    assert len(pg.index.texts_with("tide", 2)) == 2 and pg.index.texts_with("pelican", 2)
    lite.close()
    pg.close()


def test_cli_index_then_check_audit_and_lint_against_the_server(tmp_path: Path) -> None:
    runner = CliRunner()
    url, lite = corpus_url(), str(tmp_path / "seeds.sqlite")
    built = runner.invoke(app, ["index", "--corpus", str(SEEDS), "--index", url])
    assert built.exit_code == 0, built.output
    password = urlsplit(SERVER).password
    assert "(corpus " in built.stderr
    assert not password or password not in built.stderr

    def both(*args: str) -> tuple[str, str]:
        outs = []
        for index in (url, lite):
            r = runner.invoke(app, [*args, "--corpus", str(SEEDS), "--index", index])
            assert r.exit_code in (0, 1), r.output
            outs.append(r.stdout)
        return outs[0], outs[1]

    server, local = both("check", "--format", "json", CLAIM)
    assert json.loads(server) == json.loads(local)
    assert json.loads(server)["verdict"] == "SUPPORTED"
    server, local = both("audit", "--format", "json")
    assert json.loads(server) == json.loads(local)
    draft = tmp_path / "draft.md"
    draft.write_text("# Draft\n\nTurkey has 13 observation posts in Idlib.\n", encoding="utf-8")
    server, local = both("lint", "--format", "json", str(draft))
    assert json.loads(server) == json.loads(local)


def test_a_check_needs_no_files_where_the_index_is_shared(tmp_path: Path) -> None:
    url = corpus_url()
    Corpus.from_path(SEEDS, index_path=url).close()
    elsewhere = write_tree(tmp_path / "other", {"x.txt": "Nothing about Idlib here at all."})
    r = CliRunner().invoke(app, ["check", "--format", "json", "--corpus", str(elsewhere),
                                 "--index", url, CLAIM])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["verdict"] == "SUPPORTED"  # the indexed seeds, not x.txt
    empty = CliRunner().invoke(app, ["check", "--index", corpus_url(), CLAIM])
    assert empty.exit_code == 2
    assert "holds no documents" in empty.stderr and "factcheck index" in empty.stderr


# -- refresh ----------------------------------------------------------------------------
def test_incremental_refresh_adds_changes_and_removes_as_sqlite_does(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "hay", HAY)
    url = corpus_url()
    lite_path = tmp_path / "hay.sqlite"

    def refresh_both() -> tuple[object, object]:
        a = Corpus.from_path(folder, index_path=lite_path)
        b = Corpus.from_path(folder, index_path=url)
        assert contents(b) == contents(a)
        stats = (a.last_refresh, b.last_refresh)
        a.close()
        b.close()
        return stats

    lite, pg = refresh_both()
    assert pg == lite and pg.added == len(HAY)  # type: ignore[attr-defined]
    lite, pg = refresh_both()
    assert pg == lite and pg.unchanged == len(HAY) and pg.sentences == 0  # type: ignore[attr-defined]
    (folder / "new.txt").write_text("Harbour cranes lifted 1,250 containers on Tuesday.\n")
    changed = sorted(HAY)[0]
    with open(folder / changed, "a", encoding="utf-8") as fh:
        fh.write("A late correction said the figure was 7,400.\n")
    (folder / sorted(HAY)[1]).unlink()
    touched = folder / sorted(HAY)[2]
    os.utime(touched, ns=(time.time_ns(), time.time_ns() + 10**9))  # newer mtime, same text
    lite, pg = refresh_both()
    assert pg == lite
    assert (pg.added, pg.changed, pg.removed) == (1, 1, 1)  # type: ignore[attr-defined]
    found = Corpus.from_path(folder, index_path=url, refresh=False)
    assert [r.text for r in found.index.search(["containers"], 5)] == [
        "Harbour cranes lifted 1,250 containers on Tuesday."]
    assert found.index.search(["correction"], 5)[0].source == changed
    found.close()


def test_two_refreshes_at_once_take_turns_and_count_right(tmp_path: Path) -> None:
    texts = {f"f{i:03}.txt": f"Report {i}. The council approved {i * 7} new homes in ward {i}. "
             f"Residents asked for {i + 3} more bus stops near the river." for i in range(80)}
    folder = write_tree(tmp_path / "many", texts)
    url = corpus_url()
    script = ("import json, sys\nfrom factcheck import Corpus\n"
              "c = Corpus.from_path(sys.argv[1], index_path=sys.argv[2])\n"
              "print(json.dumps(c.last_refresh.__dict__))\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(folder), url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
                              text=True) for _ in range(2)]
    stats = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        stats.append(json.loads(out))
    assert sum(s["added"] for s in stats) == len(texts)  # one wrote them, the other saw them
    lite = Corpus.from_path(folder, index_path=tmp_path / "many.sqlite")
    pg = Corpus.from_path(folder, index_path=url, refresh=False)
    assert contents(pg) == contents(lite)
    assert _count(url, "sentences") == lite.index.sentence_count()
    assert _count(url, "documents") == len(texts)
    lite.close()
    pg.close()


def test_checks_answer_during_a_refresh_and_a_killed_refresh_leaves_the_last_state(
    tmp_path: Path,
) -> None:
    texts = {f"d{i:02}.txt": f"Depot {i} stored {100 + i} tonnes of grain in March."
             for i in range(30)}
    folder = write_tree(tmp_path / "grain", texts)
    url = corpus_url()
    before = Corpus.from_path(folder, index_path=url)
    claim = "Depot 7 stored 107 tonnes of grain in March"
    answer = check(claim, before).to_dict()
    assert answer["evidence"] and answer["evidence"][0]["source"] == "d07.txt"
    for name in texts:  # every file changes: the refresh rewrites them all
        (folder / name).write_text(texts[name].replace("grain", "rice"), encoding="utf-8")
    paused = subprocess.Popen(
        [sys.executable, "-c", PAUSED_REFRESH, str(folder), url], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=_env(), text=True)
    try:
        assert _read_line(paused, timeout=60) == "paused"
        assert _advisory_locks(url) >= 1  # the refresh is inside its transaction
        started = time.perf_counter()
        during = Corpus.from_path(folder, index_path=url, refresh=False)
        assert check(claim, during).to_dict() == answer  # the last committed state
        assert during.index.search(["rice"], 5) == []
        assert time.perf_counter() - started < 10  # answered, not blocked by the refresh
        during.close()
        paused.send_signal(signal.SIGKILL)
        paused.wait(timeout=30)
    finally:
        if paused.poll() is None:
            paused.kill()
    after = Corpus.from_path(folder, index_path=url, refresh=False)
    assert check(claim, after).to_dict() == answer
    assert after.index.search(["rice"], 5) == []
    after.close()
    again = Corpus.from_path(folder, index_path=url)  # waits for the dead one's lock, then works
    assert again.last_refresh is not None and again.last_refresh.changed == len(texts)
    assert again.index.search(["grain"], 5) == []
    assert [r.source for r in again.index.search(["rice", "107"], 1)] == ["d07.txt"]
    again.close()
    before.close()


PAUSED_REFRESH = textwrap.dedent("""
    import sys, time
    import factcheck.index.postgres.rows as rows
    from factcheck import Corpus
    rows.PgBatch.ROWS = 5  # flush often: the refresh has written rows when it is killed
    def progress(done, total):
        if done == 10:
            print("paused", flush=True)
            time.sleep(300)
    Corpus.from_path(sys.argv[1], index_path=sys.argv[2], progress=progress)
""")


def test_counts_and_document_starts_are_read_again_after_another_machine_refreshes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The counts memo trusts the corpus's generation for COUNTS_TRUSTED_S: past it, a
    refresh committed by another client is seen (counts, and the kept document starts)."""
    import factcheck.index.postgres.schema as schema

    root = write_tree(tmp_path / "c", {"a.txt": "Rainfall closed the gauge road in May.\n"})
    url = corpus_url()
    reader = Corpus.from_path(root, index_path=url)
    before = (reader.index.sentence_count(), reader.index.document_frequency("rainfall"))
    assert [r.source for r in reader.index.search(["rainfall"], 5)] == ["a.txt"]
    assert reader.index.head("a.txt") == "Rainfall closed the gauge road in May.\n"
    write_tree(root, {"a.txt": "Heavy rainfall on 3 June.\n", "b.txt": "More rainfall.\n"})
    Corpus.from_path(root, index_path=url).close()  # another writer
    monkeypatch.setattr(schema, "COUNTS_TRUSTED_S", 0.0)
    after = (reader.index.sentence_count(), reader.index.document_frequency("rainfall"))
    assert after == (before[0] + 1, before[1] + 1)
    assert reader.index.head("a.txt") == "Heavy rainfall on 3 June.\n"
    reader.close()


# -- corpora ----------------------------------------------------------------------------
def test_two_corpora_in_one_database_stay_apart(tmp_path: Path) -> None:
    hay = write_tree(tmp_path / "hay", HAY)
    a_url, b_url = corpus_url(), corpus_url()
    a = Corpus.from_path(SEEDS, index_path=a_url)
    b = Corpus.from_path(hay, index_path=b_url)
    assert set(a.index.sources()).isdisjoint(b.index.sources())
    assert a.index.search(["rovers"], 5) == [] and b.index.search(["idlib"], 5) == []
    assert a.index.search(["idlib"], 5) and b.index.search(["rovers"], 5)
    seeds_count = a.index.sentence_count()
    kept = sorted(HAY)[0]
    for name in HAY:  # removing from one corpus leaves the other whole
        if name != kept:
            (hay / name).unlink()
    b.refresh()
    assert b.index.sources() == [kept]
    a2 = Corpus.from_path(SEEDS, index_path=a_url, refresh=False)
    assert a2.index.sentence_count() == seeds_count
    assert check(CLAIM, a2).verdict.value == "SUPPORTED"
    for c in (a, b, a2):
        c.close()


def test_the_corpus_key_defaults_to_the_folder_names(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / f"wire-{uuid.uuid4().hex[:8]}", HAY)
    c = Corpus.from_path(folder, index_path=SERVER)
    assert f"(corpus '{folder.name}')" in c.index.location
    assert urlsplit(SERVER).password is None or urlsplit(SERVER).password not in c.index.location
    c.close()


# -- errors -----------------------------------------------------------------------------
def test_a_wrong_password_is_one_line_and_exit_2() -> None:
    parts = urlsplit(SERVER)
    if not parts.password:
        pytest.skip("the test server's URL has no password to get wrong")
    netloc = f"{parts.username}:not-the-password@{parts.netloc.rpartition('@')[2]}"
    wrong = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    r = CliRunner().invoke(app, ["check", "--index", wrong, CLAIM])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: ")
    assert "password authentication failed" in lines[0]
    assert "not-the-password" not in r.stderr and parts.password not in r.stderr


def test_a_dead_server_is_one_line_and_exit_2(tmp_path: Path) -> None:
    user = urlsplit(SERVER).username or "postgres"
    for dead in (f"postgresql://{user}:secret-pw@/factcheck?host={tmp_path}",
                 f"postgresql://{user}:secret-pw@127.0.0.1:9/factcheck"):
        r = CliRunner().invoke(app, ["check", "--index", dead, CLAIM])
        assert r.exit_code == 2, r.output
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("factcheck: error: cannot connect")
        assert "secret-pw" not in r.stderr


# -- helpers ----------------------------------------------------------------------------
def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not box:
        raise AssertionError(f"no line in {timeout}s; stderr: {proc.stderr}")
    return box[0].strip()


def _sql(url: str, query: str) -> int:
    with _connected(url) as conn:
        return int(conn.execute(query).fetchone()[0])  # type: ignore[index]


def _run(url: str, statement: str) -> None:
    """Run a statement that returns no rows (CREATE, GRANT, DROP)."""
    with _connected(url) as conn:
        conn.execute(statement)


def _connected(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    from factcheck.index.postgres.connect import split_corpus

    return psycopg.connect(split_corpus(url)[0], autocommit=True)


def _advisory_locks(url: str) -> int:
    return _sql(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")


def _count(url: str, table: str) -> int:
    key = split_key(url)
    return _sql(url, f"SELECT count(*) FROM factcheck.{table} t JOIN factcheck.corpora c "
                f"ON c.id = t.corpus WHERE c.key = '{key}'")


def split_key(url: str) -> str:
    from factcheck.index.postgres.connect import split_corpus

    key = split_corpus(url)[1]
    assert key is not None
    return key
