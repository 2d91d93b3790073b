"""The lint library: drafts checked sentence by sentence, suppressions, baseline, summary.

Most tests use a stub checker so the lint logic is tested apart from the verdict
engine; the tests at the bottom run the real `check()` on small in-memory corpora.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.errors import UsageError
from factcheck.lint.baseline import (
    BASELINE_SCHEMA,
    Baseline,
    load_baseline,
    normalise_sentence,
    write_baseline,
)
from factcheck.lint.linter import (
    LintOptions,
    Show,
    apply_min_score,
    collect_sources,
    lint_paths,
    lint_text,
    summarise,
)
from factcheck.lint.messages import compared_values, excerpt, finding_message
from factcheck.policy import FailOn
from factcheck.results import Check, Evidence, Outcome, Result, Sentence, Stance, Verdict

# --- a stub verdict engine: words decide, so each test states its own expectations ---

_EVIDENCE = Sentence(
    "league/table.txt", 4, 1, 100, 140, "The Rovers won the league with 80 points."
)


def stub_check(claim: str) -> Result:
    lowered = claim.lower()
    if " said " in lowered:  # a reporting frame: the stub cannot tell
        return Result(claim, Verdict.NOT_ENOUGH_INFO, 0.2, "reported speech", ())
    if "false" in lowered:
        check = Check("quantity", "81", "80", "81 points", "80 points", Outcome.INCONSISTENT, "")
        ev = Evidence(_EVIDENCE, 0.9, Stance.CONTRADICTS, checks=(check,))
        return Result(claim, Verdict.CONTRADICTED, 0.9, "number differs", (ev,))
    if "disputed" in lowered:
        return Result(claim, Verdict.DISPUTED, 0.6, "sources disagree", ())
    if "true" in lowered:
        ev = Evidence(_EVIDENCE, 0.95, Stance.SUPPORTS)
        return Result(claim, Verdict.SUPPORTED, 0.95, "matches", (ev,))
    return Result(claim, Verdict.NOT_ENOUGH_INFO, 0.1, "nothing relevant", ())


DRAFT = """\
# A false heading with 10 numbers

The Rovers won a true title in 2021.
The Rovers scored a false 81 points in 2021.

Fans said the Rovers played 38 games. Is this 81 a question?
Reports disputed the 2021 attendance of 40,000.
"""


def _lint(text: str, **options: object) -> list:
    return list(
        lint_text(text, None, LintOptions(**options), path="d.md", checker=stub_check).findings
    )


def test_each_check_worthy_sentence_gets_a_finding_on_its_line() -> None:
    findings = _lint(DRAFT)
    assert [(f.line, f.column, f.result.verdict) for f in findings] == [
        (3, 1, Verdict.SUPPORTED),
        (4, 1, Verdict.CONTRADICTED),
        (6, 1, Verdict.NOT_ENOUGH_INFO),
        (7, 1, Verdict.DISPUTED),
    ]
    assert all(f.path == "d.md" for f in findings)


def test_summary_counts_and_line() -> None:
    report = lint_text(DRAFT, None, path="d.md", checker=stub_check)
    s = report.summary
    assert (s.checked, s.supported, s.contradicted, s.disputed, s.unverified) == (4, 1, 1, 1, 1)
    assert s.failing == 1 and s.files == 1
    assert s.line() == "4 claims checked: 1 supported, 1 contradicted, 1 disputed, 1 unverified"


@pytest.mark.parametrize(
    ("fail_on", "failing"),
    [
        (FailOn.CONTRADICTED, 1),
        (FailOn.DISPUTED, 2),
        (FailOn.UNSUPPORTED, 3),
        (FailOn.NEVER, 0),
    ],
)
def test_fail_on_policy(fail_on: FailOn, failing: int) -> None:
    report = lint_text(DRAFT, None, LintOptions(fail_on=fail_on), path="d.md", checker=stub_check)
    assert report.summary.failing == failing


def test_show_selects_findings() -> None:
    report = lint_text(DRAFT, None, path="d.md", checker=stub_check)
    assert [f.line for f in report.shown(Show.PROBLEMS)] == [4, 6, 7]
    assert [f.line for f in report.shown(Show.FAILING)] == [4]
    assert [f.line for f in report.shown(Show.ALL)] == [3, 4, 6, 7]


def test_inline_suppression_is_counted_not_failing() -> None:
    text = DRAFT.replace("The Rovers scored", "<!-- factcheck: ignore -->\nThe Rovers scored")
    report = lint_text(text, None, path="d.md", checker=stub_check)
    (suppressed,) = [f for f in report.findings if f.suppressed]
    assert suppressed.result.verdict is Verdict.CONTRADICTED
    assert suppressed.result.extra["suppressed_by"] == "comment"
    assert report.summary.failing == 0 and report.summary.suppressed == 1
    assert report.summary.contradicted == 0
    assert report.summary.line().endswith("(1 suppressed)")
    assert suppressed not in report.shown(Show.PROBLEMS)
    assert suppressed in report.shown(Show.ALL)


def test_min_score_turns_weak_verdicts_into_unverified() -> None:
    findings = _lint(DRAFT, min_score=0.7)
    verdicts = {f.line: f.result.verdict for f in findings}
    assert verdicts[7] is Verdict.NOT_ENOUGH_INFO  # disputed at 0.6
    assert verdicts[4] is Verdict.CONTRADICTED  # 0.9 stays
    disputed = next(f for f in findings if f.line == 7).result
    assert "below min-score 0.7" in disputed.reason
    assert disputed.to_dict()["verdict_before_min_score"] == "DISPUTED"


def test_apply_min_score_leaves_strong_results_alone() -> None:
    result = stub_check("a true claim")
    assert apply_min_score(result, 0.5) is result
    assert apply_min_score(result, 0.99).verdict is Verdict.NOT_ENOUGH_INFO


def test_quoted_part_is_checked_and_the_better_result_kept() -> None:
    calls: list[str] = []

    def checker(claim: str) -> Result:
        calls.append(claim)
        return stub_check(claim)

    text = 'The coach said "we played a true season" after the final.\n'
    report = lint_text(text, None, path="d.md", checker=checker)
    assert calls == [
        'The coach said "we played a true season" after the final.',
        "we played a true season",
    ]
    (finding,) = report.findings
    assert finding.result.verdict is Verdict.SUPPORTED
    assert finding.result.claim.startswith("The coach said")  # the sentence, not the quote
    assert finding.result.to_dict()["checked_claim"] == "we played a true season"


def test_quote_that_scores_worse_is_not_kept() -> None:
    text = 'A true report from Monday quoted "the Rovers never lost" again.\n'
    (finding,) = lint_text(text, None, path="d.md", checker=stub_check).findings
    assert finding.result.verdict is Verdict.SUPPORTED
    assert "checked_claim" not in finding.result.extra


def test_repeated_sentences_are_checked_once() -> None:
    calls: list[str] = []

    def checker(claim: str) -> Result:
        calls.append(claim)
        return stub_check(claim)

    text = "The Rovers won a true title in 2021.\n\nThe Rovers won a true title in 2021.\n"
    report = lint_text(text, None, path="d.md", checker=checker)
    assert len(report.findings) == 2 and len(calls) == 1


def test_baseline_round_trip_suppresses_known_findings(tmp_path: Path) -> None:
    first = lint_text(DRAFT, None, path="d.md", checker=stub_check)
    baseline_file = tmp_path / "baseline.json"
    write_baseline(Baseline.from_findings(first.shown(Show.PROBLEMS)), baseline_file)
    data = json.loads(baseline_file.read_text())
    assert data["schema"] == BASELINE_SCHEMA and len(data["findings"]) == 3

    # edits elsewhere move lines; the known finding stays suppressed, a new one fails
    edited = "Intro line with nothing to check\n\n" + DRAFT.replace(
        "Reports disputed", "The Rovers signed a false 12 players.\nReports disputed"
    )
    options = LintOptions(baseline=load_baseline(baseline_file))
    second = lint_text(edited, None, options, path="d.md", checker=stub_check)
    failing = [
        f for f in second.findings if not f.suppressed and f.result.verdict.value == "CONTRADICTED"
    ]
    assert [f.result.claim for f in failing] == ["The Rovers signed a false 12 players."]
    known = next(f for f in second.findings if "81 points" in f.result.claim)
    assert known.suppressed and known.result.extra["suppressed_by"] == "baseline"
    assert known.line == 6  # moved down by two lines
    assert second.summary.failing == 1


def test_baseline_is_per_path(tmp_path: Path) -> None:
    first = lint_text(DRAFT, None, path="d.md", checker=stub_check)
    baseline = Baseline.from_findings(first.findings)
    other = lint_text(DRAFT, None, LintOptions(baseline=baseline), path="e.md", checker=stub_check)
    assert not any(f.suppressed for f in other.findings)


def test_normalise_sentence() -> None:
    assert (
        normalise_sentence("The  “Rovers”\n won 3–1 — ‘again’")
        == "the \"rovers\" won 3-1 - 'again'"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"schema": 99, "findings": []}', "unsupported schema"),
        ('{"schema": 1}', "no 'findings' list"),
        ('{"schema": 1, "findings": [{"path": 3}]}', "malformed entry"),
    ],
)
def test_bad_baseline_files_are_usage_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(UsageError, match=message):
        load_baseline(path)
    with pytest.raises(UsageError, match="not found"):
        load_baseline(tmp_path / "missing.json")


def test_collect_sources_expands_folders_and_excludes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "old").mkdir(parents=True)
    (tmp_path / "drafts" / "a.md").write_text("The Rovers won a true title in 2021.\n")
    (tmp_path / "drafts" / "b.txt").write_text("The Rovers scored a false 81 points.\n")
    (tmp_path / "drafts" / "old" / "c.md").write_text("Old text said 3 things.\n")
    (tmp_path / "drafts" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    sources, notes = collect_sources(["drafts"], ["drafts/old/*"])
    assert notes == []
    assert [s.path for s in sources] == ["drafts/a.md", "drafts/b.txt"]
    assert [s.kind.value for s in sources] == ["markdown", "text"]
    sources, _ = collect_sources(["drafts"], ["*.txt"])
    assert [s.path for s in sources] == ["drafts/a.md", "drafts/old/c.md"]


def test_collect_sources_paths_are_relative_to_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("x")
    monkeypatch.chdir(tmp_path)
    sources, _ = collect_sources([str(tmp_path / "sub" / "a.md"), "sub/a.md"])
    assert [s.path for s in sources] == ["sub/a.md"]  # absolute given → relative; deduplicated


def test_missing_draft_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="draft not found: .*missing.md"):
        collect_sources([str(tmp_path / "missing.md")])


def test_binary_draft_is_an_error_and_windows_1252_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a draft that cannot be read fails the run: skipping it would pass CI unchecked
    monkeypatch.chdir(tmp_path)
    Path("bin.md").write_bytes(b"\x00\x01\x02binary")
    Path("latin.md").write_bytes("The Rovers won a true caf\xe9 title in 2021.\n".encode("latin-1"))
    with pytest.raises(UsageError, match="cannot read draft bin.md: it is not text"):
        lint_paths(["bin.md", "latin.md"], None, checker=stub_check)
    report = lint_paths(["latin.md"], None, checker=stub_check)
    # not UTF-8: read as Windows-1252 (docs/encodings.md), nothing to warn about
    assert not any("latin.md" in w for w in report.warnings)
    assert report.summary.files == 1
    assert [f.path for f in report.findings] == ["latin.md"]


def test_findings_sorted_by_path_line_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("b.md").write_text("The Rovers won a true title in 2021.\n")
    Path("a.md").write_text("\n\nThe Rovers scored a false 81 points. Fans said 3 true things.\n")
    report = lint_paths(["b.md", "a.md"], None, checker=stub_check)
    assert [(f.path, f.line, f.column) for f in report.findings] == [
        ("a.md", 3, 1),
        ("a.md", 3, 38),
        ("b.md", 1, 1),
    ]


def test_finding_message_names_values_and_source() -> None:
    (finding,) = [f for f in _lint(DRAFT) if f.result.verdict is Verdict.CONTRADICTED]
    message = finding_message(finding)
    assert message == (
        'CONTRADICTED: "The Rovers scored a false 81 points in 2021." vs '
        '"The Rovers won the league with 80 points." [league/table.txt:4:1] (81 vs 80 points)'
    )
    suppressed = replace(finding, suppressed=True)
    assert finding_message(suppressed).endswith("[suppressed by comment]")


def test_compared_values_and_excerpt() -> None:
    check = Check(
        "quantity", "", "", "13 observation posts", "12 observation posts", Outcome.INCONSISTENT, ""
    )
    assert compared_values(check) == "13 vs 12 observation posts"
    worded = Check("quantity", "13", "12", "13", "12", Outcome.INCONSISTENT, "13 ≠ 12 posts")
    assert compared_values(worded) == "13 vs 12 posts"
    dates = Check("date", "", "", "2020-02-05", "2020-02-06", Outcome.INCONSISTENT, "")
    assert compared_values(dates) == "2020-02-05 vs 2020-02-06"
    assert excerpt("word " * 40, 30).endswith("…") and len(excerpt("word " * 40, 30)) <= 30
    assert excerpt("short\n text") == "short text"


def test_summarise_empty() -> None:
    assert (
        summarise([]).line()
        == "0 claims checked: 0 supported, 0 contradicted, 0 disputed, 0 unverified"
    )


# --- the real verdict engine on small corpora of other topics ---------------------------

EARNINGS = {
    "earnings/acme.txt": (
        "Acme Corp reported revenue of $4.2 billion for 2023, up 8 percent from a year earlier.\n"
        "Acme Corp employs 12,000 people across 14 countries.\n"
        "Chief executive Dana Whitfield said the firm would open 3 new plants in 2024.\n"
    ),
    "sport/final.txt": (
        "Northfield Rovers beat Eastbrook United 3-1 in the cup final on Saturday.\n"
        "Striker Leo Marsh scored twice for Northfield Rovers in front of 61,000 fans.\n"
    ),
}


@pytest.fixture(scope="module")
def small_corpus():  # type: ignore[no-untyped-def]
    from factcheck import Corpus

    corpus = Corpus.from_texts(EARNINGS)
    yield corpus
    corpus.close()


def test_real_check_contradicts_a_changed_number(small_corpus) -> None:  # type: ignore[no-untyped-def]
    text = (
        "# Results\n\n"
        "Acme Corp employs 12,000 people across 14 countries.\n"
        "Acme Corp employs 12,000 people across 19 countries.\n"
    )
    report = lint_text(text, small_corpus, path="acme.md")
    verdicts = {f.line: f.result.verdict for f in report.findings}
    assert verdicts[3] is Verdict.SUPPORTED
    assert verdicts[4] is Verdict.CONTRADICTED
    assert report.summary.failing == 1
    source = next(f for f in report.findings if f.line == 4).result.evidence[0].sentence.source
    assert source == "earnings/acme.txt"


def test_real_check_of_a_quote(small_corpus) -> None:  # type: ignore[no-untyped-def]
    text = 'Analysts wrote that "Acme Corp employs 12,000 people across 14 countries" this week.\n'
    (finding,) = lint_text(text, small_corpus, path="q.md").findings
    assert finding.result.verdict is Verdict.SUPPORTED
    assert finding.result.extra.get("checked_claim", "").startswith("Acme Corp employs")
