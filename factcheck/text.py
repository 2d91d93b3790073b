"""Matching normalisation: what two texts look like when we decide whether they match.

Display and offsets always use the original text; these forms are only for matching.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .cache import regex

_PUNCT_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
        "\u0131": "i",  # dotless i has no decomposition
        "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0142": "l",
        "\u0111": "d",
    }
)

_WORD = regex(r"[a-z0-9]+(?:[.,][0-9]+)*")

# Unicode's Default_Ignorable_Code_Point characters (DerivedCoreProperties.txt): invisible
# unless a renderer supports them. Inside a word or figure they change what is read
# ("1\u200b2" would be 1 and 2), so matching drops them: the soft hyphen, the zero-width
# space, non-joiner and joiner, LRM/RLM/ALM and the other bidi embeddings, overrides and
# isolates, the word joiner and invisible operators, the byte order mark, variation
# selectors, Hangul fillers, Mongolian selectors, tags.
_INVISIBLE = regex(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)


def strip_invisible(text: str) -> str:
    """`text` without invisible characters (zero-width, soft hyphen, bidi marks, BOM...)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


def without_invisible(text: str) -> tuple[str, list[int]] | None:
    """None if `text` has no invisible character; else the text without them and, for each
    of its offsets 0..len, the offset in `text` it came from (so spans can be mapped back)."""
    if text.isascii() or not _INVISIBLE.search(text):
        return None
    kept = [i for i, ch in enumerate(text) if not _INVISIBLE.match(ch)]
    return "".join(text[i] for i in kept), kept + [len(text)]


def span_in_original(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the stripped text (see `without_invisible`) as a span of the original:
    invisible characters inside it are included, those around it are not."""
    return offsets[start], (offsets[end - 1] + 1 if end > start else offsets[start])


STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don won didn doesn isn wasn weren aren
    hasn haven hadn shouldn wouldn couldn mr mrs ms dr said says say told according
    one another every many much may might must shall upon via per yet still even ever
    already including include includes among amid get gets got gotten getting
    able""".split()  # "is able to" is "can"
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Invisible characters dropped, NFKC, ASCII quotes and dashes, diacritics removed,
    lower case."""
    if text.isascii():  # NFKC, NFKD and the diacritics leave ASCII as it is
        return text.translate(_PUNCT_MAP).lower()
    text = unicodedata.normalize("NFKC", strip_invisible(text)).translate(_PUNCT_MAP)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


def fold_keep_length(text: str) -> str:
    """Like `fold`, but one output character per input character, so offsets survive."""
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f[0] if len(f) >= 1 else " ")
    return "".join(out)


def words(text: str) -> list[str]:
    """Folded word tokens (numbers keep their separators: 1,800 and 3.7)."""
    return _WORD.findall(fold(text))


# irregular past forms → base, so "fled" meets "fleeing" and "met" meets "meeting"
IRREGULAR = {
    "fled": "flee", "met": "meet", "took": "take", "taken": "take", "shot": "shoot",
    "held": "hold", "began": "begin", "begun": "begin", "won": "win", "lost": "lose",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "sold": "sell",
    "bought": "buy", "left": "leave", "led": "lead", "made": "make", "went": "go",
    "gone": "go", "came": "come", "saw": "see", "seen": "see", "gave": "give",
    "given": "give", "told": "tell", "said": "say", "paid": "pay", "built": "build",
    "sent": "send", "spent": "spend", "struck": "strike", "fought": "fight",
    "brought": "bring", "thought": "think", "kept": "keep", "found": "find",
    "stood": "stand", "drove": "drive", "driven": "drive", "wrote": "write",
    "written": "write", "broke": "break", "broken": "break", "chose": "choose",
    "chosen": "choose", "grew": "grow", "grown": "grow", "knew": "know", "known": "know",
    "ran": "run", "hit": "hit", "set": "set", "put": "put", "cut": "cut", "beat": "beat",
    "beaten": "beat", "flew": "fly", "flown": "fly", "threw": "throw", "thrown": "throw",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overtook": "overtake",
    "shrank": "shrink", "shrunk": "shrink", "sank": "sink", "sunk": "sink",
    "spoke": "speak", "spoken": "speak", "hid": "hide", "hidden": "hide",
    "forbade": "forbid", "forbidden": "forbid", "swore": "swear", "sworn": "swear",
    "died": "die", "dying": "die", "killed": "kill",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: enough to match plurals and common verb endings."""
    word = IRREGULAR.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, repl in (
        ("ies", "y"), ("sses", "ss"), ("ied", "y"), ("ing", ""), ("ed", ""),
        ("es", ""), ("s", ""), ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix == "es" and not word.endswith(("ches", "shes", "xes", "sses", "zes")):
                word = word[:-1]
                break
            word = word[: len(word) - len(suffix)] + repl
            # "beginning" and "planned" double the consonant that "begin" and "plan" end in
            if suffix in ("ing", "ed") and len(word) >= 4 and word[-1] == word[-2] \
                    and word[-1] in "bdgmnprt":
                word = word[:-1]
            break
    # "close", "closed" and "closing" all become "clos"; "agree" and "agreed" "agr"
    if len(word) > 3 and word.endswith("e"):
        word = word.rstrip("e")
    return word


def content_words(text: str) -> list[str]:
    """Folded tokens that carry meaning: no stop words, no one-letter tokens."""
    return [w for w in words(text) if w not in STOP_WORDS and len(w) > 1]


def content_stems(text: str) -> list[str]:
    """Stems of the content words, in order."""
    return [stem(w) for w in content_words(text)]
