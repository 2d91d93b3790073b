"""Pathological inputs (issue 14, point 12): each must take time linear in its size.

    python benchmarks/bench_pathological.py            # every case at three sizes, median of 3
    python benchmarks/bench_pathological.py --big      # also: a 100 MB one-line file indexed
    python benchmarks/bench_pathological.py --smoke    # small sizes, one run (a quick check)

Each case runs at sizes n, 2n, 4n; the figure to read is the ratio of each time to the one
before: about 2 is linear, about 4 quadratic. Next to the one-line file there is a
baseline measured in the same run: the same text with a line break after every sentence
(ordinary input), so "one line" is compared with "the same words, normally laid out".
Figures and the machine they were measured on: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import Corpus, check  # noqa: E402
from factcheck.corpus.loader import Document  # noqa: E402
from factcheck.corpus.segment import segment  # noqa: E402

WORDS = (
    "council budget million agreed Monday river bridge police report minister said would "
    "years people city water school hospital election vote percent"
).split()


def prose(size: int, sep: str = " ", seed: int = 1) -> str:
    """`size` characters of news-like sentences (8-25 words and a figure), joined by `sep`,
    with trailing white space."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 25)))
        sentence = f"{words.capitalize()} {rng.randint(1, 999)} times."
        out.append(sentence)
        total += len(sentence) + 1
    return sep.join(out) + "   \n"


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _index(text: str, work: Path) -> None:
    folder = Path(tempfile.mkdtemp(dir=work))
    (folder / "big.txt").write_text(text, encoding="utf-8")
    Corpus.from_path(folder, index_path=folder / "index.sqlite").close()


Case = tuple[list[int], Callable[[int], Callable[[], object]]]  # sizes, size -> a run


def cases(work: Path, smoke: bool) -> dict[str, Case]:
    scale = 1 if not smoke else 10
    small = Corpus.from_texts({"a.txt": (
        "The council met on 3 March 2020 and agreed a budget of 12 million.\n"
        "Officials said 40 people and 12 officers were there on Monday.\n")})

    def claim_with(item: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
        def make(n: int) -> Callable[[], object]:
            claim = "The council met " + ", ".join(item(i) for i in range(n))
            return lambda: check(claim, small)
        return make

    def segmenting(pattern: str) -> Callable[[int], Callable[[], object]]:
        return lambda n: (lambda: segment(Document("x", pattern * n, "d")))

    return {
        "run of '.' ('a' + '.' * n), segment": (
            [100_000 // scale, 200_000 // scale, 400_000 // scale],
            lambda n: (lambda: segment(Document("x", "a" + "." * n, "d")))),
        "run of '!?' ('a' + '!?' * n), segment": (
            [50_000 // scale, 100_000 // scale, 200_000 // scale],
            lambda n: (lambda: segment(Document("x", "a" + "!?" * n, "d")))),
        "'(photo ' * n (caption cue, no ')'), segment": (
            [20_000 // scale, 40_000 // scale, 80_000 // scale], segmenting("(photo ")),
        "'ab.Cd' * n (glued sentences), segment": (
            [20_000 // scale, 40_000 // scale, 80_000 // scale], segmenting("ab.Cd")),
        "one-line prose + trailing spaces, n MB, index": (
            [2 // (2 if smoke else 1) or 1, 4 // (2 if smoke else 1), 8 // (2 if smoke else 1)],
            lambda n: (lambda: _index(prose(n * 1_000_000 // (10 if smoke else 1)), work))),
        "the same prose one sentence a line, n MB, index (baseline)": (
            [2 // (2 if smoke else 1) or 1, 4 // (2 if smoke else 1), 8 // (2 if smoke else 1)],
            lambda n: (lambda: _index(prose(n * 1_000_000 // (10 if smoke else 1), "\n"), work))),
        "claim with n dates ('3 March 1990, ...'), check": (
            [2_500 // scale, 5_000 // scale, 10_000 // scale],
            claim_with(lambda i: f"{1 + i % 28} March {1990 + i % 30}")),
        "claim with n ISO dates, check": (
            [2_500 // scale, 5_000 // scale, 10_000 // scale],
            claim_with(lambda i: f"2020-03-{1 + i % 28:02d}")),
        "claim with n figures ('n million people'), check": (
            [2_500 // scale, 5_000 // scale, 10_000 // scale],
            claim_with(lambda i: f"{i} million people")),
        "claim with n ranges ('from 4% to 5%'), check": (
            [2_500 // scale, 5_000 // scale, 10_000 // scale],
            claim_with(lambda i: f"from {i % 50}% to {i % 50 + 1}%")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--big", action="store_true", help="also index a 100 MB one-line file")
    args = parser.parse_args()
    runs = 1 if args.smoke else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"{'case':58} {'sizes':>22} {'seconds (median)':>24} ratios")
        for name, (sizes, make) in cases(work, args.smoke).items():
            times = [_median(make(n), runs) for n in sizes]
            ratios = [b / a if a else float("nan") for a, b in zip(times, times[1:], strict=False)]
            print(f"{name:58} {' '.join(map(str, sizes)):>22} "
                  f"{' '.join(f'{t:.3f}' for t in times):>24} "
                  f"{' '.join(f'{r:.2f}' for r in ratios)}", flush=True)
        if args.big:
            for label, sep in (("one line", " "), ("one sentence a line (baseline)", "\n")):
                text = prose(100_000_000, sep)
                started = time.perf_counter()
                _index(text, work)
                print(f"100 MB, {label}: indexed in {time.perf_counter() - started:.1f} s",
                      flush=True)


if __name__ == "__main__":
    main()
