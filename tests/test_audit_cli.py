"""`factcheck audit` through the CLI: formats, exit policy and errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from test_conflicts import FIRE_A, FIRE_B, MUSEUM
from test_copies import ORIGINAL, OTHER_1, QUOTER, SPUN
from typer.testing import CliRunner

from factcheck.audit.report import AuditReport
from factcheck.cli import app
from factcheck.errors import UsageError
from factcheck.policy import ExitCode
from factcheck.printers import LINT_ONLY, OutputFormat, Printer

runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def planted(tmp_path: Path) -> list[str]:
    """A corpus folder with one planted conflict pair and one planted rewrite pair."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "fire_a.txt": FIRE_A,
        "fire_b.txt": FIRE_B,
        "museum.txt": MUSEUM,
        "original.txt": ORIGINAL,
        "spun.txt": SPUN,
        "quoter.txt": QUOTER,
        "orchid.txt": OTHER_1,
    }
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return ["--corpus", str(corpus), "--index", str(tmp_path / "index.db")]


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["audit", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_lists_conflicts_and_copies(planted: list[str]) -> None:
    code, out, _ = run(*planted, "--format", "json")
    assert code == ExitCode.OK
    doc = json.loads(out)
    assert doc["schema"] == 1
    kinds = sorted(g["kind"] for g in doc["conflicts"])
    assert kinds == ["date", "quantity"]
    for group in doc["conflicts"]:
        assert group["sources"] == ["fire_a.txt", "fire_b.txt"]
        assert all(s["line"] >= 1 and s["value"] for s in group["statements"])
    assert [c["sources"] for c in doc["copies"]] == [["original.txt", "spun.txt"]]
    assert doc["conflicts"][0]["confidence"] >= doc["conflicts"][-1]["confidence"]


def test_jsonl_has_one_typed_object_per_group(planted: list[str]) -> None:
    code, out, _ = run(*planted, "--format", "jsonl")
    assert code == ExitCode.OK
    items = [json.loads(line) for line in out.splitlines()]
    assert sorted(i["type"] for i in items) == ["conflict", "conflict", "copies"]


def test_text_names_every_source_line(planted: list[str]) -> None:
    code, out, _ = run(*planted, "--format", "text")
    assert code == ExitCode.OK
    assert "CONFLICT" in out and "COPIES" in out
    assert "fire_a.txt:1:" in out and "fire_b.txt:2:" in out


def test_table_renders_without_colour(planted: list[str]) -> None:
    code, out, _ = run(*planted, "--format", "table", "--no-color")
    assert code == ExitCode.OK
    assert "conflicts" in out and "copies" in out
    assert "\x1b[" not in out


def test_fail_on_conflicts_exits_one(planted: list[str]) -> None:
    code, _, err = run(*planted, "--format", "json", "--fail-on", "conflicts")
    assert code == ExitCode.FINDINGS
    assert err.strip().splitlines()[-1] == "factcheck: 2 conflict groups, 1 copy cluster"


def test_fail_on_conflicts_exits_zero_when_sources_agree(tmp_path: Path) -> None:
    corpus = tmp_path / "agree"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FIRE_A, encoding="utf-8")
    (corpus / "b.txt").write_text(OTHER_1, encoding="utf-8")
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "i.db")]
    code, out, _ = run(*args, "--format", "json", "--fail-on", "conflicts")
    assert code == ExitCode.OK
    assert json.loads(out) == {"schema": 1, "conflicts": [], "copies": []}


def test_default_policy_is_never(planted: list[str]) -> None:
    code, out, _ = run(*planted, "--format", "json")
    assert json.loads(out)["conflicts"]
    assert code == ExitCode.OK


@pytest.mark.parametrize(
    "args",
    [
        ["--fail-on", "contradicted"],
        ["--since", "last tuesday"],
        ["--paths", "/no/such/place"],
        ["--copy-threshold", "-0.1"],
        ["--format", "sarif"],
    ],
)
def test_bad_options_exit_two_with_one_line(
    planted: list[str], args: list[str], main_cli  # type: ignore[no-untyped-def]
) -> None:
    code, out, err = main_cli("audit", *planted, *args)
    assert code == ExitCode.ERROR
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "error" in err


def test_missing_corpus_exits_two(tmp_path: Path) -> None:
    code, _, err = run("--corpus", str(tmp_path / "nope"), "--format", "json")
    assert code == ExitCode.ERROR
    assert "not found" in err


def test_seeds_audit(tmp_path: Path) -> None:
    args = ["--corpus", str(SEEDS), "--index", str(tmp_path / "seeds.db"), "--format", "json"]
    code, out, _ = run(*args)
    assert code == ExitCode.OK
    doc = json.loads(out)
    copies = [set(c["sources"]) for c in doc["copies"]]
    assert copies == [{"000_b325848d8e086811.txt", "002_e5ca36c8f65f411d.txt"}]
    # "hosts 3.6 million Syrian refugees, closed its border in 2016" and "hosting more
    # than 3.7 million Syrians since the start of the war" each state more than the other
    # gives: the judge does not take them for one fact (docs/audit.md)
    for group in doc["conflicts"]:
        assert len(group["sources"]) >= 2 and group["reasons"]


def test_audit_help_documents_the_policy() -> None:
    result = runner.invoke(app, ["audit", "--help"])
    assert result.exit_code == 0
    assert "--fail-on" in result.stdout and "never" in result.stdout


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_prints_the_audit_or_is_refused(planted: list[str], fmt: OutputFormat) -> None:
    code, out, err = run(*planted, "--format", fmt.value)
    if fmt in LINT_ONLY:  # not even offered: audit --help lists only its own formats
        assert code == ExitCode.ERROR and f"'{fmt.value}' is not one of" in err
    else:
        assert code == ExitCode.OK
        assert "fire_a.txt" in out and "spun.txt" in out


def test_printer_without_audit_support_raises_usage_error() -> None:
    class Bare(Printer):
        def print_results(self, results, out):  # type: ignore[no-untyped-def]
            pass

        def print_findings(self, findings, out):  # type: ignore[no-untyped-def]
            pass

    with pytest.raises(UsageError, match="does not support audit"):
        Bare().print_audit(AuditReport((), ()), io.StringIO())


def test_unrelated_articles_have_no_conflicts_and_no_copies(hay_dir: Path, tmp_path: Path) -> None:
    args = ["--corpus", str(hay_dir), "--index", str(tmp_path / "hay.db"), "--format", "json"]
    code, out, _ = run(*args, "--fail-on", "conflicts")
    assert code == ExitCode.OK
    assert json.loads(out) == {"schema": 1, "conflicts": [], "copies": []}


def test_paths_audits_only_pairs_with_a_named_document(tmp_path: Path) -> None:
    for name, text in (("fire_a.txt", FIRE_A), ("fire_b.txt", FIRE_B), ("museum.txt", MUSEUM)):
        (tmp_path / name).write_text(text)
    args = ["--corpus", str(tmp_path), "--index", str(tmp_path / "i.db"), "--format", "json"]
    code, out, _ = run(*args, "--paths", str(tmp_path / "fire_b.txt"))
    assert code == ExitCode.OK and json.loads(out)["conflicts"]
    code, out, _ = run(*args, "--paths", str(tmp_path / "museum.txt"))
    assert code == ExitCode.OK and json.loads(out)["conflicts"] == []


def test_since_skips_documents_older_than_the_moment(tmp_path: Path) -> None:
    import os

    for name, text in (("fire_a.txt", FIRE_A), ("fire_b.txt", FIRE_B)):
        (tmp_path / name).write_text(text)
        os.utime(tmp_path / name, (1_000_000_000, 1_000_000_000))  # 2001
    args = ["--corpus", str(tmp_path), "--index", str(tmp_path / "i.db"), "--format", "json"]
    code, out, _ = run(*args, "--since", "2020-01-01")
    assert code == ExitCode.OK and json.loads(out)["conflicts"] == []
    code, out, _ = run(*args, "--since", "2000-01-01")
    assert json.loads(out)["conflicts"]


def test_jsonl_streams_the_same_groups_as_json(planted: list[str]) -> None:
    _, whole, _ = run(*planted, "--format", "json")
    _, lines, _ = run(*planted, "--format", "jsonl")
    streamed = [json.loads(line) for line in lines.splitlines()]
    conflicts = [{k: v for k, v in x.items() if k not in ("type", "schema")}
                 for x in streamed if x["type"] == "conflict"]
    key = lambda g: g["statements"][0]["source"] + str(g["statements"][0]["start"])  # noqa: E731
    assert sorted(conflicts, key=key) == sorted(json.loads(whole)["conflicts"], key=key)
