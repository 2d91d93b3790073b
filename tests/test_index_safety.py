"""The index file is never a danger to anything else, and never a traceback (issue 14,
points 1, 2, 7 and 8): another program's file given as the index is refused untouched; a
read-only index is used as it is; a check does not die waiting for a refresh's lock; a
full disk leaves the previous index and one line."""

from __future__ import annotations

import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Corpus
from factcheck.cli import app
from factcheck.errors import IndexError_
from factcheck.index.interface import IndexWarning
from factcheck.index.sqlite import refresh as refresh_module
from factcheck.index.sqlite import schema as schema_module
from factcheck.index.sqlite.index import FtsIndex
from factcheck.index.sqlite.schema import APPLICATION_ID
from tests.conftest import HAY, write_tree
from tests.test_index import _contents, _expected

CLAIM = "Storm Brenna brought winds of 140 km/h"


def run_cli(*args: str, cwd: Path, preexec=None, prefix: tuple[str, ...] = (),  # type: ignore[no-untyped-def]
            timeout: float = 120) -> subprocess.CompletedProcess:
    """factcheck in its own process (a traceback shows as it would to a user)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "factcheck", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
        preexec_fn=preexec,
    )


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- point 1: only a file factcheck made is ever rebuilt ----------------------------------


def _customers_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers(name) VALUES ('ada')")
    conn.commit()
    conn.close()


def _wal_customers_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers(name) VALUES ('ada')")
    conn.commit()
    conn.close()


def _other_meta(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('application', 'someone-else')")
    conn.commit()
    conn.close()


def _other_application_id(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()


def _draft(path: Path) -> None:
    path.write_text("# Draft\n\nThe bridge opened in 1990.\n", encoding="utf-8")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(8192))


@pytest.mark.parametrize(
    "make",
    [_customers_db, _wal_customers_db, _other_meta, _other_application_id, _draft,
     _random_bytes],
)
def test_index_flag_pointed_at_another_file_refuses_and_leaves_it(
    hay_dir: Path, tmp_path: Path, make  # type: ignore[no-untyped-def]
) -> None:
    # regression: --index draft.md (or another program's database) deleted the file and
    # wrote an index in its place
    target = tmp_path / "keep" / "precious.db"
    target.parent.mkdir()
    make(target)
    before = target.read_bytes()
    for args in (["check", CLAIM], ["index"], ["index", "--rebuild"], ["audit"],
                 ["lint", str(tmp_path / "none.md")]):
        if args[0] == "lint":
            _draft(tmp_path / "none.md")
        proc = run_cli(*args, "--corpus", str(hay_dir), "--index", str(target), cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stderr)
        line = one_error_line(proc.stderr)
        assert "is not a factcheck index" in line and "left untouched" in line
        assert target.read_bytes() == before
        assert sorted(p.name for p in target.parent.iterdir()) == ["precious.db"]


def test_index_in_the_config_pointed_at_another_file_is_refused(
    hay_dir: Path, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    _customers_db(project / "crm.sqlite")
    before = (project / "crm.sqlite").read_bytes()
    (project / ".factcheck.toml").write_text(f'corpus = "{hay_dir}"\nindex = "crm.sqlite"\n')
    proc = run_cli("check", CLAIM, cwd=project)
    assert proc.returncode == 2
    assert "crm.sqlite is not a factcheck index" in one_error_line(proc.stderr)
    assert (project / "crm.sqlite").read_bytes() == before


def test_an_empty_file_may_become_the_index(hay_dir: Path, tmp_path: Path) -> None:
    # nothing to lose (`--index "$(mktemp)"`)
    target = tmp_path / "made-by-mktemp"
    target.touch()
    corpus = Corpus.from_path(hay_dir, index_path=target)
    corpus.close()
    assert _contents(target) == _expected(hay_dir)


def test_every_index_carries_the_marker(hay_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "i.sqlite"
    Corpus.from_path(hay_dir, index_path=target).close()
    header = target.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


# --- point 2: a read-only index is used, not "rebuilt" -------------------------------------


def _built(hay_dir: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "idx.sqlite"
    Corpus.from_path(hay_dir, index_path=target).close()
    return target


def _change_corpus(hay_dir: Path) -> None:
    write_tree(hay_dir, {"weather/late.txt": "Hail fell on Dunmore on Friday.\n"})


def _assert_read_only_run(proc: subprocess.CompletedProcess, target: Path, before: bytes) -> None:
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("SUPPORTED"), proc.stdout
    warning = [line for line in proc.stderr.splitlines() if "read-only" in line]
    assert len(warning) == 1 and "cannot be refreshed" in warning[0], proc.stderr
    assert "Traceback" not in proc.stderr and "rebuilding" not in proc.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["idx.sqlite"]


def _unshare_available(tmp_path: Path) -> bool:
    probe = tmp_path / "probe"
    probe.mkdir()
    if shutil.which("unshare") is None:
        return False
    proc = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         f'mount --bind -o ro "{probe}" "{probe}" && ! touch "{probe}/x" 2>/dev/null'],
        capture_output=True, timeout=30,
    )
    return proc.returncode == 0


def test_index_on_a_read_only_mount_is_used_without_refreshing(
    hay_dir: Path, tmp_path: Path
) -> None:
    # a genuinely read-only file system (a bind mount in a private namespace), which
    # stops root too; regression: the index was called "unreadable" and removed
    if not _unshare_available(tmp_path):
        pytest.skip("no user namespaces here to mount a folder read-only")
    folder = tmp_path / "ro"
    target = _built(hay_dir, folder)
    before = target.read_bytes()
    _change_corpus(hay_dir)
    mount = ("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
             f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"', "sh")
    proc = run_cli("check", CLAIM, "--corpus", str(hay_dir), "--index", str(target),
                   cwd=tmp_path, prefix=mount)
    _assert_read_only_run(proc, target, before)
    proc = run_cli("index", "--corpus", str(hay_dir), "--index", str(target),
                   cwd=tmp_path, prefix=mount)
    assert proc.returncode == 2 and "was not refreshed" in proc.stderr.splitlines()[-1]
    assert target.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_index_in_a_read_only_folder_is_used_without_refreshing(
    hay_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    target = _built(hay_dir, folder)
    before = target.read_bytes()
    _change_corpus(hay_dir)
    target.chmod(0o444)
    folder.chmod(0o555)
    try:
        proc = run_cli("check", CLAIM, "--corpus", str(hay_dir), "--index", str(target),
                       cwd=tmp_path)
    finally:
        folder.chmod(0o755)
    _assert_read_only_run(proc, target, before)


def test_index_that_cannot_be_written_is_opened_read_only(
    hay_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # runs everywhere, root included: the store is told the file cannot be written (what
    # os.access says on a read-only mount) and must then open it with a read-only SQLite
    # URI, answer from it, warn once, and write nothing
    target = _built(hay_dir, tmp_path / "ro")
    before = target.read_bytes()
    _change_corpus(hay_dir)
    monkeypatch.setattr(schema_module, "_writable", lambda path: False)
    result = CliRunner().invoke(
        app, ["check", CLAIM, "--claims-file", str(_claims(tmp_path)),
              "--corpus", str(hay_dir), "--index", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("SUPPORTED") == 2  # two claims, one index
    assert result.stderr.count("read-only and cannot be refreshed") == 1
    assert target.read_bytes() == before
    index = FtsIndex(target)
    try:
        assert index.read_only
        with pytest.raises(IndexError_, match="read-only"):
            index.clear()
    finally:
        index.close()
    assert target.read_bytes() == before


def _claims(tmp_path: Path) -> Path:
    path = tmp_path / "claims.txt"
    path.write_text("More than 20,000 homes lost power\n", encoding="utf-8")
    return path


# --- point 7: a check never dies on a refresh's write lock ---------------------------------


class HeldLock:
    """Another process's refresh, as SQLite sees it: a write transaction left open."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


def test_check_answers_from_the_committed_index_while_a_refresh_holds_the_lock(
    hay_dir: Path, tmp_path: Path
) -> None:
    # regression: the check waited 60 s on the lock and died with "database is locked"
    target = _built(hay_dir, tmp_path / "idx")
    _change_corpus(hay_dir)
    lock = HeldLock(target)
    try:
        started = time.monotonic()
        proc = run_cli("check", CLAIM, "--corpus", str(hay_dir), "--index", str(target),
                       cwd=tmp_path)
        took = time.monotonic() - started
    finally:
        lock.release()
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("SUPPORTED")
    assert took < 30
    assert proc.stderr.strip().splitlines() == [
        f"factcheck: warning: index {target} is being refreshed by another process; "
        "answering from the index as it was before"
    ]


def test_check_on_an_index_being_built_waits_with_a_message(
    hay_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new.sqlite"
    FtsIndex(target).close()  # the schema committed, no document yet
    lock = HeldLock(target)
    threading.Timer(2.0, lock.release).start()
    proc = run_cli("check", CLAIM, "--corpus", str(hay_dir), "--index", str(target),
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("SUPPORTED")
    assert proc.stderr.strip().splitlines() == [
        f"factcheck: warning: waiting for another process to finish building index {target}"
    ]


def test_a_build_that_never_finishes_is_one_error_line(
    hay_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new.sqlite"
    FtsIndex(target).close()
    monkeypatch.setattr(refresh_module, "BUILD_WAIT_S", 0.5)
    lock = HeldLock(target)
    try:
        result = CliRunner().invoke(
            app, ["check", CLAIM, "--corpus", str(hay_dir), "--index", str(target)])
    finally:
        lock.release()
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("factcheck: warning: waiting for another process")
    assert lines[1:] == [
        f"factcheck: error: index {target} was still being built by another process after "
        "0.5 s; try again when it has finished"
    ]


def test_rebuild_while_another_process_refreshes_is_one_error_line(
    hay_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _built(hay_dir, tmp_path / "idx")
    before = _contents(target)
    monkeypatch.setattr(schema_module, "BUSY_TIMEOUT_S", 0.5)
    lock = HeldLock(target)
    try:
        result = CliRunner().invoke(
            app, ["index", "--rebuild", "--corpus", str(hay_dir), "--index", str(target)])
    finally:
        lock.release()
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"factcheck: error: index {target} is locked by another process's refresh; try "
        "again when it has finished"
    ]
    assert _contents(target) == before


# --- point 8: a full disk during a refresh ------------------------------------------------


def _many_new_files(root: Path, n: int) -> None:
    rng = random.Random(11)
    words = ["river", "council", "budget", "station", "harvest", "ferry", "tunnel", "league"]
    texts = {}
    for i in range(n):
        texts[f"more/doc{i:03d}.txt"] = "\n".join(
            f"Report {i}.{j}: the {rng.choice(words)} {rng.choice(words)} figure was "
            f"{rng.randint(10, 99999)} on day {j} of {rng.choice(words)} week."
            for j in range(40)
        ) + "\n"
    write_tree(root, texts)


def test_disk_full_during_a_refresh_keeps_the_old_index_and_says_so_in_one_line(
    hay_dir: Path, tmp_path: Path
) -> None:
    # regression: a traceback ending in "cannot rollback - no transaction is active", exit 1
    target = _built(hay_dir, tmp_path / "idx")
    before = _contents(target)
    _many_new_files(hay_dir, 60)
    limit = target.stat().st_size + 64 * 1024  # the file and its WAL may not grow past this

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = run_cli("index", "--corpus", str(hay_dir), "--index", str(target), cwd=tmp_path,
                   preexec=small_disk)
    assert proc.returncode == 2, proc.stderr
    line = one_error_line(proc.stderr)
    assert f"cannot write index {target}" in line and "the previous index is kept" in line
    assert _contents(target) == before
    # with room again, the next refresh takes everything in
    proc = run_cli("index", "--corpus", str(hay_dir), "--index", str(target), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _contents(target) == _expected(hay_dir)


def test_a_full_database_is_an_index_error_and_rolls_back(hay_dir: Path, tmp_path: Path) -> None:
    # the same through SQLite's own limit on the file's size (SQLITE_FULL)
    target = _built(hay_dir, tmp_path / "idx")
    before = _contents(target)
    _many_new_files(hay_dir, 20)
    corpus = Corpus.from_path(hay_dir, index_path=target, refresh=False)
    try:
        pages = corpus.index.conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
        corpus.index.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # type: ignore[attr-defined]
        with pytest.raises(IndexError_, match="the disk is full.*previous index is kept"):
            corpus.refresh()
        assert not corpus.index.conn.in_transaction  # type: ignore[attr-defined]
    finally:
        corpus.close()
    assert _contents(target) == before
    assert len(HAY) == len(before)


def test_index_warning_for_a_refresh_is_not_an_error(hay_dir: Path, tmp_path: Path) -> None:
    # a held lock on a committed index: the library warns and keeps the old index
    target = _built(hay_dir, tmp_path / "idx")
    _change_corpus(hay_dir)
    lock = HeldLock(target)
    try:
        with pytest.warns(IndexWarning, match="being refreshed by another process"):
            corpus = Corpus.from_path(hay_dir, index_path=target)
        assert corpus.last_refresh is not None and corpus.last_refresh.stale == 1
        corpus.close()
    finally:
        lock.release()
