"""The words the PostgreSQL index stores and searches: the same tokens SQLite FTS5 makes
with `tokenize='porter unicode61 remove_diacritics 2'` (the SQLite index's tokenizer), so
both back ends match the same words and count the same phrase frequencies for BM25.

unicode61 cuts text into runs of letters and digits (Unicode categories L*, N* and Co),
lower-cased and without diacritics (for characters outside ASCII, FTS5 itself is asked
once per character, so its Unicode tables decide); porter then stems each token of 3 to
64 UTF-8 bytes with the original Porter (1980) algorithm, in the form FTS5 implements it
(measure m, the *o and *v* conditions, the rules of steps 1 to 5). A test compares this
module with FTS5 itself on the seeds and on generated text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ...cache import regex

MAX_STEM_BYTES = 64  # FTS5 passes longer (and shorter than 3 bytes) tokens through
MAX_LEXEME_BYTES = 2000  # PostgreSQL refuses lexemes of 2 KiB; longer tokens are not stored
MAX_POSITION = 16383  # the last position a tsvector keeps

_ASCII_TOKEN = regex(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """The stemmed tokens of `text`, in order, as FTS5 makes them."""
    if text.isascii():
        return [porter(w) for w in _ASCII_TOKEN.findall(text.lower())]
    return [porter(w) for w in _unicode_words(text)]


def _unicode_words(text: str) -> list[str]:
    out: list[str] = []
    word: list[str] = []
    for ch in text:
        kind = _char_kind(ch)
        if kind:
            word.append(kind)
        elif kind == "" and word:
            continue  # a diacritic inside a token: dropped
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


@lru_cache(maxsize=8192)
def _char_kind(ch: str) -> str | None:
    """The folded character for a token character, "" for a combining diacritic (kept
    inside a token, dropped), None for a separator.

    ASCII is decided here; any other character is put to FTS5 itself, once, so its
    Unicode tables (letters, case folding, diacritics) are the ones the SQLite index uses.
    """
    if ch < "\x80":
        return ch.lower() if ch.isalnum() else None
    inside = _unicode61(f"b{ch}b")
    if len(inside) != 1:
        return None
    alone = _unicode61(ch)
    return alone[0] if alone else ""


_PROBE: list = []  # [connection, lock], made on first use


def _unicode61(text: str) -> list[str]:
    """FTS5's unicode61 tokens (remove_diacritics 2, no stemming) of a short text."""
    import sqlite3
    import threading

    if not _PROBE:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text, "
                     "tokenize='unicode61 remove_diacritics 2')")
        conn.execute("CREATE VIRTUAL TABLE probe_v USING fts5vocab(probe, instance)")
        _PROBE.extend([conn, threading.Lock()])
    conn, lock = _PROBE
    with lock:
        conn.execute("INSERT INTO probe(rowid, text) VALUES (1, ?)", (text,))
        found = conn.execute("SELECT term FROM probe_v ORDER BY offset").fetchall()
        conn.execute("DELETE FROM probe")
    return [t[0] for t in found]


@lru_cache(maxsize=1 << 17)
def porter(word: str) -> str:
    """FTS5's porter stemmer on one folded token."""
    size = len(word) if word.isascii() else len(word.encode("utf-8"))
    if size < 3 or size > MAX_STEM_BYTES:
        return word
    if word.isascii():
        return _stem(word)
    # FTS5 stems bytes: a multi-byte character is a run of consonants
    return _stem(word.encode("utf-8").decode("latin-1")).encode("latin-1").decode("utf-8")


def _vowel(c: str, y_is_vowel: bool) -> bool:
    return c in "aeiou" or (y_is_vowel and c == "y")


def _gobble_vc(s: str, prev_consonant: bool) -> int:
    """Past the first vowel-consonant sequence of `s`, or 0 if it has none."""
    consonant = prev_consonant
    i, n = 0, len(s)
    while i < n:
        consonant = not _vowel(s[i], consonant)
        if not consonant:
            break
        i += 1
    i += 1
    while i < n:
        consonant = not _vowel(s[i], consonant)
        if consonant:
            return i + 1
        i += 1
    return 0


def _m_gt0(s: str) -> bool:
    return _gobble_vc(s, False) > 0


def _m_gt1(s: str) -> bool:
    n = _gobble_vc(s, False)
    return n > 0 and _gobble_vc(s[n:], True) > 0


def _m_eq1(s: str) -> bool:
    n = _gobble_vc(s, False)
    return n > 0 and _gobble_vc(s[n:], True) == 0


def _ostar(s: str) -> bool:
    """Ends consonant-vowel-consonant, the last not w, x or y."""
    if not s or s[-1] in "wxy":
        return False
    mask, consonant = 0, False
    for c in s:
        consonant = not _vowel(c, consonant)
        mask = (mask << 1) + consonant
    return mask & 7 == 5


def _has_vowel(s: str) -> bool:
    # as FTS5 has it: y is a vowel anywhere but first
    return any(_vowel(c, i > 0) for i, c in enumerate(s))


def _m_gt1_s_or_t(s: str) -> bool:
    return s[-1:] in ("s", "t") and _m_gt1(s)


Rule = tuple[str, str, Callable[[str], bool]]


def _rules(cond: Callable[[str], bool], pairs: str) -> dict[str, list[Rule]]:
    """Rules by the suffix's last but one letter (FTS5 tries only the first suffix that
    fits, in this order): 'suffix>replacement' separated by spaces."""
    table: dict[str, list[Rule]] = {}
    for pair in pairs.split():
        suffix, repl = pair.split(">")
        rule_cond = _m_gt1_s_or_t if suffix == "ion" else cond
        table.setdefault(suffix[-2], []).append((suffix, repl, rule_cond))
    return table


_STEP2 = _rules(_m_gt0, "ational>ate tional>tion enci>ence anci>ance izer>ize logi>log bli>ble "
                "alli>al entli>ent eli>e ousli>ous ization>ize ation>ate ator>ate alism>al "
                "iveness>ive fulness>ful ousness>ous aliti>al iviti>ive biliti>ble")
_STEP3 = _rules(_m_gt0, "ical>ic ness> icate>ic iciti>ic ful> ative> alize>al")
_STEP4 = _rules(_m_gt1, "al> ance> ence> er> ic> able> ible> ant> ement> ment> ent> ion> "
                "ou> ism> ate> iti> ous> ive> ize>")


def _apply(word: str, table: dict[str, list[Rule]]) -> str:
    if len(word) < 2:
        return word
    for suffix, repl, cond in table.get(word[-2], ()):
        if len(word) > len(suffix) and word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + repl if cond(stem) else word
    return word


def _stem(w: str) -> str:
    # step 1a: plurals
    if w[-1] == "s":
        if w[-2] == "e":
            if (len(w) > 4 and w[-4:-2] == "ss") or (len(w) > 3 and w[-3] == "i"):
                w = w[:-2]
            else:
                w = w[:-1]
        elif w[-2] != "s":
            w = w[:-1]
    # step 1b: -eed, -ed, -ing
    cut = False
    if len(w) >= 2:
        if w[-2] == "e":
            if len(w) > 3 and w.endswith("eed"):
                if _m_gt0(w[:-3]):
                    w = w[:-1]
            elif len(w) > 2 and w.endswith("ed") and _has_vowel(w[:-2]):
                w, cut = w[:-2], True
        elif w[-2] == "n" and len(w) > 3 and w.endswith("ing") and _has_vowel(w[:-3]):
            w, cut = w[:-3], True
    if cut:
        if len(w) > 2 and w[-2:] in ("at", "bl", "iz"):
            w += "e"
        else:
            c = w[-1]
            if len(w) >= 2 and not _vowel(c, False) and c not in "lsz" and c == w[-2]:
                w = w[:-1]
            elif _m_eq1(w) and _ostar(w):
                w += "e"
    # step 1c
    if w[-1] == "y" and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    w = _apply(_apply(_apply(w, _STEP2), _STEP3), _STEP4)
    # step 5
    if w[-1] == "e" and (_m_gt1(w[:-1]) or (_m_eq1(w[:-1]) and not _ostar(w[:-1]))):
        w = w[:-1]
    if len(w) > 1 and w[-1] == "l" and w[-2] == "l" and _m_gt1(w[:-1]):
        w = w[:-1]
    return w


def tsvector_literal(stems: list[str]) -> str:
    """A tsvector's text form: each lexeme with its 1-based positions."""
    positions: dict[str, list[str]] = {}
    for i, lexeme in enumerate(stems, 1):
        positions.setdefault(lexeme, []).append(str(min(i, MAX_POSITION)))
    return " ".join(
        f"'{_quoted(lexeme)}':{','.join(pos)}"
        for lexeme, pos in positions.items()
        if len(lexeme) < 500 or len(lexeme.encode("utf-8")) < MAX_LEXEME_BYTES
    )


def _quoted(lexeme: str) -> str:
    if "'" in lexeme or "\\" in lexeme:
        return lexeme.replace("\\", "\\\\").replace("'", "''")
    return lexeme
