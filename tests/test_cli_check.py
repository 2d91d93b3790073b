"""`factcheck check` through CliRunner, and a few real processes for the default-command
rewrite, real exit codes and streaming."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import Corpus, check
from factcheck.cli import app, with_default_command
from factcheck.cli.common import choose_format, use_color
from factcheck.printers import OutputFormat, printer_for
from factcheck.printers.jsonl import JsonlPrinter
from factcheck.printers.table import TablePrinter
from tests.conftest import HAY, REPO, write_tree

ANSI = re.compile(r"\x1b\[")
CUP = "Riverside Rovers won the Northern Cup final 3-1"
STORM = "More than 20,000 homes lost power"


@pytest.fixture
def run(hay_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Invoke `factcheck check` on the hay corpus; returns the CliRunner result."""
    runner = CliRunner()
    index = tmp_path / "cli-index.sqlite"

    def invoke(*args: str, input: str | None = None, corpus: bool = True):  # type: ignore[no-untyped-def]
        extra = ["--corpus", str(hay_dir), "--index", str(index)] if corpus else []
        return runner.invoke(app, ["check", *args, *extra], input=input)

    return invoke


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("factcheck: error: ")
    return lines[0]


# --- the default-command rewrite ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["a claim"], ["check", "a claim"]),
        (["-"], ["check", "-"]),
        (["--corpus", "news", "a claim"], ["check", "--corpus", "news", "a claim"]),
        (["-f", "json", "--top", "3", "x"], ["check", "-f", "json", "--top", "3", "x"]),
        (["--no-color", "x"], ["check", "--no-color", "x"]),
        (["check", "a claim"], ["check", "a claim"]),
        (["index", "--corpus", "news"], ["index", "--corpus", "news"]),
        (["--corpus", "news", "index"], ["--corpus", "news", "index"]),
        ([], []),
        (["--help"], ["--help"]),
        (["--version"], ["--version"]),
        (["-V"], ["-V"]),
    ],
)
def test_default_command_rewrite(argv: list[str], expected: list[str]) -> None:
    assert with_default_command(argv) == expected


def test_every_value_option_of_check_is_known_to_the_rewrite() -> None:
    # an option whose value the rewrite does not skip would be taken for a command name
    import typer.main

    from factcheck.cli import _VALUE_OPTIONS

    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    for param in command.params:
        if param.param_type_name == "option" and not param.is_flag:
            assert set(param.opts) <= _VALUE_OPTIONS, param.opts


# --- claims in ------------------------------------------------------------------------


def test_one_claim_plain_text_when_not_a_terminal(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CUP)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("SUPPORTED (")
    assert "sport/cup_final.txt:1:" in result.stdout
    assert not ANSI.search(result.stdout)


def test_several_claims_give_one_result_each(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CUP, STORM, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["claim"] for d in data] == [CUP, STORM]


def test_dash_reads_one_claim_per_line_from_stdin(run) -> None:  # type: ignore[no-untyped-def]
    result = run("-", "--format", "jsonl", input=f"{CUP}\n\n   \n{STORM}\n")
    assert result.exit_code == 0, result.output
    claims = [json.loads(line)["claim"] for line in result.stdout.splitlines()]
    assert claims == [CUP, STORM]


def test_claims_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    claims = tmp_path / "claims.txt"
    claims.write_text(f"{STORM}\n\n{CUP}\n", encoding="utf-8")
    result = run("--claims-file", str(claims), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["claim"] for x in result.stdout.splitlines()] == [STORM, CUP]


# --- options --------------------------------------------------------------------------


@pytest.mark.parametrize("top", ["1", "2"])
def test_top(run, top: str) -> None:  # type: ignore[no-untyped-def]
    result = run("Storm Brenna cut power to homes on the coast", "--top", top, "-f", "json")
    assert result.exit_code == 0, result.output
    assert 1 <= len(json.loads(result.stdout)["evidence"]) <= int(top)


def test_json_and_jsonl_formats(run) -> None:  # type: ignore[no-untyped-def]
    one = json.loads(run(CUP, "--format", "json").stdout)
    assert isinstance(one, dict) and one["schema"] == 2 and one["claim"] == CUP
    lines = run(CUP, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0]) == one


def test_table_format_off_a_terminal_has_no_colour(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CUP, "--format", "table")
    assert result.exit_code == 0, result.output
    assert not ANSI.search(result.stdout)
    assert "SUPPORTED" in result.stdout and "sport/cup_final.txt:1" in result.stdout


def test_text_format_names_source_line_and_column(run) -> None:  # type: ignore[no-untyped-def]
    out = run("Ayse Dogan won 52% of the vote", "--format", "text").stdout
    assert "elections/valley.md:4:1" in out
    assert "Do\u011fan" in out  # shown as written in the source


def test_table_printer_with_a_fixed_width_colourless_console(hay_corpus: Corpus) -> None:
    result = check(CUP, hay_corpus)
    out = io.StringIO()
    TablePrinter(color=False, width=80).print_results([result], out)
    text = out.getvalue()
    assert not ANSI.search(text)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert text.splitlines()[0].startswith(f"{result.verdict.value} ")
    assert CUP in text.splitlines()[0]
    assert "sport/cup_final.txt:1" in text


def test_table_printer_colour_flag_is_obeyed_off_a_terminal(hay_corpus: Corpus) -> None:
    # regression: Console(color_system="auto") probed the stream again, so color=True
    # gave plain text whenever `out` was not a terminal (a file, a pager pipe, a test)
    out = io.StringIO()
    printer_for(OutputFormat.TABLE, color=True, width=80).print_results(
        [check(CUP, hay_corpus)], out)
    assert ANSI.search(out.getvalue())


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_when_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    assert use_color(False, _Tty()) is True
    assert use_color(False, io.StringIO()) is False
    assert use_color(True, _Tty()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(False, _Tty()) is False


def test_default_format_is_table_on_a_terminal_text_otherwise() -> None:
    assert choose_format(None, _Tty()) is OutputFormat.TABLE
    assert choose_format(None, io.StringIO()) is OutputFormat.TEXT
    assert choose_format(OutputFormat.JSON, _Tty()) is OutputFormat.JSON


def test_no_color_flag_is_accepted(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert run(CUP, "--no-color", "-f", "table").exit_code == 0
    monkeypatch.setenv("NO_COLOR", "1")
    result = run(CUP, "-f", "table")
    assert result.exit_code == 0 and not ANSI.search(result.stdout)


def test_jsonl_flushes_each_claim_before_the_next_is_checked(hay_corpus: Corpus) -> None:
    out = io.StringIO()
    seen_before_second: list[str] = []

    def results():  # type: ignore[no-untyped-def]
        yield check(CUP, hay_corpus)
        seen_before_second.append(out.getvalue())
        yield check(STORM, hay_corpus)

    JsonlPrinter().print_results(results(), out)
    assert json.loads(seen_before_second[0])["claim"] == CUP
    assert len(out.getvalue().splitlines()) == 2


def test_repeated_corpus_option_searches_every_folder(tmp_path: Path) -> None:
    one = write_tree(tmp_path / "one", {"a.txt": "The Riverside Rovers stadium is large.\n"})
    two = write_tree(tmp_path / "two", {"a.txt": "The Riverside Rovers were founded in 1911.\n"})
    result = CliRunner().invoke(app, [
        "check", "Riverside Rovers", "--corpus", str(one), "--corpus", str(two), "-f", "json"])
    assert result.exit_code == 0, result.output
    sources = {e["source"] for e in json.loads(result.stdout)["evidence"]}
    assert sources == {"one/a.txt", "two/a.txt"}


def test_index_goes_to_the_user_cache_by_default(hay_dir: Path, cache_dir: Path) -> None:
    result = CliRunner().invoke(app, ["check", CUP, "--corpus", str(hay_dir)])
    assert result.exit_code == 0, result.output
    assert len(list((cache_dir / "factcheck").glob("*.sqlite"))) == 1


# --- search syntax in claims ----------------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    ['"Riverside Rovers" won the Northern Cup', "Rovers AND NEAR(Northern Cup* OR final",
     'Rovers won the "Northern Cup final', "Rovers NOT won: the ^Northern Cup final"],
)
def test_search_syntax_in_a_claim_is_plain_words(run, claim: str) -> None:  # type: ignore[no-untyped-def]
    # --fail-on never: "NOT won" is a real negation and may well be contradicted
    result = run(claim, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["claim"] == claim
    assert data["evidence"][0]["source"] == "sport/cup_final.txt"


# --- errors: exit 2, one line on stderr, no traceback ---------------------------------


def test_missing_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["check", CUP, "--corpus", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "corpus folder not found" in _one_error_line(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize("claim", ["", "   "])
def test_empty_claim(run, claim: str) -> None:  # type: ignore[no-untyped-def]
    result = run(claim)
    assert result.exit_code == 2
    assert "empty" in _one_error_line(result.stderr)


def test_no_claim_at_all(run) -> None:  # type: ignore[no-untyped-def]
    result = run()
    assert result.exit_code == 2
    assert "no claim" in _one_error_line(result.stderr)


def test_empty_stdin(run) -> None:  # type: ignore[no-untyped-def]
    result = run("-", input="\n\n")
    assert result.exit_code == 2
    assert "no claim" in _one_error_line(result.stderr)


def test_unreadable_claims_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("--claims-file", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert "cannot read claims file" in _one_error_line(result.stderr)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = run("--claims-file", str(binary))
    assert result.exit_code == 2
    assert "cannot read claims file" in _one_error_line(result.stderr)


@pytest.mark.parametrize("bad", ["empty-argument", "unreadable-file"])
def test_bad_claim_after_a_good_one_prints_nothing(run, tmp_path: Path, bad: str) -> None:  # type: ignore[no-untyped-def]
    # regression: claims were validated lazily, so with jsonl the first claim's result
    # was printed and then the run exited 2 on the empty second claim / missing file
    args = [CUP, ""] if bad == "empty-argument" else [
        CUP, "--claims-file", str(tmp_path / "missing.txt")]
    result = run(*args, "--format", "jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    _one_error_line(result.stderr)


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_lint_only_formats_are_refused(main_cli, hay_dir: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = main_cli("check", CUP, "--format", fmt, "--corpus", str(hay_dir))
    assert code == 2 and out == ""
    assert f"'{fmt}' is not one of 'table', 'text', 'json', 'jsonl'" in _one_error_line(err)


@pytest.mark.parametrize(
    ("config", "message"),
    [('corpse = "news"\n', "unknown key 'corpse'"), ("corpus = [\n", "invalid TOML")],
)
def test_bad_config_file(elsewhere: Path, config: str, message: str) -> None:
    (elsewhere / ".factcheck.toml").write_text(config)
    result = CliRunner().invoke(app, ["check", CUP])
    assert result.exit_code == 2
    assert message in _one_error_line(result.stderr)


def test_top_below_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CUP, "--top", "0")
    assert result.exit_code == 2
    assert "--top" in _one_error_line(result.stderr)


def test_exit_1_when_a_claim_meets_fail_on(run) -> None:  # type: ignore[no-untyped-def]
    result = run("Riverside Rovers lost the Northern Cup final", "-f", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == (1 if data["verdict"] == "CONTRADICTED" else 0)
    assert run("Riverside Rovers lost the Northern Cup final", "--fail-on", "never").exit_code == 0


# --- real processes -------------------------------------------------------------------


def _factcheck(*args: str, cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd, env=env, input=input, capture_output=True, text=True, timeout=120,
    )


def test_process_default_command_equals_check(hay_dir: Path, elsewhere: Path) -> None:
    short = _factcheck(CUP, "--corpus", str(hay_dir), "-f", "json", cwd=elsewhere)
    full = _factcheck("check", CUP, "--corpus", str(hay_dir), "-f", "json", cwd=elsewhere)
    assert short.returncode == full.returncode == 0, short.stderr
    assert json.loads(short.stdout) == json.loads(full.stdout)
    assert json.loads(short.stdout)["claim"] == CUP


def test_process_options_before_the_claim(hay_dir: Path, elsewhere: Path) -> None:
    proc = _factcheck("--corpus", str(hay_dir), "--format", "jsonl", "-", cwd=elsewhere,
                      input=f"{CUP}\n{STORM}\n")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["claim"] for x in proc.stdout.splitlines()] == [CUP, STORM]


def test_process_plain_text_when_piped(hay_dir: Path, elsewhere: Path) -> None:
    proc = _factcheck(CUP, "--corpus", str(hay_dir), cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("SUPPORTED (") and not ANSI.search(proc.stdout)


def test_process_bad_input_exits_2_with_one_line(elsewhere: Path) -> None:
    for args in (
        (CUP, "--corpus", str(elsewhere / "missing")),
        ("check", "", "--corpus", str(elsewhere)),
        ("check", "--claims-file", str(elsewhere / "none.txt"), "--corpus", str(elsewhere)),
    ):
        proc = _factcheck(*args, cwd=elsewhere)
        assert proc.returncode == 2, (args, proc.stderr)
        _one_error_line(proc.stderr)
        assert proc.stdout == ""


def test_process_version(elsewhere: Path) -> None:
    from factcheck import __version__

    for flag in ("--version", "-V"):
        proc = _factcheck(flag, cwd=elsewhere)
        assert proc.returncode == 0
        assert proc.stdout.strip() == f"factcheck {__version__}"


def test_process_runs_on_the_bundled_seeds_from_anywhere(elsewhere: Path) -> None:
    proc = _factcheck("Turkey has 12 observation posts in Idlib", "-f", "json", cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    sources = {e["source"] for e in json.loads(proc.stdout)["evidence"]}
    assert sources and all(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", s) for s in sources)


def test_process_jsonl_streams_one_line_per_claim(hay_dir: Path, elsewhere: Path) -> None:
    # the first answer must arrive while the second claim has not even been written
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "-", "--corpus", str(hay_dir),
         "-f", "jsonl"],
        cwd=elsewhere, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, bufsize=1,
    )
    assert proc.stdin and proc.stdout
    watchdog = threading.Timer(90, proc.kill)  # a blocked read fails instead of hanging
    watchdog.start()
    try:
        proc.stdin.write(CUP + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())
        assert first["claim"] == CUP
        proc.stdin.write(STORM + "\n")
        proc.stdin.close()
        second = json.loads(proc.stdout.readline())
        assert second["claim"] == STORM
        assert proc.wait(60) == 0
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()


def test_hay_is_what_the_fixture_says(hay_dir: Path) -> None:
    # guards the fixtures the rest of this file relies on
    assert sorted(p.relative_to(hay_dir).as_posix() for p in hay_dir.rglob("*.*")) == sorted(HAY)


@pytest.mark.parametrize(
    ("argv", "command"),
    [(["--format", "xml", "claim"], "check"), (["check", "--top", "abc", "claim"], "check"),
     (["lint"], "lint"), (["audit", "--bogus"], "audit"), (["index", "--corpus"], "index")],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"(see 'factcheck {command} --help')" in _one_error_line(captured.err)


def test_main_passes_on_the_exit_code_of_a_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    hay = write_tree(tmp_path / "hay", HAY)
    codes = []
    for claim in ("The cup final drew 41,200 fans", "The cup final drew 61,200 fans"):
        with pytest.raises(SystemExit) as stop:
            main(["--corpus", str(hay), claim])
        codes.append(stop.value.code)
    assert codes == [0, 1], capsys.readouterr().out


TRUCE = {"talks.txt": ("Lanmouth dockers end strike\n\n"
                       "The union rejected a truce with the port on Friday.\n"
                       "The mayor called a halt to the works on Monday.\n")}


@pytest.mark.parametrize("fmt", [OutputFormat.TEXT, OutputFormat.TABLE])
def test_human_formats_show_how_the_claim_aligned(fmt: OutputFormat) -> None:
    corpus = Corpus.from_texts(TRUCE)
    out = io.StringIO()
    printer_for(fmt, color=False, width=100).print_results(
        [check("The union accepted a truce with the port on Friday", corpus)], out)
    text = out.getvalue()
    assert "CONTRADICTED" in text
    assert "= union, truce, port" in text  # the words met as they are
    assert "✗ 'accepted' vs 'rejected'" in text  # the conflict, with both words


def test_text_format_says_what_the_passage_lacks() -> None:
    out = io.StringIO()
    printer_for(OutputFormat.TEXT, color=False, width=100).print_results(
        [check("The union signed a truce with the port on Friday", Corpus.from_texts(TRUCE))],
        out)
    text = out.getvalue()
    assert "NOT_ENOUGH_INFO" in text
    assert "? 'signed': the source has 'rejected' where the claim has 'signed'" in text
