"""Loading a corpus folder: which files are read, how bytes become text, and matching forms."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from factcheck import Corpus
from factcheck.corpus.loader import SkippedFileWarning, decode, read_document, scan
from factcheck.text import fold, fold_keep_length, words
from tests.conftest import HAY, write_tree

ARTICLE = "The harbour reopened on Friday after a week of repairs.\n"


def _read_all(root: Path) -> dict[str, str]:
    files, _ = scan([root])
    docs = {}
    for f in files:
        doc = read_document(f)
        if doc is not None and not doc.skipped:  # binary and empty: kept, without text
            docs[doc.source] = doc.text
    return docs


# --- walking -------------------------------------------------------------------------


def test_walk_is_recursive_and_sources_are_posix_relative(hay_dir: Path) -> None:
    files, stats = scan([hay_dir])
    assert sorted(f.source for f in files) == sorted(HAY)
    assert all("\\" not in f.source and not f.source.startswith("/") for f in files)
    assert stats.files == len(HAY)


def test_only_txt_and_md_are_read_and_the_rest_counted(tmp_path: Path) -> None:
    root = write_tree(
        tmp_path / "c",
        {"a.txt": ARTICLE, "b.md": ARTICLE, "deep/c.TXT": ARTICLE, "d.html": ARTICLE,
         "e.pdf": "%PDF", "deep/f.csv": "a,b\n"},
    )
    files, stats = scan([root])
    assert sorted(f.source for f in files) == ["a.txt", "b.md", "deep/c.TXT"]
    assert stats.skipped_suffix == 3


def test_hidden_files_and_folders_are_ignored(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"a.txt": ARTICLE, ".git/x.txt": ARTICLE, ".h.md": ARTICLE})
    files, _ = scan([root])
    assert [f.source for f in files] == ["a.txt"]


def test_several_roots_prefix_sources_with_the_folder_name(tmp_path: Path) -> None:
    one = write_tree(tmp_path / "one", {"a.txt": ARTICLE})
    two = write_tree(tmp_path / "two", {"a.txt": ARTICLE})
    files, _ = scan([one, two])
    assert [f.source for f in files] == ["one/a.txt", "two/a.txt"]


def test_same_named_corpus_folders_do_not_collide(tmp_path: Path) -> None:
    # regression: both folders were prefixed "news/", so news/a.txt appeared twice and
    # the index refresh died with "UNIQUE constraint failed: files.source" (a traceback)
    x = write_tree(tmp_path / "x" / "news", {"a.txt": ARTICLE})
    y = write_tree(tmp_path / "y" / "news", {"a.txt": "The tunnel opened in 2001.\n"})
    files, _ = scan([x, y])
    assert [f.source for f in files] == ["x/news/a.txt", "y/news/a.txt"]
    corpus = Corpus.from_path([x, y])
    try:
        assert corpus.index.sources() == ["x/news/a.txt", "y/news/a.txt"]
    finally:
        corpus.close()


def test_file_name_that_is_not_utf8_does_not_crash_the_index(tmp_path: Path) -> None:
    # regression: a Latin-1 file name (b"caf\xe9.txt", common in unpacked archives) became
    # a str with a lone surrogate, and SQLite refused it: UnicodeEncodeError, a traceback
    root = write_tree(tmp_path / "c", {"ok.txt": ARTICLE})
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"The cafe opened in 1984.\n")
    with pytest.warns(SkippedFileWarning, match="not valid UTF-8"):
        corpus = Corpus.from_path(root)
    try:
        assert corpus.index.sources() == ["caf\ufffd.txt", "ok.txt"]
        rows = corpus.index.search(["cafe"], 5)
        assert [r.source for r in rows] == ["caf\ufffd.txt"]
    finally:
        corpus.close()


def test_document_date_found_under_same_named_corpus_folders(tmp_path: Path) -> None:
    dated = "date 2020-02-26 ISTANBUL \u2013 The ferry service resumed after a strike.\n"
    x = write_tree(tmp_path / "x" / "news", {"a.txt": dated})
    y = write_tree(tmp_path / "y" / "news", {"a.txt": ARTICLE})
    corpus = Corpus.from_path([x, y])
    try:
        assert str(corpus.document_date("x/news/a.txt")) == "2020-02-26"
        assert corpus.document_date("y/news/a.txt") is None
    finally:
        corpus.close()


def test_the_same_corpus_folder_twice_is_read_once(hay_dir: Path) -> None:
    corpus = Corpus.from_path([hay_dir, hay_dir / ".." / hay_dir.name, str(hay_dir) + "/"])
    try:
        assert sorted(corpus.index.sources()) == sorted(HAY)
    finally:
        corpus.close()


def test_symlink_loop_terminates_and_reads_each_file_once(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"sub/a.txt": ARTICLE, "b.txt": ARTICLE})
    os.symlink(root, root / "sub" / "back-to-root")
    os.symlink(root / "sub", root / "sub" / "self")
    files, _ = scan([root])
    paths = [f.path.resolve() for f in files]
    assert len(paths) == len(set(paths)) == 2


def test_symlinked_file_outside_the_root_is_read_only_when_asked(tmp_path: Path) -> None:
    # was: always followed (issue 14, point 13); tests/test_symlinks.py has the rest
    outside = write_tree(tmp_path / "outside", {"x.txt": ARTICLE})
    root = write_tree(tmp_path / "c", {"a.txt": ARTICLE})
    os.symlink(outside / "x.txt", root / "linked.txt")
    with pytest.warns(SkippedFileWarning, match="linked.txt: it points outside"):
        assert sorted(_read_all(root)) == ["a.txt"]
    files, _ = scan([root], follow_links=True)
    assert sorted(f.source for f in files) == ["a.txt", "linked.txt"]


# --- decoding --------------------------------------------------------------------------


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a BOM is not a problem worth a warning
        docs = _read_all(root)
    assert docs["bom.txt"] == ARTICLE


def test_bytes_that_are_not_utf8_are_read_as_windows_1252(tmp_path: Path) -> None:
    # was: every such byte replaced by U+FFFD with a warning (docs/encodings.md)
    root = tmp_path / "c"
    root.mkdir()
    (root / "latin1.txt").write_bytes("Caf\xe9 prices rose by 4%.\n".encode("latin-1"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs = _read_all(root)
    assert docs["latin1.txt"] == "Caf\xe9 prices rose by 4%.\n"


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("blank.txt", b"", "empty"),
        ("spaces.txt", b"  \n\n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_binary_and_empty_files_are_skipped_with_a_warning(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    root = write_tree(tmp_path / "c", {"good.txt": ARTICLE})
    (root / name).write_bytes(data)
    with pytest.warns(SkippedFileWarning, match=f"{why}.*{name}"):
        docs = _read_all(root)
    assert sorted(docs) == ["good.txt"]


def test_unreadable_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", {"good.txt": ARTICLE, "gone.txt": ARTICLE})
    files, _ = scan([root])
    (root / "gone.txt").unlink()  # vanished between the scan and the read
    with pytest.warns(SkippedFileWarning, match="unreadable file gone.txt"):
        docs = [read_document(f) for f in files]
    assert [d.source for d in docs if d is not None] == ["good.txt"]


def test_permission_denied_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # simulated: the tests may run as root, who can read a mode-000 file
    root = write_tree(tmp_path / "c", {"good.txt": ARTICLE, "locked.txt": ARTICLE})
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.warns(SkippedFileWarning, match="locked.txt: Permission denied"):
        docs = _read_all(root)
    assert sorted(docs) == ["good.txt"]


def test_bad_files_do_not_stop_a_corpus_from_loading(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "c", HAY)
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (root / "empty.md").write_bytes(b"")
    with pytest.warns(SkippedFileWarning):
        corpus = Corpus.from_path(root)
    try:
        assert sorted(corpus.index.sources()) == sorted(HAY)
    finally:
        corpus.close()


def test_decode_keeps_crlf_so_offsets_stay_true() -> None:
    text = decode(b"One line.\r\nTwo line.\r\n", "x.txt")
    assert text == "One line.\r\nTwo line.\r\n"


# --- matching forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Erdo\u011fan", "erdogan"),
        ("Ay\u015fe Do\u011fan", "ayse dogan"),
        ("Zolt\u00e1n Erd\u0151s", "zoltan erdos"),
        ("\u201cquoted\u201d and \u2018single\u2019", "\"quoted\" and 'single'"),
        ("2019\u20132020 \u2014 season", "2019-2020 - season"),
        ("\ufb01nal \uff11\uff12", "final 12"),  # NFKC: ligature, full-width digits
        ("GROWTH", "growth"),
        ("\u0130stanbul", "istanbul"),
    ],
)
def test_fold_normalises_for_matching(original: str, folded: str) -> None:
    assert fold(original) == folded


def test_fold_keep_length_keeps_offsets() -> None:
    original = "\u201cAy\u015fe Do\u011fan\u201d won \ufb01rst \u2014 Stra\u00dfe"
    assert len(fold_keep_length(original)) == len(original)
    assert fold_keep_length(original).startswith('"ayse dogan" won')


def test_words_keep_decimal_and_thousands_separators() -> None:
    assert words("Revenue rose 3.7% to $4,200 million") == [
        "revenue", "rose", "3.7", "to", "4,200", "million"]


def test_folded_claim_finds_original_text_which_is_displayed_unchanged(hay_corpus) -> None:
    rows = hay_corpus.index.search(["dogan"], 10)
    assert rows, "a claim spelled without diacritics must find the accented name"
    assert any("Do\u011fan" in r.text for r in rows)
    assert all("Dogan" not in r.text for r in rows)  # display keeps the original spelling


def test_accented_claim_finds_unaccented_source() -> None:
    corpus = Corpus.from_texts({"a.txt": "President Erdogan spoke in Ankara on Tuesday.\n"})
    try:
        rows = corpus.index.search([fold("Erdo\u011fan")], 5)
        assert [r.text for r in rows] == ["President Erdogan spoke in Ankara on Tuesday."]
    finally:
        corpus.close()
