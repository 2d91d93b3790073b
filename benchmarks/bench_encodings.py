"""factcheck's encoding rule against charset-normalizer: speed and agreement.

Usage: python benchmarks/bench_encodings.py [CORPUS_DIR...] [--runs N]

For every .txt/.md file under each folder (default: ../shared/eval/corpus-dev and
../shared/corpora/bbc beside the repository) this decodes the bytes with
`factcheck.corpus.loader.decode_bytes` and with charset-normalizer's best guess, prints the
median time of each over N runs, the encodings each chose, and every file whose decoded
text differs, with the first differing characters, so a person can say which is right.
charset-normalizer is not a dependency: install it to run this (pip install
charset-normalizer). Figures and the choice: docs/encodings.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.corpus.loader import decode_bytes  # noqa: E402

DEFAULTS = [REPO.parent / "shared" / "eval" / "corpus-dev",
            REPO.parent / "shared" / "corpora" / "bbc"]


def _median_s(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(root: Path, runs: int) -> None:
    from charset_normalizer import from_bytes

    data = [(p, p.read_bytes()) for p in sorted(root.rglob("*"))
            if p.is_file() and p.suffix.lower() in (".txt", ".md")]
    size = sum(len(d) for _, d in data) / 1e6
    rule_s = _median_s(lambda: [decode_bytes(d) for _, d in data], runs)
    cn_s = _median_s(lambda: [from_bytes(d).best() for _, d in data], runs)
    ours: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    differ = []
    for path, raw in data:
        mine = decode_bytes(raw)
        best = from_bytes(raw).best()
        ours[mine.encoding if mine else "binary"] += 1
        theirs[best.encoding if best else "none"] += 1
        a, b = (mine.text if mine else ""), (str(best) if best else "")
        if a != b:
            i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                     min(len(a), len(b)))
            differ.append(f"  {path.relative_to(root)}: rule {a[max(0, i - 12):i + 8]!r}"
                          f" | charset-normalizer ({best.encoding if best else None})"
                          f" {b[max(0, i - 12):i + 8]!r}")
    print(f"{root}: {len(data)} files, {size:.1f} MB; median of {runs}: rule "
          f"{rule_s * 1000:.0f} ms, charset-normalizer {cn_s * 1000:.0f} ms "
          f"({cn_s / rule_s:.0f}x); decoded texts differ in {len(differ)} files")
    print("  rule:", dict(ours.most_common()))
    print("  charset-normalizer:", dict(theirs.most_common()))
    print("\n".join(differ))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=DEFAULTS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for root in args.roots:
        measure(root, args.runs)


if __name__ == "__main__":
    main()
