#!/usr/bin/env python3
"""Materialise one of the BBC claim sets in tests/data/bbc-sets/ as a corpus folder.

    python tools/bbc_set.py d /tmp/bbc-d        # corpus in /tmp/bbc-d/corpus
    python ../shared/eval/score.py tests/data/bbc-sets/d/claims.jsonl --project . \\
        --extra "--corpus /tmp/bbc-d/corpus"

Each set is 40 articles of `../shared/corpora/bbc` (named in its manifest.tsv), half of
them re-encoded as Windows-1252 with CRLF line ends as the manifest says, 152 claims
written by a helper that never saw the code, and a 15-line draft with its expected
verdicts. Set D was read to find the fifth round's changes; set E was kept back and
scored once before and once after it (docs/accuracy.md); both are dev sets from now on.
Set F was written at the end of that round and scored once before and after it, its
claims unread; the sixth round used it once to reject a rule (docs/accuracy.md), so it
is no longer wholly blind. Set G (files 001-099) was written at the end of the sixth
round by a helper that never saw the code, and scored once, its claims unread; the
seventh round used its scores to reject two rules, and its draft was seen. Set H (BBC
files 374-510, 40 articles) was written in the seventh round by a helper that never saw
the code (claims unread); that round used it to drop three rule parts that cost it
verdicts (docs/accuracy.md), and was read at the end of that round: a dev set now.
Set I (BBC files 250-299 no other set uses) was written at the end of the seventh round
by a helper that never saw the code, and scored once before and after it, its claims
unread; the eighth round scored it before and after each rule it kept, claims unread.
Set J (BBC files 300-349 no other set uses) was written at the end of the eighth round
by a helper that never saw the code, and scored once with the code before that round
and once after it, its claims unread: the clean held-out set for the next round. Set K
(BBC files 200-249 no other set uses) was written in the twelfth round by a helper that
never saw the code, and scored once with the code before that round and once after it,
its claims unread. Set L (BBC files 150-199 no other set uses) was written in the
thirteenth round the same way and scored with the code before and after that round,
its claims unread; the fourteenth round read it (a dev set now). Set M (BBC files
350-399 no other set uses) was written at the start of the fourteenth round by a helper
that never saw the code and scored before and after each reading that round kept, its
claims unread. Set N (BBC files 050-099 and 400-469 no other set uses) was written at the
end of the fourteenth round the same way and scored once with the code before that round
and once after it, its claims unread; the fifteenth round read it (a dev set now). Set O
(BBC files 100-149 no other set uses) was written at the start of the fifteenth round by
a helper that never saw the code and scored before and after each reading that round
kept, its claims unread; the sixteenth round read it (a dev set now). Set P (BBC files
001-049 no other set uses) was written at the start of the sixteenth round by a helper
that never saw the code and scored before and after each reading that round kept, its
claims unread; the same round read it at its end (a dev set now). Set Q (BBC files
300-349 no other set uses) was written then, the same way, and scored with the code of
the round's start, middle and end, its claims unread: the held-out set for the next
round; the eighteenth round scored it after each reading it kept, its claims unread,
and used it with the other blind sets to reject one rule. Set R (BBC files 200-249 no
other set uses) was written at the end of the eighteenth round by a helper that never
saw the code, and scored once with the code before that round and once after it, its
claims unread: the held-out set for the next round; the nineteenth and twentieth rounds
scored it only. Set S (BBC files no other set uses, from business 441-500, entertainment
165-224, politics 009-068, sport 436-495 and tech 143-202) was written at the start of
the twentieth round by a helper that never saw the code, and scored with the code before
and after that round, its claims unread. Score a set, do not read it, and write a new
one once it has been read.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def build(name: str, out: Path, bbc: Path) -> int:
    manifest = HERE / "tests" / "data" / "bbc-sets" / name / "manifest.tsv"
    if not manifest.is_file():
        print(f"bbc_set: no set '{name}' (looked for {manifest})", file=sys.stderr)
        return 2
    if not bbc.is_dir():
        print(f"bbc_set: no BBC corpus at {bbc} (use --bbc)", file=sys.stderr)
        return 2
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    with manifest.open(newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            raw = (bbc / row["bbc_source"]).read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")  # one BBC file has a Latin-1 pound sign
            text = text.replace("\r\n", "\n")
            target = corpus / row["file"]
            if target.exists():
                print(f"bbc_set: {target} exists; not overwritten", file=sys.stderr)
                return 2
            if row["encoding"].startswith("cp1252"):
                target.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
            else:
                target.write_bytes(text.encode("utf-8"))
    print(f"{corpus}: {sum(1 for _ in corpus.iterdir())} files")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("name", help="the set: a letter from d to o")
    ap.add_argument("out", type=Path, help="folder to write corpus/ into")
    ap.add_argument("--bbc", type=Path, default=HERE.parent / "shared" / "corpora" / "bbc")
    a = ap.parse_args()
    return build(a.name, a.out, a.bbc)


if __name__ == "__main__":
    sys.exit(main())
