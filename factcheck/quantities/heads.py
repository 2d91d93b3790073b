"""Head phrases: the noun phrase a quantity counts, and whether two of them name the same thing.

``head_at`` reads the phrase after a number ("12 observation posts in ..." ->
"observation posts") with general English cues only: function words,
participles, common irregular verbs and the first plural noun end it.
``heads_related`` is the comparer's test, exposed for the verdict engine.
"""

from __future__ import annotations

import re

from ..cache import regex
from . import numbers

_HEAD_WORD_RE = regex(r"[ \t\u00a0]+([A-Za-z][A-Za-z'’-]*)")
_PARTITIVE_RE = regex(
    r"[ \t\u00a0]+of(?:[ \t\u00a0]+(?P<d>the|these|those|its|their|his|her|our|them|us|whom"
    r"|which|it|all))?(?=[\s,.;:]|$)",
    re.IGNORECASE,
)
# a noun joined to the number by a hyphen, the compound's last part ("five-storey",
# "310-page"; not "10-year-old", "2-1")
_COMPOUND_RE = regex(r"-([A-Za-z]{2,})(?![\w-])")
_PARTITIVE_NUMBER_RE = regex(r"[ \t\u00a0]+\d[\d,.]*(?=[ \t\u00a0])")
HEAD_STOP = frozenset(
    """a an the and or but nor not no of in on at to from by with for into onto during after
    before since until over under about around between against across through per than as
    who whom whose which that what when where while why how if because so then now also only
    just still even yet all both each every either neither more most less least many much
    few some any other another such own same is are was were be been being am has have had
    do does did will would shall should can could may might must said says say told according
    he she it they we i you me him her us them his its their our your my this these those
    there here ago later earlier apiece each out up down off away back again already almost
    nearly about very too well instead including among amid despite within without toward
    towards along upon near next last first whereas plus minus times old long apart ahead
    high tall deep wide thick heavy away
    later north south east west northeast northwest southeast southwest above below higher
    lower bigger smaller larger greater fewer overall annually respectively altogether
    apiece""".split()
)
# Plural words that commonly modify another noun ("sports cars", "arms deals").
_PLURAL_MODIFIERS = frozenset("sports arms news savings goods customs series species".split())
# Common irregular verbs that follow a count as its predicate ("12 runners fell").
_VERBS = frozenset(
    """fell went came ran won lost left met saw rose fled fought began became held kept sent
    spent stood told thought brought bought caught paid led built hit cut put set struck
    flew grew drew knew threw broke spoke wrote drove rode sank got took made gave remain
    remains live lives die dies face faces need needs""".split()
)
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december".split()
)


def head_at(text: str, pos: int) -> str:
    """Read the noun phrase a quantity counts, starting right after it ("" if none)."""
    compound = _COMPOUND_RE.match(text, pos)
    if compound:
        # "a five-storey hotel", "a 310-page memoir": the noun joined on is what is counted
        low = compound.group(1).lower()
        ends_phrase = low in HEAD_STOP or low in _VERBS or low in numbers.NUMBER_WORDS
        return "" if ends_phrase else _strip_possessive(low)
    pm = _PARTITIVE_RE.match(text, pos)
    if pm:
        if (pm.group("d") or "").lower() in ("them", "us", "whom", "which", "it", "all"):
            return ""
        pos = pm.end()
        # "23 of the 80 seats": the part counts what the whole counts
        nm = _PARTITIVE_NUMBER_RE.match(text, pos)
        if nm and pm.group("d"):
            pos = nm.end()
    words: list[str] = []
    while len(words) < 4:
        wm = _HEAD_WORD_RE.match(text, pos)
        if wm is None:
            break
        word = wm.group(1)
        low = word.lower().strip("'’-")
        if low in ("and", "or") and words and not _plural(words[-1].lower()):
            # "400 propaganda and training films": coordinated modifiers share the
            # noun; taken only when the continuation ends in a plural noun.
            rest = _continuation(text, wm.end())
            if rest:
                words.extend([word, *rest])
            break
        if (low in HEAD_STOP or low in _VERBS or low in numbers.NUMBER_WORDS
                or low in _MONTH_WORDS):
            break
        if word[0].isupper() and words and not words[-1][0].isupper():
            break  # a proper noun after a common noun starts a new phrase
        if low.endswith(("ed", "ing", "ly")):
            # Participles and adverbs end the phrase ("17 killed", "posts surrounded"),
            # unless they open it as an adjective ("12 armed men").
            nxt = _HEAD_WORD_RE.match(text, wm.end())
            nlow = nxt.group(1).lower() if nxt else ""
            if words or not nlow or nlow in HEAD_STOP or nlow.endswith(("ed", "ing", "ly")):
                break
            if low.endswith("ly"):
                pos = wm.end()  # an adverb inside the phrase is not what is counted
                continue
        words.append(word)
        pos = wm.end()
        if _plural(low) and low not in _PLURAL_MODIFIERS:
            break  # a plural noun ends the phrase: "runners fell", "posts remain"
    return " ".join(_strip_possessive(w.lower()) for w in words)


def _continuation(text: str, pos: int) -> list[str]:
    """Up to three plain words after "and"/"or" that end in a plural noun, else []."""
    words: list[str] = []
    while len(words) < 3:
        wm = _HEAD_WORD_RE.match(text, pos)
        if wm is None:
            return []
        low = wm.group(1).lower()
        if low in HEAD_STOP or low in _VERBS or low.endswith("ly"):
            return []
        words.append(wm.group(1))
        pos = wm.end()
        if _plural(low):
            return words
    return []


_IRREGULAR_PLURALS = frozenset(
    "men women children people personnel police staff cattle feet teeth mice geese".split()
)


def _plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_HEAD_STOP = frozenset(
    "a an the of and or in on at to for with by from its their his her our new more other".split()
)
_IRREGULAR = {"people": "person", "persons": "person", "men": "man", "women": "woman",
              "children": "child", "feet": "foot", "mice": "mouse", "geese": "goose",
              "teeth": "tooth", "lives": "life", "wives": "wife", "knives": "knife",
              "individuals": "person", "individual": "person"}
# A few general English near-synonyms for the things news counts.
_SYNONYMS = {"troop": "soldier", "serviceman": "soldier", "servicemen": "soldier",
             "personnel": "soldier",
             "fatality": "death", "nation": "country", "kid": "child"}
_WORD_RE = regex(r"[a-z]+")


def stem(word: str) -> str:
    """Light stemming: lower case, irregular plurals, then -ies/-es/-s ("refugees" -> "refugee")."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return _SYNONYMS.get(w, w)


def head_words(head: str) -> list[str]:
    """Content words of a head phrase, stemmed, in order."""
    return [stem(w) for w in _WORD_RE.findall(head.lower()) if w not in _HEAD_STOP]


def heads_related(a: str, b: str) -> bool:
    """True when two head phrases can count the same thing.

    The last word of a noun phrase names what is counted, so it carries the
    decision: the heads are related when either one's last content word occurs
    in the other ("soldiers" ~ "turkish soldiers", "syrian refugees" ~
    "syrians"), and unrelated when they only share a modifier ("turkish
    soldiers" vs "turkish civilians").
    """
    wa, wb = head_words(a), head_words(b)
    if not wa or not wb:
        return False
    return wa[-1] in wb or wb[-1] in wa
