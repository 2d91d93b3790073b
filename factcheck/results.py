"""Frozen result types shared by every stage: sentences, checks, evidence and verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

SCHEMA_VERSION = 2  # 2: evidence 'alignment' and 'speaker', result 'parts'


class Verdict(str, Enum):
    SUPPORTED = "SUPPORTED"
    CONTRADICTED = "CONTRADICTED"
    DISPUTED = "DISPUTED"
    NOT_ENOUGH_INFO = "NOT_ENOUGH_INFO"

    def __str__(self) -> str:
        return self.value


class Stance(str, Enum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    RELATED = "related"

    def __str__(self) -> str:
        return self.value


class Outcome(str, Enum):
    """Result of comparing one claim value with one evidence value."""

    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    INCOMPARABLE = "incomparable"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source document, with provenance into the original file."""

    source: str  # path relative to the corpus root, POSIX separators
    line: int  # 1-based line of the first character
    column: int  # 1-based column (in characters) of the first character
    start: int  # character offset into the original (decoded) file text
    end: int  # exclusive
    text: str  # the original text, start:end

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Check:
    """One numeric or date comparison between the claim and a passage."""

    kind: str  # "quantity" or "date"
    claim_text: str
    evidence_text: str
    claim_value: str
    evidence_value: str
    outcome: Outcome
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claim_text": self.claim_text,
            "evidence_text": self.evidence_text,
            "claim_value": self.claim_value,
            "evidence_value": self.evidence_value,
            "outcome": self.outcome.value,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Alignment:
    """How one unit of the claim (a name, a word, a figure, a date) stands in a passage."""

    unit: str  # "name" | "word" | "figure" | "date"
    claim: str  # the claim's words for it
    relation: str  # "same", "inflection", "derivation", "synonym", "more_specific",
    # "conflict" or "unaligned"
    source: str = ""  # the passage's words it met, "" when unaligned
    note: str = ""  # why, when the relation needs saying: "12 ≠ 13 observation posts"
    context: str = ""  # where, when not in the passage: "sentence_before" or "document"

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "claim": self.claim,
            "relation": self.relation,
            "source": self.source,
            "note": self.note,
            "context": self.context,
        }


@dataclass(frozen=True)
class Evidence:
    """A passage that bears on a claim, with its stance and why."""

    sentence: Sentence
    score: float  # relevance in [0, 1]
    stance: Stance = Stance.RELATED
    reasons: tuple[str, ...] = ()  # reason codes: NUMBER_MATCH, NEGATION, ...
    explanation: str = ""
    checks: tuple[Check, ...] = ()
    # how much this passage counts in the verdict: 1 for the same figure, less when a
    # figure merely falls within the other's hedge
    weight: float = field(default=1.0, compare=False)
    alignment: tuple[Alignment, ...] = ()  # every unit of the claim, in claim order
    speaker: str = ""  # who the passage says said it ("" when it says nobody did)
    # the passage leaves out a name, a figure or a word of the claim other than its verb:
    # it may speak of another fact ("50 extra seats" for "won 129 seats"), and counts
    # less in the verdict than one that states them all
    partial: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        s = self.sentence
        return {
            "source": s.source,
            "line": s.line,
            "column": s.column,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "score": round(self.score, 4),
            "stance": self.stance.value,
            "reasons": list(self.reasons),
            "explanation": self.explanation,
            "checks": [c.to_dict() for c in self.checks],
            "alignment": [a.to_dict() for a in self.alignment],
            "speaker": self.speaker,
        }


@dataclass(frozen=True)
class Result:
    """The verdict on one claim."""

    claim: str
    verdict: Verdict
    score: float
    reason: str
    evidence: tuple[Evidence, ...] = ()
    sources_supporting: int = 0
    sources_contradicting: int = 0
    sources_independent: int = 0
    # a claim of several statements: the verdict on each, in order (empty for one)
    parts: tuple[Result, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "claim": self.claim,
            "verdict": self.verdict.value,
            "score": round(self.score, 4),
            "reason": self.reason,
            "sources_supporting": self.sources_supporting,
            "sources_contradicting": self.sources_contradicting,
            "sources_independent": self.sources_independent,
            "evidence": [e.to_dict() for e in self.evidence],
            "parts": [_part(p) for p in self.parts],
        }
        out.update(self.extra)
        return out


def _part(result: Result) -> dict[str, Any]:
    """One part of a claim in JSON: its own verdict, reason and evidence."""
    out = result.to_dict()
    del out["schema"], out["parts"]
    return out


@dataclass(frozen=True)
class DraftFinding:
    """One check-worthy sentence of a draft and the verdict on it."""

    path: str  # as given / relative to the working directory
    line: int  # 1-based, in the original draft file
    column: int  # 1-based
    end_line: int
    end_column: int
    result: Result
    suppressed: bool = False  # by an inline comment or a baseline

    def to_dict(self) -> dict[str, Any]:
        out = self.result.to_dict()
        out.update(
            {
                "path": self.path,
                "line": self.line,
                "column": self.column,
                "end_line": self.end_line,
                "end_column": self.end_column,
            }
        )
        return out
