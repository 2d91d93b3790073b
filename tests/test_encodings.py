"""Issue 14, point 15: every file's encoding is detected (a BOM, UTF-8, else Windows-1252),
recorded per document in the index, and counted in `factcheck index` output."""

from __future__ import annotations

import codecs
import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Corpus, check
from factcheck.cli import app
from factcheck.corpus.loader import SkippedFileWarning, decode_bytes, scan

# a Windows editor's file: CRLF, a pound sign, curly quotes, a euro sign and an accent
WINDOWS = (
    "City signed the forward for a fee of about \u00a332.5m on Monday.\r\n"
    "\u201cHe is a great player,\u201d the manager said of the S\u00e3o Paulo-born striker.\r\n"
    "Tickets now cost \u20ac45 each.\r\n"
)


def test_windows_1252_with_crlf_reads_every_character() -> None:
    decoded = decode_bytes(WINDOWS.encode("cp1252"))
    assert decoded is not None
    assert (decoded.text, decoded.encoding, decoded.problem) == (WINDOWS, "windows-1252", None)


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_a_byte_order_mark_decides_and_is_removed(bom: bytes, codec: str, name: str) -> None:
    decoded = decode_bytes(bom + WINDOWS.encode(codec))
    assert decoded is not None
    assert (decoded.text, decoded.encoding, decoded.problem) == (WINDOWS, name, None)


def test_utf16_without_a_bom_is_still_binary() -> None:
    # documented limit: without a BOM, NUL bytes mean binary (no guessing at UTF-16)
    assert decode_bytes("plain words".encode("utf-16-le")) is None


def test_broken_utf16_is_repaired_and_says_where() -> None:
    decoded = decode_bytes(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8")
    assert decoded is not None and decoded.text == "ab\ufffd"
    assert decoded.problem == "invalid utf-16-le at byte 6; replaced"


def test_utf8_comes_before_windows_1252() -> None:
    decoded = decode_bytes("\u00a332.5m".encode())
    assert decoded is not None and (decoded.text, decoded.encoding) == ("\u00a332.5m", "utf-8")


def test_a_file_of_utf8_and_windows_1252_bytes_reads_both_right() -> None:
    data = "\u201cS\u00e3o Paulo\u201d ".encode() + "cost \u00a35m".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded is not None
    assert decoded.text == "\u201cS\u00e3o Paulo\u201d cost \u00a35m"
    assert decoded.encoding == "utf-8+windows-1252"


def test_bytes_windows_1252_leaves_undefined_are_kept_as_latin1_and_reported() -> None:
    decoded = decode_bytes(b"caf\xe9 \x81 and \x9d")
    assert decoded is not None
    assert decoded.text == "caf\u00e9 \x81 and \x9d"
    assert decoded.encoding == "windows-1252"
    assert decoded.problem and "2 byte(s)" in decoded.problem and "0x81" in decoded.problem


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / "windows.txt").write_bytes(WINDOWS.encode("cp1252"))
    (root / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + WINDOWS.encode("utf-16-le"))
    (root / "plain.txt").write_text("The harbour reopened on Friday.\n", encoding="utf-8")
    return root


def test_the_index_records_each_documents_encoding_and_offsets_stay_true(
    tmp_path: Path,
) -> None:
    root = _corpus(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error", SkippedFileWarning)  # not a problem worth a warning
        corpus = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    try:
        assert corpus.index.encodings() == {"windows-1252": 1, "utf-16-le": 1, "utf-8": 1}
        for source in ("windows.txt", "utf16.txt"):
            rows = corpus.index.sentences_of(source)
            assert [r.text for r in rows][0].endswith("\u00a332.5m on Monday.")
            for r in rows:  # offsets index the decoded text, CRLF and all
                assert WINDOWS[r.start : r.end] == r.text
        result = check("City paid about \u00a332.5m for the forward", corpus)
        assert result.verdict.value == "SUPPORTED"
        assert "\ufffd" not in json.dumps([d.text for d in corpus.documents()])
    finally:
        corpus.close()


def test_index_command_says_how_many_files_were_not_utf8(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    args = ["index", "--corpus", str(root), "--index", str(tmp_path / "i.sqlite")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "2 of 3 files are not UTF-8 (1 utf-16-le, 1 windows-1252)" in result.stderr


def test_document_date_reads_the_head_with_the_same_rule(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_bytes(codecs.BOM_UTF16_LE + "March 3, 2011\r\n".encode("utf-16-le")
                                 + "The plant closed.\r\n".encode("utf-16-le"))
    files, _ = scan([root])
    corpus = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    try:
        assert str(corpus.document_date(files[0].source)) == "2011-03-03"
    finally:
        corpus.close()
