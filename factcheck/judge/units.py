"""The units of a sentence the judge reads: words with their base forms and parts of
speech, and the names they form; `Statement` holds them with the sentence's figures,
dates and times. Built by `statement.read_statement`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from ..cache import regex
from ..lexicon import wordnet
from ..text import stem
from .lexical import TIME_UNITS
from .words import (
    ABILITY,
    ANAPHORS,
    ATTRIBUTION,
    AUXILIARIES,
    BE_FORMS,
    BOUND_PREFIXES,
    CONJUNCTIONS,
    CONNECTIVES,
    DEGREE_WORDS,
    DETERMINERS,
    LEVEL_VERBS,
    LIGHT_ADVERBS,
    PREPOSITIONS,
    PRONOUNS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    TITLES,
)

# "a" or "per" after a figure, before the word it is a rate of
_PER = regex(r"\s+(?:a|an|per)\s+(?=[a-z])")
_TIME_UNITS = frozenset(TIME_UNITS)


@dataclass(frozen=True)
class Word:
    """One token of a sentence."""

    index: int
    text: str  # as written
    folded: str  # lower case, ASCII quotes, no diacritics, possessive removed
    start: int
    end: int
    capitalised: bool
    lemmas: frozenset[str]  # base forms: WordNet's, else a light stem
    content: bool  # carries meaning of its own (not a function word, figure or date)
    negated: bool = False  # under a negation ("did not sign", "no advance payment")
    negation_head: bool = False  # the first word a negation governs ("sign", "advance")
    # how a verb is stated when not as done: "intended" ("plans to build"), "modal"
    # ("could close"); see mood.py
    mood: str = ""
    pos: frozenset[str] = frozenset()  # parts of speech it may have here (n, v, a, r)
    possessive: bool = False  # written with "'s"
    # in a circumstance of the main clause ("in Tarn", "on the day the ferry left the
    # harbour"): a detail, not the fact itself (see stance: contradictions)
    adjunct: bool = False
    # describes a noun of the main clause ("the late goal that sent Harwick into the final")
    detail: bool = False
    # a multiword verb's verb and particle read apart ("sworn", "in" for "sworn in"):
    # the passage may write the verb with the particle joined to "to" ("sworn into")
    verb_alone: frozenset[str] = frozenset()
    particle: str = ""

    @property
    def verb(self) -> bool:
        return self.pos == frozenset({"v"})

    def but(self, **changes: Any) -> Word:
        """A copy with `changes`: `dataclasses.replace` without its walk over the fields
        on every call (the marking passes copy most words of every sentence they read)."""
        if not changes.keys() <= _WORD_FIELDS:
            raise TypeError(f"Word has no field {sorted(changes.keys() - _WORD_FIELDS)}")
        new = object.__new__(Word)
        new.__dict__.update(self.__dict__, **changes)
        return new


_WORD_FIELDS = frozenset(Word.__dataclass_fields__)


def past_articles(words: Sequence[Word], i: int, step: int = 1) -> int:
    """From index i, moving by step (1 or -1), the first word that is no determiner or
    title ("the", "Mr"): where a name would start or end. -1 or len(words) past the
    edge."""
    while 0 <= i < len(words) and (words[i].folded in DETERMINERS or words[i].folded in TITLES):
        i += step
    return i


def past_auxiliaries(words: Sequence[Word], i: int, step: int = 1) -> int:
    """From index i, moving by step (1 or -1), the first word that is no auxiliary or
    light adverb ("has", "also"): where a subject's verb, or a verb's subject, stands.
    -1 or len(words) past the edge."""
    while 0 <= i < len(words) and (words[i].folded in AUXILIARIES
                                   or words[i].folded in LIGHT_ADVERBS):
        i += step
    return i


@dataclass(frozen=True)
class Name:
    """A run of capitalised words naming someone or something: "Bank of
    England", "President Lund" (the title stays out of the keys: it may be left out)."""

    first: int  # index of the first word
    last: int  # index of the last word
    text: str
    keys: tuple[str, ...]  # folded words without titles and linkers: ("eric", "lund")

    @property
    def span(self) -> range:
        return range(self.first, self.last + 1)


@dataclass(frozen=True)
class Statement:
    """One sentence (a claim or a passage) as the aligner sees it."""

    text: str
    words: tuple[Word, ...]
    names: tuple[Name, ...]
    quantities: tuple[Any, ...]  # quantities.Quantity
    dates: tuple[Any, ...]  # dates.DateMention
    times: tuple[Any, ...]  # times.TimeMention
    question: bool  # asks rather than states
    speaker: str  # who the sentence says said it ("" if nobody)
    life: Any = None  # lifespans.LifeDates: "(April 14, 1866 – October 20, 1936)"
    verb: int | None = None  # index of the main verb (marking.main_verb), None if none

    @cached_property
    def name_at(self) -> dict[int, Name]:
        """The name each word belongs to."""
        return {i: n for n in self.names for i in n.span}

    @cached_property
    def starts(self) -> list[int]:
        """Where each word starts, for bisecting."""
        return [w.start for w in self.words]

    @cached_property
    def content_words(self) -> tuple[Word, ...]:
        return tuple(w for w in self.words if w.content and w.index not in self.name_at)

    @cached_property
    def bound_prefixes(self) -> frozenset[int]:
        """Words that are a prefix joined by a hyphen to the next word ("co-founder",
        "ex-minister", "semi-final"): they make another thing of it, so a passage with
        the word alone ("founder") does not state what this sentence says."""
        return frozenset(w.index for w, after in zip(self.words, self.words[1:], strict=False)
                         if w.folded in BOUND_PREFIXES and after.start == w.end + 1
                         and self.text[w.end] == "-")

    @cached_property
    def rate_units(self) -> frozenset[int]:
        """The words a figure is a rate of ("£1.20 a litre", "40 km per hour"): what the
        figure counts, which a passage must state as the claim does (a price a gallon is
        not a price a litre). A rate of time ("a year") is not among them: news writes it
        "annually" or "yearly" as often."""
        return frozenset(self._rates.values())

    @cached_property
    def rates(self) -> frozenset[int]:
        """Where the figures that are such rates start: a price a share is no total."""
        return frozenset(self._rates)

    @cached_property
    def _rates(self) -> dict[int, int]:
        """The start of each figure that is a rate of something other than time, and the
        index of the word it is a rate of."""
        out = {}
        for q in self.quantities:
            m = _PER.match(self.text, q.end)
            if m is None:
                continue
            k = bisect_left(self.starts, m.end())
            if k < len(self.words) and self.words[k].start == m.end() and \
                    not self.words[k].lemmas & _TIME_UNITS:
                out[q.start] = k
        return out

    @cached_property
    def levels(self) -> frozenset[int]:
        """Verbs that only state the level of a figure just after them, as "is" does
        ("stood at 3%", "ran 25% over the usual", "hovered near $8")."""
        return frozenset(
            w.index for w in self.words if w.lemmas & LEVEL_VERBS and "v" in w.pos
            and any(q.start <= after.start < q.end for after in self.words[w.index + 1 :
                                                                             w.index + 4]
                    for q in self.quantities))

    @cached_property
    def attributions(self) -> frozenset[int]:
        """A noun for what reports a finding and the verb that reports it ("A report
        found that ...", "Figures show ..."): who says it, not what is said. A passage
        may leave them out, as it may leave out "said"."""
        words = self.words
        out: set[int] = set()
        for w, after in zip(words, words[1:], strict=False):
            if w.lemmas & SOURCE_NOUNS and after.lemmas & REPORTING_VERBS and \
                    "v" in after.pos:
                out.update((w.index, after.index))
        return frozenset(out)

    @cached_property
    def predicates(self) -> frozenset[int]:
        """The adjective or noun a form of "be" governs ("The seals are too numerous to
        ...", "The toll is a burden for ..."): the sentence's predicate, as a verb is. Only
        words that can be nothing else ("due", "higher" may be adverbs), and not "unable",
        which is read as "cannot"."""
        words = self.words
        out = set()
        for w in words:
            if w.pos not in ({"a"}, {"n"}, {"a", "n"}) or w.folded in ABILITY:
                continue
            k = w.index - 1
            if "n" in w.pos:
                # "was a strong opponent": a noun after an article and adjectives
                j = k
                while j > 0 and not words[j].capitalised and (
                        (words[j].pos and words[j].pos <= {"a", "r"})
                        or (words[j].folded == "and" and j < k)):
                    j -= 1
                if j < k and words[j].folded in ("a", "an"):
                    k = j - 1
                elif len(w.pos) > 1:
                    continue
            while k >= 0 and (words[k].folded in DEGREE_WORDS or (
                    w.pos == {"n"} and words[k].folded in ("a", "an"))):
                k -= 1
            if k >= 0 and words[k].folded in BE_FORMS:
                out.add(w.index)
        return frozenset(out)

    @property
    def units(self) -> int:
        """How many things the sentence states: names, content words, figures, dates."""
        return len(self.names) + len(self.content_words) + len(self.quantities) + \
            len(self.dates) + len(self.times)

    @cached_property
    def subject_head(self) -> int | None:
        """The index of the word that heads the sentence's subject when a common noun does
        ("The two dogs are ...": "dogs"; "Quarterly sales at the firm rose": "sales"):
        the last content word of the noun phrase that opens the sentence, which ends at a
        comma, a preposition, a relative or auxiliary word, or a verb. None when a name or
        a pronoun heads it, or when the sentence opens otherwise ("In 2009, ...")."""
        words = self.words
        k = past_articles(words, 0)
        if k >= len(words) or k >= 1 and words[k - 1].folded not in DETERMINERS:
            return None
        head = None
        for w in words[k : k + _SUBJECT_REACH]:
            if w.index > k and "," in self.text[words[w.index - 1].end : w.start]:
                break
            if w.folded in PREPOSITIONS or w.folded in AUXILIARIES or \
                    w.folded in CONJUNCTIONS or w.folded in ("which", "who", "whose"):
                break
            if w.index in self.name_at:
                head = None if not w.possessive else head
                continue
            if not w.content:
                if w.folded in PRONOUNS or w.folded in ATTRIBUTION:
                    return None  # "he", "Officials say the dam ...": not read
                continue
            if w.index > k and "v" in w.pos and "n" not in w.pos:
                break  # "profits jumped", "the firm said"
            head = w.index
        else:
            return None  # no end to the phrase in sight: not read
        if head is None or "n" not in words[head].pos:
            return None
        return head

    def opens_with(self, name: Name) -> bool:
        """The statement opens with the name (after a determiner, a title or an adjective:
        "the socialist Harbour party"; or after a phrase and a comma)."""
        before = self.words[: name.first]
        return all(w.folded in DETERMINERS or w.folded in TITLES
                   or ("a" in w.pos and "v" not in w.pos and not w.capitalised)
                   for w in before) or (
            bool(before) and "," in self.text[before[-1].end : self.words[name.first].start])

    def anaphor_at_start(self, within: int = 6, as_subject: bool = False) -> bool:
        """A pronoun or a definite noun ("the company") opens the sentence: it may stand
        for a name the document gave earlier. `as_subject`: a definite noun counts only as
        the subject ("The company said", "In 2009, the company"), not in "a delegation
        from the ministry"."""
        head = self.words[:within]
        if any(w.folded in ANAPHORS for w in head):
            return True
        return any(
            a.folded in ("the", "this") and (b.content or _AGED.match(self.text, b.start))
            and not b.capitalised and (
                not as_subject or k == 0 or "," in self.text[head[k - 1].end : a.start])
            for k, (a, b) in enumerate(zip(head, self.words[1 : within + 1], strict=False))
        )

    def continues(self) -> bool:
        """The sentence goes on from the one before: it opens with a connective ("But",
        "There") or refers back with a pronoun in its first words ("In 1993, she ...")."""
        if self.words and self.words[0].folded in CONNECTIVES:
            return True
        return any(w.folded in ANAPHORS or w.folded in ("there", "this", "that")
                   for w in self.words[:4])


# "the 58-year-old": a person the document named before, by age
_AGED = regex(r"\d+-year-old\b")

# how far the opening noun phrase is read for its head
_SUBJECT_REACH = 8


@lru_cache(maxsize=65536)
def lemmas_of(folded: str) -> frozenset[str]:
    """Base forms of a folded word: WordNet's when it knows the word, else a light stem."""
    if not folded[:1].isalpha():
        return frozenset({folded})
    found = wordnet.lemmas(folded)
    if found:
        return frozenset(found)
    for variant in _american(folded):
        found = wordnet.lemmas(variant)
        if found:
            return frozenset(found)
    return frozenset({stem(folded)})


_BRITISH = (
    (regex(r"our(?=s?$|ite|able|abilit|ed$|ing$|er)"), "or"),  # favour, colour
    (regex(r"is(?=e$|es$|ed$|ing$|ation)"), "iz"),  # criticise, organisation
    (regex(r"ys(?=e$|es$|ed$|ing$)"), "yz"),  # analyse
    (regex(r"tre(?=s?$)"), "ter"),  # centre, theatre
    (regex(r"ogue(?=s?$)"), "og"),  # catalogue
    (regex(r"ll(?=ed$|ing$|er$)"), "l"),  # travelled, labelling
    (regex(r"ence(?=s?$)"), "ense"),  # defence, licence
)


def _american(word: str) -> list[str]:
    """The American spellings WordNet uses for a British one: "favourability" ->
    "favorability", "criticised" -> "criticized", "centre" -> "center"."""
    out = []
    for pattern, repl in _BRITISH:
        if pattern.search(word):
            out.append(pattern.sub(repl, word))
    return out



_BIRTH = frozenset({"born", "bear", "birth"})
_DEATH = frozenset({"die", "death", "died"})


def life_roles(w: Word) -> set[str]:
    """The life dates a claim word speaks of: "born" the birth, "died" the death."""
    return ({"born"} if w.lemmas & _BIRTH else set()) | ({"died"} if w.lemmas & _DEATH
                                                         else set())


