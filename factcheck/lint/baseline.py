"""Baselines: known findings recorded once so CI fails only on new ones.

A finding is matched by its path and its normalised sentence text (case, white space,
quotes and dashes folded), never by line number, so edits elsewhere in a draft do not
break the match. The file is JSON with a schema version.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..results import DraftFinding

BASELINE_SCHEMA = 1

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)


def normalise_sentence(text: str) -> str:
    """The text a baseline matches on: NFKC, lower-case, quotes/dashes folded, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", folded).strip()


@dataclass(frozen=True)
class Baseline:
    """A set of known findings, keyed by (path, normalised sentence)."""

    entries: frozenset[tuple[str, str]] = frozenset()

    def __contains__(self, finding: object) -> bool:
        if not isinstance(finding, DraftFinding):
            return False
        return (finding.path, normalise_sentence(finding.result.claim)) in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_findings(cls, findings: Iterable[DraftFinding]) -> Baseline:
        """Record every finding given (the caller decides which ones count)."""
        return cls(frozenset((f.path, normalise_sentence(f.result.claim)) for f in findings))

    def to_dict(self) -> dict[str, object]:
        return {
            "schema": BASELINE_SCHEMA,
            "tool": "factcheck",
            "findings": [{"path": p, "sentence": s} for p, s in sorted(self.entries)],
        }


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file written by `factcheck lint --write-baseline`."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"baseline file not found: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read baseline file {file}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise UsageError(f"baseline file {file} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise UsageError(
            f"baseline file {file} has an unsupported schema (expected {BASELINE_SCHEMA}); "
            "write it again with --write-baseline"
        )
    items = data.get("findings")
    if not isinstance(items, list):
        raise UsageError(f"baseline file {file} has no 'findings' list")
    entries = set()
    for item in items:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("path"), str)
            and isinstance(item.get("sentence"), str)
        ):
            raise UsageError(f"baseline file {file} has a malformed entry: {item!r}")
        entries.add((item["path"], normalise_sentence(item["sentence"])))
    return Baseline(frozenset(entries))


def write_baseline(baseline: Baseline, path: str | Path) -> None:
    """Write the baseline as sorted, indented JSON (stable diffs)."""
    file = Path(path)
    text = json.dumps(baseline.to_dict(), indent=2, ensure_ascii=False) + "\n"
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write baseline file {file}: {exc.strerror}") from exc
