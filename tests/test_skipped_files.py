"""Issue 14, point 17: binary and empty files are remembered by size, mtime and ctime like
other files (not read and warned about on every run); an edit that puts size and mtime back
(`touch -r`) is still seen, through the ctime."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Corpus
from factcheck.cli import app
from factcheck.corpus.loader import SkippedFileWarning
from tests.conftest import write_tree

ARTICLE = "The harbour reopened on Friday after a week of repairs.\n"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    root = write_tree(tmp_path / "c", {"a.txt": ARTICLE})
    (root / "blob.txt").write_bytes(b"\x89PNG\x00\x00" + os.urandom(200_000))
    (root / "blank.md").write_bytes(b"  \n\n")
    return root


def _open(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """(names of files read, warnings) of one Corpus.from_path."""
    reads: list[str] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = Corpus.from_path(root, index_path=root.parent / "i.sqlite")
    try:
        assert corpus.index.sources() == ["a.txt"]  # kept, but never a source of evidence
    finally:
        corpus.close()
    monkeypatch.setattr(Path, "read_bytes", real)
    return sorted(reads), [str(w.message) for w in caught if w.category is SkippedFileWarning]


def test_binary_and_empty_files_are_read_and_warned_about_once(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads, warned = _open(corpus_dir, monkeypatch)
    assert reads == ["a.txt", "blank.md", "blob.txt"]
    assert sorted(warned) == ["skipping binary file blob.txt", "skipping empty file blank.md"]
    reads, warned = _open(corpus_dir, monkeypatch)
    assert (reads, warned) == ([], [])


def test_a_skipped_file_that_changes_is_read_again(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(corpus_dir, monkeypatch)
    (corpus_dir / "blank.md").write_text("The bridge closed for repairs in 2019.\n")
    (corpus_dir / "a.txt").write_bytes(b"\x00binary now")
    reads, warned = _open_sources(corpus_dir, monkeypatch)
    assert reads == ["a.txt", "blank.md"]
    assert warned == ["skipping binary file a.txt"]


def _open_sources(root: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    reads: list[str] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = Corpus.from_path(root, index_path=root.parent / "i.sqlite")
    try:
        assert corpus.index.sources() == ["blank.md"]
        assert [s.text for s in corpus.sentences()] == ["The bridge closed for repairs in 2019."]
    finally:
        corpus.close()
    monkeypatch.setattr(Path, "read_bytes", real)
    return sorted(reads), [str(w.message) for w in caught if w.category is SkippedFileWarning]


def test_an_edit_that_puts_size_and_mtime_back_is_seen(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"a.txt": "The port handled 12,000 containers.\n"})
    path = root / "a.txt"
    before = path.stat()
    index = tmp_path / "i.sqlite"
    Corpus.from_path(root, index_path=index).close()
    path.write_text("The port handled 15,000 containers.\n")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # touch -r
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    corpus = Corpus.from_path(root, index_path=index)
    try:
        assert [s.text for s in corpus.sentences()] == ["The port handled 15,000 containers."]
        assert corpus.last_refresh is not None and corpus.last_refresh.changed == 1
    finally:
        corpus.close()


def test_index_command_says_which_files_have_no_text(corpus_dir: Path) -> None:
    args = ["index", "--corpus", str(corpus_dir), "--index", str(corpus_dir.parent / "i.sqlite")]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "skipping binary file blob.txt" in first.stderr
    again = CliRunner().invoke(app, args)
    assert "skipping" not in again.stderr
    assert "2 files have no text and are not indexed (1 binary, 1 empty)" in again.stderr
    assert "not UTF-8" not in again.stderr
