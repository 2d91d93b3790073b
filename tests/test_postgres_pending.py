"""The GIN index's pending list after a refresh: merged by a refresh that owns the index,
kept short (and the refresh whole) where the refreshing role may write but not own it.

Every search reads the pending list whole, so a long one slows every check after a
refresh. Needs a server, as tests/test_postgres.py (whose skip these tests share).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from factcheck import Corpus, check
from tests.conftest import write_tree
from tests.test_postgres import SERVER, _run, _sql, corpus_url, pytestmark  # noqa: F401

TEXTS = {f"m{i:02}.txt": f"Mill {i} ground {200 + i} sacks of barley for the Eastholm bakery "
         f"in week {i}. The miller, Ada Crane, said the stones wore out after {i + 2} years."
         for i in range(40)} | {"harbour.txt": "The Eastholm harbour crane lifted 1,480 "
                                             "containers on Friday, a record for the port."}


def _pending_tuples(url: str) -> int:
    try:
        _run(url, "CREATE EXTENSION IF NOT EXISTS pgstattuple")
    except Exception as exc:  # contrib missing or no right to add it: nothing to read with
        pytest.skip(f"pgstattuple is not available on the test server: {exc}")
    return _sql(url, "SELECT pending_tuples FROM pgstatginindex('factcheck.sentences_tsv')")


def test_a_refresh_leaves_no_pending_list(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "mills", TEXTS)
    url = corpus_url()
    corpus = Corpus.from_path(folder, index_path=url)
    assert corpus.last_refresh is not None and corpus.last_refresh.added == len(TEXTS)
    assert _pending_tuples(url) == 0
    corpus.close()
    with open(folder / "m03.txt", "a", encoding="utf-8") as fh:
        fh.write(" A late note said the mill closed in May.\n")
    again = Corpus.from_path(folder, index_path=url)
    assert again.last_refresh is not None and again.last_refresh.changed == 1
    assert _pending_tuples(url) == 0
    again.close()


def test_a_role_that_does_not_own_the_index_still_refreshes(tmp_path: Path) -> None:
    Corpus.from_path(write_tree(tmp_path / "first", {"a.txt": "A first text."}),
                     index_path=corpus_url()).close()  # the schema exists, owned by the owner
    role, password = f"fc_writer_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    _run(SERVER, f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    try:
        _run(SERVER, f"GRANT USAGE ON SCHEMA factcheck TO {role}")
        _run(SERVER, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA factcheck "
                     f"TO {role}")
        _run(SERVER, f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA factcheck TO {role}")
        parts = urlsplit(corpus_url())
        netloc = f"{role}:{password}@{parts.netloc.rpartition('@')[2]}"
        url = urlunsplit(parts._replace(netloc=netloc))
        folder = write_tree(tmp_path / "mills", TEXTS)
        corpus = Corpus.from_path(folder, index_path=url)
        assert corpus.last_refresh is not None and corpus.last_refresh.added == len(TEXTS)
        result = check("The Eastholm harbour crane lifted 1,480 containers", corpus)
        assert result.verdict.value == "SUPPORTED"
        assert result.evidence[0].sentence.source == "harbour.txt"
        corpus.close()
    finally:
        _run(SERVER, f"DROP OWNED BY {role}")
        _run(SERVER, f"DROP ROLE {role}")
