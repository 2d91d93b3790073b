"""Vary each named threshold of the judge one at a time and score labelled claims.

    python tools/sweep_thresholds.py CLAIMS.jsonl CORPUS [CLAIMS.jsonl CORPUS ...]

CLAIMS.jsonl holds one {"claim": ..., "label": ...} per line (the format of
../shared/eval/*-claims.jsonl). For every value of every threshold it prints macro-F1 and
the share of given verdicts that were right, per claim set; DISPUTED counts as right
for a claim labelled CONTRADICTED. docs/accuracy.md lists the figures it gave.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from factcheck import Corpus, check
from factcheck.judge import places, stance, values

LABELS = ("SUPPORTED", "CONTRADICTED", "NOT_ENOUGH_INFO")
KNOBS = (
    (stance, "CONTRADICTION_SLACK", (0, 1, 2)),
    (stance, "MIN_FRAME_WORDS", (1, 2, 3)),
    (stance, "MIN_SUPPORT_FOUND", (2, 3, 4)),
    (stance, "HEDGED_SUPPORT", (0.5, 0.6, 0.8)),
    (values, "VAGUE_FACTOR", (1.5, 2.0, 3.0)),
    (places, "RIVAL_REACH", (2, 4, 8)),
)


def score(rows: list[dict[str, str]], corpus: Corpus) -> tuple[float, float]:
    """(macro-F1, share of given verdicts that were right)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for row in rows:
        got = check(row["claim"], corpus).verdict.value
        if got == "DISPUTED" and row["label"] == "CONTRADICTED":
            got = "CONTRADICTED"
        pairs[(row["label"], got)] += 1
    f1s = []
    for label in LABELS:
        tp = pairs[(label, label)]
        fp = sum(n for (gold, got), n in pairs.items() if got == label and gold != label)
        fn = sum(n for (gold, got), n in pairs.items() if gold == label and got != label)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    given = sum(n for (_, got), n in pairs.items() if got != "NOT_ENOUGH_INFO")
    right = sum(n for (gold, got), n in pairs.items()
                if got != "NOT_ENOUGH_INFO" and gold == got)
    return sum(f1s) / len(f1s), right / given if given else 0.0


def main(argv: list[str]) -> int:
    if not argv or len(argv) % 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    sets = []
    for claims, folder in zip(argv[::2], argv[1::2], strict=True):
        rows = [json.loads(line) for line in Path(claims).read_text().splitlines() if line]
        sets.append((Path(claims).stem, rows, Corpus.from_path(folder)))
    for module, name, settings in KNOBS:
        kept = getattr(module, name)
        for value in settings:
            setattr(module, name, value)
            cells = [f"{label} {f1:.3f}/{prec:.3f}"
                     for label, rows, corpus in sets for f1, prec in [score(rows, corpus)]]
            print(f"{name}={value}{' (kept)' if value == kept else ''}: " + "  ".join(cells),
                  flush=True)
        setattr(module, name, kept)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
