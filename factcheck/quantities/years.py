"""Which bare four-digit numbers are years: the one rule shared by dates and quantities.

"in 2016", "the 2018 accord", "2015 was" are years; "2000 people", "more than
1500 fans" are counts. Dates read the years; quantities never see them.
"""

from __future__ import annotations

from ..cache import regex

# A bare four-digit number is a year after one of these words ...
_YEAR_CUE_BEFORE_RE = regex(
    r"(?:\b(?i:in|since|by|from|until|till|through|throughout|before|after|during|early|late"
    r"|mid|circa|year|fiscal|fy|summer|winter|spring|autumn|season|calendar)\s*-?|'|’)\s*$"
)
# "the treaty of 1648", "the summer of 2016": a named thing of a year.
_THE_X_OF_RE = regex(r"\b(?i:the)\s+[A-Za-z]+\s+of\s+$")
_WORD_AFTER_RE = regex(r"(?:'s|’s)|\s+([A-Za-z][\w'’-]*)(\s+\d{4}\b)?")
_HEDGE_BEFORE_RE = regex(
    r"\b(?i:more\s+than|over|above|at\s+least|fewer\s+than|less\s+than|under|below|up\s+to"
    r"|about|around|roughly|approximately|some|nearly|almost|estimated|exceeding|another|total\s+of)"
    r"\s+$"
)
_ARTICLE_BEFORE_RE = regex(r"\b(?i:a|an)\s+$")
_DETERMINER_BEFORE_RE = regex(
    r"\b(?i:the|its|their|his|her|our|this|that|last|next|each)\s+$"
)
# ... or before a singular verb: "2000 were killed" counts people, "2015 was" names a year.
_YEAR_VERBS = frozenset(
    "was is has had will would saw marked became brought began ended proved remains remained"
    .split()
)
# ... or before a noun that years commonly modify ("the 2016 election").
YEAR_NOUNS = frozenset(
    """election elections season budget deal agreement accord census report survey olympics
    games cup final finals summit war crisis campaign championship championships tournament
    law act vote referendum edition model version series film album levels level figures
    figure data study plan treaty protests uprising revolution invasion attack attacks
    earthquake floods general presidential parliamentary local world ceasefire memorandum
    talks estimate estimates peak record quarter fiscal financial calendar tax spending
    results prices contract and or to onwards onward compared when until alone""".split()
)


def is_year_at(text: str, start: int, end: int) -> bool:
    """Decide whether the bare four-digit number text[start:end] is used as a year."""
    value = int(text[start:end])
    if not 1000 <= value <= 2100:
        return False
    before = text[max(0, start - 16) : start]
    if _HEDGE_BEFORE_RE.search(before):
        return False
    if _YEAR_CUE_BEFORE_RE.search(before) or _THE_X_OF_RE.search(
        text, max(0, start - 30), start
    ):
        return True
    m = _WORD_AFTER_RE.match(text, end)
    if m is None:
        return True  # punctuation or the end follows: "... in the year 2016." / "2016,"
    word = m.group(1)
    if word is None:
        return True  # "2016's"
    if word[0].isupper():
        return True
    if _DETERMINER_BEFORE_RE.search(before):
        return True  # "the 2018 cease-fire", "its 2019 budget": a year modifying a noun
    word = word.lower().replace("-", "")
    if word in _YEAR_VERBS:
        return True  # "2015 was the year", "1648 saw the end": a year as the subject
    if _ARTICLE_BEFORE_RE.search(before) and not word.endswith("s"):
        return True  # "a 2007 drama": "a" cannot count 2,007 of a singular noun
    if word in ("and", "or", "to") and m.group(2):
        other = int(m.group(2))
        return 1000 <= other <= 2100 and other > value
    return word in YEAR_NOUNS and word not in ("and", "or", "to")
