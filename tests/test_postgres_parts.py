"""The parts of the PostgreSQL back end that need no server: the tokens (the same as
SQLite FTS5's), URLs and passwords, the missing driver, and the lazy import."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.index.backends import is_server_url
from factcheck.index.postgres.connect import redacted, split_corpus
from factcheck.index.postgres.rows import sentence_row
from factcheck.index.postgres.tokens import tokens
from tests.conftest import HAY, REPO, SEEDS


def fts5_tokens(texts: list[str]) -> list[list[str]]:
    """What SQLite FTS5 makes of each text with the SQLite index's tokenizer."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, "
                 "tokenize='porter unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    conn.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)", enumerate(texts))
    out: list[dict[int, str]] = [{} for _ in texts]
    for doc, term, offset in conn.execute("SELECT doc, term, offset FROM v"):
        out[doc][offset] = term
    return [[d[k] for k in sorted(d)] for d in out]


def test_tokens_are_fts5s_on_the_seeds_the_hay_and_every_word_of_them() -> None:
    texts = [line for p in sorted(SEEDS.glob("*.txt")) for line in
             p.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += list(HAY.values())
    texts += sorted({w for t in texts for w in t.split()})  # each word on its own
    assert [tokens(t) for t in texts] == fts5_tokens(texts)


WORDS = ["caresses", "ponies", "ties", "cats", "feed", "agreed", "plastered", "motoring",
         "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "filing",
         "happy", "sky", "relational", "conditional", "valenci", "digitizer", "conformabli",
         "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication",
         "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti",
         "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti",
         "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner",
         "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
         "dependent", "adoption", "homologou", "communism", "activate", "angulariti",
         "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll",
         "yelled", "yying", "syzygy", "eed", "ied", "sss", "1990s", "3rd", "Café", "naïve",
         "Erdoğan", "Ærø", "straße", "Σίσυφος", "日本語", "x" * 70, "éé" * 20]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("aeiouybcdlmnrstwxz'-é1 "), max_size=14),
                min_size=1, max_size=20))
def test_tokens_are_fts5s_on_any_text(texts: list[str]) -> None:
    assert [tokens(t) for t in texts] == fts5_tokens(texts)


def test_tokens_are_fts5s_on_porter_test_words() -> None:
    assert [tokens(w) for w in WORDS] == fts5_tokens(WORDS)


def test_a_sentence_row_keeps_positions_and_the_token_count() -> None:
    n, tsv, repeats, kept = sentence_row("The 3.6 million refugees, the refugees' camps")
    assert n == 8
    assert tsv == "'the':1,6 '3':2 '6':3 'million':4 'refuge':5,7 'camp':8"
    assert repeats == "'the':1,6 'refuge':5,7"
    assert kept == ["the", "3", "6", "million", "refuge", "camp"]
    n, tsv, repeats, kept = sentence_row("a " + "z" * 3000 + " b")
    assert n == 3 and kept == ["a", "b"] and repeats == ""  # PostgreSQL refuses a lexeme that long


def test_urls_never_show_the_password() -> None:
    url = "postgresql://editor:s3cret@db.example:5432/news?sslmode=require&corpus=wire"
    assert redacted(url) == "postgresql://editor@db.example:5432/news?sslmode=require&corpus=wire"
    assert "s3cret" not in redacted("postgresql://editor@/news?host=/run/pg&password=s3cret")
    assert split_corpus(url) == (
        "postgresql://editor:s3cret@db.example:5432/news?sslmode=require", "wire")
    assert split_corpus("postgresql://u@/db?host=/tmp/x") == ("postgresql://u@/db?host=/tmp/x",
                                                              None)
    assert is_server_url("postgresql://u@h/db") and is_server_url("POSTGRES://u@h/db")
    assert not is_server_url("index.sqlite") and not is_server_url(None)


def test_without_the_driver_a_server_index_is_one_line_saying_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg fails
    r = CliRunner().invoke(app, ["check", "--index", "postgresql://u:pw@/db?host=/nowhere",
                                 "Turkey has 12 observation posts"])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and 'pip install "factcheck-cli[postgres]"' in lines[0]
    assert "pw" not in lines[0].split("postgres]")[1]


def test_a_check_on_a_file_index_never_imports_the_driver() -> None:
    code = ("import sys\nfrom factcheck.cli import main\n"
            "sys.argv = ['factcheck', 'Turkey has 12 observation posts']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "assert 'psycopg' not in sys.modules, 'psycopg imported'\n"
            "assert 'factcheck.index.postgres.index' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
