"""What one sentence states, read once: its words with their base forms and likely parts
of speech, the names it gives, its figures, dates and times, what it negates, whether it
states anything at all, and who it says said it.

A claim and every passage are read by the same function, `read_statement`, so the
aligner compares like with like and no later step goes back to the raw text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ..cache import regex
from ..lexicon import wordnet
from ..text import fold, strip_invisible
from . import asides, marking
from .mood import mark_mood
from .negation import mark_negation
from .units import Name, Statement, Word, lemmas_of
from .words import (
    CALENDAR,
    COMPARATIVES,
    FUNCTION_WORDS,
    MEASURE_ADJECTIVES,
    NEGATIONS,
    SUPERLATIVES,
)

__all__ = ["Name", "Statement", "Word", "read_names", "read_statement", "tokens"]

# the figures, dates and times of a sentence that are aligned: a claim of thousands of
# figures is no claim, and pairing them all would be quadratic
MAX_ITEMS = 64
# a word: letters (any script) with inner apostrophes; an initialism with dots ("U.S.");
# a number with its separators
_TOKEN = regex(
    r"(?:[A-Za-z]\.){2,}|[^\W\d_](?:[\w'\u2019]*[^\W_])?|\d(?:[\d,.]*\d)?"
)
# a run of words joined by dots, read whole from its start and never backtracked into (a
# long dotted run costs one pass); a web address when it ends in a lower-case domain
# ("kestrel.co.uk"): one name, so its "co" or a closing "no" is no word of the sentence
_DOTTED = regex(r"(?<![\w.-])[A-Za-z][\w-]*+(?:\.[\w-]++)++")
_DOMAIN = regex(r"[a-z]{2,6}")


# contractions written without their apostrophe ("dont", "werent"), as informal copy
# and text with its punctuation stripped have them; only those that are no other word
# ("wont", "cant", "hell" and "were" are)
_BARE_CONTRACTIONS = {bare.replace("'", ""): bare for bare in """don't doesn't didn't isn't
    aren't wasn't weren't haven't hasn't hadn't wouldn't couldn't shouldn't mustn't
    needn't ain't you're they're we've you've they've i've""".split()}


def _fold_token(raw: str) -> tuple[str, bool]:
    folded = fold(raw).replace("\u2019", "'")
    folded = _BARE_CONTRACTIONS.get(folded, folded)
    possessive = folded.endswith("'s") or folded.endswith("s'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    elif folded.endswith("s'"):
        folded = folded[:-1]
    if "." in folded and not folded[:1].isdigit():
        folded = folded.replace(".", "")
    return folded, possessive


def tokens(text: str) -> list[tuple[str, str, int, int, bool]]:
    """(as written, folded, start, end, possessive) for every word and number."""
    out = []
    addresses = _addresses(text)
    for m in _TOKEN.finditer(text):
        if addresses and any(a <= m.start() < b for a, b in addresses):
            continue  # a piece of a web address, read whole below
        raw = m.group(0)
        folded, possessive = _fold_token(raw)
        if not folded:
            continue
        if folded.endswith("n't") and len(folded) > 3:
            # "didn't" -> "did" + "n't", so the negation is a word of its own
            cut = m.start() + len(raw) - (3 if raw[-2:-1] in ("'", "\u2019") else 2)
            out.append((raw[: cut - m.start()], folded[:-3], m.start(), cut, False))
            out.append((raw[cut - m.start() :], "n't", cut, m.end(), False))
        else:
            out.append((raw, folded, m.start(), m.end(), possessive))
    if addresses:
        out.extend((text[a:b], _fold_token(text[a:b])[0], a, b, False) for a, b in addresses)
        out.sort(key=lambda tok: tok[2])
    return _hyphenated(out, text)


def _addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the web addresses in `text`: a dotted run whose last part is a
    lower-case domain of two to six letters, its first part two characters or more."""
    if "." not in text:
        return []
    out = []
    for m in _DOTTED.finditer(text):
        parts = m.group(0).split(".")
        if len(parts[0]) >= 2 and _DOMAIN.fullmatch(parts[-1]):
            out.append(m.span())
    return out


def _hyphenated(found: list[tuple[str, str, int, int, bool]], text: str
                ) -> list[tuple[str, str, int, int, bool]]:
    """Two words joined by a hyphen are one where English has the compound: "three-way",
    "cease-fire" (WordNet's lemmas); "Russian-regime" stays two words."""
    out: list[tuple[str, str, int, int, bool]] = []
    for tok in found:
        if out and tok[2] == out[-1][3] + 1 and text[out[-1][3]] == "-" and \
                out[-1][1].isalpha() and tok[1].isalpha():
            joined = f"{out[-1][1]}-{tok[1]}"
            if wordnet.pos_of(joined):
                prev = out.pop()
                out.append((text[prev[2] : tok[3]], joined, prev[2], tok[3], tok[4]))
                continue
        out.append(tok)
    return out


@lru_cache(maxsize=4096)
def read_statement(text: str, doc_date: Any = None, *, first_word_is_name: bool | None = None,
                   known_names: frozenset[str] = frozenset()) -> Statement:
    """Read one sentence. `first_word_is_name` settles a capitalised first word (how the
    sources write it decides; None: a name if a capitalised word follows it, or if it is
    one of `known_names`, the folded words of the claim's names)."""
    text = strip_invisible(text)  # "inter\u00adnational" is one word
    from ..quantities.dates import extract_dates
    from ..quantities.quantities import extract_quantities
    from ..quantities.times import extract_times

    question = _is_question(text)
    times = tuple(extract_times(text))
    quantities = marking.carry_units(
        tuple(q for q in extract_quantities(text) if marking.is_figure(text, q)
              and not any(t.start <= q.start and q.end <= t.end for t in times)), text)
    dates = tuple(d for d in extract_dates(text, doc_date)
                  if d.resolved or d.names_weekday or d.period is not None)
    quantities, dates, times = (quantities[:MAX_ITEMS], dates[:MAX_ITEMS], times[:MAX_ITEMS])
    spans = sorted([(q.start, q.end) for q in quantities] + [(d.start, d.end) for d in dates]
                   + [(t.start, t.end) for t in times])
    span_starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end so far

    def in_figure(start: int, end: int) -> bool:
        k = bisect_right(span_starts, start) - 1
        return k >= 0 and reach[k] >= end

    raw = tokens(text)
    words: list[Word] = []
    for i, (written, folded, start, end, possessive) in enumerate(raw):
        # "U.S.", "UN": an initialism is a name, whatever its letters spell ("AND" is not)
        initialism = ("." in written and written.replace(".", "").isupper()) or written == "US"
        content = (
            folded[:1].isalpha()
            and len(folded) > 1
            and (initialism or folded not in FUNCTION_WORDS
                 or (folded in COMPARATIVES and _compares(raw, i, in_figure))
                 or (folded in SUPERLATIVES and _superlative(raw, i, text)))
            and folded not in NEGATIONS
            and folded not in CALENDAR
            and not in_figure(start, end)
        )
        words.append(Word(i, written, folded, start, end, written[:1].isupper(),
                          lemmas_of(folded), content, possessive=possessive))
    words = marking.measure_words(words, spans + _head_spans(quantities, text), text)
    words = marking.compounds(words)
    words = marking.parts_of_speech(words)
    words = marking.particles(words)
    words = marking.phrasal_verbs(words, text)
    words = mark_negation(words, text)
    words = mark_mood(words, text)
    aside = asides.aside(words, text)
    verb = marking.main_verb(words, text, aside)
    words = marking.adjuncts(words, text, verb)
    words = asides.details(words, text, verb, aside)
    if first_word_is_name is None and words and words[0].folded in known_names:
        first_word_is_name = True
    names = marking.find_names(words, text, first_word_is_name)
    if names:
        names = _names_and_figures(names, words, text, quantities, dates, in_figure)
    # a currency's name belongs to its figure ("30 million Australian dollars")
    names = tuple(n for n in names if not any(
        q.start <= words[n.first].start and words[n.last].end <= q.end for q in quantities))
    if names:
        # a number inside a name ("Fox 2000 Pictures") is neither a figure nor a date
        inside = [(words[n.first].start, words[n.last].end) for n in names]
        quantities = tuple(q for q in quantities
                           if not any(a <= q.start and q.end <= b for a, b in inside))
        dates = tuple(d for d in dates if not any(a <= d.start and d.end <= b
                                                   for a, b in inside))
    from ..quantities.lifespans import life_dates

    return Statement(text, tuple(words), names, quantities, dates, times, question,
                     _speaker(text), life_dates(text), verb)


def _compares(raw: list[Any], i: int, in_figure: Any) -> bool:
    """"more" at i states a comparison: "than" and a word follow, not an amount ("more
    than expected"; "more than 200" and "more than # 200" are hedges of a figure), and
    no figure goes before ("6.2% more than in 2019" says which way the figure goes); or
    it makes the word after it a comparative ("more likely than men", "less money
    than")."""
    if i + 3 < len(raw) and raw[i + 1][1][:1].isalpha() and raw[i + 2][1] == "than" and \
            not in_figure(raw[i + 3][2], raw[i + 3][3]):
        return True
    if i + 2 >= len(raw) or raw[i + 1][1] != "than":
        return False
    if i and in_figure(raw[i - 1][2], raw[i - 1][3]):
        return False
    after = raw[i + 2]
    return after[1][:1].isalpha() and not in_figure(after[2], after[3])


def _superlative(raw: list[Any], i: int, text: str) -> bool:
    """"most" at i makes a superlative: after "the" or a possessive, and before a word it
    describes or counts ("the most-watched final", "its most popular ferry", "the most
    goals"), not "most of the crew" or "the most since 2010"."""
    if i == 0 or i + 1 >= len(raw):
        return False
    before, after = raw[i - 1], raw[i + 1]
    if not (before[1] == "the" or before[4] or before[1] in ("its", "his", "her", "their")):
        return False
    return text[raw[i][3] : after[2]] == "-" or (
        after[1] not in FUNCTION_WORDS and after[1][:1].isalpha())


def _names_and_figures(names: tuple[Name, ...], words: list[Word], text: str,
                       quantities: tuple[Any, ...], dates: tuple[Any, ...],
                       in_figure: Any) -> tuple[Name, ...]:
    """Where a name meets a figure. A spelled number that opens a sentence is no part of
    the name after it ("Thirty-one Danish ferries"; "the Six Nations" is a name); a bare
    number right after a name, counting nothing (no head, or a verb after it) and not
    followed by another name, is part of it ("Skyrunner 2 was released", "Skyrunner 2
    sold 8,000", "Apollo 11")."""
    out = []
    for name in names:
        first = name.first
        if first == 0 and first < name.last and in_figure(words[0].start, words[0].end):
            first = 1  # capitalised only because it opens the sentence
        last = name.last
        after = words[last + 1] if last + 1 < len(words) else None
        if after is not None and after.folded.isdigit() and \
                text[words[last].end : after.start] == " " and \
                not any(d.start <= after.start < d.end for d in dates) and \
                (text[after.end : after.end + 2] in ("'s", "\u2019s") or any(
                    q.start == after.start and q.end == after.end and q.unit is None
                    and (not q.head or (after.index + 1 < len(words)
                                        and marking.past_form(words[after.index + 1])))
                    for q in quantities)) and \
                not (after.index + 1 < len(words) and words[after.index + 1].capitalised):
            last = after.index
        if (first, last) == (name.first, name.last):
            out.append(name)
            continue
        out.append(marking.name_of(words[first : last + 1], text) or name)
    return tuple(out)


@lru_cache(maxsize=4096)
def read_names(text: str, known_names: frozenset[str] = frozenset()) -> tuple[Name, ...]:
    """Only the names of a sentence (for the sentences around a passage); a capitalised
    first word is a name when it is one of `known_names` (as in read_statement)."""
    text = strip_invisible(text)
    words = [Word(i, written, folded, start, end, written[:1].isupper(), frozenset(), False)
             for i, (written, folded, start, end, _) in enumerate(tokens(text))]
    first = True if words and words[0].folded in known_names else None
    return marking.find_names(words, text, first)


def _is_question(text: str) -> bool:
    # a quoted question may end with the sentence's own full stop: '"Is it safe?".'
    stripped = text.strip().rstrip("\"'\u201d\u2019 ).")
    return stripped.endswith("?") or bool(re.match(r"\s*Q\s*[:.]", text))


_SPEAKER = regex(
    r"(?:,|\u201d|\")\s*(?:(?:said|says|told\s+\w+|added|adds)\s+(?P<n1>[^,.;]{2,60}?)"
    r"|(?P<n2>[^,.;\"\u201c\u201d]{2,60}?)\s+(?:said|says|added|adds|told\s+\w+))\s*[.]?\s*$"
    r"|^\s*(?i:according\s+to)\s+(?P<n3>[^,]{2,60}),"
    r"|,\s*(?i:according\s+to)\s+(?P<n4>[^,.;]{2,60})[.]?\s*$"
    r"|^\s*(?P<n5>(?:[A-Z][\w'\u2019.-]*\s+){0,4}[A-Z][\w'\u2019.-]*)\s+"
    r"(?:said|says|told|added|insisted|warned|claimed|stated)\b"
)


def _speaker(text: str) -> str:
    """Who a sentence says said it: '..., Smith said.', 'According to the BBC, ...'."""
    m = _SPEAKER.search(text)
    if not m:
        return ""
    who = next(g for g in (m.group("n1"), m.group("n2"), m.group("n3"), m.group("n4"),
                           m.group("n5")) if g)
    return who.strip(" \"'\u201c\u201d")


def _head_spans(quantities: Any, text: str) -> list[tuple[int, int]]:
    """A figure with the thing it counts written after it ("40 metres"): a measure word
    may follow the thing ("40 metres long")."""
    out = []
    for q in quantities:
        head = getattr(q, "head", "")
        end = q.end + len(head) + 1
        after = text[end:].split(maxsplit=1)
        if head and text[q.end : end].strip().lower() == head.lower() and after and \
                after[0].strip(".,;:").lower() in MEASURE_ADJECTIVES:
            out.append((q.start, end))
    return out

