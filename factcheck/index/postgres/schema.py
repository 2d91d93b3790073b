"""The PostgreSQL index: its schema, connecting, and the state the other parts share.

Every table lives in the database schema `factcheck`, created on first use and versioned
like the SQLite file (table `meta`): an older version is dropped and built again with a
warning (the index is a cache of the files), a newer one is an error (upgrade factcheck),
and a `factcheck` schema that factcheck did not create is never touched. One database
holds several corpora, each a row of `corpora` named by a key; every other table carries
the corpus id. The tables: `documents` (source, size, mtime, content hash, encoding, the
first characters for the document's date), `sentences` (the rows a refresh writes, with the
FTS5 tokens as a `tsvector` under a GIN index and their count), `tokens` (per token the
sentences that have it: BM25's document frequencies), `doc_terms` and `copy_pairs` (as in
the SQLite index). The other concerns of `PgIndex` (refresh.py, queries.py, stats.py)
subclass `PgStore`; index.py puts them together.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ...errors import IndexError_
from ..interface import IndexWarning
from ..terms import MAX_NOISE, terms_signature
from .connect import connect, driver, password, reason, redacted, split_corpus

SCHEMA_VERSION = 2  # 2: sentences.repeats, sentences_doc on (doc, id)
APPLICATION = "factcheck-index"
LOCK_CLASS = 0x6663  # advisory locks (LOCK_CLASS, 0): the schema; (LOCK_CLASS, id): a corpus
# how long the counts memo is trusted before the corpus's generation is read again: the
# many counts one check weighs its words by cost one round trip, not one each
COUNTS_TRUSTED_S = 1.0
HEADS_KEPT = 5_000  # document starts kept from searches (head())

# the memo's keys for the corpus's sentence and token totals (no word is empty)
TOTALS = ("", 0)
TOTALS_TOKENS = ("", 1)

_SCHEMA = """
CREATE SCHEMA factcheck;
CREATE TABLE factcheck.meta(key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE factcheck.corpora(
    id serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    terms text NOT NULL,
    sentences bigint NOT NULL DEFAULT 0,
    tokens bigint NOT NULL DEFAULT 0,
    generation bigint NOT NULL DEFAULT 0
);
CREATE TABLE factcheck.documents(
    id bigserial PRIMARY KEY,
    corpus int NOT NULL REFERENCES factcheck.corpora ON DELETE CASCADE,
    source text NOT NULL,
    size bigint NOT NULL,
    mtime_ns bigint NOT NULL,
    digest text NOT NULL,
    encoding text NOT NULL,
    head text NOT NULL,
    UNIQUE (corpus, source)
);
CREATE TABLE factcheck.sentences(
    corpus int NOT NULL,
    id bigint NOT NULL,
    doc bigint NOT NULL,
    line int NOT NULL,
    col int NOT NULL,
    start_ int NOT NULL,
    end_ int NOT NULL,
    text text NOT NULL,
    noise double precision NOT NULL,
    key bigint NOT NULL,
    ntokens int NOT NULL,
    tsv tsvector NOT NULL,
    repeats tsvector NOT NULL,
    PRIMARY KEY (corpus, id)
);
CREATE INDEX sentences_doc ON factcheck.sentences(doc, id);
CREATE INDEX sentences_key ON factcheck.sentences(corpus, key);
CREATE INDEX sentences_tsv ON factcheck.sentences USING gin(tsv);
CREATE TABLE factcheck.tokens(
    corpus int NOT NULL, token text NOT NULL, sentences int NOT NULL,
    PRIMARY KEY (corpus, token)
);
CREATE TABLE factcheck.doc_terms(
    corpus int NOT NULL, term text NOT NULL, docs int NOT NULL,
    PRIMARY KEY (corpus, term)
);
CREATE TABLE factcheck.copy_pairs(
    corpus int NOT NULL,
    version text NOT NULL,
    a text NOT NULL,
    b text NOT NULL,
    score double precision NOT NULL,
    matched int NOT NULL,
    ordered int NOT NULL,
    sentences int NOT NULL,
    PRIMARY KEY (corpus, version, a, b)
)
"""


class PgStore:
    """The connection to one corpus of a PostgreSQL index and the state its parts share."""

    def __init__(self, url: str, corpus_key: str) -> None:
        self.path: Path | None = None  # not a file
        clean, named = split_corpus(url)
        self.key = named or corpus_key
        self.shown = redacted(url)
        self.location = f"{redacted(clean)} (corpus {self.key!r})"
        self._secret = password(url)
        self.conn: Any = connect(clean, self.shown)
        self._memo: dict[tuple[str, int], int] = {}
        self._memo_version: int | None = None  # the generation the memo was filled at
        self._memo_read = 0.0  # when that generation was read (time.monotonic())
        self._heads: dict[str, str] = {}  # a document's start, as searches returned it
        self._ensure_schema()
        self.corpus_id: int = self._corpus_row()
        self._recount_terms()

    # -- running SQL ----------------------------------------------------------------------
    def _sql(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Run one statement; a driver error becomes one clear IndexError_."""
        try:
            return self.conn.execute(sql, params)
        except driver().Error as exc:
            raise self._error(exc) from None

    def _error(self, exc: BaseException) -> IndexError_:
        return IndexError_(f"index {self.shown}: {reason(exc, self._secret)}")

    @contextmanager
    def _locked(self, corpus: bool = True) -> Iterator[None]:
        """A transaction holding the corpus's advisory lock (or the schema's): refreshes
        from any machine take turns; readers never wait for it."""
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s, %s)",
                                  (LOCK_CLASS, self.corpus_id if corpus else 0))
                yield
        except driver().Error as exc:
            raise self._error(exc) from None

    # -- opening --------------------------------------------------------------------------
    def _schema_state(self) -> str | None:
        """None when the schema is ours and current, else what is wrong."""
        if self._sql("SELECT to_regnamespace('factcheck')").fetchone()[0] is None:
            return "absent"
        if self._sql("SELECT to_regclass('factcheck.meta')").fetchone()[0] is None:
            return "foreign"
        meta = dict(self._sql("SELECT key, value FROM factcheck.meta").fetchall())
        if meta.get("application") != APPLICATION:
            return "foreign"
        version = int(meta.get("schema") or 0)
        if version > SCHEMA_VERSION:
            raise IndexError_(
                f"index {self.shown} was made by a newer factcheck (schema {version}; this "
                f"one reads {SCHEMA_VERSION}): upgrade factcheck"
            )
        return None if version == SCHEMA_VERSION else f"old:{version}"

    def _ensure_schema(self) -> None:
        if self._schema_state() is None:
            return
        with self._locked(corpus=False):  # another process may be creating it
            state = self._schema_state()
            if state == "foreign":
                raise IndexError_(
                    f"index {self.shown}: the database has a schema 'factcheck' that "
                    "factcheck did not create; use another database"
                )
            if state is not None and state.startswith("old:"):
                warnings.warn(f"index {self.shown} has an old schema ({state[4:]}); "
                              "rebuilding it", IndexWarning, 4)
                self.conn.execute("DROP SCHEMA factcheck CASCADE")
            if state is not None:
                for statement in _SCHEMA.split(";"):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO factcheck.meta(key, value) VALUES (%s, %s), (%s, %s)",
                    ("application", APPLICATION, "schema", str(SCHEMA_VERSION)),
                )

    def _corpus_row(self) -> int:
        self._sql("INSERT INTO factcheck.corpora(key, terms) VALUES (%s, %s) "
                  "ON CONFLICT (key) DO NOTHING", (self.key, terms_signature()))
        return int(self._sql("SELECT id FROM factcheck.corpora WHERE key = %s",
                             (self.key,)).fetchone()[0])

    def _recount_terms(self) -> None:
        """Recount doc_terms from the stored sentences if words are now chosen or stemmed
        differently (see index/terms.py): one pass over the corpus, once."""
        query = "SELECT terms FROM factcheck.corpora WHERE id = %s"
        signature = terms_signature()
        if self._sql(query, (self.corpus_id,)).fetchone()[0] == signature:
            return
        from .rows import PgBatch, text_terms

        with self._locked():
            if self.conn.execute(query, (self.corpus_id,)).fetchone()[0] == signature:
                return
            self.conn.execute("DELETE FROM factcheck.doc_terms WHERE corpus = %s",
                              (self.corpus_id,))
            batch = PgBatch(self.conn, self.corpus_id)
            rows = self.conn.execute(
                "SELECT s.doc, s.text FROM factcheck.sentences s "
                "JOIN factcheck.documents d ON d.id = s.doc "
                "WHERE s.corpus = %s AND d.digest != '' AND s.noise <= %s ORDER BY s.id",
                (self.corpus_id, MAX_NOISE),
            ).fetchall()
            by_doc: dict[int, list[str]] = {}
            for doc, text in rows:
                by_doc.setdefault(doc, []).append(text)
            for texts in by_doc.values():
                batch.count(text_terms(texts), 1)
            batch.finish()
            self.conn.execute("DELETE FROM factcheck.copy_pairs WHERE corpus = %s",
                              (self.corpus_id,))
            self.conn.execute("UPDATE factcheck.corpora SET terms = %s WHERE id = %s",
                              (signature, self.corpus_id))

    # -- state ----------------------------------------------------------------------------
    def clear(self) -> None:
        """Mark every document stale: the next refresh re-reads and re-indexes them all.

        The sentences stay until that refresh commits, so an interrupted rebuild (or a
        check running meanwhile) still finds the previous index.
        """
        with self._locked():
            c = self.corpus_id
            self.conn.execute("UPDATE factcheck.documents SET size = -1, mtime_ns = -1, "
                              "digest = '' WHERE corpus = %s", (c,))
            self.conn.execute("DELETE FROM factcheck.doc_terms WHERE corpus = %s", (c,))
            self.conn.execute("DELETE FROM factcheck.copy_pairs WHERE corpus = %s", (c,))
            self.conn.execute("UPDATE factcheck.corpora SET generation = generation + 1 "
                              "WHERE id = %s", (c,))
        self._memo_version = None

    def close(self) -> None:
        self.conn.close()

    def _counts(self) -> dict[tuple[str, int], int]:
        """The memo of counts (with the corpus's sentence and token totals), emptied when
        the corpus has changed since it was filled; the generation that tells is read
        again once the memo is COUNTS_TRUSTED_S old (or _memo_version is set to None)."""
        now = time.monotonic()
        if self._memo_version is not None and now - self._memo_read < COUNTS_TRUSTED_S:
            return self._memo
        version, sentences, tokens = self._sql(
            "SELECT generation, sentences, tokens FROM factcheck.corpora WHERE id = %s",
            (self.corpus_id,)).fetchone()
        if version != self._memo_version:
            self._memo, self._memo_version = {}, int(version)
            self._heads = {}
        self._memo_read = now
        self._memo[TOTALS] = int(sentences)
        self._memo[TOTALS_TOKENS] = int(tokens)
        return self._memo
