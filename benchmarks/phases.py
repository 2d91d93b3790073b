"""One benchmark phase per process, so each has its own peak RSS; prints one JSON object.

    python benchmarks/phases.py build   CORPUS INDEX
    python benchmarks/phases.py floor   CORPUS INDEX   (bare FTS5 insert of the same texts)
    python benchmarks/phases.py refresh CORPUS INDEX
    python benchmarks/phases.py query   CORPUS INDEX CLAIMS.json
    python benchmarks/phases.py client  CORPUS INDEX CLAIMS.json SEED   (check every claim)
    python benchmarks/phases.py refresher CORPUS INDEX STOPFILE     (refresh until STOPFILE)
    python benchmarks/phases.py read_floor CORPUS INDEX  (every sentence's text read once)
    python benchmarks/phases.py spin CORPUS INDEX MS [N]  (the clients' floor: CPU-bound steps)

INDEX is a SQLite file or a postgresql:// URL (then the floors are PostgreSQL's own: a
bare table with a GIN index filled from the same texts, and a GIN match ranked by
ts_rank).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import sys
import time
import warnings
from pathlib import Path


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def is_url(index: object) -> bool:
    return str(index).startswith("postgresql://")


def _pg(index: str):  # type: ignore[no-untyped-def]
    import psycopg

    from factcheck.index.postgres.connect import split_corpus

    return psycopg.connect(split_corpus(index)[0], autocommit=True)


def _remove_index(index: Path | str) -> None:
    if is_url(index):  # the benchmark's own server: each cold build starts from nothing
        with _pg(str(index)) as conn:
            conn.execute("DROP SCHEMA IF EXISTS factcheck CASCADE")
            conn.execute("DROP TABLE IF EXISTS bench_floor")
            conn.execute("CHECKPOINT")
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{index}{suffix}")
        except FileNotFoundError:
            pass


def index_bytes(index: Path | str) -> int:
    if is_url(index):
        with _pg(str(index)) as conn:
            return int(conn.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'factcheck' AND c.relkind = 'r'").fetchone()[0])
    return sum(
        os.path.getsize(f"{index}{s}") for s in ("", "-wal") if os.path.exists(f"{index}{s}")
    )


def build(corpus: Path, index: Path | str) -> dict[str, object]:
    """Cold build: no index file at all."""
    from factcheck.index.corpus import Corpus

    _remove_index(index)
    t0 = time.perf_counter()
    c = Corpus.from_path(corpus, index_path=index)
    seconds = time.perf_counter() - t0
    n = len(c)
    files = c.last_refresh.added if c.last_refresh else 0
    c.close()
    return {"seconds": seconds, "sentences": n, "files": files,
            "sentences_per_s": n / seconds if seconds else 0.0,
            "index_bytes": index_bytes(index), "rss_self_kb": _rss_kb()}


def pg_floor(index: str) -> dict[str, object]:
    """The server's own full-text build: the same texts into a bare table, tsvectors made
    by PostgreSQL ('simple' configuration), then a GIN index (the write floor)."""
    with _pg(index) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_floor")
        t0 = time.perf_counter()
        conn.execute("CREATE TABLE bench_floor AS SELECT id, text, "
                     "to_tsvector('simple', text) AS tsv FROM factcheck.sentences")
        conn.execute("CREATE INDEX ON bench_floor USING gin(tsv)")
        seconds = time.perf_counter() - t0
        n = conn.execute("SELECT count(*) FROM bench_floor").fetchone()[0]
        conn.execute("DROP TABLE bench_floor")
    return {"seconds": seconds, "sentences": n}


def fts_floor(index: Path) -> dict[str, object]:
    """Time to bulk-insert the same sentence texts into a bare FTS5 table (the write floor)."""
    src = sqlite3.connect(index)
    texts = src.execute("SELECT id, text FROM sentences").fetchall()
    src.close()
    tmp = Path(f"{index}.floor")
    _remove_index(tmp)
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text, "
                 "tokenize='porter unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO f(rowid, text) VALUES (?, ?)", texts)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - t0
    conn.close()
    _remove_index(tmp)
    return {"seconds": seconds, "sentences": len(texts)}


def read_floor(index: Path | str) -> dict[str, object]:
    """The audit's floor: every sentence's text read once from the index by a bare query
    (an audit must at least do this), and the characters counted."""
    t0 = time.perf_counter()
    n = chars = 0
    if is_url(index):
        from factcheck.index.postgres.connect import split_corpus

        name = split_corpus(str(index))[1]
        # a named (server-side) cursor streams the rows; it needs a transaction
        with _pg(str(index)) as conn, conn.transaction(), \
                conn.cursor(name="bench_read") as cur:
            cur.execute("SELECT s.text FROM factcheck.sentences s JOIN factcheck.corpora c "
                        "ON c.id = s.corpus WHERE c.key = %s", (name,))
            for (text,) in cur:
                n += 1
                chars += len(text)
    else:
        conn = sqlite3.connect(index)
        for (text,) in conn.execute("SELECT text FROM sentences"):
            n += 1
            chars += len(text)
        conn.close()
    return {"seconds": time.perf_counter() - t0, "sentences": n, "chars": chars,
            "rss_self_kb": _rss_kb()}


def refresh(corpus: Path, index: Path | str) -> dict[str, object]:
    """Open and refresh an existing index; also time the bare file scan (the floor)."""
    from factcheck.corpus.loader import scan
    from factcheck.index.corpus import Corpus

    t0 = time.perf_counter()
    scan([corpus.resolve()])
    scan_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    c = Corpus.from_path(corpus, index_path=index, refresh="always")  # every file stat-ed
    seconds = time.perf_counter() - t0
    st = c.last_refresh
    c.close()
    return {"seconds": seconds, "scan_floor_s": scan_s, "stats": st.__dict__ if st else None,
            "rss_self_kb": _rss_kb()}


def query(corpus: Path, index: Path | str, claims_file: Path) -> dict[str, object]:
    """Per claim: raw FTS5 MATCH (the floor), retrieval, and the full check().

    The floor is the query for every claim word; "fts_selective" times the narrower query
    retrieve() sends (candidates must have one of the rarer words), for comparison.
    """
    from factcheck.index.corpus import Corpus
    from factcheck.judge.checker import check
    from factcheck.judge.claims import analyse
    from factcheck.judge.retrieval import RECALL_LIMIT, retrieve, search_words

    claims = json.loads(claims_file.read_text())
    c = Corpus.from_path(corpus, index_path=index, refresh=False)
    raw_query = _raw_query(index, c)
    out: dict[str, list[float]] = {"fts": [], "fts_selective": [], "retrieve": [], "check": [],
                                   "check_cpu": []}
    for claim in claims[:5]:  # warm the page cache and lazy imports
        retrieve(claim, c.index)
    for claim in claims:
        terms = analyse(claim).search_terms
        if terms:
            t0 = time.perf_counter()
            raw_query(terms, terms, RECALL_LIMIT)
            out["fts"].append(time.perf_counter() - t0)
            # the query retrieve() sends: only sentences with one of the rarer words,
            # ranked by all but the commonest
            t0 = time.perf_counter()
            raw_query(*search_words(terms, c.index), RECALL_LIMIT)
            out["fts_selective"].append(time.perf_counter() - t0)
        c.index._memo_version = None  # as if these terms were never looked up before
        t0 = time.perf_counter()
        retrieve(claim, c.index, limit=12)
        out["retrieve"].append(time.perf_counter() - t0)
    rss_retrieval = _rss_kb()
    check_error = None
    first = 0.0
    try:
        t0 = time.perf_counter()
        check(claims[0], c)  # the first check in a process: lazy imports of the checker
        first = time.perf_counter() - t0
    except Exception as exc:  # the quantities engine may be unfinished: time retrieval only
        check_error = f"{type(exc).__name__}: {exc}"
    verdicts: dict[str, int] = {}
    multi_source = None  # a claim with two or more deciding sources (copy detection runs)
    for claim in claims if check_error is None else []:
        c.index._memo_version = None
        c0, t0 = time.thread_time(), time.perf_counter()
        result = check(claim, c)
        out["check"].append(time.perf_counter() - t0)
        out["check_cpu"].append(time.thread_time() - c0)
        verdicts[result.verdict.value] = verdicts.get(result.verdict.value, 0) + 1
        if multi_source is None and result.sources_supporting + result.sources_contradicting > 1:
            multi_source = claim
    return {"times": out, "claims": len(claims), "check_error": check_error,
            "first_check_s": first, "multi_source_claim": multi_source,
            "verdicts": verdicts, "rss_self_kb": _rss_kb(), "rss_retrieval_kb": rss_retrieval}


def _raw_query(index: Path | str, c):  # type: ignore[no-untyped-def]
    """The back end's bare full-text query for `terms`, candidates having one of
    `required`, best `limit` by its native rank (the floor under retrieve())."""
    if is_url(index):
        from factcheck.index.postgres.queries import tsquery
        from factcheck.index.postgres.tokens import tokens

        conn = _pg(str(index))
        corpus_id = c.index.corpus_id

        def pg_query(terms: list[str], required: list[str], limit: int) -> list:
            ranked = tsquery([p for t in terms if (p := tuple(tokens(t)))])
            chosen = tsquery([p for t in required if (p := tuple(tokens(t)))])
            return conn.execute(
                "SELECT id, ts_rank(tsv, %s::tsquery) AS r FROM factcheck.sentences "
                "WHERE corpus = %s AND tsv @@ %s::tsquery ORDER BY r DESC LIMIT %s",
                (ranked, corpus_id, chosen, limit)).fetchall()

        return pg_query
    from factcheck.index.sqlite.queries import match_query

    raw = sqlite3.connect(index)
    sql = ("SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? "
           "ORDER BY rank LIMIT ?")

    def fts_query(terms: list[str], required: list[str], limit: int) -> list:
        return raw.execute(sql, (match_query(terms, required), limit)).fetchall()

    return fts_query


class TimedIndex:
    """An index whose method calls are timed: the back end's share of a check."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.spent = 0.0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self.spent += time.perf_counter() - t0

        return timed


def client(corpus: Path, index: Path | str, claims_file: Path, seed: int) -> dict[str, object]:
    """One of several clients checking at once: every claim, in an order of its own; the
    time of each check() and the part of it spent in the index's methods."""
    import random

    from factcheck.index.corpus import Corpus
    from factcheck.judge.checker import check

    claims = json.loads(claims_file.read_text())
    random.Random(seed).shuffle(claims)
    c = Corpus.from_path(corpus, index_path=index, refresh=False)
    check(claims[0], c)  # lazy imports, as the single-client run does before timing
    inner = c.index
    timed = TimedIndex(inner)
    c.index = timed  # type: ignore[assignment]
    times, in_index = [], []
    for claim in claims:
        inner._memo_version = None
        timed.spent = 0.0
        t0 = time.perf_counter()
        check(claim, c)
        times.append(time.perf_counter() - t0)
        in_index.append(timed.spent)
    return {"times": times, "index_times": in_index}


def refresher(corpus: Path, index: Path | str, stop: Path) -> dict[str, object]:
    """Refresh while the clients check: each round rewrites 1% of the files (a sentence
    added), refreshes, restores them and refreshes again, until `stop` exists."""
    from factcheck.index.corpus import Corpus

    files = sorted(p for p in corpus.rglob("*.txt"))
    victims = files[:: max(1, 100)]
    originals = {p: p.read_bytes() for p in victims}
    durations, written = [], 0
    try:
        i = 0
        while not stop.exists():
            for p in victims:
                p.write_bytes(originals[p] + f"\nA late update, number {i}.\n".encode())
            for _ in range(2):
                t0 = time.perf_counter()
                c = Corpus.from_path(corpus, index_path=index, refresh="always")
                durations.append(time.perf_counter() - t0)
                written += c.last_refresh.sentences if c.last_refresh else 0
                c.close()
                for p in victims:
                    p.write_bytes(originals[p])
            i += 1
    finally:
        for p, data in originals.items():
            p.write_bytes(data)
        c = Corpus.from_path(corpus, index_path=index, refresh="always")
        c.close()
    return {"refreshes": len(durations), "files_per_refresh": len(victims),
            "sentences_written": written, "durations": durations}


def spin(step_ms: float, n: int = 0, steps: int = 60) -> dict[str, object]:
    """The floor of the concurrent clients: `steps` steps of pure computation, each as long
    as one check takes alone (`step_ms`, calibrated first), and the wall time of each.
    Four of these at once on a machine with fewer cores show what sharing the CPU alone
    costs a check, whatever the index does."""
    def step(n: int) -> float:
        t0 = time.perf_counter()
        total = 0
        for i in range(n):
            total += i * i
        return time.perf_counter() - t0

    if not n:  # calibrate (alone; the runs side by side take the same n)
        n = 100_000
        while step(n) < step_ms / 1000 / 4:
            n *= 2
        n = int(n * step_ms / 1000 / min(step(n) for _ in range(3)))
    return {"times": [step(n) for _ in range(steps)], "n": n}


def main(argv: list[str]) -> None:
    warnings.simplefilter("ignore")
    phase, corpus = argv[0], Path(argv[1])
    index: Path | str = argv[2] if is_url(argv[2]) else Path(argv[2])
    if phase == "build":
        out = build(corpus, index)
    elif phase == "floor":
        out = pg_floor(str(index)) if is_url(index) else fts_floor(Path(index))
    elif phase == "refresh":
        out = refresh(corpus, index)
    elif phase == "query":
        out = query(corpus, index, Path(argv[3]))
    elif phase == "client":
        out = client(corpus, index, Path(argv[3]), int(argv[4]))
    elif phase == "read_floor":
        out = read_floor(index)
    elif phase == "spin":
        out = spin(float(argv[3]), int(argv[4]) if len(argv) > 4 else 0)
    elif phase == "refresher":
        out = refresher(corpus, index, Path(argv[3]))
    else:
        raise SystemExit(f"unknown phase {phase}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
