"""Text from the corpus, drafts and file names made safe to print in the human formats.

A source file can hold ANSI escape sequences (clear the screen, set the window title,
hide text) and a file name can hold a newline; printed raw they act on the reader's
terminal or forge output lines. The text and table formats, lint's human output and the
messages on stderr show them as escapes instead; JSON escapes by itself.
"""

from __future__ import annotations

import re

from ..cache import regex

# C0 and C1 controls and DEL; line and paragraph separators; the bidi embeddings,
# overrides and isolates, which reorder what a terminal shows
_UNSAFE = regex("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters shown as escapes (`\\x1b`, `\\n`, `\\u202e`)."""
    return _UNSAFE.sub(_escape, text)
