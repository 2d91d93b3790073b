"""The JSON output matches docs/json.md field for field, and its offsets are exact.

The doc's field tables are parsed; real output from the command is walked; the two sets
of field paths must be equal, so neither the doc nor the code can drift alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.policy import ExitCode
from factcheck.results import Outcome, Stance, Verdict
from tests.conftest import HAY, REPO, SEEDS, write_tree

DOC = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
_ROW = re.compile(r"^\| `([a-z_\[\].]+)` \| ([^|]+) \| (.+) \|$", re.MULTILINE)
TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array of objects": (list,),
    "array of strings": (list,),
}

# claims on the hay that bring out numeric checks, supporting and contradicting passages
HAY_CLAIMS = [
    "Nordvik Foods revenue rose 3.7%",
    "Riverside Rovers won the Northern Cup final 3-1",
    "Riverside Rovers lost the Northern Cup final",
    "Ayse Dogan won 55% of the vote",
    "More than 20,000 homes lost power",
    "Storm Brenna brought winds of 140 km/h",
]


def documented() -> dict[str, tuple[str, str]]:
    """{field path: (type, meaning)} from the doc's tables."""
    fields = {m.group(1): (m.group(2).strip(), m.group(3)) for m in _ROW.finditer(DOC)}
    assert len(fields) >= 20, "the field tables of docs/json.md were not found"
    return fields


def paths(value: Any, prefix: str = "") -> dict[str, list[Any]]:
    """{field path: values seen} for every field in a result, lists written as `[]`."""
    out: dict[str, list[Any]] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            out.setdefault(path, []).append(item)
            if key == "parts" and not prefix:
                continue  # each part is a result object, documented once above
            if isinstance(item, list):
                for element in item:
                    if isinstance(element, dict):
                        for p, vs in paths(element, f"{path}[]").items():
                            out.setdefault(p, []).extend(vs)
    return out


def run_json(corpus: Path, claims: list[str], tmp_path: Path, fmt: str = "json",
             stderr: str = "") -> Any:
    """Parsed stdout of `factcheck check`; `stderr` must appear in its stderr."""
    result = CliRunner().invoke(
        app,
        ["check", *claims, "--corpus", str(corpus), "--index", str(tmp_path / "i.sqlite"),
         "--format", fmt, "--fail-on", "never", "--top", "5"],
    )
    assert result.exit_code == 0, result.output
    assert stderr in result.stderr
    if fmt == "jsonl":
        return [json.loads(line) for line in result.stdout.splitlines()]
    return json.loads(result.stdout)


@pytest.fixture
def hay_results(hay_dir: Path, tmp_path: Path) -> list[dict[str, Any]]:
    results = run_json(hay_dir, HAY_CLAIMS, tmp_path)
    assert isinstance(results, list) and len(results) == len(HAY_CLAIMS)
    return results


def _seen(results: list[dict[str, Any]]) -> dict[str, list[Any]]:
    seen: dict[str, list[Any]] = {}
    for r in results:
        for p, vs in paths(r).items():
            seen.setdefault(p, []).extend(vs)
    return seen


# --- the doc and the output agree ------------------------------------------------------


def test_every_documented_field_is_in_real_output_and_vice_versa(hay_results) -> None:  # type: ignore[no-untyped-def]
    seen = _seen(hay_results)
    assert any(r["evidence"] and any(e["checks"] for e in r["evidence"]) for r in hay_results)
    doc = documented()
    assert set(seen) - set(doc) == set(), "fields in the output but not in docs/json.md"
    assert set(doc) - set(seen) == set(), "fields in docs/json.md but not in the output"


def test_field_types_are_as_documented(hay_results) -> None:  # type: ignore[no-untyped-def]
    for path, values in _seen(hay_results).items():
        kind = documented()[path][0]
        for value in values:
            assert isinstance(value, TYPES[kind]) and not isinstance(value, bool), (path, value)
            if kind == "array of strings":
                assert all(isinstance(v, str) for v in value), path


def test_scores_are_between_0_and_1_with_at_most_4_decimals(hay_results) -> None:  # type: ignore[no-untyped-def]
    seen = _seen(hay_results)
    for value in seen["score"] + seen["evidence[].score"]:
        assert 0.0 <= value <= 1.0 and round(value, 4) == value


def _documented_values(path: str) -> set[str]:
    return set(re.findall(r"`([A-Za-z_]+)`", documented()[path][1]))


@pytest.mark.parametrize(
    ("path", "enum"),
    [("verdict", Verdict), ("evidence[].stance", Stance),
     ("evidence[].checks[].outcome", Outcome)],
)
def test_documented_enum_values_are_the_code_enums(path: str, enum: type) -> None:
    assert _documented_values(path) == {m.value for m in enum}


def test_reason_codes_seen_are_documented(hay_results, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeds = run_json(SEEDS, ["Turkey has 13 observation posts in Idlib",
                             "Turkey has 12 observation posts in Idlib"], tmp_path)
    codes = {c for v in _seen(hay_results + seeds)["evidence[].reasons"] for c in v}
    assert codes, "no reason codes in the output"
    assert codes <= _documented_values("evidence[].reasons")


def test_documented_check_kinds(hay_results) -> None:  # type: ignore[no-untyped-def]
    kinds = set(_seen(hay_results)["evidence[].checks[].kind"])
    assert kinds and kinds <= _documented_values("evidence[].checks[].kind")


def test_schema_version_is_the_documented_one(hay_results) -> None:  # type: ignore[no-untyped-def]
    assert {r["schema"] for r in hay_results} == {2}
    assert "`2`" in documented()["schema"][1]


def test_each_part_of_a_claim_is_a_result_without_schema_and_parts(
        hay_dir: Path, tmp_path: Path) -> None:
    claim = "Ayse Dogan won 55% of the vote; more than 20,000 homes lost power"
    result = run_json(hay_dir, [claim], tmp_path)
    assert len(result["parts"]) == 2
    keys = set(result) - {"schema", "parts"}
    assert all(set(part) == keys for part in result["parts"])
    assert [p["claim"] for p in result["parts"]] == [
        "Ayse Dogan won 55% of the vote", "more than 20,000 homes lost power"]


@pytest.mark.parametrize(
    ("path", "values"),
    [("evidence[].alignment[].relation", {"same", "inflection", "derivation", "synonym",
                                          "more_specific", "conflict", "unaligned"}),
     ("evidence[].alignment[].unit", {"name", "word", "figure", "date", "time"})],
)
def test_documented_alignment_values_are_the_code_ones(path: str, values: set[str]) -> None:
    from factcheck.judge import links

    assert _documented_values(path) == values
    if path.endswith("relation"):
        assert values == links.FOUND | {links.CONFLICT, links.UNALIGNED}


def test_alignment_values_seen_are_documented(hay_results) -> None:  # type: ignore[no-untyped-def]
    seen = _seen(hay_results)
    for path in ("evidence[].alignment[].relation", "evidence[].alignment[].unit"):
        assert set(seen[path]) <= _documented_values(path), path
    assert set(seen["evidence[].alignment[].context"]) <= {"", "sentence_before", "document"}


def test_the_doc_example_has_the_shape_of_real_output(hay_results) -> None:  # type: ignore[no-untyped-def]
    blocks = re.findall(r"```json\n(.*?)```", DOC, re.DOTALL)
    assert blocks
    example = json.loads(blocks[0])
    assert set(paths(example)) == set(documented())
    assert example["schema"] == 2


def test_the_doc_example_points_into_the_seeds_exactly() -> None:
    example = json.loads(re.findall(r"```json\n(.*?)```", DOC, re.DOTALL)[0])
    assert example["evidence"]
    assert assert_exact(SEEDS, [example]) == len(example["evidence"])


def test_documented_exit_codes_are_the_code_ones() -> None:
    section = DOC.split("## Exit codes", 1)[1].split("##", 1)[0]
    assert {int(c) for c in re.findall(r"^\| (\d) \|", section, re.MULTILINE)} == {
        int(c) for c in ExitCode}


def test_one_claim_is_an_object_several_an_array_jsonl_one_per_line(
    hay_dir: Path, tmp_path: Path
) -> None:
    one = run_json(hay_dir, HAY_CLAIMS[:1], tmp_path)
    assert isinstance(one, dict)
    lines = run_json(hay_dir, HAY_CLAIMS[:3], tmp_path, fmt="jsonl")
    assert [r["claim"] for r in lines] == HAY_CLAIMS[:3]
    assert lines[0] == one
    assert all(set(paths(r)) <= set(documented()) for r in lines)


# --- offsets index the original file ---------------------------------------------------

ODD = {
    "crlf.txt": "Harbour notes\r\n\r\nThe bakery on Quay Street sold 950 loaves on Saturday."
    "\r\nIt closed at noon.\r\n",
    "old-mac.txt": "Notes\rThe tram line to Westbury carried 3,400 riders on its first day.\r",
    "emoji.md": "\U0001f389\U0001f389 Festival!\nWith \U0001f3b6 everywhere, the Meadow "
    "Festival drew 18,000 visitors on Sunday.\n",
    "long.txt": " ".join(
        f"Stage {i} of the cycling tour covered {100 + i} kilometres in the hills."
        for i in range(1, 40)
    ) + " The final climb to Col Rosso rose 1,150 metres. " + " ".join(
        f"Rider {i} finished in the group." for i in range(1, 20)
    ),
    "accents.txt": "Le caf\u00e9 de Mar\u00eda in M\u00e1laga sold 2,300 churros on "
    "Friday.\n",
}
ODD_CLAIMS = {
    "The bakery on Quay Street sold 950 loaves on Saturday": "crlf.txt",
    "The tram line to Westbury carried 3,400 riders on its first day": "old-mac.txt",
    "The Meadow Festival drew 18,000 visitors on Sunday": "emoji.md",
    "The final climb to Col Rosso rose 1,150 metres": "long.txt",
    "Maria's cafe in Malaga sold 2,300 churros": "accents.txt",
    "The ferry to Islay carried 412 passengers on Monday": "bom.txt",
    "Owners of the corner shop said rents rose 12% this year": "latin1.txt",
    "The Harbour Trust paid \u00a31.2m for the old lighthouse": "utf16.txt",
}


def file_text(path: Path) -> str:
    """What docs/json.md calls the file's text: a BOM decides, else UTF-8, else cp1252."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def position(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text[:offset])]
    return len(starts), offset - starts[-1] + 1


def assert_exact(corpus: Path, results: list[dict[str, Any]]) -> int:
    checked = 0
    for r in results:
        for e in r["evidence"]:
            text = file_text(corpus / e["source"])
            assert text[e["start"] : e["end"]] == e["text"], e
            assert (e["line"], e["column"]) == position(text, e["start"]), e
            checked += 1
    return checked


def test_offsets_index_the_original_file_exactly(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "odd", {**HAY, **ODD})
    (corpus / "bom.txt").write_bytes(
        b"\xef\xbb\xbfFerry news\nThe ferry to Islay carried 412 passengers on Monday.\n")
    (corpus / "latin1.txt").write_bytes(
        b"Caf\xe9 and corner shop owners said rents rose 12% this year.\n")
    (corpus / "utf16.txt").write_bytes(b"\xff\xfe" + (
        "Harbour news\r\n\u201cAt last,\u201d she said. The Harbour Trust paid \u00a31.2m "
        "for the old lighthouse on Tuesday.\r\n").encode("utf-16-le"))
    results = run_json(corpus, list(ODD_CLAIMS), tmp_path)
    for r, (claim, source) in zip(results, ODD_CLAIMS.items(), strict=True):
        assert r["claim"] == claim
        assert r["evidence"] and r["evidence"][0]["source"] == source, (claim, r["evidence"])
    assert assert_exact(corpus, results) >= len(ODD_CLAIMS)


def test_offsets_on_the_seeds(tmp_path: Path) -> None:
    claims = ["Turkey has 12 observation posts in Idlib",
              "Erdogan said Turkey will not take the smallest step back",
              "More than 1,800 civilians have been killed"]
    results = run_json(SEEDS, claims, tmp_path)
    assert assert_exact(SEEDS, results) >= len(claims)
    assert any(e["column"] > 1 for r in results for e in r["evidence"])
