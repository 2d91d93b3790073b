"""Benchmark corpora from real text: the BBC articles, replicated with varied numbers and names.

Replica 0 is the articles byte for byte (including the one file with a non-UTF-8 byte).
Every further replica rewrites each article with its own random mapping of capitalised
names (drawn from the corpus's own names) and perturbed numbers, so sentences stay
realistic news prose but are not exact duplicates of each other across replicas.
Generated folders carry a hidden manifest and are reused when it matches.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = 1
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Article:
    topic: str
    name: str
    data: bytes
    text: str
    sentences: int


def parse_size(label: str) -> int:
    """'10k' -> 10_000, '1m' -> 1_000_000, '500' -> 500."""
    s = label.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1:], 1)
    return int(float(s[:-1] if mult > 1 else s) * mult)


def load_articles(root: Path) -> list[Article]:
    """The articles under `root` (any depth), in a stable order."""
    from factcheck.corpus.sentences import split_sentences

    out = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in (".txt", ".md"):
            continue
        if path.stem.upper() in ("README", "SOURCE", "LICENSE"):
            continue
        data = path.read_bytes()
        text = data.decode("utf-8", errors="replace")
        n = len(split_sentences(text))
        if n:
            out.append(Article(path.parent.name, path.name, data, text, n))
    if not out:
        raise SystemExit(f"no articles found under {root}")
    return out


def _name_pool(articles: list[Article]) -> list[str]:
    seen: dict[str, int] = {}
    for a in articles:
        for m in _NAME.finditer(a.text):
            seen[m.group(0)] = seen.get(m.group(0), 0) + 1
    return sorted(w for w, n in seen.items() if n >= 2)


def _vary(text: str, rng: random.Random, names: dict[str, str]) -> str:
    def number(m: re.Match[str]) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits  # keep years plausible
        value = int(digits)
        new = max(0, round(value * rng.uniform(0.6, 1.6)) + rng.randint(-2, 2))
        return str(new).zfill(len(digits)) if digits.startswith("0") else str(new)

    text = _NUMBER.sub(number, text)
    return _NAME.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def generate(articles: list[Article], target: int, out: Path, seed: int = 7) -> dict[str, int]:
    """Write about `target` sentences of articles under `out`; reuse a matching folder."""
    manifest = out / ".manifest.json"
    want = {"version": GENERATOR_VERSION, "target": target, "seed": seed,
            "articles": len(articles)}
    if manifest.exists():
        try:
            info = json.loads(manifest.read_text())
            if {k: info.get(k) for k in want} == want:
                return {"files": info["files"], "sentences": info["sentences"]}
        except (ValueError, KeyError):
            pass
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pool = _name_pool(articles)
    files = sentences = 0
    replica = 0
    while sentences < target:
        rng = random.Random(seed * 1_000_003 + replica)
        if replica:
            shuffled = pool[:]
            rng.shuffle(shuffled)
            names = {a: b for a, b in zip(pool, shuffled, strict=True) if rng.random() < 0.8}
        for art in articles:
            if sentences >= target:
                break
            folder = out / f"r{replica:03d}" / art.topic
            folder.mkdir(parents=True, exist_ok=True)
            if replica == 0:
                (folder / art.name).write_bytes(art.data)
            else:
                (folder / art.name).write_text(_vary(art.text, rng, names), encoding="utf-8")
            files += 1
            sentences += art.sentences
        replica += 1
    manifest.write_text(json.dumps({**want, "files": files, "sentences": sentences}))
    return {"files": files, "sentences": sentences}
