"""Benchmark `factcheck lint`: a generated 1,000-sentence draft against the seeds and BBC.

    python benchmarks/bench_lint.py [--bbc PATH] [--sentences N] [--runs N]

The draft is built from corpus sentences that carry a number, half of them with their
numbers altered (so there are contradictions to find), grouped into Markdown
paragraphs under headings. Number altering lives here only, never in library logic.

For each corpus: the index is built first (timed apart), then the whole draft is linted
`--runs` times with one open corpus; the report is the median sentences per second.
The baseline, measured in the same run on the same draft, is parsing the draft into
check-worthy sentences (Markdown + sentence splitting, no checking); the ratio says how
many times slower checking is than just reading the draft.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.index.corpus import Corpus  # noqa: E402
from factcheck.lint.drafts import DraftKind, read_draft  # noqa: E402
from factcheck.lint.linter import LintOptions, lint_text  # noqa: E402

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def alter_numbers(sentence: str, rng: random.Random) -> str:
    """Change every number in the sentence a little (benchmark input only)."""

    def bump(m: re.Match[str]) -> str:
        digits = m.group(0)
        if "." in digits or "," in digits:
            return digits  # keep decimals and separators as they are; bump plain integers
        value = int(digits)
        if 1900 <= value <= 2100:
            return digits  # a year: altering it would make a date claim, not a number
        return str(value + rng.choice((1, 2, 3, 5)))

    return _NUMBER.sub(bump, sentence)


def make_draft(corpus: Corpus, count: int, seed: int = 7) -> str:
    """A Markdown draft of `count` numeric sentences taken from the corpus, half altered."""
    rng = random.Random(seed)
    pool = [
        " ".join(s.text.split())
        for s in corpus.sentences()
        if _NUMBER.search(s.text) and 8 <= len(s.text.split()) <= 40
    ]
    if not pool:
        raise SystemExit("the corpus has no numeric sentences to build a draft from")
    picked = [pool[rng.randrange(len(pool))] for _ in range(count)]
    lines = ["---", "title: generated benchmark draft", "---", ""]
    for i, sentence in enumerate(picked):
        if i % 50 == 0:
            lines += [f"## Part {i // 50 + 1}", ""]
        lines.append(alter_numbers(sentence, rng) if i % 2 else sentence)
        # one paragraph per five sentences, wrapped one sentence per line
        if i % 5 == 4:
            lines.append("")
    return "\n".join(lines) + "\n"


def bench_corpus(name: str, folder: Path, args: argparse.Namespace, index_dir: Path) -> dict:
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # undecodable corpus files are not the subject here
        corpus = Corpus.from_path(folder, index_path=index_dir / f"{name}.sqlite")
    index_seconds = time.perf_counter() - t0
    draft = make_draft(corpus, args.sentences)

    read_draft(draft, DraftKind.MARKDOWN)  # warm-up: lazy imports are not the subject
    parse_times, lint_times = [], []
    claims = unique = 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        found = read_draft(draft, DraftKind.MARKDOWN).claims()
        claims = len(found)
        unique = len({c.text for c in found})
        parse_times.append(time.perf_counter() - t0)
    report = None
    for _ in range(args.runs):
        t0 = time.perf_counter()
        report = lint_text(draft, corpus, LintOptions(), path="bench.md")
        lint_times.append(time.perf_counter() - t0)
    corpus.close()
    assert report is not None
    lint_rate = claims / statistics.median(lint_times)
    parse_rate = claims / statistics.median(parse_times)
    return {
        "corpus": name,
        "claims": claims,
        "unique": unique,
        "index_s": index_seconds,
        "lint_rate": lint_rate,
        "parse_rate": parse_rate,
        "ratio": parse_rate / lint_rate,
        "summary": report.summary.line(),
        "runs": lint_times,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--bbc", type=Path, default=REPO / ".." / "shared" / "corpora" / "bbc")
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    rows = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        for name, folder in (("seeds", args.seeds), ("bbc", args.bbc)):
            if not folder.is_dir():
                print(f"skipping {name}: no folder at {folder}", file=sys.stderr)
                continue
            rows.append(bench_corpus(name, folder.resolve(), args, Path(tmp)))

    print(f"factcheck lint: {args.sentences}-sentence draft, median of {args.runs} runs")
    print(
        f"{'corpus':<8} {'claims':>6} {'unique':>6} {'index s':>8} {'lint sent/s':>12} "
        f"{'split sent/s':>13} {'ratio':>7}"
    )
    for r in rows:
        print(
            f"{r['corpus']:<8} {r['claims']:>6} {r['unique']:>6} {r['index_s']:>8.2f} "
            f"{r['lint_rate']:>12.1f} {r['parse_rate']:>13.0f} {r['ratio']:>6.0f}x"
        )
    for r in rows:
        runs = ", ".join(f"{t:.2f}s" for t in r["runs"])
        print(f"{r['corpus']}: {r['summary']}; lint runs {runs}")
    print("baseline = parsing the draft into check-worthy sentences (no checking), same run;")
    print("ratio = baseline speed / lint speed; a sentence repeated in the draft is checked once")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
