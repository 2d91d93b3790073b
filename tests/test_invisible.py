"""Issue 14, point 16: invisible characters inside words and figures (zero-width space,
joiner and non-joiner, soft hyphen, LRM/RLM and other bidi marks, a BOM at the start of a
claims file) no longer change what is read; sentences keep their original text and
offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck import Corpus, check
from factcheck.cli import app
from factcheck.quantities.dates import extract_dates
from factcheck.quantities.quantities import extract_quantities
from factcheck.text import fold, strip_invisible, without_invisible, words

INVISIBLES = [
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u00ad",  # soft hyphen
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "\u202a", "\u202c", "\u202e",  # embedding, pop, override
    "\u2066", "\u2069",  # isolates
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark / zero-width no-break space
    "\ufe0f",  # variation selector
]


@pytest.mark.parametrize("mark", INVISIBLES)
def test_matching_forms_drop_every_invisible_character(mark: str) -> None:
    assert strip_invisible(f"1{mark}2 inter{mark}national") == "12 international"
    assert fold(f"Erdo{mark}\u011fan") == "erdogan"
    assert words(f"rose 1{mark}2%") == ["rose", "12"]


@pytest.mark.parametrize("mark", INVISIBLES)
def test_figures_and_dates_read_through_them_with_spans_in_the_original(mark: str) -> None:
    text = f"The port handled 1{mark}2,000 containers by 3 March 20{mark}19{mark}."
    (q,) = extract_quantities(text)
    assert q.value == 12_000
    assert text[q.start : q.end] == q.text and q.text.startswith(f"1{mark}2,000")
    (d,) = extract_dates(text)
    assert (d.year, d.month, d.day) == (2019, 3, 3)
    assert text[d.start : d.end] == d.text == f"3 March 20{mark}19"  # the trailing mark is left out


texts = st.text(alphabet=st.sampled_from(list("0123456789 ,.%$abc") + INVISIBLES), max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_spans_always_index_the_original_and_agree_with_the_stripped_text(text: str) -> None:
    found = extract_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    clean = strip_invisible(text)
    assert [q.value for q in found] == [q.value for q in extract_quantities(clean)]
    stripped = without_invisible(text)
    if stripped is not None:
        out, offsets = stripped
        assert out == clean and len(offsets) == len(clean) + 1
        assert all(text[o] == c for o, c in zip(offsets, clean, strict=False))


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u200f", "\ufeff"])
def test_a_claim_with_an_invisible_character_in_a_figure_is_not_contradicted(mark: str) -> None:
    corpus = Corpus.from_texts({"a.txt": "The council has 12 members since the vote.\n"})
    try:
        result = check(f"The council has 1{mark}2 members", corpus)
        assert result.verdict.value == "SUPPORTED", result.reason
        assert result.claim == "The council has 12 members"
    finally:
        corpus.close()


def test_invisible_characters_in_the_corpus_neither_split_words_nor_move_offsets(
    tmp_path: Path,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = ("Port news\r\nThe inter\u00adnational terminal handled 1\u200b2,000 "
            "containers in 20\u200e19.\r\n")
    (root / "port.txt").write_text(text, encoding="utf-8", newline="")
    corpus = Corpus.from_path(root, index_path=tmp_path / "i.sqlite")
    try:
        found = corpus.index.search(["international"], 5)
        assert [r.text for r in found] == [text.splitlines()[1]]
        row = found[0]
        assert text[row.start : row.end] == row.text  # the original, marks and all
        result = check("The international terminal handled 12,000 containers in 2019", corpus)
        assert result.verdict.value == "SUPPORTED", result.reason
        wrong = check("The international terminal handled 2,000 containers in 2019", corpus)
        assert wrong.verdict.value == "CONTRADICTED"
        assert "12,000" in wrong.evidence[0].explanation
        # a refresh that drops the file deletes its full-text rows cleanly
        (root / "port.txt").write_text("The terminal closed.\n", encoding="utf-8")
        corpus.refresh()
        assert corpus.index.search(["international"], 5) == []
        assert [r.text for r in corpus.index.search(["terminal"], 5)] == ["The terminal closed."]
    finally:
        corpus.close()


def test_a_bom_at_the_start_of_a_claims_file_is_not_part_of_the_first_claim(
    tmp_path: Path,
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("The council has 12 members since the vote.\n")
    claims = tmp_path / "claims.txt"
    claims.write_bytes("\ufeffThe council has 12 members\n".encode())
    result = CliRunner().invoke(app, [
        "check", "--claims-file", str(claims), "--corpus", str(root),
        "--index", str(tmp_path / "i.sqlite"), "--format", "json"])
    assert result.exit_code == 0, result.output
    (out,) = json.loads(result.stdout) if result.stdout.lstrip().startswith("[") else [
        json.loads(result.stdout)]
    assert out["claim"] == "The council has 12 members"
    assert out["verdict"] == "SUPPORTED"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_folding_ascii_takes_the_short_way_to_the_same_result(text: str) -> None:
    # fold() skips normalisation for ASCII (copy sketches fold every sentence of a
    # corpus); the short way must give exactly what the full one gives
    import unicodedata

    from factcheck.text import _PUNCT_MAP

    full = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_PUNCT_MAP)
    full = "".join(c for c in unicodedata.normalize("NFKD", full)
                   if not unicodedata.combining(c)).lower()
    assert fold(text) == full
