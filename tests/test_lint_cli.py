"""`factcheck lint` through the CLI: formats, exit codes, config, suppressions, baseline."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())

ELECTION = {
    "news/vote.txt": (
        "Turnout in the Riverdale mayoral election reached 58 percent on Sunday.\n"
        "Mayor Helen Okafor won 61,400 votes and was re-elected for a third term.\n"
        "Challenger Pavel Novak received 38,900 votes.\n"
    ),
    "news/council.txt": (
        "The new Riverdale council has 31 seats.\nThe Green Party won 9 seats on the council.\n"
    ),
}

DRAFT = """\
---
title: Riverdale votes
---
# Election night

Mayor Helen Okafor won 61,400 votes and was re-elected for a third term.
The Green Party won 14 seats on the council.

```
The Green Party won 99 seats.
```
"""


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a small election corpus in ./corpus and a draft."""
    for name, text in ELECTION.items():
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "vote.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_CORPUS", raising=False)
    return tmp_path


CORPUS = ("--corpus", "corpus")


def test_text_format_and_exit_code(workdir: Path) -> None:
    result = run("lint", *CORPUS, "--format", "text", "drafts/vote.md")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith('drafts/vote.md:7:1: CONTRADICTED: "The Green Party won 14 seats')
    assert "[news/council.txt:2:1]" in lines[0]
    assert "(14 vs 9" in lines[0]
    assert result.stderr.strip().splitlines()[-1] == (
        "factcheck: 2 claims checked: 1 supported, 1 contradicted, 0 disputed, 0 unverified"
    )


def test_json_format(workdir: Path) -> None:
    result = run("lint", *CORPUS, "--format", "json", "--show", "all", "drafts/vote.md")
    doc = json.loads(result.stdout)
    assert doc["schema"] == 2
    assert [(f["line"], f["verdict"]) for f in doc["findings"]] == [
        (6, "SUPPORTED"),
        (7, "CONTRADICTED"),
    ]
    assert doc["findings"][1]["path"] == "drafts/vote.md"
    assert doc["findings"][1]["end_line"] == 7
    assert doc["summary"]["checked"] == 2 and doc["summary"]["failing"] == 1


def test_jsonl_format(workdir: Path) -> None:
    result = run("lint", *CORPUS, "--format", "jsonl", "drafts/vote.md")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    assert rows[0]["verdict"] == "CONTRADICTED"
    assert (rows[0]["path"], rows[0]["line"], rows[0]["column"]) == ("drafts/vote.md", 7, 1)
    assert rows[0]["evidence"][0]["source"] == "news/council.txt"


def test_table_format(workdir: Path) -> None:
    result = run("lint", *CORPUS, "--format", "table", "--no-color", "drafts/vote.md")
    assert result.exit_code == 1
    assert "drafts/vote.md:7:1" in result.stdout
    assert "CONTRADICTED" in result.stdout
    assert "\x1b[" not in result.stdout


def test_github_format(workdir: Path) -> None:
    result = run("lint", *CORPUS, "--format", "github", "drafts/vote.md")
    (line,) = result.stdout.splitlines()
    assert line.startswith(
        "::error file=drafts/vote.md,line=7,col=1,endLine=7,endColumn=44,"
        "title=factcheck CONTRADICTED::CONTRADICTED: "
    )


def test_sarif_format_validates(workdir: Path) -> None:
    result = run("lint", *CORPUS, "--format", "sarif", "--show", "all", "drafts/vote.md")
    log = json.loads(result.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    levels = [(r["ruleId"], r["level"]) for r in log["runs"][0]["results"]]
    assert levels == [("supported", "note"), ("contradicted", "error")]


def test_github_format_is_refused_by_check(workdir: Path, main_cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = main_cli("check", *CORPUS, "--format", "github", "The council has 31 seats.")
    assert code == 2
    assert "'github' is not one of 'table', 'text', 'json', 'jsonl'" in err


@pytest.mark.parametrize(
    ("flags", "code"),
    [
        ((), 1),
        (("--exit-zero",), 0),
        (("--fail-on", "never"), 0),
        (("--fail-on", "unsupported"), 1),
    ],
)
def test_exit_codes(workdir: Path, flags: tuple[str, ...], code: int) -> None:
    result = run("lint", *CORPUS, "--format", "text", *flags, "drafts/vote.md")
    assert result.exit_code == code


def test_clean_draft_exits_zero(workdir: Path) -> None:
    Path("drafts/ok.md").write_text("The new Riverdale council has 31 seats.\n")
    result = run("lint", *CORPUS, "--format", "text", "drafts/ok.md")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "1 claims checked: 1 supported" in result.stderr


def test_stdin_with_name(workdir: Path) -> None:
    result = run(
        "lint",
        *CORPUS,
        "--format",
        "jsonl",
        "--stdin-name",
        "notes/draft.md",
        "-",
        stdin="# The Green Party won 14 seats\n\nThe Green Party won 14 seats on the council.\n",
    )
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["path"], row["line"]) == ("notes/draft.md", 3)
    assert result.exit_code == 1


def test_inline_suppression_exits_zero(workdir: Path) -> None:
    text = DRAFT.replace(
        "The Green Party won 14", "<!-- factcheck: ignore -->\nThe Green Party won 14"
    )
    Path("drafts/vote.md").write_text(text)
    result = run("lint", *CORPUS, "--format", "json", "--show", "all", "drafts/vote.md")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["summary"]["suppressed"] == 1
    assert doc["findings"][1]["suppressed_by"] == "comment"
    assert "(1 suppressed)" in result.stderr


def test_baseline_round_trip(workdir: Path) -> None:
    written = run("lint", *CORPUS, "--write-baseline", "baseline.json", "drafts/vote.md")
    assert written.exit_code == 0
    data = json.loads(Path("baseline.json").read_text())
    assert data["schema"] == 1 and len(data["findings"]) == 1

    # the known finding moves down two lines; a new false sentence is added
    text = DRAFT.replace(
        "# Election night\n",
        "# Election night\n\nIntro.\n\nChallenger Pavel Novak received 50,000 votes.\n",
    )
    Path("drafts/vote.md").write_text(text)
    result = run(
        "lint", *CORPUS, "--format", "jsonl", "--baseline", "baseline.json", "drafts/vote.md"
    )
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["claim"] for r in rows] == ["Challenger Pavel Novak received 50,000 votes."]

    Path("drafts/vote.md").write_text(DRAFT.replace("Mayor", "\n\nMayor"))
    result = run(
        "lint", *CORPUS, "--format", "text", "--baseline", "baseline.json", "drafts/vote.md"
    )
    assert result.exit_code == 0
    assert result.stdout == ""


def test_missing_draft_is_one_error_line(workdir: Path) -> None:
    result = run("lint", *CORPUS, "missing.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["factcheck: error: draft not found: missing.md"]
    assert result.stdout == ""


def test_bad_baseline_is_one_error_line(workdir: Path) -> None:
    Path("b.json").write_text("[]")
    result = run("lint", *CORPUS, "--baseline", "b.json", "drafts/vote.md")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "unsupported schema" in line


def test_binary_draft_is_an_error_and_windows_1252_is_read(workdir: Path) -> None:
    Path("drafts/blob.md").write_bytes(b"\x89PNG\x00\x00\x01")
    Path("drafts/latin.txt").write_bytes(
        "The Green Party won 9 seats in Z\xfcrich.\n".encode("latin-1")
    )
    result = run("lint", *CORPUS, "--format", "text", "drafts/blob.md", "drafts/latin.txt")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "factcheck: error: cannot read draft drafts/blob.md: it is not text (binary data)"
    ]
    result = run("lint", *CORPUS, "--format", "text", "drafts/latin.txt")
    assert result.exit_code in (0, 1)
    assert "drafts/latin.txt" not in result.stderr  # read as Windows-1252 (docs/encodings.md)
    assert "Z\u00fcrich" in result.stdout
    assert "Traceback" not in result.output


def test_folder_and_exclude(workdir: Path) -> None:
    Path("drafts/old").mkdir()
    Path("drafts/old/stale.md").write_text("The Green Party won 20 seats on the council.\n")
    result = run("lint", *CORPUS, "--format", "jsonl", "drafts")
    assert sorted({json.loads(r)["path"] for r in result.stdout.splitlines()}) == [
        "drafts/old/stale.md",
        "drafts/vote.md",
    ]
    result = run("lint", *CORPUS, "--format", "jsonl", "--exclude", "drafts/old/*", "drafts")
    assert {json.loads(r)["path"] for r in result.stdout.splitlines()} == {"drafts/vote.md"}


def test_config_file_sets_defaults_and_flags_win(workdir: Path) -> None:
    Path(".factcheck.toml").write_text(
        'corpus = "corpus"\nfail-on = "never"\nexclude = ["drafts/skip*"]\n'
    )
    Path("drafts/skip.md").write_text("The Green Party won 20 seats on the council.\n")
    result = run("lint", "--format", "jsonl", "drafts")
    assert result.exit_code == 0  # fail-on = never from the config; corpus from the config
    assert {json.loads(r)["path"] for r in result.stdout.splitlines()} == {"drafts/vote.md"}
    result = run("lint", "--format", "jsonl", "--fail-on", "contradicted", "drafts")
    assert result.exit_code == 1


def test_config_min_score(workdir: Path) -> None:
    Path(".factcheck.toml").write_text('corpus = "corpus"\nmin-score = 1.0\n')
    result = run("lint", "--format", "json", "drafts/vote.md")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0
    # the contradiction scored below 1.0, so it is now unverified and fails nothing
    assert doc["summary"]["contradicted"] == 0 and doc["summary"]["unverified"] >= 1
    (weak,) = [f for f in doc["findings"] if f["line"] == 7]
    assert weak["verdict"] == "NOT_ENOUGH_INFO"
    assert weak["verdict_before_min_score"] == "CONTRADICTED"


def test_unknown_config_key_is_one_error_line(workdir: Path) -> None:
    Path("pyproject.toml").write_text('[tool.factcheck]\ncorpus = "corpus"\nfail_on = "never"\n')
    result = run("lint", "drafts/vote.md")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "unknown key 'fail_on'" in line


def test_bad_config_value_is_one_error_line(workdir: Path) -> None:
    Path(".factcheck.toml").write_text('fail-on = "sometimes"\n')
    result = run("lint", *CORPUS, "drafts/vote.md")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "'fail-on'" in line and "sometimes" in line


def test_help_documents_show_and_suppressions() -> None:
    result = run("lint", "--help")
    assert result.exit_code == 0
    for needle in ("--show", "problems", "factcheck: ignore", "--write-baseline", "--min-score"):
        assert needle in result.stdout


# --- acceptance on the seed articles ----------------------------------------------------

SEED_DRAFT = """\
# Idlib: what we know

Turkey has 12 observation posts in Idlib.
Turkey has 13 observation posts in Idlib.

Turkey has already taken in about 3.7 million Syrian refugees.
Ankara has confirmed as many as 30 Turkish security personnel have been killed.

Would the ceasefire hold?
"""


@pytest.fixture
def seed_draft(workdir: Path) -> Path:
    path = workdir / "drafts" / "idlib.md"
    path.write_text(SEED_DRAFT, encoding="utf-8")
    return path


def test_seeds_acceptance(seed_draft: Path) -> None:
    result = run(
        "lint", "--corpus", str(SEEDS), "--format", "json", "--show", "all", "drafts/idlib.md"
    )
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    verdicts = {f["line"]: f["verdict"] for f in doc["findings"]}
    assert verdicts == {3: "SUPPORTED", 4: "CONTRADICTED", 6: "SUPPORTED", 7: "CONTRADICTED"}


def test_seeds_github_and_sarif(seed_draft: Path) -> None:
    github = run("lint", "--corpus", str(SEEDS), "--format", "github", "drafts/idlib.md")
    lines = github.stdout.splitlines()
    assert [line.split(",")[1] for line in lines] == ["line=4", "line=7"]
    assert all(line.startswith("::error file=drafts/idlib.md,") for line in lines)
    assert all("title=factcheck CONTRADICTED::" in line for line in lines)
    assert "(13 vs 12 observation posts)" in lines[0]

    sarif = run("lint", "--corpus", str(SEEDS), "--format", "sarif", "drafts/idlib.md")
    log = json.loads(sarif.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    regions = [
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in log["runs"][0]["results"]
    ]
    assert regions == [4, 7]
    assert sarif.exit_code == 1


def test_seeds_suppressed_inline_exits_zero(seed_draft: Path) -> None:
    text = SEED_DRAFT.replace("Turkey has 13", "<!-- factcheck: ignore -->\nTurkey has 13")
    text = (
        text.replace("Ankara has", "<!-- factcheck: off -->\nAnkara has")
        + "<!-- factcheck: on -->\n"
    )
    seed_draft.write_text(text)
    result = run("lint", "--corpus", str(SEEDS), "--format", "text", "drafts/idlib.md")
    assert result.exit_code == 0, result.output
    assert "(2 suppressed)" in result.stderr


def test_seeds_baseline_exits_zero(seed_draft: Path) -> None:
    args = ("lint", "--corpus", str(SEEDS))
    assert run(*args, "--write-baseline", "known.json", "drafts/idlib.md").exit_code == 0
    seed_draft.write_text("Intro paragraph.\n\n" + SEED_DRAFT)
    result = run(*args, "--format", "text", "--baseline", "known.json", "drafts/idlib.md")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "(2 suppressed)" in result.stderr
