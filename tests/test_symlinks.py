"""Issue 14, point 13: symbolic links that lead out of the corpus folders are not followed
(one warning names the link) unless --follow-links or `follow-links = true` says so."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Corpus
from factcheck.cli import app
from factcheck.corpus.loader import SkippedFileWarning, scan
from tests.conftest import write_tree

ARTICLE = "The harbour reopened on Friday after a week of repairs.\n"
SECRET = "root:x:0:0:root:/root:/bin/bash was the first account listed.\n"


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """A corpus with links out (a file, a folder), links within, and a dangling link."""
    host = write_tree(tmp_path / "host", {"passwd.txt": SECRET, "doc/readme.txt": SECRET})
    root = write_tree(tmp_path / "corpus", {"a.txt": ARTICLE, "sub/b.txt": ARTICLE})
    other = write_tree(tmp_path / "second", {"c.txt": ARTICLE})
    os.symlink(host / "passwd.txt", root / "pw.txt")
    os.symlink(host / "doc", root / "docs")
    os.symlink(root / "sub" / "b.txt", root / "same-b.txt")  # inside this root
    os.symlink(root / "sub", root / "sub-again")  # a folder inside this root
    os.symlink(other / "c.txt", root / "from-second.txt")  # inside another root
    os.symlink(tmp_path / "nowhere.txt", root / "dangling.txt")
    return tmp_path


def _sources(roots: list[Path], follow: bool = False) -> tuple[list[str], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        files, _ = scan(roots, follow_links=follow)
    return sorted(f.source for f in files), [str(w.message) for w in caught]


def test_links_out_of_the_corpus_are_skipped_with_one_warning_each(linked: Path) -> None:
    root = linked / "corpus"
    sources, warned = _sources([root])
    assert sources == ["a.txt", "same-b.txt", "sub/b.txt"]  # sub-again is sub: read once
    assert sorted(warned) == [
        f"not following symbolic link {root / name}: it points outside the corpus "
        "(--follow-links follows it)"
        for name in ("docs", "from-second.txt", "pw.txt")
    ]  # the dangling link leads nowhere: nothing to warn about


def test_a_link_into_another_corpus_folder_is_inside(linked: Path) -> None:
    sources, warned = _sources([linked / "corpus", linked / "second"])
    assert "corpus/from-second.txt" in sources
    assert not any("from-second" in w for w in warned)
    assert not any("passwd" in s or s.startswith("corpus/docs") for s in sources)


def test_follow_links_reads_them(linked: Path) -> None:
    sources, warned = _sources([linked / "corpus"], follow=True)
    assert {"pw.txt", "docs/readme.txt", "from-second.txt"} <= set(sources)
    assert warned == []


def test_a_corpus_never_indexes_the_host_file_and_warns_once(linked: Path) -> None:
    root = linked / "corpus"
    with pytest.warns(SkippedFileWarning) as record:
        corpus = Corpus.from_path(root, index_path=linked / "i.sqlite")
    try:
        list(corpus.documents())  # a second scan: no second warning
        assert not any("root:x" in s.text for s in corpus.sentences())
        pw = [str(w.message) for w in record if "pw.txt" in str(w.message)]
        assert len(pw) == 1
    finally:
        corpus.close()


@pytest.mark.parametrize("command", ["index", "check", "audit", "lint"])
def test_every_command_that_reads_a_corpus_takes_follow_links(
    linked: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(linked)
    (linked / "draft.md").write_text("The harbour reopened on Friday.\n")
    extra = {"check": ["root account listed"], "lint": ["draft.md"]}.get(command, [])
    base = [command, *extra, "--corpus", "corpus", "--index", "i.sqlite", "--format", "json"]
    if command == "index":
        base = base[:-2]
    skipped = CliRunner().invoke(app, base)
    assert skipped.exit_code in (0, 1), skipped.output
    assert skipped.stderr.count("not following symbolic link") == 3
    assert "Traceback" not in skipped.output
    followed = CliRunner().invoke(app, [*base, "--follow-links"])
    assert followed.exit_code in (0, 1), followed.output
    assert "not following" not in followed.stderr
    if command == "check":
        assert "root:x" not in skipped.stdout and "passwd.txt" not in skipped.stdout
        assert "pw.txt" in followed.stdout


def test_config_key_follow_links(linked: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(linked)
    args = ["index", "--corpus", "corpus", "--index", "i.sqlite"]
    (linked / ".factcheck.toml").write_text("follow-links = true\n")
    assert "not following" not in CliRunner().invoke(app, args).stderr
    (linked / ".factcheck.toml").write_text("follow-links = false\n")
    assert "not following" in CliRunner().invoke(app, args).stderr
    (linked / ".factcheck.toml").write_text('follow-links = "yes"\n')
    bad = CliRunner().invoke(app, args)
    assert bad.exit_code == 2 and "follow-links" in bad.stderr
