"""`python -m factcheck.quantities FILE`: each sentence of a file with its quantities and dates."""

from __future__ import annotations

import sys

from ..cache import regex
from .dates import document_date, extract_dates
from .quantities import describe, extract_quantities

_SENTENCE_RE = regex(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def dump(path: str) -> None:
    """Print each sentence-ish line of a file with its quantities and dates."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    doc_date = document_date(text)
    print(f"# {path}: document date {doc_date}")
    for line in text.splitlines():
        for sentence in _SENTENCE_RE.split(line):
            if not sentence.strip():
                continue
            qs = extract_quantities(sentence)
            ds = extract_dates(sentence, doc_date)
            if not qs and not ds:
                continue
            print(f"\n{sentence.strip()}")
            for q in qs:
                print(f"  Q {q.text!r:40} -> {describe(q)}  [{q.dimension}]")
            for d in ds:
                print(f"  D {d.text!r:40} -> {d.describe()}  [{d.precision}]")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m factcheck.quantities FILE", file=sys.stderr)
        raise SystemExit(2)
    try:
        dump(sys.argv[1])
    except OSError as err:  # a missing or unreadable file: one line, not a traceback
        print(f"factcheck.quantities: cannot read {sys.argv[1]}: {err.strerror}",
              file=sys.stderr)
        raise SystemExit(2) from None
