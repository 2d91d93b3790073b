"""Cross-source conflicts: the same fact stated with inconsistent values in different documents.

Candidate pairs come from blocking (blocks.py: sentences sharing what a figure counts and
a name, or a name and an absolute date). Each pair is decided by the judge, the same way
a claim is checked against a passage: one sentence is read as the claim, the other as the
passage, every unit is aligned (judge/align.py) and the stance decided (judge/stance.py).
The pair is a conflict only when the passage contradicts the claim and every conflicting
unit is a figure, a date or a time: the frame (who did what, to what, when) aligns and a
value within it differs. A name in another role or an opposite verb is another fact, not
a conflicting value. Two sentences that support each other agree, and an agreeing
statement joins the group of a statement it agrees with.

Groups are formed and streamed block by block (`iter_conflicts`), so memory does not grow
with the corpus; `find_conflicts` collects them, most confident first. See docs/audit.md.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..components import Components
from ..results import Sentence
from .blocks import Blocks, pairs
from .pool import ordered_map

_READ_CACHE = 4_000  # sentences kept read (a read statement is large; re-reading is ~1 ms)
_SENTENCES_KEPT = 20_000  # sentences kept by id for the groups (small: a few hundred bytes)
_TASK_PAIRS = 200  # pairs per task of the judging pool
POOL_FROM = 40_000  # sentences in the corpus from which pairs are judged by a process pool
VALUE_KINDS = ("figure", "date", "time")


@dataclass(frozen=True)
class Statement:
    """One value stated in one sentence of one document."""

    sentence: Sentence
    kind: str  # "quantity" or "date"
    text: str  # the mention as written
    value: str  # normalised, human readable
    start: int  # offset of the mention inside the sentence
    end: int
    disputed: bool = True  # False: it agrees with a disputed statement of the group

    @property
    def location(self) -> str:
        s = self.sentence
        return f"{s.source}:{s.line}:{s.column + self.start}"

    def to_dict(self) -> dict[str, Any]:
        s = self.sentence
        return {
            "source": s.source,
            "line": s.line,
            "column": s.column + self.start,
            "start": s.start + self.start,
            "end": s.start + self.end,
            "kind": self.kind,
            "text": self.text,
            "value": self.value,
            "disputed": self.disputed,
            "sentence": s.text,
        }


@dataclass(frozen=True)
class ConflictGroup:
    """Statements of one fact that cannot all be true, with how sure we are they are one fact."""

    kind: str  # "quantity" or "date"
    subject: str  # what the values count or date (the figure's head, or the shared name)
    statements: tuple[Statement, ...]  # by source, then position
    confidence: float  # in (0, 1]: the share of the claim sentence's units aligned
    reasons: tuple[str, ...]  # one per inconsistent pair: "3.6 million ≠ more than 3.7 million"

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s.sentence.source for s in self.statements}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "confidence": round(self.confidence, 4),
            "sources": list(self.sources),
            "statements": [s.to_dict() for s in self.statements],
            "reasons": list(self.reasons),
        }


# a value in one sentence: (sentence id, start, end) within the sentence
_Node = tuple[int, int, int]


@dataclass(frozen=True)
class _Link:
    """Two values of two sentences the judge related: in conflict, or agreeing."""

    a: _Node
    b: _Node
    conflict: bool
    kind: str
    value_a: str
    value_b: str
    text_a: str
    text_b: str
    reason: str
    confidence: float
    head: str


class _Reader:
    """Sentences read by the judge, the most recently used kept (by text: the same
    sentence in two documents is read once)."""

    def __init__(self) -> None:
        self.kept: OrderedDict[str, Any] = OrderedDict()

    def __call__(self, text: str) -> Any:
        if text in self.kept:
            self.kept.move_to_end(text)
            return self.kept[text]
        from ..judge.statement import read_statement

        read = self.kept[text] = read_statement(text)
        if len(self.kept) > _READ_CACHE:
            self.kept.popitem(last=False)
        return read


class _Sentences:
    """Sentences of the scratch database by id, the most recently used kept."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.kept: OrderedDict[int, Sentence] = OrderedDict()

    def __call__(self, sid: int) -> Sentence:
        if sid in self.kept:
            self.kept.move_to_end(sid)
            return self.kept[sid]
        sentence = self.kept[sid] = self.blocks.sentence(sid)
        if len(self.kept) > _SENTENCES_KEPT:
            self.kept.popitem(last=False)
        return sentence


# a task of the judging pool: blocks (key, pairs of (sentence id, sentence))
_Pair = tuple[tuple[int, Sentence], tuple[int, Sentence]]
_Task = list[tuple[str, list[_Pair]]]
_READ = _Reader()  # this process's (each worker has its own copy)


def _judge_task(task: _Task) -> list[list[_Link]]:
    """The links the judge finds in each block of a task (run in a worker)."""
    out = []
    for _key, pairs_ in task:
        found: list[_Link] = []
        for (sa, a), (sb, b) in pairs_:
            found.extend(judge_pair((sa, a, _READ(a.text)), (sb, b, _READ(b.text))))
        out.append(found)
    return out


def _tasks(blocks: Blocks, sentence: Callable[[int], Sentence]) -> Iterator[_Task]:
    """The pairs to judge, block by block, in tasks of about _TASK_PAIRS pairs; a pair
    met under another key the two sentences share is judged once."""
    judged: set[tuple[int, int]] = set()
    task: _Task = []
    size = 0
    for key, members in blocks.blocks():
        todo: list[_Pair] = []
        for a, b in pairs(key, members):
            pair = (min(a.sid, b.sid), max(a.sid, b.sid))
            if pair in judged:
                continue  # met under another key they share
            judged.add(pair)
            todo.append(((a.sid, sentence(a.sid)), (b.sid, sentence(b.sid))))
        if todo:
            task.append((key, todo))
            size += len(todo)
            if size >= _TASK_PAIRS:
                yield task
                task, size = [], 0
    if task:
        yield task


def _item(statement: Any, kind: str, text: str) -> Any:
    return next((x for x in _items(statement, kind) if x.text == text), None)


def _absolute(item: Any, kind: str) -> bool:  # item None: not found, not absolute
    """A date compared across documents must carry its year: "on Tuesday" in two
    articles is two different Tuesdays."""
    if item is None:
        return False
    return kind != "date" or (getattr(item, "year", None) is not None and item.resolved)


def judge_pair(a: tuple[int, Sentence, Any], b: tuple[int, Sentence, Any]) -> list[_Link]:
    """The values two sentences state in conflict or in agreement, as the judge sees them:
    each sentence read as the claim against the other as the passage, the shorter first."""
    from ..judge.align import align
    from ..judge.frame import frame_can_align
    from ..judge.links import CONFLICT
    from ..judge.stance import decide
    from ..results import Stance

    if a[1].text == b[1].text:
        return _identical(a, b)
    order = sorted((a, b), key=lambda x: len(x[1].text))
    for claim, passage in (order, order[::-1]):
        if not frame_can_align(claim[2], passage[2]):
            continue  # a name or value of the claim has no match: neither stance
        links = align(claim[2], passage[2])
        stance = decide(links, passage[2])[0]
        if stance is Stance.CONTRADICTS:
            conflicts = [x for x in links if x.relation == CONFLICT]
            if not all(x.kind in VALUE_KINDS and x.check is not None for x in conflicts):
                continue  # another name, an opposite, a negation: another fact
            conflicts = [x for x in conflicts if not _shifted(x, claim[2], passage[2])]
            if not conflicts:
                continue
            return _links(claim, passage, conflicts, links, conflict=True)
        if stance is Stance.SUPPORTS:
            values = [x for x in links if x.kind in VALUE_KINDS and x.found and x.check]
            return _links(claim, passage, values, links, conflict=False)
    return []


def _items(statement: Any, kind: str) -> tuple[Any, ...]:
    return statement.quantities if kind == "figure" else \
        statement.dates if kind == "date" else statement.times


def _shifted(link: Any, claim: Any, passage: Any) -> bool:
    """The two values in conflict each agree with another value of the other sentence:
    the sentences are parallel ("rose 7.2bn in January, up on 7.1bn in December" against
    "rose 7.1bn in December, up from 6.4bn in November"), and each value has its match."""
    from ..quantities.compare import compare
    from ..results import Outcome

    mine = _item(claim, link.kind, link.check.claim_text)
    theirs = _item(passage, link.kind, link.check.evidence_text)
    if mine is None or theirs is None:
        return False

    def agree(a: Any, b: Any) -> bool:
        return compare(a, b).outcome is Outcome.CONSISTENT

    return any(p is not theirs and agree(mine, p) for p in _items(passage, link.kind)) or \
        any(c is not mine and agree(c, theirs) for c in _items(claim, link.kind))


def _identical(a: tuple[int, Sentence, Any], b: tuple[int, Sentence, Any]) -> list[_Link]:
    """The same sentence in two documents agrees with itself, value by value."""
    out = []
    for kind, items in (("quantity", a[2].quantities), ("date", a[2].dates)):
        for item in items:
            at = a[1].text.find(item.text, max(0, item.start - 2))
            if at >= 0 and _absolute(item, kind):
                span = (at, at + len(item.text))
                out.append(_Link((a[0], *span), (b[0], *span), False, kind, item.text,
                                 item.text, item.text, item.text, "", 1.0, ""))
    return out


def _links(claim: tuple[int, Sentence, Any], passage: tuple[int, Sentence, Any],
           chosen: Sequence[Any], links: Sequence[Any], *, conflict: bool) -> list[_Link]:
    aligned = sum(x.found or x.relation == "conflict" for x in links) / max(1, len(links))
    out = []
    for x in chosen:
        ci = _item(claim[2], x.kind, x.check.claim_text)
        pi = _item(passage[2], x.kind, x.check.evidence_text)
        if ci is None or pi is None or not (_absolute(ci, x.kind) and _absolute(pi, x.kind)):
            continue
        ca = claim[1].text.find(ci.text, max(0, ci.start - 2))
        pa = passage[1].text.find(pi.text, max(0, pi.start - 2))
        if ca < 0 or pa < 0:
            continue  # the sentence had invisible characters inside the value
        out.append(_Link((claim[0], ca, ca + len(ci.text)), (passage[0], pa, pa + len(pi.text)),
                         conflict, "quantity" if x.kind == "figure" else "date",
                         x.check.claim_value, x.check.evidence_value, ci.text, pi.text,
                         x.check.reason, aligned, getattr(ci, "head", "") or ""))
    return out


def _groups(found: Sequence[_Link], sentence: Callable[[int], Sentence],
            key: str) -> list[ConflictGroup]:
    """Conflicts sharing a value merge into one group; values agreeing with a member join."""
    joined: Components[_Node] = Components()
    conflicts = [link for link in found if link.conflict]
    value: dict[_Node, tuple[str, str]] = {}
    agree: dict[_Node, set[_Node]] = defaultdict(set)
    for link in found:
        value.setdefault(link.a, (link.text_a, link.value_a))
        value.setdefault(link.b, (link.text_b, link.value_b))
        if not link.conflict:
            agree[link.a].add(link.b)
            agree[link.b].add(link.a)

    def restated(x: _Node, other: _Node) -> bool:
        # a value the other document also states is not disputed by it: the two values
        # in disagreement are then about different things
        return any(sentence(k[0]).source == sentence(other[0]).source for k in agree[x])

    members: dict[_Node, list[_Link]] = defaultdict(list)
    conflicts = [link for link in conflicts
                 if not restated(link.a, link.b) and not restated(link.b, link.a)]
    for link in conflicts:
        joined.join(link.a, link.b)
    for link in conflicts:
        members[joined.root(link.a)].append(link)
    groups = []
    for inside in members.values():
        disputed = {n for link in inside for n in (link.a, link.b)}
        shown = disputed | {k for n in disputed for k in agree.get(n, ())}
        if len({n[0] for n in disputed}) < 2:
            continue
        ordered = sorted(shown, key=lambda n: (sentence(n[0]).source, sentence(n[0]).start,
                                               n[1]))
        statements = tuple(
            Statement(sentence(n[0]), inside[0].kind, value[n][0], value[n][1], n[1], n[2],
                      n in disputed)
            for n in ordered)
        if len({s.sentence.source for s in statements if s.disputed}) < 2:
            continue
        heads = [link.head for link in inside if link.head]
        subject = max(sorted(set(heads)), key=heads.count) if heads else key.split("|")[-1]
        reasons = tuple(link.reason for link in inside)  # one per pair in conflict
        groups.append(ConflictGroup(inside[0].kind, subject, statements,
                                    max(link.confidence for link in inside), reasons))
    return groups


def iter_conflicts(corpus: Any, changed: Collection[str] | None = None,
                   progress: Callable[[int, int], None] | None = None
                   ) -> Iterator[ConflictGroup]:
    """Conflict groups of `corpus` as they are found (block by block). With `changed`
    (sources), only pairs with a sentence of one of those documents are judged."""
    blocks = Blocks(corpus.index, changed, progress)
    sentence = _Sentences(blocks)
    shown: set[tuple[tuple[str, int, int], ...]] = set()
    parallel = corpus.index.sentence_count() >= POOL_FROM
    try:
        for task, results in ordered_map(_judge_task, _tasks(blocks, sentence),
                                         parallel=parallel):
            for (key, _), found in zip(task, results, strict=True):
                if not any(link.conflict for link in found):
                    continue
                for group in _groups(found, sentence, key):
                    ident = tuple(sorted((s.sentence.source, s.sentence.start + s.start,
                                          s.sentence.start + s.end) for s in group.statements))
                    if ident not in shown:
                        shown.add(ident)
                        yield group
    finally:
        blocks.close()


def find_conflicts(corpus: Any, changed: Collection[str] | None = None) -> list[ConflictGroup]:
    """Conflict groups of `corpus`, most confident first."""
    groups = list(iter_conflicts(corpus, changed))
    return sorted(groups, key=lambda g: (-g.confidence, g.statements[0].location))
