"""Throughput of extract_quantities + extract_dates over a folder of news text.

Usage: python benchmarks/bench_extract.py [CORPUS_DIR] [--runs N]

Reads every *.txt file under CORPUS_DIR (default ../shared/corpora/bbc relative
to the repository root), splits it naively into sentences, and prints the
median sentences per second over N runs, next to a baseline measured in the
same run (one precompiled ``re.findall(r"\\d", s)`` pass per sentence).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.quantities.dates import extract_dates  # noqa: E402
from factcheck.quantities.quantities import extract_quantities  # noqa: E402

_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+")
_DIGIT_RE = re.compile(r"\d")


def load_sentences(root: Path) -> list[str]:
    """Every non-empty naive sentence of every .txt file under ``root``."""
    sentences: list[str] = []
    for path in sorted(root.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences.extend(s.strip() for s in _SPLIT_RE.split(text) if s.strip())
    return sentences


def run_engine(sentences: list[str]) -> int:
    found = 0
    for s in sentences:
        found += len(extract_quantities(s)) + len(extract_dates(s))
    return found


def run_quantities(sentences: list[str]) -> int:
    return sum(len(extract_quantities(s)) for s in sentences)


def run_dates(sentences: list[str]) -> int:
    return sum(len(extract_dates(s)) for s in sentences)


def run_baseline(sentences: list[str]) -> int:
    found = 0
    for s in sentences:
        found += len(_DIGIT_RE.findall(s))
    return found


def rates(fns: dict[str, object], sentences: list[str], runs: int) -> dict[str, float]:
    """Median sentences per second of each function over ``runs`` rounds.

    The functions take turns within every round, so a busy machine slows them
    alike and the ratios stay meaningful.
    """
    seen: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t0, c0 = time.perf_counter(), time.process_time()
            fn(sentences)  # type: ignore[operator]
            seen[name].append(len(sentences) / (time.perf_counter() - t0))
            cpu[name].append(len(sentences) / max(time.process_time() - c0, 1e-9))
    out = {name: statistics.median(r) for name, r in seen.items()}
    # CPU time is what this process itself spent: steadier on a shared machine.
    out.update({f"{name}_cpu": statistics.median(r) for name, r in cpu.items()})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = REPO / ".." / "shared" / "corpora" / "bbc"
    parser.add_argument("corpus", nargs="?", default=str(default))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(args.corpus)
    if not root.is_dir():
        print(f"bench_extract: no such folder: {root}", file=sys.stderr)
        return 2
    sentences = load_sentences(root)
    runs = max(args.runs, 3)
    found = run_engine(sentences)
    r = rates({"engine": run_engine, "baseline": run_baseline, "quantities": run_quantities,
               "dates": run_dates}, sentences, runs)
    print(f"sentences: {len(sentences)}  quantities+dates found: {found}")
    print(f"extract_quantities + extract_dates: {r['engine']:,.0f} sentences/s (median of {runs})")
    print(f"baseline re.findall(r'\\d'):         {r['baseline']:,.0f} sentences/s")
    print(f"ratio engine/baseline: {r['engine'] / r['baseline']:.3f}")
    print(f"by CPU time: engine {r['engine_cpu']:,.0f}/s, baseline {r['baseline_cpu']:,.0f}/s")
    # The engine figure benefits from the dates memo (quantities mask dates, then
    # the caller asks for the same sentence's dates); the parts are shown alone too.
    print(f"extract_quantities alone: {r['quantities']:,.0f} sentences/s")
    print(f"extract_dates alone:      {r['dates']:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
