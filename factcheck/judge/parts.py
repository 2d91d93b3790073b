"""Split a claim of several statements into parts, each checked on its own.

A pasted paragraph splits at its sentence ends; a sentence splits at a semicolon and at
"and" or "but" between two clauses that each have a verb of their own ("the Harbour Party came third
and won 33 seats": the second clause takes the first one's subject). An aside between
the subject and its verb is a statement of its own about the subject ("the Harbour
Party, led by Ines Kovac, came third": it was led by Ines Kovac; it came third), as is a noun
phrase set beside it ("Ada Lund, the ferry's captain, is 42": Ada Lund is the ferry's
captain; Ada Lund is 42) or after a name that ends the sentence ("... hired Ada Lund,
the ferry's captain"); so is a clause of ", when it ...", and one joined by "after",
"because" or "while" with a subject and verb of its own. Lists of names or
things ("Sky and BT paid") stay whole.
"""

from __future__ import annotations

import re

from ..cache import regex
from ..corpus.sentences import ABBREVIATIONS  # the corpus's: "Jan. 19", "Gen. Smith"
from .words import AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS

# a full stop after a word and before a capital; or a stop written apart from the words
# either side ("the cord . her body"), as tokenised text has it, which no abbreviation is
_SENTENCE_END = regex(
    r"(?<=[a-z0-9%)\]\"'\u201d\u2019][.!?])\s+(?=[\"'\u201c\u2018]?[A-Z0-9])"
    r"|(?<=\s[.!?])\s+(?=\S)")
_SEMICOLON = regex(r"\s*;\s+")
_AND = regex(r",?\s+\b(and|but|while|whereas)\s+", re.IGNORECASE)
_FINITE = regex(r"\b(?:\w+(?:ed|es)|is|are|was|were|has|have|had|will|would|can|"
                     r"could|may|might|must|shall|should|did|does|do)\b", re.IGNORECASE)


def split_claim(text: str) -> list[str]:
    """The parts of a claim, or [text] when it states one thing."""
    parts: list[str] = []
    for sentence in _sentences(text):
        clauses = _SEMICOLON.split(sentence)
        for k, clause in enumerate(clauses):
            words = clause.split()
            subject = _subject(clauses[0]) if k else ""
            if k and words and words[0].lower() in _STANDS_FOR and subject[:1].isupper():
                clause = f"{subject} {' '.join(words[1:])}"
            pieces = [clause]
            for split in _SPLITTERS:
                pieces = [piece for part in pieces for piece in split(part)]
            parts.extend(pieces)
    parts = [p.strip() for p in parts if len(p.split()) >= 3]
    return parts or [text]


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:])
    return out


_ASIDE = regex(r"^(?P<subject>[^,]{2,80}),\s+(?P<aside>[^,]{2,160}),\s+(?P<rest>.+)$")
_RELATIVE = frozenset({"who", "which"})
_AGE = regex(r"[1-9]\d?")  # "Ada Lund, 58, ...": an age, not a count


def _split_aside(clause: str) -> list[str]:
    """'X, led by Y, did Z' -> ['X did Z', 'X was led by Y']; 'X, who did Y, did Z' ->
    ['X did Z', 'X did Y']; 'X, the Y, did Z' -> ['X did Z', 'X is the Y']; 'X, 58, did
    Z' -> ['X, 58, did Z', 'X is 58 years old']. Other asides (a list) stay whole."""
    m = _ASIDE.match(clause)
    if m is None:
        return [clause]
    subject, aside, rest = m["subject"].strip(), m["aside"].strip(), m["rest"].strip()
    if _AGE.fullmatch(aside) and subject[:1].isupper() and not _has_verb(subject) and \
            (_starts_with_verb(rest) or rest.split()[0].lower() in ("and", "or")):
        # "Ada Lund, 58, and Tom Berg were named ...": the age is a fact of its own,
        # which a passage about the person may state whatever else it says; the claim
        # keeps it too, for a passage that gives both ("The 56-year-old was named ...")
        return [clause, f"{subject} is {aside} years old"]
    first = aside.split()[0].lower()
    if _has_verb(subject) or not subject[:1].isupper() or not _starts_with_verb(rest) or \
            subject.split()[0].lower() in PREPOSITIONS:  # "In its fourth week, ..."
        return [clause]
    if first in _RELATIVE and len(aside.split()) > 1:
        said = f"{subject} {aside.split(None, 1)[1]}"
    elif _participle(first) and len(aside.split()) > 1 and aside.split()[1].lower() == "by":
        said = f"{subject} was {aside}"
    elif (first in _ARTICLES or first.endswith(("'s", "\u2019s"))) and \
            not any(w.lower() in _CLAUSE_WORDS for w in aside.split()):
        said = f"{subject} is {aside}"  # "Ada Lund, the ferry's captain, said ..."
    else:
        return [clause]
    return [f"{subject} {rest}", said]


_ARTICLES = frozenset({"the", "a", "an"})
# words that make an aside a clause rather than a noun phrase set beside the subject
_CLAUSE_WORDS = AUXILIARIES | {"who", "which", "that", "and", "or"}


_TAIL = regex(r"^(?P<main>.*?(?P<name>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)),"
                   r"\s+(?P<aside>(?:the|a|an)\s+[^,;]{3,120}?)[.]?$")


def _split_tail(clause: str) -> list[str]:
    """'X did Z to Y, the W' -> ['X did Z to Y', 'Y is the W']: a noun phrase after a
    name that ends the sentence says what the name is."""
    m = _TAIL.match(clause)
    if m is None or not _has_verb(m["main"]) or \
            any(w.lower() in _CLAUSE_WORDS for w in m["aside"].split()):
        return [clause]
    return [m["main"], f"{m['name']} is {m['aside']}"]


_WHEN = regex(r"^(?P<main>.+?),\s+when\s+(?P<who>it|he|she|they)\s+(?P<rest>.+)$",
                   re.IGNORECASE)


def _split_when(clause: str) -> list[str]:
    """'X has done Y since 2010, when it did Z' -> ['X has done Y since 2010', 'X did Z']:
    the pronoun stands for the main clause's named subject."""
    m = _WHEN.match(clause)
    if m is None:
        return [clause]
    subject = _subject(m["main"])
    if not subject[:1].isupper() or not _starts_with_verb(m["rest"]):
        return [clause]
    rest = m["rest"].strip().rstrip(".")
    # the time "when" refers to goes with it: "since May 2010, when" -> "in May 2010"
    starts = [t.end() for t in _TIME_WORD.finditer(m["main"])]
    time = m["main"][starts[-1] :].strip() if starts else ""
    said = f"{subject} {rest} in {time}" if re.search(r"\d", time) else f"{subject} {rest}"
    return [m["main"].strip(), said]


_LINKED = regex(r"^(?P<main>.+?),?\s+(?P<link>after|before|because|although|though|"
                     r"while|whereas|until)\s+(?P<sub>.+)$", re.IGNORECASE)


def _split_linked(clause: str) -> list[str]:
    """'X did A after Y did B' -> ['X did A', 'Y did B']: a clause joined by "after",
    "because" or "although" states a fact of its own. Not when what follows is a phrase
    without a subject and a verb of its own ("after talks", "before voting", "after
    being injured"), nor when it opens with a pronoun: "the council sacked Holm after
    he failed a test" is Holm's test."""
    m = _LINKED.match(clause)
    if m is None:
        return [clause]
    main, sub = m["main"].strip(), m["sub"].strip().rstrip(".")
    if len(_QUOTES.findall(main)) % 2:
        return [clause]  # inside a quotation: the speaker's words stay whole
    if main.split()[-1].lower().strip(",") in _SPAN_BEFORE:
        return [clause]  # "it came days after ...": the time between is the fact
    words = sub.split()
    if not _has_verb(main) or len(main.split()) < 3 or len(words) < 3 or \
            _starts_with_verb(sub) or words[0].lower().endswith("ing") or \
            words[0].lower() in PRONOUNS or not _verb_after_subject(sub):
        return [clause]  # "he" may be the main clause's subject or its object
    return [main, *_split_linked(sub)]


# words that measure the time between two events ("days after", "shortly before")
_SPAN_BEFORE = frozenset("""seconds minutes hours days weeks months years decades
    moments shortly soon just long immediately hour day week month year""".split())
_QUOTES = regex(r"[\"\u201c\u201d]")


def _verb_after_subject(clause: str) -> bool:
    """A word after the first that is read as a verb: "the crane broke down", not "45
    minutes in the final"."""
    from .statement import read_statement

    return any(w.verb for w in read_statement(clause).words[1:])


_TIME_WORD = regex(r"\b(?:in|since|on|from)\s+", re.IGNORECASE)


def _participle(word: str) -> bool:
    return bool(re.fullmatch(r"\w+ed", word)) or _irregular_past(word)


def _split_and(clause: str) -> list[str]:
    """'A did X and did Y' -> ['A did X', 'A did Y']; 'A and B did X' stays whole."""
    for m in _AND.finditer(clause):
        left, right = clause[: m.start()], clause[m.end() :]
        if not _has_verb(left) or not _has_verb(right):
            continue
        last = left.split()[-1] if left.split() else ""
        if not last or (last.islower() and _starts_with_verb(last)):
            continue  # "tried and failed to merge": two verbs share what follows
        if last.lower() in _SUBJECT_PRONOUNS:
            continue  # "that he and his family could stay": one subject of two people
        words = right.split()
        if last[:1].isupper() and words and words[0][:1].isupper() and \
                words[0].lower() not in PRONOUNS | DETERMINERS:
            continue  # "Kenteris and Thanou risked", "urging Moscow and Ankara": a list
        first = words[0].lower().strip(",") if words else ""
        subject = _subject(left)
        if first in _STANDS_FOR and subject and subject[:1].isupper():
            rest = f"{subject} {' '.join(words[1:])}"  # "... and it runs": Salt Roads runs
        elif first in PRONOUNS or first in DETERMINERS or (words and words[0][:1].isupper()
                                                           and not _starts_with_verb(right)):
            rest = right  # the second clause has its own subject
        elif subject and _starts_with_verb(right) and not _one_object(left, right):
            rest = f"{subject} {right}"
        else:
            continue
        if not _says_enough(right):
            continue  # "and Russia has 10": the second clause leans on the first's words
        return [left.rstrip(" ,"), *_split_and(rest)]
    return [clause]


def _one_object(left: str, right: str) -> bool:
    """The words either side of "and" name two things of one object ("gave the house and
    grounds to the town"): a noun after a determiner, then a word that may be a noun
    followed by a preposition (a verb there takes its object: "and cut 300 jobs")."""
    from .statement import read_statement

    before = left.split()[-2:]
    if len(before) < 2 or before[0].lower() not in DETERMINERS:
        return False
    words = read_statement(right).words
    return len(words) > 1 and "n" in words[0].pos and words[1].folded in PREPOSITIONS


def _says_enough(clause: str) -> bool:
    """A clause with a word of its own that is neither a name nor a figure ("won 71
    seats"), not an elliptical one ("Russia has 10") that needs the other clause's."""
    from .statement import read_statement

    read = read_statement(clause)
    return any(w.index not in read.name_at for w in read.content_words)


# a pronoun opening a second clause stands for the first clause's named subject
_STANDS_FOR = frozenset("it he she they".split())
_SUBJECT_PRONOUNS = frozenset("i he she we they".split())


def _has_verb(text: str) -> bool:
    """A finite verb: an auxiliary, a past form, or a verb after its subject ("it runs");
    not an infinitive ("a half to get him to do the film")."""
    first = text.split()[0] if text.split() else ""
    plural = first[:1].isupper() and first.endswith("s")  # "Attacks by the rebels"
    if (_starts_with_verb(text) and not plural) or any(
            not _after_to(text, m.start()) for m in _FINITE.finditer(text)):
        return True
    from .statement import read_statement

    return any(w.verb and not _after_to(text, w.start) for w in read_statement(text).words)


def _after_to(text: str, at: int) -> bool:
    return _TO_BEFORE.search(text, 0, at) is not None


_TO_BEFORE = regex(r"(?:^|\s)to\s*$", re.IGNORECASE)


def _starts_with_verb(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return first in AUXILIARIES or bool(re.fullmatch(r"\w+(?:ed|es)", first)) or \
        _irregular_past(first)


def _irregular_past(word: str) -> bool:
    from ..lexicon import wordnet

    lemmas = wordnet.lemmas(word, "v")
    return bool(lemmas) and word not in lemmas


def _subject(left: str) -> str:
    """The words before the first verb of a clause: its subject, without an aside that
    ends just before the verb."""
    from .statement import read_statement

    verb = next((w for w in read_statement(left).words if w.index and (
        w.verb or _FINITE.fullmatch(w.text) or _irregular_past(w.folded))), None)
    if verb is None:
        return ""
    subject = left[: verb.start].rstrip()
    if subject.endswith(",") and "," in subject[:-1]:
        # an aside closes before the verb ("Ada Lund, 58, won"): the subject is the name
        # before it, not the name and half of the aside
        subject = subject[:-1].rsplit(",", 1)[0]
    subject = subject.strip(" ,")
    return subject if 0 < len(subject.split()) <= 6 else ""


# each split in turn, every one on the pieces the one before it left
_SPLITTERS = (_split_tail, _split_aside, _split_when, _split_and, _split_linked)
