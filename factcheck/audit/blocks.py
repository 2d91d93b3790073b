"""Candidate pairs of the audit, by blocking in SQL instead of comparing in memory.

The corpus's sentences are read once from the index (either back end, through the Index
interface); each that gives a figure or an absolute date gets its keys (keys.py), written
with the sentence to a scratch SQLite database that lives in a temporary file, so memory
stays flat however large the corpus. SQL then gives the blocks: the sentences that share
a key, from at least two documents (and, with a filter, at least one changed document),
each block sorted by the sentences' min-hash signature, the story window: a sentence is
compared with all others of a small block and with its WINDOW nearest of a large one, so
the pairs grow with the corpus, not with its square.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..index.terms import MAX_NOISE
from ..results import Sentence
from .keys import SentenceKeys, sentence_keys
from .pool import ordered_map

ALL_PAIRS_UP_TO = 16  # members of a block within which every pair is compared
WINDOW = 4  # in a larger block, the neighbours (in signature order) each member meets
_CHUNK = 2_000  # sentences per task of the key pool
_POOL_FROM = 40_000  # sentences from which keys are computed by a process pool


@dataclass(frozen=True)
class Member:
    """One sentence of a block."""

    sid: int
    doc: int
    changed: bool
    names: frozenset[str]


_SCHEMA = """
CREATE TABLE s(id INTEGER PRIMARY KEY, source TEXT NOT NULL, line INTEGER, col INTEGER,
               start INTEGER, "end" INTEGER, text TEXT NOT NULL);
CREATE TABLE k(key TEXT NOT NULL, sid INTEGER NOT NULL, doc INTEGER NOT NULL,
               sig INTEGER NOT NULL, changed INTEGER NOT NULL, names TEXT NOT NULL);
"""
Row = tuple[int, str, int, int, int, int, str]  # id, source, line, col, start, end, text


def _keys_of(rows: Sequence[Row]) -> list[tuple[Row, SentenceKeys]]:
    out = []
    for row in rows:
        keys = sentence_keys(row[6])
        if keys is not None:
            out.append((row, keys))
    return out


def _chunks(index: Any) -> Iterator[list[Row]]:
    # one pass over the index in batches (every_sentence), not a query per document
    rows: list[Row] = []
    for r in index.every_sentence(MAX_NOISE):
        rows.append((r.id, r.source, r.line, r.column, r.start, r.end, r.text))
        if len(rows) >= _CHUNK:
            yield rows
            rows = []
    if rows:
        yield rows


class Blocks:
    """The keyed sentences of one corpus in a scratch database (close() removes it)."""

    def __init__(self, index: Any, changed: Collection[str] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        # "" is SQLite's private temporary database: on disk, deleted when closed
        self.db = sqlite3.connect("", isolation_level=None)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "PRAGMA cache_size=-32000;" + _SCHEMA)
        self.filtered = changed is not None
        sources = index.sources()
        doc_ids = {s: n for n, s in enumerate(sources)}
        wanted = set(changed or ())
        self.sentences = 0
        self.db.execute("BEGIN")
        for found in self._keyed(index, progress):
            for row, keys in found:
                doc = doc_ids[row[1]]
                flag = int(not self.filtered or row[1] in wanted)
                self.db.execute("INSERT INTO s VALUES (?,?,?,?,?,?,?)", row)
                names = " ".join(keys.names)
                self.db.executemany("INSERT INTO k VALUES (?,?,?,?,?,?)",
                                    [(key, row[0], doc, keys.signature, flag, names)
                                     for key in keys.keys])
                self.sentences += 1
        self.db.execute("COMMIT")
        self.db.execute("CREATE INDEX k_key ON k(key, sig, sid)")

    def _keyed(self, index: Any, progress: Callable[[int, int], None] | None
               ) -> Iterator[list[tuple[Row, SentenceKeys]]]:
        total = index.sentence_count()
        done = 0
        for chunk, keyed in ordered_map(_keys_of, _chunks(index), parallel=total >= _POOL_FROM):
            done += len(chunk)
            if progress is not None:
                progress(min(done, total), total)
            yield keyed

    def blocks(self) -> Iterator[tuple[str, list[Member]]]:
        """Each key shared by two or more documents (one of them changed, when filtered),
        with its sentences in signature order."""
        having = "COUNT(DISTINCT doc) > 1" + (" AND MAX(changed) = 1" if self.filtered else "")
        rows = self.db.execute(
            f"SELECT key, sid, doc, changed, names FROM k WHERE key IN "
            f"(SELECT key FROM k GROUP BY key HAVING {having}) ORDER BY key, sig, sid")
        key: str | None = None
        members: list[Member] = []
        for k, sid, doc, changed, names in rows:
            if k != key:
                if members:
                    yield key, members  # type: ignore[misc]
                key, members = k, []
            members.append(Member(sid, doc, bool(changed), frozenset(names.split())))
        if members:
            yield key, members  # type: ignore[misc]

    def sentence(self, sid: int) -> Sentence:
        row = self.db.execute('SELECT source, line, col, start, "end", text FROM s WHERE id = ?',
                              (sid,)).fetchone()
        return Sentence(*row)

    def close(self) -> None:
        self.db.close()


def pairs(key: str, members: Sequence[Member]) -> Iterator[tuple[Member, Member]]:
    """The pairs of one block worth judging: from two documents, one of them changed
    (every member is, without a filter), sharing a name; all of a small block, neighbours
    in a large one. Under a name key (`d|<name>`), a pair sharing several names is taken
    only under the first of them, so that it is met in one block."""
    reach = len(members) if len(members) <= ALL_PAIRS_UP_TO else WINDOW + 1
    name = key[2:] if key.startswith("d|") else None
    for i, a in enumerate(members):
        for b in members[i + 1 : i + reach]:
            if a.doc == b.doc or not (a.changed or b.changed):
                continue
            shared = a.names & b.names
            if shared and (name is None or min(shared) == name):
                yield a, b
