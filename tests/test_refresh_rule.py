"""The refresh rule (index/freshness.py): a check reads the corpus folders again only when
the index's mark of the last full scan does not vouch for them, and still sees an added,
a removed and an edited file."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.index import corpus as corpus_module
from factcheck.index import freshness
from factcheck.index.corpus import Corpus
from tests.conftest import write_tree

HOUR_NS = 3600 * 10**9
# a corpus on another topic than the hay and the seeds: one figure per file
LIBRARY = {
    "branches/north.txt": "The Alder Street library lends 9,400 books a month to readers.\n",
    "branches/south.txt": "The Quarry Lane library opened a reading garden in May 2019.\n",
    "archive/old.txt": "The Cedar Row library closed its film archive in March 2008.\n",
}
ADDED = "The Harbour Road library repaired 310 bicycles for its readers last winter.\n"


def _age(root: Path, ns: int = HOUR_NS) -> None:
    """Put every file's and folder's modification time `ns` in the past, as in a corpus
    that was not touched during the test (folder times that recent are not trusted)."""
    then = time.time_ns() - ns
    for path in [root, *root.rglob("*")]:
        os.utime(path, ns=(then, then))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = write_tree(tmp_path / "library", LIBRARY)
    _age(root)
    return root


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the full scans of the corpus folders."""
    calls: list[int] = []
    real = corpus_module._scan

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(corpus_module, "_scan", counting)
    return calls


def _check(root: Path, index: Path, claim: str, *flags: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["check", "--corpus", str(root), "--index", str(index),
                                      "--format", "json", *flags, claim])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout), result.stderr


def _sources(payload: dict) -> set[str]:
    return {e["source"] for e in payload["evidence"]}


@pytest.mark.parametrize("large", [False, True], ids=["small corpus", "large-corpus rule"])
def test_added_removed_and_edited_files_are_seen_by_the_next_check(
        library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scans: list[int],
        large: bool) -> None:
    if large:  # the rule a corpus of more than SMALL_CORPUS files gets: no full stat
        monkeypatch.setattr(freshness, "SMALL_CORPUS", 0)
    index = tmp_path / "i.sqlite"
    claim = "The Harbour Road library repaired 310 bicycles"
    payload, _ = _check(library, index, claim)
    assert payload["verdict"] == "NOT_ENOUGH_INFO"
    assert "branches/harbour.txt" not in _sources(payload)
    assert len(scans) == 1

    _check(library, index, claim)  # nothing changed: under the large-corpus rule, no scan
    assert len(scans) == (1 if large else 2)

    # added
    (library / "branches" / "harbour.txt").write_text(ADDED, encoding="utf-8")
    payload, _ = _check(library, index, claim)
    assert payload["verdict"] == "SUPPORTED", payload["reason"]
    assert "branches/harbour.txt" in _sources(payload)

    # edited in place (the folder's time does not change): one of the recent files
    _age(library)
    _check(library, index, claim)
    scanned = len(scans)
    (library / "branches" / "harbour.txt").write_text(ADDED.replace("310", "410"),
                                                     encoding="utf-8")
    payload, _ = _check(library, index, claim)
    assert len(scans) == scanned + 1
    assert payload["verdict"] == "CONTRADICTED", payload["reason"]

    # removed
    (library / "branches" / "harbour.txt").unlink()
    payload, _ = _check(library, index, claim)
    assert payload["verdict"] == "NOT_ENOUGH_INFO"
    assert "branches/harbour.txt" not in _sources(payload)


def test_an_old_file_edited_in_place_waits_for_the_interval(
        library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scans: list[int]) -> None:
    """The limit of `auto` on a large corpus, as documented: an in-place edit of a file
    that was not among the most recently modified is seen after the interval, or at once
    with --refresh always."""
    monkeypatch.setattr(freshness, "SMALL_CORPUS", 0)
    monkeypatch.setattr(freshness, "RECENT_FILES", 1)
    newest = library / "branches" / "north.txt"
    then = time.time_ns() - HOUR_NS // 2
    os.utime(newest, ns=(then, then))  # the one recent file is another
    index = tmp_path / "i.sqlite"
    claim = "The Cedar Row library closed its film archive in March 2008"
    assert _check(library, index, claim)[0]["verdict"] == "SUPPORTED"
    old = library / "archive" / "old.txt"
    stamp = old.stat().st_mtime_ns
    old.write_text(LIBRARY["archive/old.txt"].replace("2008", "2011"), encoding="utf-8")
    os.utime(library / "archive", ns=(stamp, stamp))  # as an in-place edit leaves it
    assert _check(library, index, claim)[0]["verdict"] == "SUPPORTED"  # not seen yet
    assert _check(library, index, claim, "--refresh", "always")[0]["verdict"] == "CONTRADICTED"
    old.write_text(LIBRARY["archive/old.txt"], encoding="utf-8")
    os.utime(library / "archive", ns=(stamp, stamp))
    scanned = len(scans)
    real = time.time_ns
    monkeypatch.setattr(freshness.time, "time_ns",
                        lambda: real() + (freshness.REFRESH_INTERVAL_S + 1) * 10**9)
    assert _check(library, index, claim)[0]["verdict"] == "SUPPORTED"  # the interval passed
    assert len(scans) == scanned + 1


def test_a_folder_changed_just_before_the_scan_is_not_trusted(tmp_path: Path) -> None:
    """Two changes within one tick of the file system's clock leave a folder's time as it
    was: a folder that recent is marked untrusted, so the next run scans again."""
    root = write_tree(tmp_path / "fresh", LIBRARY)
    files, stats = corpus_module.scan([root])
    mark = freshness.make_mark("k", time.time_ns(), files, stats)
    assert all(mtime == -1 for _, mtime in mark.folders)
    _age(root)
    files, stats = corpus_module.scan([root])
    mark = freshness.make_mark("k", time.time_ns(), files, stats)
    assert all(mtime > 0 for _, mtime in mark.folders)
    assert freshness.changed_folders(mark) == []
    (root / "archive" / "new.md").write_text("A new file.\n", encoding="utf-8")
    assert freshness.changed_folders(mark) == [str(root / "archive")]


def test_the_mark_is_for_one_set_of_folders(library: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           scans: list[int]) -> None:
    monkeypatch.setattr(freshness, "SMALL_CORPUS", 0)
    other = write_tree(tmp_path / "other", {"a.txt": "The museum has 12 rooms open today.\n"})
    _age(other)
    index = tmp_path / "shared.sqlite"
    _check(library, index, "The museum has 12 rooms")
    _check(library, index, "The museum has 12 rooms")
    assert len(scans) == 1
    payload, _ = _check(other, index, "The museum has 12 rooms")  # same index, other folder
    assert len(scans) == 2
    assert payload["verdict"] == "SUPPORTED"


def test_never_answers_from_the_index_and_says_it_is_behind(
        library: Path, tmp_path: Path, scans: list[int]) -> None:
    index = tmp_path / "i.sqlite"
    claim = "The Harbour Road library repaired 310 bicycles"
    _check(library, index, claim)
    (library / "branches" / "harbour.txt").write_text(ADDED, encoding="utf-8")
    payload, stderr = _check(library, index, claim, "--no-refresh")
    assert len(scans) == 1
    assert payload["verdict"] == "NOT_ENOUGH_INFO"
    assert "older than the corpus" in stderr and "1 folder" in stderr
    payload, _ = _check(library, index, claim, "--refresh", "never")
    assert payload["verdict"] == "NOT_ENOUGH_INFO"
    payload, stderr = _check(library, index, claim)
    assert payload["verdict"] == "SUPPORTED"
    assert "older than the corpus" not in stderr


def test_never_builds_an_index_that_was_never_built(library: Path, tmp_path: Path) -> None:
    payload, _ = _check(library, tmp_path / "new.sqlite",
                        "The Alder Street library lends 9,400 books a month", "--no-refresh")
    assert payload["verdict"] == "SUPPORTED"


def test_the_rule_from_the_config_file(library: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    index = tmp_path / "i.sqlite"
    claim = "The Harbour Road library repaired 310 bicycles"
    _check(library, index, claim)
    (library / "branches" / "harbour.txt").write_text(ADDED, encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / ".factcheck.toml").write_text('refresh = "never"\n', encoding="utf-8")
    monkeypatch.chdir(project)
    assert _check(library, index, claim)[0]["verdict"] == "NOT_ENOUGH_INFO"
    assert _check(library, index, claim, "--refresh", "auto")[0]["verdict"] == "SUPPORTED"


@pytest.mark.parametrize(("config", "expected"), [
    ('refresh = "sometimes"', "key 'refresh'"),
    ("refresh = true", "key 'refresh'"),
    ("refresh-interval = -5", "key 'refresh-interval'"),
    ('refresh-interval = "10m"', "key 'refresh-interval'"),
])
def test_bad_refresh_settings_are_one_error_line(library: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  config: str, expected: str) -> None:
    (tmp_path / ".factcheck.toml").write_text(config + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--corpus", str(library), "a claim here"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: ") and expected in lines[0]


def test_contradicting_refresh_flags_are_an_error(library: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--corpus", str(library), "--no-refresh",
                                      "--refresh", "always", "a claim here"])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("factcheck: error: --no-refresh and --refresh always "
                                     "contradict each other")


def test_rebuild_forgets_the_mark(library: Path, tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    c = Corpus.from_path(library, index_path=index)
    assert c.index.scan_mark() is not None
    c.index.clear()
    assert c.index.scan_mark() is None
    c.close()


def test_an_unreadable_mark_means_a_scan() -> None:
    assert freshness.ScanMark.from_json("{not json") is None
    assert freshness.ScanMark.from_json('{"roots": "x"}') is None
    assert freshness.reason_to_scan(None, "k", 600) == "no scan recorded"
