"""No false green and no traceback at the command line (issue 14, points 3-6 and 9-11):
a corpus with nothing in it, an empty corpus setting, the corpus linted as drafts, UTF-16
and UTF-32 text, a stdout that is not UTF-8, Ctrl-C during a pooled build, a reader that
closes the pipe early."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import HAY, write_tree

CLAIM = "Storm Brenna brought winds of 140 km/h"
FALSE_CLAIM = "Storm Brenna brought winds of 90 km/h"


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess:
    """factcheck as a user's shell runs it; stdout and stderr as bytes."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], cwd=cwd, env=full_env,
        input=stdin.encode() if stdin is not None else None, capture_output=True, timeout=180,
    )


def error_line(proc: subprocess.CompletedProcess) -> str:
    stderr = proc.stderr.decode("utf-8", "replace")
    lines = stderr.strip().splitlines()
    assert proc.returncode == 2, stderr
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), stderr
    return lines[0]


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working folder with no ./seeds and no config file."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


# --- point 3: a corpus with no source files is an error ----------------------------------


@pytest.mark.parametrize("command", [["check", CLAIM], ["lint", "draft.md"], ["audit"], ["index"]])
@pytest.mark.parametrize("contents", [{}, {"notes.pdf": "x", "data.csv": "a,b"}],
                         ids=["empty", "no-text-files"])
def test_corpus_without_source_files_is_an_error(
    elsewhere: Path, command: list[str], contents: dict[str, str]
) -> None:
    # regression: exit 0 and every claim NOT_ENOUGH_INFO, so CI passed having checked nothing
    corpus = write_tree(elsewhere / "sources", contents)
    corpus.mkdir(exist_ok=True)
    (elsewhere / "draft.md").write_text("The storm brought winds of 90 km/h.\n")
    proc = run_cli(*command, "--corpus", str(corpus), cwd=elsewhere)
    assert f"no source files (.txt, .md) in {corpus}" in error_line(proc)
    assert proc.stdout == b""


def test_corpus_whose_every_file_is_skipped_is_an_error(elsewhere: Path) -> None:
    corpus = elsewhere / "sources"
    corpus.mkdir()
    (corpus / "scan.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (corpus / "blank.md").write_text("   \n")
    proc = run_cli("check", CLAIM, "--corpus", str(corpus), cwd=elsewhere)
    lines = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2
    assert lines[-1] == (f"factcheck: error: no readable text in {corpus}: every source file "
                         "was skipped (see the warnings)")
    assert all(line.startswith("factcheck: warning: skipping") for line in lines[:-1])


# --- point 4: no silent fall-back to the bundled demo seeds --------------------------------


@pytest.mark.parametrize("setting", ["corpus = []", 'corpus = ""', 'corpus = ["  "]'])
def test_an_empty_corpus_setting_is_an_error(elsewhere: Path, setting: str) -> None:
    # regression: `corpus = []` silently checked against the bundled Idlib seeds
    (elsewhere / ".factcheck.toml").write_text(setting + "\n")
    proc = run_cli("check", CLAIM, cwd=elsewhere)
    assert "key 'corpus'" in error_line(proc) and "names no folder" in error_line(proc)


def test_an_empty_corpus_variable_is_an_error(elsewhere: Path) -> None:
    # `FACTCHECK_CORPUS: ${{ secrets.MISSING }}` in a CI file sets it to ""
    proc = run_cli("check", CLAIM, cwd=elsewhere, env={"FACTCHECK_CORPUS": ""})
    assert "FACTCHECK_CORPUS is set but names no folder" in error_line(proc)


def _demo_warning(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode().splitlines() if "bundled demo articles" in line]


def test_config_without_a_corpus_says_it_falls_back_to_the_demo(elsewhere: Path) -> None:
    (elsewhere / ".factcheck.toml").write_text('fail-on = "never"\n')
    proc = run_cli("check", "Turkey has 12 observation posts", cwd=elsewhere)
    assert proc.returncode == 0
    warning = _demo_warning(proc.stderr)
    assert len(warning) == 1 and ".factcheck.toml names no corpus" in warning[0]


def test_lint_without_a_corpus_says_it_falls_back_to_the_demo(elsewhere: Path) -> None:
    # a pre-commit hook installed without `args: [--corpus, ...]`
    (elsewhere / "draft.md").write_text("Turkey has 12 observation posts in Idlib.\n")
    proc = run_cli("lint", "draft.md", cwd=elsewhere)
    assert proc.returncode in (0, 1)
    assert len(_demo_warning(proc.stderr)) == 1


def test_a_plain_check_with_no_corpus_anywhere_is_the_quiet_demo(elsewhere: Path) -> None:
    proc = run_cli("check", "Turkey has 12 observation posts", cwd=elsewhere)
    assert proc.returncode == 0 and proc.stderr == b""


# --- point 5: lint never takes the corpus's files for drafts --------------------------------


def test_lint_skips_files_inside_the_corpus(elsewhere: Path) -> None:
    # regression: the pre-commit hook (files: \.(md|markdown|txt)$) passed the corpus's own
    # .txt files to lint, which checked the sources against themselves
    write_tree(elsewhere / "sources", HAY)
    (elsewhere / "drafts").mkdir()
    (elsewhere / "drafts" / "storm.md").write_text(FALSE_CLAIM + ".\n")
    (elsewhere / ".factcheck.toml").write_text('corpus = "sources"\n')
    staged = ["sources/weather/storm.txt", "sources/sport/cup_final.txt", "drafts/storm.md"]
    proc = run_cli("lint", "--format", "jsonl", "--show", "all", *staged, cwd=elsewhere)
    assert proc.returncode == 1, proc.stderr
    paths = {json.loads(line)["path"] for line in proc.stdout.decode().splitlines()}
    assert paths == {"drafts/storm.md"}
    assert ("factcheck: warning: skipped 2 files inside the corpus folders: they are sources, "
            "not drafts") in proc.stderr.decode()
    # a folder that holds the corpus: the same
    proc = run_cli("lint", "--format", "jsonl", "--show", "all", ".", cwd=elsewhere)
    paths = {json.loads(line)["path"] for line in proc.stdout.decode().splitlines()}
    assert paths == {"drafts/storm.md"}


def test_the_hook_definition_documents_the_corpus_argument() -> None:
    hooks = (Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text()
    assert "args: [--corpus" in hooks


# --- point 6: UTF-16 and UTF-32 with a byte order mark ---------------------------------------


ENCODINGS = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16"]


def _bom_bytes(text: str, encoding: str) -> bytes:
    boms = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
            "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
    if encoding in boms:
        return boms[encoding] + text.encode(encoding)
    return text.encode(encoding)  # Python's utf-16 writes its own BOM


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_wide_encoded_draft_is_checked(elsewhere: Path, hay_dir: Path, encoding: str) -> None:
    # regression: a UTF-16 draft was skipped as binary: 0 claims checked, exit 0
    draft = elsewhere / "storm.md"
    draft.write_bytes(_bom_bytes(f"# Storm\n\n{FALSE_CLAIM}.\n", encoding))
    proc = run_cli("lint", "--format", "json", "--corpus", str(hay_dir), "storm.md",
                   cwd=elsewhere)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["summary"]["checked"] == 1
    [finding] = doc["findings"]
    assert (finding["line"], finding["column"], finding["verdict"]) == (3, 1, "CONTRADICTED")


def test_wide_encoded_draft_on_stdin_is_checked(elsewhere: Path, hay_dir: Path) -> None:
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "lint", "--format", "json", "--corpus",
         str(hay_dir), "-"],
        cwd=elsewhere, env=full_env, input=_bom_bytes(FALSE_CLAIM + ".\n", "utf-16-le"),
        capture_output=True, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["contradicted"] == 1


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_wide_encoded_source_is_indexed(elsewhere: Path, hay_dir: Path, encoding: str) -> None:
    storm = hay_dir / "weather" / "storm.txt"
    storm.write_bytes(_bom_bytes(HAY["weather/storm.txt"], encoding))
    proc = run_cli("check", "--format", "json", "--corpus", str(hay_dir), CLAIM, cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["verdict"] == "SUPPORTED"
    top = result["evidence"][0]
    assert top["source"] == "weather/storm.txt" and top["line"] == 1
    assert top["text"].startswith("Storm Brenna")


def test_draft_that_cannot_be_read_is_an_error(elsewhere: Path, hay_dir: Path) -> None:
    (elsewhere / "scan.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (elsewhere / "ok.md").write_text(FALSE_CLAIM + ".\n")
    proc = run_cli("lint", "--corpus", str(hay_dir), "ok.md", "scan.md", cwd=elsewhere)
    assert error_line(proc) == (
        "factcheck: error: cannot read draft scan.md: it is not text (binary data)")
    assert proc.stdout == b""


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads through file permissions")
def test_draft_without_read_permission_is_an_error(elsewhere: Path, hay_dir: Path) -> None:
    draft = elsewhere / "secret.md"
    draft.write_text(FALSE_CLAIM + ".\n")
    draft.chmod(0)
    proc = run_cli("lint", "--corpus", str(hay_dir), "secret.md", cwd=elsewhere)
    assert "cannot read draft secret.md" in error_line(proc)


# --- point 9: a stdout that is not UTF-8 -----------------------------------------------------

NAMES_CLAIM = "Turnout in the regional election reached 64.5 percent"  # Ayşe Doğan nearby


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_on_a_cp1252_stdout_is_valid_json(elsewhere: Path, hay_dir: Path, fmt: str) -> None:
    # regression: UnicodeEncodeError traceback (ş and ğ are not in Windows-1252)
    proc = run_cli("check", "-f", fmt, "--top", "5", "--corpus", str(hay_dir),
                   "Incumbent governor Ayşe Doğan won 52% of the vote", cwd=elsewhere,
                   env={"PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    doc = json.loads(proc.stdout.decode("cp1252"))
    assert doc["claim"] == "Incumbent governor Ayşe Doğan won 52% of the vote"
    assert "Doğan" in doc["evidence"][0]["text"]


@pytest.mark.parametrize("command", [["lint", "-f", "sarif"], ["lint", "-f", "json"],
                                     ["audit", "-f", "json"]])
def test_other_json_outputs_on_a_cp1252_stdout(
    elsewhere: Path, hay_dir: Path, command: list[str]
) -> None:
    (elsewhere / "d.md").write_text("Incumbent governor Ayşe Doğan won 60% of the vote.\n")
    args = [*command, "--corpus", str(hay_dir)] + (["d.md"] if command[0] == "lint" else [])
    proc = run_cli(*args, cwd=elsewhere, env={"PYTHONIOENCODING": "cp1252"})
    assert proc.returncode in (0, 1), proc.stderr
    json.loads(proc.stdout.decode("cp1252"))


@pytest.mark.parametrize("fmt", ["text", "table"])
def test_text_on_a_cp1252_stdout_degrades_to_question_marks(
    elsewhere: Path, hay_dir: Path, fmt: str
) -> None:
    proc = run_cli("check", "-f", fmt, "--corpus", str(hay_dir),
                   "Incumbent governor Ayşe Doğan won 52% of the vote", cwd=elsewhere,
                   env={"PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("cp1252")
    assert "Ay?e Do?an" in out and "SUPPORTED" in out


# --- point 10: Ctrl-C during a pooled build ------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks on Linux only")
def test_ctrl_c_during_a_pooled_build_is_one_line_and_exit_130(tmp_path: Path) -> None:
    # regression: 48 lines of worker tracebacks
    texts = {
        f"batch{i % 9}/doc{i:04d}.txt": "\n".join(
            f"Report {i} line {j}: the ferry figure was {i * 7 + j} on day {j}. "
            f"Officials in town {i} said the count of {j + 3} boats was final."
            for j in range(60)
        ) + "\n"
        for i in range(1500)
    }
    corpus = write_tree(tmp_path / "big", texts)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "index", "--corpus", str(corpus), "--index",
         str(tmp_path / "i.sqlite")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's job is
    )
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before the pool could be interrupted"
    assert len(_children(proc.pid)) >= 2, "no pool of workers"
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.decode() == "factcheck: interrupted\n"
    assert out == b""


# --- point 11: a reader that closes the pipe early ------------------------------------------


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--help"], 0),
        (["check", "--help"], 0),
        (["audit"], 0),
        (["check", "-f", "json", CLAIM, FALSE_CLAIM], 1),  # the verdicts still decide
        (["lint", "-f", "text", "--show", "all", "d.md"], 1),
    ],
)
def test_closed_pipe_is_not_a_failure(elsewhere: Path, hay_dir: Path, args: list[str],
                                      code: int) -> None:
    # regression: `factcheck --help | head -1` and `audit | head -1` exited 1
    (elsewhere / "d.md").write_text(f"{CLAIM}.\n{FALSE_CLAIM}.\n" * 3)
    extra = ["--corpus", str(hay_dir)] if args[0] in ("check", "audit", "lint") else []
    if "--help" in args:
        extra = []
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args, *extra], cwd=elsewhere, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Broken pipe" not in err and "Exception ignored" not in err


def test_head_takes_the_first_line(elsewhere: Path) -> None:
    shell = f'set -o pipefail; "{sys.executable}" -m factcheck --help | head -1'
    proc = subprocess.run(["bash", "-c", shell], cwd=elsewhere, capture_output=True,
                          timeout=60, env={**os.environ, "COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().count("\n") == 1 and proc.stderr == b""


def test_a_library_object_collected_while_open_is_no_line_for_the_user(
        capsys: pytest.CaptureFixture[str]) -> None:
    # a driver's connection garbage-collected during a command warns ResourceWarning:
    # the user sees factcheck's own warnings, one line each, and not that one
    import warnings

    from factcheck.cli.common import reported_errors

    with reported_errors():
        warnings.warn("a connection was deleted while still open", ResourceWarning, 1)
        warnings.warn("index is read-only", UserWarning, 1)
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == ["factcheck: warning: index is read-only"]
