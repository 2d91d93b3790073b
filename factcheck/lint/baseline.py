"""Baselines: known findings recorded once so CI fails only on new ones.

A finding is matched by its path and its normalised sentence text (case, white space,
quotes and dashes folded), never by line number, so edits elsewhere in a draft do not
break the match. The file is JSON with a schema version; its paths are relative to the
file's own folder, not to where lint ran.
"""

from __future__ import annotations

import json
import os
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


def _absolute(path: str, base: str | None = None) -> str:
    """A draft path made absolute (against `base`, else the working directory), lexically:
    the same file gives the same string whichever folder the run starts in."""
    return os.path.normpath(os.path.join(base or os.getcwd(), path))


@dataclass(frozen=True)
class Baseline:
    """A set of known findings, keyed by (absolute path, normalised sentence).

    In the file, paths are relative to the file's own folder, so a baseline keeps working
    when lint runs from another folder (a subfolder, a CI job's checkout root).
    """

    entries: frozenset[tuple[str, str]] = frozenset()

    def __contains__(self, finding: object) -> bool:
        if not isinstance(finding, DraftFinding):
            return False
        return (_absolute(finding.path), normalise_sentence(finding.result.claim)) in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_findings(cls, findings: Iterable[DraftFinding]) -> Baseline:
        """Record every finding given (the caller decides which ones count)."""
        return cls(frozenset(
            (_absolute(f.path), normalise_sentence(f.result.claim)) for f in findings))

    def to_dict(self, folder: str | Path | None = None) -> dict[str, object]:
        """The file's contents, paths relative to `folder` (the baseline file's own)."""
        base = os.path.abspath(folder or os.getcwd())
        rows = sorted((Path(os.path.relpath(p, base)).as_posix(), s) for p, s in self.entries)
        return {
            "schema": BASELINE_SCHEMA,
            "tool": "factcheck",
            "paths": "relative to this file",
            "findings": [{"path": p, "sentence": s} for p, s in rows],
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
        path = _absolute(item["path"], os.path.abspath(file.parent))
        entries.add((path, normalise_sentence(item["sentence"])))
    return Baseline(frozenset(entries))


def write_baseline(baseline: Baseline, path: str | Path) -> None:
    """Write the baseline as sorted, indented JSON (stable diffs)."""
    file = Path(path)
    text = json.dumps(baseline.to_dict(file.parent), indent=2, ensure_ascii=False) + "\n"
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write baseline file {file}: {exc.strerror}") from exc
