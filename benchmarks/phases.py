"""One benchmark phase per process, so each has its own peak RSS; prints one JSON object.

    python benchmarks/phases.py build   CORPUS INDEX
    python benchmarks/phases.py floor   CORPUS INDEX   (bare FTS5 insert of the same texts)
    python benchmarks/phases.py refresh CORPUS INDEX
    python benchmarks/phases.py query   CORPUS INDEX CLAIMS.json
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


def _remove_index(index: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{index}{suffix}")
        except FileNotFoundError:
            pass


def index_bytes(index: Path) -> int:
    return sum(
        os.path.getsize(f"{index}{s}") for s in ("", "-wal") if os.path.exists(f"{index}{s}")
    )


def build(corpus: Path, index: Path) -> dict[str, object]:
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


def refresh(corpus: Path, index: Path) -> dict[str, object]:
    """Open and refresh an existing index; also time the bare file scan (the floor)."""
    from factcheck.corpus.loader import scan
    from factcheck.index.corpus import Corpus

    t0 = time.perf_counter()
    scan([corpus.resolve()])
    scan_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    c = Corpus.from_path(corpus, index_path=index)
    seconds = time.perf_counter() - t0
    st = c.last_refresh
    c.close()
    return {"seconds": seconds, "scan_floor_s": scan_s, "stats": st.__dict__ if st else None,
            "rss_self_kb": _rss_kb()}


def query(corpus: Path, index: Path, claims_file: Path) -> dict[str, object]:
    """Per claim: raw FTS5 MATCH (the floor), retrieval, and the full check().

    The floor is the query for every claim word; "fts_selective" times the narrower query
    retrieve() sends (candidates must have one of the rarer words), for comparison.
    """
    from factcheck.index.corpus import Corpus
    from factcheck.index.sqlite.queries import fts_phrase, match_query
    from factcheck.judge.checker import check
    from factcheck.judge.claims import analyse
    from factcheck.judge.retrieval import RECALL_LIMIT, retrieve, selective_terms

    claims = json.loads(claims_file.read_text())
    c = Corpus.from_path(corpus, index_path=index, refresh=False)
    raw = sqlite3.connect(index)
    sql = ("SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ? "
           "ORDER BY rank LIMIT ?")
    out: dict[str, list[float]] = {"fts": [], "fts_selective": [], "retrieve": [], "check": [],
                                   "check_cpu": []}
    for claim in claims[:5]:  # warm the page cache and lazy imports
        retrieve(claim, c.index)
    for claim in claims:
        terms = analyse(claim).search_terms
        if terms:
            q = " OR ".join(fts_phrase(t) for t in terms)
            t0 = time.perf_counter()
            raw.execute(sql, (q, RECALL_LIMIT)).fetchall()
            out["fts"].append(time.perf_counter() - t0)
            # the query retrieve() sends: only sentences with one of the rarer words
            q = match_query(terms, selective_terms(terms, c.index))
            t0 = time.perf_counter()
            raw.execute(sql, (q, RECALL_LIMIT)).fetchall()
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


def main(argv: list[str]) -> None:
    warnings.simplefilter("ignore")
    phase, corpus, index = argv[0], Path(argv[1]), Path(argv[2])
    if phase == "build":
        out = build(corpus, index)
    elif phase == "floor":
        out = fts_floor(index)
    elif phase == "refresh":
        out = refresh(corpus, index)
    elif phase == "query":
        out = query(corpus, index, Path(argv[3]))
    else:
        raise SystemExit(f"unknown phase {phase}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
