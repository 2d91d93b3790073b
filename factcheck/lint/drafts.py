"""Drafts to check: Markdown or plain text → check-worthy sentences with original positions.

Markdown is parsed with markdown-it-py so that headings, code (fenced, indented and
inline), front matter, HTML and link URLs are never checked, while the visible text of
paragraphs (including list items and block quotes) is. Every kept character remembers
its offset in the original file, so a sentence maps back to 1-based line and column.

Suppression comments are found here and read in suppressions.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from ..cache import regex
from .suppressions import DIRECTIVE, DIRECTIVES, suppressed_by_comments


class DraftKind(StrEnum):
    MARKDOWN = "markdown"
    TEXT = "text"


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})

_FRONT_MATTER_CLOSE = regex(r"^(?:---|\.\.\.)[ \t]*$")
_WORD = regex(r"[^\W_](?:[\w'’.-]*\w)?")
_QUOTED = regex(r"\"([^\"]+)\"|“([^”]+)”|«([^»]+)»")
_SPACE_BEFORE_PUNCT = regex(r"\s+([.,;:!?])(?=\s|$)")
_MIN_WORDS = 3
_MIN_QUOTE_WORDS = 3

# General English cues that a sentence states a checkable fact; no corpus-specific words.
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_FACT_VERBS = frozenset(
    """
    is are was were be been being has have had
    said says say told tells stated states announced announces reported reports
    confirmed confirms denied denies claimed claims agreed agrees signed signs
    killed kills died dies wounded injured arrested attacked seized captured
    won wins lost loses beat beats scored scores elected voted votes
    rose rises fell falls increased decreased grew grows earned earns
    launched opened closed built founded owns owned holds held controls controlled
    """.split()
)


@dataclass(frozen=True)
class DraftSentence:
    """One sentence of a draft, with its span in the original (decoded) file text."""

    text: str  # visible text, whitespace collapsed: what is checked
    start: int  # character offset of the first character in the original text
    end: int  # exclusive
    line: int  # 1-based
    column: int  # 1-based, in characters
    end_line: int  # line of the last character
    end_column: int  # column just after the last character (exclusive, as in SARIF)
    check_worthy: bool
    suppressed: bool  # by an inline `factcheck: ignore` / `off` comment

    def quoted_parts(self) -> list[str]:
        """Quoted speech inside the sentence that is long enough to check on its own."""
        return quoted_parts(self.text)


@dataclass(frozen=True)
class Draft:
    """A parsed draft: every sentence found in checkable text, plus warnings."""

    sentences: tuple[DraftSentence, ...]
    warnings: tuple[str, ...] = ()

    def claims(self) -> list[DraftSentence]:
        """The sentences worth checking, suppressed or not, in file order."""
        return [s for s in self.sentences if s.check_worthy]


def kind_for(name: str) -> DraftKind:
    """Markdown for `.md`-like names, plain text for everything else."""
    lower = name.lower()
    dot = lower.rfind(".")
    suffix = lower[dot:] if dot >= 0 else ""
    return DraftKind.MARKDOWN if suffix in MARKDOWN_SUFFIXES else DraftKind.TEXT


def is_check_worthy(sentence: str) -> bool:
    """True for statements that carry a number, a date, a name or a factual verb."""
    text = sentence.strip()
    if text.rstrip("\"'”’») ").endswith("?"):
        return False
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS:
        return False
    if any(ch.isdigit() for ch in text):
        return True
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w in _MONTHS or w in _WEEKDAYS for w in lowered):
        return True
    if any(w[0].isupper() and w != "I" for w in words[1:]):
        return True
    return any(w in _FACT_VERBS for w in lowered)


def quoted_parts(sentence: str) -> list[str]:
    """Quoted passages of at least a few words, in order of appearance."""
    parts = []
    for match in _QUOTED.finditer(sentence):
        part = next(g for g in match.groups() if g is not None).strip(" ,.;:")
        if len(_WORD.findall(part)) >= _MIN_QUOTE_WORDS:
            parts.append(part)
    return parts


def read_draft(text: str, kind: DraftKind = DraftKind.MARKDOWN, *, name: str = "") -> Draft:
    """Split a draft into sentences with positions in `text`, marking suppressions."""
    lines = _LineIndex(text)
    if kind is DraftKind.MARKDOWN:
        blocks, directives = _markdown_blocks(text)
    else:
        blocks, directives = _text_blocks(text)
    warnings = []
    for offset, word in directives:
        if word not in DIRECTIVES:
            line, column = lines.position(offset)
            where = f"{name}:{line}:{column}" if name else f"line {line}"
            warnings.append(
                f"{where}: unknown factcheck directive '{word}' (use ignore, off or on)"
            )
    directives = sorted((o, w) for o, w in directives if w in DIRECTIVES)

    sentences = []
    for block in blocks:
        sentences.extend(_block_sentences(block, lines))
    sentences.sort(key=lambda s: s.start)
    flags = suppressed_by_comments([(s.start, s.check_worthy) for s in sentences], directives)
    marked = zip(sentences, flags, strict=True)
    return Draft(tuple(replace(s, suppressed=True) if f else s for s, f in marked), tuple(warnings))


# --- internals -------------------------------------------------------------------------


class _LineIndex:
    """Offset → 1-based (line, column) in the original text."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.length = len(text)

    def offset(self, line0: int) -> int:
        """Offset of the first character of 0-based line `line0` (or the end)."""
        return self.starts[line0] if line0 < len(self.starts) else self.length

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


@dataclass
class _Block:
    """Checkable text of one paragraph and, per character, its offset in the original."""

    chars: list[str]
    offsets: list[int]

    def add(self, piece: str, offset: int, *, same_offset: bool = False) -> None:
        for i, ch in enumerate(piece):
            self.chars.append(ch)
            self.offsets.append(offset if same_offset else offset + i)


def _block_sentences(block: _Block, lines: _LineIndex) -> list[DraftSentence]:
    from ..corpus.sentences import split_sentences

    text = "".join(block.chars)
    out = []
    for s, e in split_sentences(text):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        # removed markup can leave "at ." behind: tidy the space before punctuation
        visible = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text[s:e].split()))
        start, last = block.offsets[s], block.offsets[e - 1]
        line, column = lines.position(start)
        end_line, end_col = lines.position(last)
        out.append(
            DraftSentence(
                text=visible,
                start=start,
                end=last + 1,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_col + 1,
                check_worthy=is_check_worthy(visible),
                suppressed=False,
            )
        )
    return out


def _text_blocks(text: str) -> tuple[list[_Block], list[tuple[int, str]]]:
    """Plain text: paragraphs separated by blank lines; directive comments are removed."""
    directives = [(m.start(), m.group(1).lower()) for m in DIRECTIVE.finditer(text)]
    hidden = {i for m in DIRECTIVE.finditer(text) for i in range(m.start(), m.end())}
    blocks = []
    for para in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        block = _Block([], [])
        for i in range(para.start(), para.end()):
            if i not in hidden:
                # the splitter treats a line as a block; a wrapped paragraph is one block
                block.add(" " if text[i] in "\r\n" else text[i], i)
        blocks.append(block)
    return blocks, directives


def _front_matter_lines(text: str) -> int:
    """Number of lines taken by YAML front matter at the very top (0 if none)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return 0
    for i in range(1, len(lines)):
        if _FRONT_MATTER_CLOSE.match(lines[i]):
            return i + 1
    return 0


def _markdown_blocks(text: str) -> tuple[list[_Block], list[tuple[int, str]]]:
    from markdown_it import MarkdownIt

    lines = _LineIndex(text)
    skip = _front_matter_lines(text)
    source = "\n" * skip + "\n".join(text.split("\n")[skip:])
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    tokens = md.parse(source)

    blocks: list[_Block] = []
    directives: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        if token.type == "html_block" and token.map:
            region = lines.offset(token.map[0])
            for m in DIRECTIVE.finditer(text, region, lines.offset(token.map[1])):
                directives.append((m.start(), m.group(1).lower()))
        elif token.type == "inline" and token.map and i and tokens[i - 1].type == "paragraph_open":
            start, end = lines.offset(token.map[0]), lines.offset(token.map[1])
            blocks.append(_inline_block(text, start, end, token.children or [], directives))
    return blocks, directives


def _inline_block(
    text: str, cursor: int, end: int, children: list[Any], directives: list[tuple[int, str]]
) -> _Block:
    """Walk inline tokens, finding each in the original text in order (a moving cursor)."""
    block = _Block([], [])
    hidden_depth = 0  # inside an autolink or strikethrough: advance, but keep nothing
    for tok in children:
        kind = tok.type
        if kind == "text":
            at = text.find(tok.content, cursor, end) if tok.content else -1
            if at < 0:
                continue
            if not hidden_depth:
                block.add(tok.content, at)
            cursor = at + len(tok.content)
        elif kind == "text_special":
            at = text.find(tok.markup, cursor, end)
            if at < 0:
                continue
            if not hidden_depth:
                if tok.content == tok.markup:  # a backslash before a letter stays as it is
                    block.add(tok.content, at)
                elif tok.info == "escape" and len(tok.content) == 1:
                    block.add(tok.content, at + len(tok.markup) - 1)
                else:  # an entity: the decoded text sits at the entity's first character
                    block.add(tok.content, at, same_offset=True)
            cursor = at + len(tok.markup)
        elif kind in ("softbreak", "hardbreak"):
            at = text.find("\n", cursor, end)
            if at >= 0:
                block.add(" ", at)
                cursor = at + 1
        elif kind == "code_inline":
            at = text.find(tok.markup, cursor, end)
            if at >= 0:
                close = text.find(tok.markup, at + len(tok.markup), end)
                cursor = close + len(tok.markup) if close >= 0 else at + len(tok.markup)
        elif kind == "html_inline":
            at = text.find(tok.content, cursor, end)
            if at >= 0:
                m = DIRECTIVE.fullmatch(tok.content)
                if m:
                    directives.append((at, m.group(1).lower()))
                cursor = at + len(tok.content)
        elif kind == "link_open":
            if tok.markup == "autolink":
                hidden_depth += 1
        elif kind == "link_close":
            if tok.markup == "autolink":
                hidden_depth -= 1
                close = text.find(">", cursor, end)
                cursor = close + 1 if close >= 0 else cursor
            else:
                cursor = _skip_link_target(text, cursor, end)
        elif kind == "image":
            at = text.find("![", cursor, end)
            if at >= 0:
                label_end = _matching(text, at + 1, end, "[", "]")
                cursor = _skip_link_target(text, label_end, end)
        elif kind == "s_open":
            hidden_depth += 1
        elif kind == "s_close":
            hidden_depth = max(0, hidden_depth - 1)
    return block


def _matching(text: str, at: int, end: int, open_: str, close: str) -> int:
    """Offset just after the bracket that closes the one at `at` (or `at` + 1)."""
    depth = 0
    i = at
    quote = ""
    while i < end:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'" and open_ == "(":
            quote = ch
        elif ch == open_:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return at + 1


def _skip_link_target(text: str, cursor: int, end: int) -> int:
    """After a link's text: skip `](url "title")`, `][ref]` or a bare `]`."""
    close = text.find("]", cursor, end)
    if close < 0:
        return cursor
    nxt = close + 1
    if nxt < end and text[nxt] == "(":
        return _matching(text, nxt, end, "(", ")")
    if nxt < end and text[nxt] == "[":
        return _matching(text, nxt, end, "[", "]")
    return nxt
