"""What a refresh writes to PostgreSQL: documents and their sentence rows, sent with COPY
in batches, and the counts kept beside them (tokens for BM25, doc_terms for copy
detection, the corpus's sentence and token totals).

Reading and segmenting files is the same as for the SQLite index (sqlite/rows.py: the
process pool, the rows, the copy-detection terms); the tokens are tokens.py's.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...text import strip_invisible
from ..sqlite.rows import DOCUMENTS, text_terms
from ..terms import MAX_NOISE
from .tokens import MAX_POSITION, tokens

__all__ = ["DOCUMENTS", "PgBatch", "text_terms", "sentence_row"]
LONG_LEXEME = 500  # characters; past this, a token is checked against PostgreSQL's limit
MAX_LEXEME_BYTES = 2000  # PostgreSQL refuses lexemes of 2 KiB: longer tokens are not stored


def sentence_row(text: str) -> tuple[int, str, str, list[str]]:
    """(token count, tsvector text, the tsvector of its tokens that occur more than once,
    the distinct tokens stored) of one sentence."""
    # as the SQLite index: invisible characters (a soft hyphen) do not split words
    stems = tokens(strip_invisible(text))
    positions: dict[str, list[str]] = {}
    for i, lexeme in enumerate(stems, 1):
        positions.setdefault(lexeme, []).append(str(i if i < MAX_POSITION else MAX_POSITION))
    kept = [t for t in positions
            if len(t) < LONG_LEXEME or len(t.encode("utf-8")) < MAX_LEXEME_BYTES]
    # tokens are letters and digits only: no quoting needed in the tsvector text
    tsv = " ".join(f"'{t}':{','.join(positions[t])}" for t in kept)
    # search() reads positions only where a word can occur more than once: these
    repeats = " ".join(f"'{t}':{','.join(positions[t])}" for t in kept if len(positions[t]) > 1)
    return len(stems), tsv, repeats, kept


def no_nul(text: str) -> str:
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


class PgBatch:
    """The writes of one refresh transaction: rows queued and sent with COPY.

    Sentence ids are handed out here (max(id) is read once per transaction), and each
    document's sentences get consecutive ids, which contexts() relies on.
    """

    ROWS = 20_000

    def __init__(self, conn: Any, corpus: int) -> None:
        self.conn = conn
        self.corpus = corpus
        self.next_id: int = self.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM factcheck.sentences WHERE corpus = %s",
            (self.corpus,),
        ).fetchone()[0]
        self.docs: list[tuple] = []
        self.rows: list[tuple] = []
        self.dropped: list[int] = []
        self.tokens: Counter[str] = Counter()  # sentences per token: changes
        self.terms: Counter[str] = Counter()  # doc_terms changes
        self.sentences = 0  # change of the corpus's sentence count
        self.token_total = 0  # change of its token count
        self.changed = False  # a document was added or dropped
        self._ids: list[int] = []

    def count(self, terms: frozenset[str], sign: int) -> None:
        """Add (+1) or remove (-1) one document's terms from the document frequencies."""
        if sign > 0:
            self.terms.update(terms)
        else:
            self.terms.subtract(terms)

    def add(self, source: str, size: int, mtime_ns: int, digest: str, encoding: str,
            head: str, rows: list[tuple], terms: frozenset[str]) -> int:
        """Queue one document and its rows (line, col, start, end, text, noise, key)."""
        self.changed = True
        if not self._ids:
            self._ids = [r[0] for r in self.conn.execute(
                "SELECT nextval('factcheck.documents_id_seq') FROM generate_series(1, 500)")]
        doc = self._ids.pop()
        # PostgreSQL text holds no NUL: U+FFFD keeps the lengths, so offsets still index
        self.docs.append((doc, self.corpus, source, size, mtime_ns, digest, encoding,
                          no_nul(head)))
        first = self.next_id
        for i, (line, col, start, end, text, noise, key) in enumerate(rows):
            n, tsv, repeats, kept = sentence_row(text)
            self.tokens.update(kept)
            self.token_total += n
            self.rows.append((self.corpus, first + i, doc, line, col, start, end, no_nul(text),
                              noise, key, n, tsv, repeats))
        self.next_id = first + len(rows)
        self.sentences += len(rows)
        self.count(terms, 1)
        if len(self.rows) >= self.ROWS:
            self.flush()
        return len(rows)

    def drop(self, doc: int, digest: str) -> None:
        """Queue one stored document for removal (before anything queued after it)."""
        self.changed = True
        if digest:  # a cleared document is no longer in doc_terms (see clear())
            texts = self.conn.execute(
                "SELECT text FROM factcheck.sentences WHERE doc = %s AND noise <= %s "
                "ORDER BY id", (doc, MAX_NOISE))
            self.count(text_terms(r[0] for r in texts), -1)
        self.dropped.append(doc)
        if len(self.dropped) >= 500:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        if self.dropped:
            ids = self.dropped
            for token, n in conn.execute(
                "SELECT u.lexeme, count(*) FROM factcheck.sentences s, unnest(s.tsv) u "
                "WHERE s.doc = ANY(%s) GROUP BY u.lexeme", (ids,)):
                self.tokens[token] -= n
            n, total = conn.execute(
                "SELECT count(*), coalesce(sum(ntokens), 0) FROM factcheck.sentences "
                "WHERE doc = ANY(%s)", (ids,)).fetchone()
            self.sentences -= n
            self.token_total -= total
            conn.execute("DELETE FROM factcheck.sentences WHERE doc = ANY(%s)", (ids,))
            conn.execute("DELETE FROM factcheck.documents WHERE id = ANY(%s)", (ids,))
            self.dropped = []
        cur = conn.cursor()
        if self.docs:
            with cur.copy("COPY factcheck.documents (id, corpus, source, size, mtime_ns, "
                          "digest, encoding, head) FROM STDIN") as copy:
                for doc_row in self.docs:
                    copy.write_row(doc_row)
            self.docs = []
        if self.rows:
            with cur.copy("COPY factcheck.sentences (corpus, id, doc, line, col, start_, end_, "
                          "text, noise, key, ntokens, tsv, repeats) FROM STDIN") as copy:
                for row in self.rows:
                    copy.write_row(row)
            self.rows = []

    def finish(self) -> None:
        """Write what is queued and the counts kept beside the rows."""
        self.flush()
        conn, c = self.conn, self.corpus
        for table, column, counts in (("tokens", "token", self.tokens),
                                      ("doc_terms", "term", self.terms)):
            changes = [(c, t, n) for t, n in counts.items() if n]
            if not changes:
                continue
            count = "sentences" if table == "tokens" else "docs"
            # many rows (a first build): COPY them into a scratch table, merge in one statement
            conn.execute("CREATE TEMP TABLE fc_counts (term text, n int) ON COMMIT DROP")
            with conn.cursor().copy("COPY fc_counts (term, n) FROM STDIN") as copy:
                for _, term, n in changes:
                    copy.write_row((term, n))
            conn.execute(
                f"INSERT INTO factcheck.{table} (corpus, {column}, {count}) "
                f"SELECT %s, term, n FROM fc_counts "
                f"ON CONFLICT (corpus, {column}) DO UPDATE "
                f"SET {count} = factcheck.{table}.{count} + excluded.{count}",
                (c,),
            )
            conn.execute("DROP TABLE fc_counts")
            if any(n < 0 for _, _, n in changes):
                conn.execute(f"DELETE FROM factcheck.{table} WHERE corpus = %s AND {count} <= 0",
                             (c,))
            counts.clear()
        if self.changed or self.sentences or self.token_total:
            conn.execute(
                "UPDATE factcheck.corpora SET sentences = sentences + %s, tokens = tokens + %s, "
                "generation = generation + 1 WHERE id = %s",
                (self.sentences, self.token_total, c),
            )
            self.sentences = self.token_total = 0
