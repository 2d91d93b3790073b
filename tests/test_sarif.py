"""SARIF and GitHub printers for `lint`, on hand-built findings.

The SARIF output is validated against tests/data/sarif-schema-2.1.0.json, a reduced,
hand-written copy of the OASIS SARIF 2.1.0 schema (no network here and no installed
package ships it): it keeps the required structure, enums and minimums of the objects
factcheck writes (version, runs, tool.driver.name, results[].message.text,
locations[].physicalLocation.artifactLocation.uri, region.startLine >= 1, ...).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.errors import UsageError
from factcheck.policy import FailOn
from factcheck.printers import OutputFormat, printer_for
from factcheck.printers.github import GithubPrinter, escape_data, escape_property
from factcheck.printers.sarif import SarifPrinter
from factcheck.results import (
    Check,
    DraftFinding,
    Evidence,
    Outcome,
    Result,
    Sentence,
    Stance,
    Verdict,
)

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


def make_finding(
    verdict: Verdict,
    *,
    path: str = "drafts/report.md",
    line: int = 3,
    claim: str = "Acme earned $7 million in 2021.",
    suppressed_by: str | None = None,
) -> DraftFinding:
    evidence = Evidence(
        sentence=Sentence("earnings/acme.txt", 2, 5, 40, 80, "Acme earned $5 million in 2021."),
        score=0.9,
        stance=Stance.CONTRADICTS if verdict is Verdict.CONTRADICTED else Stance.SUPPORTS,
        checks=(
            Check(
                "quantity",
                "$7 million",
                "$5 million",
                "7000000 USD",
                "5000000 USD",
                Outcome.INCONSISTENT,
                "7000000 ≠ 5000000 USD",
            ),
        )
        if verdict is Verdict.CONTRADICTED
        else (),
    )
    extra = {"suppressed_by": suppressed_by} if suppressed_by else {}
    result = Result(claim, verdict, 0.8, "test", (evidence,), extra=extra)
    return DraftFinding(path, line, 1, line, len(claim) + 1, result, suppressed_by is not None)


def _sarif(findings: list[DraftFinding], fail_on: FailOn = FailOn.CONTRADICTED) -> dict:
    printer = SarifPrinter()
    printer.fail_on = fail_on
    out = io.StringIO()
    printer.print_findings(findings, out)
    return json.loads(out.getvalue())


def test_sarif_validates_and_has_rules_per_verdict() -> None:
    log = _sarif([make_finding(v) for v in Verdict])
    jsonschema.validate(log, SCHEMA)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert sorted(rule_ids) == ["contradicted", "disputed", "supported", "unverified"]
    for result in log["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_result_location_and_levels() -> None:
    log = _sarif([make_finding(Verdict.CONTRADICTED), make_finding(Verdict.DISPUTED, line=9)])
    contradicted, disputed = log["runs"][0]["results"]
    assert contradicted["level"] == "error" and disputed["level"] == "warning"
    location = contradicted["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/report.md"
    assert location["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 32}
    assert "7000000 vs 5000000 USD" in contradicted["message"]["text"]


def test_sarif_level_follows_fail_on() -> None:
    (disputed,) = _sarif([make_finding(Verdict.DISPUTED)], FailOn.DISPUTED)["runs"][0]["results"]
    assert disputed["level"] == "error"


def test_sarif_suppressions_and_fingerprints() -> None:
    log = _sarif(
        [
            make_finding(Verdict.CONTRADICTED, suppressed_by="baseline"),
            make_finding(Verdict.CONTRADICTED, line=5, suppressed_by="comment"),
        ]
    )
    jsonschema.validate(log, SCHEMA)
    base, inline = log["runs"][0]["results"]
    assert base["suppressions"] == [{"kind": "external"}]
    assert inline["suppressions"] == [{"kind": "inSource"}]
    assert base["level"] == "warning"  # a suppressed finding never fails the run
    # same path and sentence, different line: same fingerprint
    assert base["partialFingerprints"] == inline["partialFingerprints"]


def test_sarif_uri_escapes_spaces() -> None:
    log = _sarif([make_finding(Verdict.CONTRADICTED, path="my drafts/a b.md")])
    jsonschema.validate(log, SCHEMA)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "my%20drafts/a%20b.md"


def test_empty_sarif_is_valid() -> None:
    log = _sarif([])
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"] == []


def test_schema_rejects_a_broken_log() -> None:
    """The reduced schema is strict enough to catch the mistakes that matter."""
    log = _sarif([make_finding(Verdict.CONTRADICTED)])
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SCHEMA)
    del log["runs"][0]["tool"]["driver"]["name"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SCHEMA)


def test_github_escaping_rules() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_github_lines() -> None:
    findings = [
        make_finding(Verdict.CONTRADICTED, path="d,1:x.md"),
        make_finding(Verdict.DISPUTED, line=7),
        make_finding(Verdict.NOT_ENOUGH_INFO, line=8, claim="Acme has 50% of the\nmarket."),
    ]
    out = io.StringIO()
    GithubPrinter().print_findings(findings, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(
        "::error file=d%2C1%3Ax.md,line=3,col=1,endLine=3,endColumn=31,"
        "title=factcheck CONTRADICTED::CONTRADICTED: "
    )
    assert lines[1].startswith("::warning file=drafts/report.md,line=7,")
    assert lines[2].startswith("::notice file=drafts/report.md,line=8,")
    assert "50%25 of the market" in lines[2]


@pytest.mark.parametrize("fmt", [OutputFormat.GITHUB, OutputFormat.SARIF])
def test_lint_only_printers_refuse_check_results(fmt: OutputFormat) -> None:
    printer = printer_for(fmt)
    with pytest.raises(UsageError, match="only for `factcheck lint`"):
        printer.print_results([], io.StringIO())
