"""Passes over a sentence's words, each marking one thing the aligner needs: which words
belong to a figure ("29 years old"), which ordinal opens a fixed phrase ("first lady"),
the part of speech a word has where it stands, which words are circumstances ("in the
harbour strike"), and which runs of capitals are names. What a negation governs is
negation.py's pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..cache import regex
from ..lexicon import wordnet
from .negation import CLAUSE_GAP
from .units import Name, Word
from .words import (
    ADVERB_PARTICLES,
    AUXILIARIES,
    CALENDAR,
    DETERMINERS,
    FUNCTION_WORDS,
    MEASURE_WORDS,
    MODALS,
    MOVING_VERBS,
    NAME_LINKERS,
    NEGATIONS,
    ORDINAL_WORDS,
    PRONOUNS,
    TITLES,
)

# "a second" before a word that is not a preposition, a conjunction or the sentence's end
# is the ordinal ("a second straight session", "a second term"), not one second
_SECOND_AS_ORDINAL = regex(
    r"\s+(?!(?:or|and|but|to|of|for|in|on|at|after|before|later|ago|longer|too|than)\b)"
    r"[A-Za-z]")


def is_figure(text: str, q: Any) -> bool:
    """A number that ends a name ("Apollo 11") or a number word joined to a noun by a
    hyphen ("a three-way summit") counts nothing; nor does "first" in "first lady"."""
    if q.dimension == "ordinal" and re.split(r"[\s-]", q.text)[-1].lower() in ORDINAL_WORDS:
        return False  # "first", "second": read as words (see lexical.ORDINALS)
    if q.dimension == "duration" and re.match(r"\s+ago\b", text[q.end :]):
        return False  # "two days ago" dates an event, it does not measure one
    if q.dimension == "duration" and q.text.lower() in ("a second", "one second") and \
            _SECOND_AS_ORDINAL.match(text, q.end):
        return False  # "for a second straight session": the ordinal, read as a word
    if q.head or q.hedge or q.dimension != "count":
        return True
    if q.text.isdigit() and re.search(r"\S\s+[A-Z][\w'\u2019-]*\s+$",
                                      text[max(0, q.start - 40) : q.start]):
        return False
    if not q.text[:1].isdigit() and text[q.end : q.end + 1] == "-" \
            and text[q.end + 1 : q.end + 2].isalpha():
        return False
    return True


def compounds(words: list[Word]) -> list[Word]:
    """An ordinal that opens a fixed phrase ("first lady", "second world war") is part of
    the phrase, not a rank to compare."""
    from .lexical import ORDINALS

    out = list(words)
    for k, w in enumerate(words[:-1]):
        if w.folded not in ORDINALS:
            continue
        two = f"{w.folded} {words[k + 1].folded}"
        three = f"{two} {words[k + 2].folded}" if k + 2 < len(words) else ""
        if two in ORDINAL_PHRASES or wordnet.pos_of(two) or (three and wordnet.pos_of(three)):
            out[k] = w.but(content=False)
    return out


# fixed phrases that open with an ordinal and that WordNet's pruned table lacks
ORDINAL_PHRASES = frozenset({"first lady", "third party", "third world", "first minister"})


def measure_words(words: list[Word], spans: list[tuple[int, int]], text: str) -> list[Word]:
    """"29 years old", "15 miles long", "worth $250m", "weighed 2.6 kg": the word that
    says what a figure measures belongs to the figure, not to the claim's content (not
    across a clause break: "a record high, with 10-year bonds")."""
    out = list(words)
    ends = sorted(end for _, end in spans)
    starts = sorted(start for start, _ in spans)
    for w in words:
        if not (w.content and w.lemmas & MEASURE_WORDS):
            continue
        k = bisect_right(ends, w.start) - 1  # the nearest figure ending before the word
        after = k >= 0 and w.start - ends[k] <= 2
        k = bisect_left(starts, w.end)  # the nearest figure starting after it
        before = k < len(starts) and starts[k] - w.end <= 12 and not any(
            x.content for x in words[w.index + 1 :] if x.end <= starts[k]) and \
            not CLAUSE_GAP.search(text, w.end, starts[k])
        if after or before:
            out[w.index] = w.but(content=False)
    return out


def carry_units(quantities: tuple[Any, ...], text: str) -> tuple[Any, ...]:
    """"from 3 million euros to 10 million", "between $5m and $7m": the second figure of
    a pair states the first one's unit when it gives none."""
    out = list(quantities)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.unit and not b.unit and b.dimension == "count" and not b.head and \
                text[a.end : b.start].strip().lower() in ("to", "and", "or", "-", "\u2013"):
            out[k] = replace(b, unit=a.unit, dimension=a.dimension)
    return tuple(out)


def particles(words: list[Word]) -> list[Word]:
    """"revised up", "down 1.2%", "climbed up to 7.2%": a direction after a verb or before a
    figure is part of what is said ("up to 17" is a bound of it, as "as many as" is)."""
    out = list(words)
    for k, w in enumerate(words[1:], 1):
        nxt, after = (words[k + 1] if k + 1 < len(words) else None,
                      words[k + 2] if k + 2 < len(words) else None)
        hedge = w.folded == "up" and nxt is not None and nxt.folded == "to" and \
            not words[k - 1].verb and not words[k - 1].lemmas & MOVING_VERBS
        if w.folded in ("up", "down") and not hedge and (words[k - 1].verb or (
                nxt is not None and nxt.folded[:1].isdigit()) or (
                nxt is not None and nxt.folded in ("from", "to") and after is not None
                and after.folded[:1].isdigit())):
            out[k] = w.but(content=True, pos=frozenset({"r", "v"}))  # "revised up", "down 1%"
    return out




def phrasal_verbs(words: list[Word], text: str) -> list[Word]:
    """A verb and its particle that WordNet has as one verb are read as one word: "backed
    down" is "back down" (not "back"), "stepped down" is "step down" (synonym "resign");
    the particle is then no word of its own. Not before a figure: "closed down 1.2%"."""
    out = list(words)
    for start, end, lemma in wordnet.phrasal_verbs_in([w.folded for w in words]):
        verb, after = words[start], (words[end] if end < len(words) else None)
        if end - start != len(lemma.split()) or "v" not in verb.pos or (
                after is not None and (after.folded[:1].isdigit() or after.folded in (
                    "from", "to"))):
            continue
        if words[end - 1].folded not in ADVERB_PARTICLES and after is not None and (
                after.content or after.capitalised or after.folded in DETERMINERS
                or after.possessive):
            continue  # "signed in September", "ran into debt": a preposition
        last = words[end - 1]
        out[start] = verb.but(text=text[verb.start : last.end], end=last.end,
                             lemmas=frozenset({lemma}), pos=frozenset({"v"}),
                             verb_alone=verb.lemmas, particle=last.folded)
        for k in range(start + 1, end):
            out[k] = words[k].but(content=False, pos=frozenset())
    return out


# prepositions that open a circumstance (where, when, why, how) rather than an argument
_ADJUNCT_OPENERS = frozenset(
    """in on at over during after before since amid amidst across near following under
    throughout despite because""".split()
)
# words that open a clause set before the main one: a condition or contrast ("if",
# "while") is part of what is claimed, a time ("when", "once") its circumstance
_CONDITIONS = frozenset("if unless while although though whereas".split())
_FRONTED = _CONDITIONS | frozenset({"when", "once"})


def _fronted(words: list[Word], text: str) -> set[int]:
    """The words of an opening phrase or clause before the first comma ("If flooded,")."""
    comma = text.find(",", words[0].end) if words else -1
    if comma < 0 or words[0].folded not in \
            _ADJUNCT_OPENERS | _FRONTED | {"under", "with", "for", "as"}:
        return set()
    return {w.index for w in words if w.end <= comma}


def main_verb(words: list[Word], text: str, aside: set[int]) -> int | None:
    """The index of the sentence's main verb: the first word that can be one after any
    phrase or clause set before the main clause, and after the `aside` on its opening
    name (asides.aside)."""
    fronted = _fronted(words, text)
    found = [w.index for w in words if w.index not in fronted and _main_verb(words, w)]
    if not found:
        return None
    # "The Tarn Belle, carrying a Kestrel crew, was built by ...": the verb after the
    # aside is the sentence's
    return next((i for i in found if i not in aside), found[0])


def adjuncts(words: list[Word], text: str, verb: int | None) -> list[Word]:
    """Mark the words of a sentence's circumstances: an opening phrase before the first
    comma ("Under the lease that starts in 2026, ...", "When the storm hit, ..."),
    and whatever follows a circumstance preposition after the main verb ("fell 10% on the
    day the ferry left the harbour for the last time"). A clause set before the main
    one is marked only when it gives a time ("If flooded, ..." is claimed too)."""
    if not words:
        return words
    marked = _fronted(words, text) if words[0].folded not in _CONDITIONS else set()
    if verb is not None:
        opened = False
        for w in words[verb + 1 :]:
            if _relative(words, w):
                break  # "a series in which his son flies": a clause of its own, no circumstance
            if w.folded in _ADJUNCT_OPENERS or _as_clause(words, w):
                opened = True
            elif opened:
                marked.add(w.index)
    marked.update(_disambiguators(words, text))
    return [w.but(adjunct=True) if w.index in marked else w for w in words]


# "Lanmouth (2008 film)", "Tidewater (song)": a parenthesis after a name that says which one
_DISAMBIGUATOR = regex(r"\(\s*(?:\d{4}\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s*\)")


def _disambiguators(words: list[Word], text: str) -> set[int]:
    """The words of a parenthesis that tells which of several bearers a name is ("( 2008
    film )"): part of the name's title, not a fact of the claim."""
    out: set[int] = set()
    if "(" not in text:
        return out  # most sentences: no scan
    for m in _DISAMBIGUATOR.finditer(text):
        before = text[: m.start()].rstrip()
        if not before or not (before.split()[-1][:1].isupper() or before[-1].isdigit()):
            continue
        out.update(w.index for w in words if m.start() < w.start < m.end())
    return out


def _relative(words: list[Word], w: Word) -> bool:
    """A preposition opening a relative clause ("in which", "during whose")."""
    return w.folded in _ADJUNCT_OPENERS and w.index + 1 < len(words) and \
        words[w.index + 1].folded in ("which", "whom", "whose")


def _as_clause(words: list[Word], w: Word) -> bool:
    """"as" opening a clause of its own ("fell 3% as the rally faded"), not a role ("as
    chairman", "as the company's chief executive"): a determiner, then a verb."""
    if w.folded != "as" or w.index + 2 >= len(words):
        return False
    nxt = words[w.index + 1]
    if nxt.folded not in DETERMINERS and nxt.folded not in ("it", "he", "she", "they"):
        return False
    return any(x.verb or (x.folded.endswith("ed") and "v" in x.pos)
               for x in words[w.index + 2 : w.index + 7])


def _main_verb(words: list[Word], w: Word) -> bool:
    """Whether a word can be taken for the sentence's verb: a word that can only be a verb,
    or a past form ("fell", "rose") not after "the" or "its" ("the planned cuts")."""
    if w.verb:
        return True
    if "v" not in w.pos or w.capitalised or w.folded.endswith("s") or w.index == 0:
        return False
    before = words[w.index - 1]
    if before.folded in DETERMINERS or before.possessive:
        return False
    return any(lemma != w.folded for lemma in wordnet.lemmas(w.folded, "v"))


@lru_cache(maxsize=1 << 16)
def _parts_of_speech_of(lemmas: frozenset[str], folded: str = "") -> frozenset[str]:
    """Every part of speech WordNet gives any of `lemmas` (and `folded`)."""
    out = frozenset().union(*(wordnet.pos_of(x) for x in lemmas))
    return out | wordnet.pos_of(folded) if folded else out


def parts_of_speech(words: list[Word]) -> list[Word]:
    """The parts of speech a word may have where it stands: after "the" or "'s" a noun or
    an adjective, after "to" or "will" a verb, "-ly" an adverb; otherwise whatever WordNet
    allows. Synonyms are then taken in those parts of speech only ("bank" the noun is not
    "deposit" the verb)."""
    out = []
    for k, w in enumerate(words):
        if not w.content:
            out.append(w)
            continue
        allowed = _parts_of_speech_of(w.lemmas, w.folded)
        prev = words[k - 1] if k else None
        guess = allowed
        if prev is not None and (prev.folded in DETERMINERS or prev.possessive
                                 or (_after_modifiers(out, k) and not past_form(w))):
            guess = allowed & {"n", "a"}
        elif prev is not None and (prev.folded == "to" or prev.folded in MODALS or (
                prev.folded in NEGATIONS and k > 1 and words[k - 2].folded in MODALS)):
            guess = allowed & {"v"} or (allowed & {"a"})  # "to sign", "did not report"
        elif w.folded.endswith("ly") and "r" in allowed:
            guess = frozenset({"r"})
        elif w.folded.endswith("s") and "n" in allowed and k + 1 < len(words) and \
                past_form(words[k + 1]):
            guess = frozenset({"n"})  # "shares fell", "sales rose": a plural noun
        elif prev is not None and prev.folded in AUXILIARIES and \
                w.folded.endswith(("ed", "en", "ing")) and "v" in allowed:
            guess = frozenset({"v"})  # "have beaten", "was hired", "is growing"
        elif prev is not None and "v" in allowed and (
                prev.folded in PRONOUNS - {"it", "one"}
                or (prev.capitalised and prev.folded not in FUNCTION_WORDS
                    and _inflected_verb(w))):
            guess = frozenset({"v"})  # "she met", "Nordyke met", "Chelsea signed"
        elif "v" in allowed and (w.folded.endswith("ed") or (
                w.folded not in w.lemmas and not w.folded.endswith("s"))):
            guess = allowed & {"v", "a"}  # a verb's past form: "signed", "reported", "fell"
        out.append(w.but(pos=guess or allowed))
    return out


def past_form(w: Word) -> bool:
    """A verb's past form: "rose", "signed" (not "rises", not "rise")."""
    if not w.content or "v" not in _parts_of_speech_of(w.lemmas):
        return False
    if w.folded.endswith("s") or w.folded.endswith("ing"):
        return False
    return w.folded.endswith("ed") or bool(set(wordnet.lemmas(w.folded, "v")) - {w.folded})


def _after_modifiers(before: list[Word], k: int) -> bool:
    """The word at k goes on a noun phrase: after "the", "a", "its" or a possessive and
    only names, figures or words that may be adjectives, never verbs ("the second-largest
    ferry", "Style's May issue")."""
    j = k - 1
    while j >= 0 and not before[j].possessive and (
            before[j].capitalised or before[j].folded[:1].isdigit()
            or ("a" in before[j].pos and "v" not in before[j].pos)):
        j -= 1
    return k - 1 > j >= 0 and (before[j].folded in DETERMINERS or before[j].possessive)


def _inflected_verb(w: Word) -> bool:
    """A past form of a verb: "met" (meet), "signed" (sign); not "volunteer", nor a
    plural that is also a verb's "-s" form ("Turkish soldiers")."""
    return not w.folded.endswith("s") and any(
        lemma != w.folded and "v" in wordnet.pos_of(lemma) for lemma in w.lemmas)


def find_names(words: list[Word], text: str, first_is_name: bool | None) -> tuple[Name, ...]:
    """Runs of capitalised words, with lower-case linkers inside ("Bank of England"); a
    title stays in the run ("President Lund") but not among its keys."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    pending: list[Word] = []  # linkers waiting for the next capitalised word
    for w in words:
        gap = text[(pending or current)[-1].end : w.start] if current else ""
        joined = bool(current) and not current[-1].possessive and (
            not gap.strip(" -'\u2019") or (gap == ". " and _initial(current[-1])))
        capital = w.capitalised and w.folded[:1].isalpha() and w.folded not in CALENDAR
        if capital and not current and w.folded in FUNCTION_WORDS and \
                w.folded not in TITLES and not w.content:
            capital = False  # "The", "In", "He" open sentences
        if capital and w.folded in NEGATIONS:
            capital = False
        if capital and w.index == 0 and not _opening_name(words, first_is_name):
            capital = False
        if capital and (joined or not current):
            current.extend(pending)
            current.append(w)
            pending = []
            continue
        if current:
            linker = (w.folded in NAME_LINKERS and not pending) or (
                w.folded == "the" and bool(pending) and pending[-1].folded == "of")
            if linker and not w.capitalised and joined:
                pending.append(w)
                continue
            if w.folded.isdigit() and joined and not pending:
                pending.append(w)  # "Fox 2000 Pictures": a number inside a name
                continue
            runs.append(current)
        current, pending = ([w] if capital else []), []
    if current:
        runs.append(current)
    named = (name_of(run, text) for run in runs)
    return tuple(name for name in named if name is not None)


def name_of(run: list[Word], text: str) -> Name | None:
    """The name a run of words forms, its keys without titles and linkers (None when
    nothing is left)."""
    keys = tuple(w.folded for w in run if w.folded not in TITLES
                 and w.folded not in NAME_LINKERS
                 and (w.content or w.folded not in FUNCTION_WORDS)
                 and not (_initial(w) and w is not run[-1] and text[w.end : w.end + 1] == "."))
    if not keys:
        return None
    return Name(run[0].index, run[-1].index, text[run[0].start : run[-1].end], keys)


def _initial(w: Word) -> bool:
    """One capital letter: a middle initial ("Ines R. Kovac", "J. K. Brandt"), read
    with the name it stands in and left out of its keys."""
    return len(w.text) == 1 and w.text.isupper()


def _opening_name(words: list[Word], first_is_name: bool | None) -> bool:
    """Whether a sentence's capitalised first word is a name: the caller may know (how
    the sources write it); else if a capitalised word follows it, or if it is a country's
    name, or a word English has no other use for ("Ada", "Dunmore")."""
    if first_is_name is not None:
        return first_is_name
    if len(words) > 1 and words[1].capitalised and words[1].folded not in FUNCTION_WORDS:
        return True
    first = words[0]
    if first.folded in FUNCTION_WORDS or not first.folded.isalpha():
        return False
    if len(first.text) > 1 and first.text.isupper() and first.text.isalpha():
        return True  # an acronym ("CDS leader ..."), whatever WordNet makes of "cds"
    if wordnet.country_of(first.text) is not None:
        return True
    return not any(wordnet.pos_of(lemma) for lemma in first.lemmas | {first.folded})
