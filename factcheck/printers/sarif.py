"""SARIF 2.1.0 for code-scanning tools: one rule per verdict, one result per finding."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from ..errors import UsageError
from ..lint.baseline import normalise_sentence
from ..lint.messages import finding_message, level_for
from ..policy import FailOn
from ..results import DraftFinding, Result, Verdict
from .interface import Printer

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/factcheck/factcheck"

# (rule id, name, description, default level) per verdict, in a fixed order
RULES: dict[Verdict, tuple[str, str, str, str]] = {
    Verdict.CONTRADICTED: (
        "contradicted",
        "ContradictedClaim",
        "The corpus contradicts this statement.",
        "error",
    ),
    Verdict.DISPUTED: (
        "disputed",
        "DisputedClaim",
        "Sources in the corpus disagree about this statement.",
        "warning",
    ),
    Verdict.NOT_ENOUGH_INFO: (
        "unverified",
        "UnverifiedClaim",
        "The corpus does not say enough to check this statement.",
        "note",
    ),
    Verdict.SUPPORTED: (
        "supported",
        "SupportedClaim",
        "The corpus supports this statement.",
        "note",
    ),
}


def tool_version() -> str:
    """The installed package version, or 0 when running from a source tree."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck-cli")
    except PackageNotFoundError:
        return "0"


def artifact_uri(path: str) -> str:
    """A relative URI for a relative path; a file: URI for an absolute one."""
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return "file://" + quote(posix.as_posix())
    return quote(posix.as_posix())


class SarifPrinter(Printer):
    """One SARIF 2.1.0 log with a single run."""

    fail_on: FailOn = FailOn.CONTRADICTED  # set by the CLI from --fail-on

    def print_results(self, results: Iterable[Result], out: TextIO) -> None:
        raise UsageError("the sarif format is only for `factcheck lint`")

    def print_findings(self, findings: Sequence[DraftFinding], out: TextIO) -> None:
        json.dump(self.log(findings), out, indent=2, ensure_ascii=False)
        out.write("\n")

    def log(self, findings: Sequence[DraftFinding]) -> dict[str, Any]:
        """The SARIF log as a dict."""
        rules = [
            {
                "id": rule_id,
                "name": name,
                "shortDescription": {"text": description},
                "defaultConfiguration": {"level": level},
            }
            for rule_id, name, description, level in RULES.values()
        ]
        return {
            "$schema": SARIF_SCHEMA,
            "version": SARIF_VERSION,
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "factcheck",
                            "version": tool_version(),
                            "informationUri": INFORMATION_URI,
                            "rules": rules,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": [self._result(f) for f in findings],
                }
            ],
        }

    def _result(self, finding: DraftFinding) -> dict[str, Any]:
        verdict = finding.result.verdict
        rule_index = list(RULES).index(verdict)
        fingerprint = hashlib.sha256(
            f"{finding.path}\n{normalise_sentence(finding.result.claim)}".encode()
        ).hexdigest()
        out: dict[str, Any] = {
            "ruleId": RULES[verdict][0],
            "ruleIndex": rule_index,
            "level": level_for(finding, self.fail_on),
            "message": {"text": finding_message(finding, limit=200)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(finding.path)},
                        "region": {
                            "startLine": finding.line,
                            "startColumn": finding.column,
                            "endLine": finding.end_line,
                            "endColumn": finding.end_column,
                        },
                    }
                }
            ],
            "partialFingerprints": {"factcheckSentence/v1": fingerprint},
            "properties": {"score": round(finding.result.score, 4)},
        }
        if finding.suppressed:
            by = finding.result.extra.get("suppressed_by", "comment")
            out["suppressions"] = [{"kind": "external" if by == "baseline" else "inSource"}]
        return out
