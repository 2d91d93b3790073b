"""WordNet 3.0 as a small lookup table: lemmas, synonyms, hypernyms, antonyms,
derivations, multiword verbs, countries.

    from factcheck.lexicon import wordnet as wn
    wn.lemmas("sought")            # ('sought', 'seek')  (an adjective lemma, and the verb)
    wn.synonyms("ceasefire")       # frozenset({'armistice', 'truce'})
    wn.broader("jet")              # frozenset({'airplane', 'aeroplane', 'plane', 'flow'})
    wn.relation("rejected", "accepted")   # 'antonym'
    wn.phrasal_verbs_in("they called the strike off".split())  # [(1, 5, 'call off')]
    wn.country_of("Moscow")        # 'Russia'

The table is built by ``tools/build_lexicon.py`` from WordNet 3.0 (its format is
described there) and shipped as ``data/wordnet.bin`` with WordNet's licence beside it
(``data/WORDNET-LICENSE``). Lemmas are lower case, multiword ones with spaces. Parts of
speech are WordNet's letters: n, v, a (adjectives, satellites included), r (adverbs).

What each answer comes from:

* ``synonyms``: the other members of the lemma's two commonest senses per part of
  speech (WordNet orders senses by frequency): "billion" is not "million".
* ``broader``: the lemmas of the hypernyms ("@", "@i") within depth steps above the
  commonest noun and verb sense: what a word entails ("jet" -> plane, not the other
  way). Left out: synsets with 2,000 hyponyms or more (verbs: 400): entity, group, act,
  event, person, measure, ...; move, make, travel (go), change; a hypernym's lemma for
  which it is not one of its own two commonest senses ("hour" -> "time": "clock time"
  is the third); a part of speech SemCor saw under a fifth as often as the word's
  commonest ("plane" the verb); lemmas the table prunes ("social group"). Of 40 BBC
  nouns and verbs, depth 1 gave 42 lemmas: 12 fit the sentence, 9 are true but odd (law
  -> collection), 21 fit another sense (run -> hurry); depth 2 added 45, 9 fitting; a
  second sense (as in synonyms) would add 33, 3 fitting.
* ``antonyms``: WordNet's lexical antonym pointers, all senses. Adjective satellites
  ("huge") do not inherit their head's antonym ("large"/"small"): the build has the
  switch (SATELLITE_ANTONYMS, with what it was measured to add and to get wrong).
* ``derivations``: derivationally related forms ("elect"/"election").
* ``lemmas``: WordNet's morphy: the word if it is a lemma, its irregular forms from
  the exception lists ("fell" -> fall), and the detachment rules ("-ies" -> "-y", ...),
  keeping only forms that are lemmas; a multiword phrase by its first word (verbs:
  "stepped down") or last word (nouns: "prime ministers").
* ``country_of``: a country's names, demonyms ("Syrian"), people ("Frenchman"),
  capitals ("Moscow"), to the country's WordNet name.

Ask only about content words: lower-cased, function words meet WordNet's abbreviations
and rare senses ("us" is the US, "be" beryllium, "a" an angstrom, "can" means fire).
Only ``country_of`` keeps abbreviations to capitals ("US", not "us").

The file's reader, and why the table is stored as it is: ``table.py``.

Nothing is read until the first lookup; everything read is kept for the process.
Standard library only; nothing from factcheck outside this folder is imported.
"""

from __future__ import annotations

import os
from bisect import bisect_left

from .table import Table

__all__ = [
    "antonyms",
    "broader",
    "country_of",
    "derivations",
    "is_phrasal_verb",
    "lemmas",
    "phrasal_verbs_in",
    "pos_of",
    "relation",
    "synonyms",
]

# (os.path, not pathlib, and no functools: a fresh process need not import them for this)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "wordnet.bin")
POS = ("n", "v", "a", "r")

# fields of a record line (see tools/build_lexicon.py)
_POS, _SYN, _ANT, _DER, _EXC, _COUNTRY, _ALIAS = range(1, 8)

# WordNet's detachment rules (morphy): suffix -> ending, per part of speech
_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}

# particles of English phrasal verbs: no particle stands between a verb and its object
PARTICLES = frozenset(
    "about across ahead along apart around aside away back by down forward in off on out "
    "over round through together under up".split()
)
# the particles that may also stand after the object ("called the strike off"); the rest
# there are prepositions far more often ("called her mother on Tuesday" is not "call on")
_SPLIT_PARTICLES = frozenset("apart aside away back down off out over together up".split())
# words that start a noun phrase: a particle before one is a preposition ("ran the car
# off the road" is not "run off")
_DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some any no every each "
    "another".split()
)
_MAX_GAP = 2  # words between a verb and its particle: "called it off", "called the strike off"


_table: Table | None = None


def _get_table() -> Table:
    global _table
    if _table is None:
        with open(DATA, "rb") as f:
            _table = Table(DATA, f.read())
    return _table


def _norm(word: str) -> str:
    return " ".join(word.replace("_", " ").lower().split())


def _field(rec: list[str] | None, i: int) -> str:
    return rec[i] if rec is not None and len(rec) > i else ""


def _by_pos(field: str) -> dict[str, list[str]]:
    """``n1a,3f;v2k`` -> {"n": ["1a", "3f"], "v": ["2k"]}"""
    return {g[0]: g[1:].split(",") for g in field.split(";")} if field else {}


_records: dict[str, list[str] | None] = {}
_lemmas: dict[tuple[str, str | None], tuple[str, ...]] = {}
_CACHE_MAX = 1 << 16  # entries per cache; emptied when full


def _record(word: str) -> list[str] | None:
    """The record of a lemma, through its alias if it is a solid spelling of one."""
    try:
        return _records[word]
    except KeyError:
        pass
    rec = _get_table().record(word)
    alias = _field(rec, _ALIAS)
    if alias:
        rec = _get_table().record(alias)
    if len(_records) >= _CACHE_MAX:
        _records.clear()
    _records[word] = rec
    return rec


def _is_lemma(word: str, pos: str | None) -> str | None:
    """The lemma word is (itself, or the hyphenated lemma it spells solid), or None."""
    rec = _record(word)
    have = _field(rec, _POS)
    if rec is not None and have and (pos is None or pos in have):
        return rec[0]
    return None


def lemmas(word: str, pos: str | None = None) -> tuple[str, ...]:
    """The lemmas that word can be a form of, commonest reading first: the word itself
    when it is a lemma, then its irregular forms (WordNet's exception lists), then what
    the detachment rules give. Only forms that are lemmas (of pos, when given) are kept;
    a word WordNet does not know gives ().

    "sought" -> ("sought", "seek"); "fell" -> ("fell", "fall"); "children" -> ("child",);
    "stepped down" -> ("step down",); "ceasefires" -> ("cease-fire",).
    """
    key = (word, pos)
    found = _lemmas.get(key)
    if found is None:
        found = _morphy(_norm(word), pos)
        if len(_lemmas) >= _CACHE_MAX:
            _lemmas.clear()
        _lemmas[key] = found
    return found


def _morphy(w: str, pos: str | None) -> tuple[str, ...]:
    if not w:
        return ()
    out: list[str] = []

    def add(form: str, p: str | None) -> None:
        lemma = _is_lemma(form, p)
        if lemma and lemma not in out:
            out.append(lemma)

    poses = POS if pos is None else (pos,)
    add(w, pos)
    exc = _by_pos(_field(_get_table().record(w), _EXC))
    for p in poses:
        for base in exc.get(p, ()):
            add(base, p)
    for p in poses:
        for suffix, ending in _RULES[p]:
            if w.endswith(suffix) and len(w) > len(suffix):
                add(w[: len(w) - len(suffix)] + ending, p)
    if not out and "-" in w:  # "co-operation": WordNet has "cooperation"
        for alt in (w.replace("-", ""), w.replace("-", " ")):
            out.extend(x for x in lemmas(alt, pos) if x not in out)
    if not out and " " in w:
        first, _, rest = w.partition(" ")
        if pos in (None, "v"):  # "stepped down", "calling off"
            for base in lemmas(first, "v"):
                add(f"{base} {rest}", "v")
        if pos in (None, "n"):  # "prime ministers"
            head, _, last = w.rpartition(" ")
            for base in lemmas(last, "n"):
                add(f"{head} {base}", "n")
    return tuple(out)


def pos_of(word: str) -> frozenset[str]:
    """The parts of speech of a lemma ("fell" -> n, v, a); empty when it is no lemma."""
    return frozenset(_field(_record(_norm(word)), _POS))


def synonyms(lemma: str, pos: str | None = None) -> frozenset[str]:
    """The other lemmas of lemma's two commonest senses (in each part of speech, or in
    pos). "ceasefire" -> armistice, truce. Give a lemma (see lemmas())."""
    rec = _record(_norm(lemma))
    if rec is None:
        return frozenset()
    table = _get_table()
    out: set[str] = set()
    for p, ids in _by_pos(_field(rec, _SYN)).items():
        if pos is None or p.lower() == pos:
            for k in ids:
                if k and k[0] != "^":  # "^": a sense of one member, by its hypernyms
                    out.update(table.synset(int(k, 36))[0].split(","))
    out.discard(rec[0])
    return frozenset(out)


def broader(lemma: str, pos: str | None = None, depth: int = 1) -> frozenset[str]:
    """The lemmas of the hypernyms within depth steps above lemma's commonest sense as a
    noun and as a verb (or as pos): "jet" -> airplane, plane (depth 2: and aircraft);
    never the other way: "plane" does not give "jet". Give a lemma (see lemmas())."""
    rec = _record(_norm(lemma))
    table = _get_table()
    out: set[str] = set()
    for p, ids in _by_pos(_field(rec, _SYN)).items():
        if p not in "nv" or pos not in (None, p) or not ids[0]:
            continue  # ids[0] is the commonest sense: "" when nothing is stored for it
        # "^": a synset of one member, written in the record as its hypernyms
        level = ({int(h, 36) for h in ids[0][1:].split("^")} if ids[0][0] == "^"
                 else _up(table.synset(int(ids[0], 36))))
        seen = set(level)
        for _ in range(depth):
            lines = [table.synset(k) for k in level]
            for members, *rest in lines:
                words = members.split(",") if members else []
                out.update(words[: int(rest[1])] if len(rest) > 1 else words)
            level = set().union(*map(_up, lines)) - seen
            seen |= level
    out.discard(rec[0] if rec else "")
    return frozenset(out)


def _up(line: list[str]) -> set[int]:
    """The hypernyms on a synset's line."""
    return {int(h, 36) for h in line[1].split(",")} if len(line) > 1 and line[1] else set()


def antonyms(lemma: str, pos: str | None = None) -> frozenset[str]:
    """WordNet's antonyms of lemma, all senses: "accept" -> reject, refuse, ..."""
    groups = _by_pos(_field(_record(_norm(lemma)), _ANT))
    return frozenset(w for p, ws in groups.items() if pos is None or p == pos for w in ws)


def derivations(lemma: str) -> frozenset[str]:
    """Derivationally related lemmas: "elect" -> election, elector, ..."""
    der = _field(_record(_norm(lemma)), _DER)
    return frozenset(der.split(",")) if der else frozenset()


_phrasal: list[str] | None = None
_rests: dict[str, tuple[str, ...]] = {}


def _phrasal_rests(first: str) -> tuple[str, ...]:
    """The rest of each multiword verb that starts with the word first, longest first:
    "call" -> ("off", "on", ...). Found by bisection in the sorted list of those verbs
    (indexing all 2,800 of them up front took 1.5 ms of a check)."""
    global _phrasal
    found = _rests.get(first)
    if found is None:
        if _phrasal is None:
            _phrasal = _get_table().phrasal()
        head = first + " "
        rests = []
        for verb in _phrasal[bisect_left(_phrasal, head):]:
            if not verb.startswith(head):
                break
            rests.append(verb[len(head):])
        found = _rests[first] = tuple(sorted(rests, key=lambda r: -r.count(" ")))
    return found


def is_phrasal_verb(phrase: str) -> bool:
    """Whether phrase is a multiword verb lemma, in any inflection of its first word:
    "step down", "stepped down", "call off"."""
    w = _norm(phrase)
    return " " in w and any(" " in x for x in lemmas(w, "v"))


def phrasal_verbs_in(tokens: list[str] | tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The multiword verbs in a token list, as (start, end, lemma) with end exclusive:
    ["he", "stepped", "down"] -> [(1, 3, "step down")]. Longest match first, no overlaps.
    A two-word verb whose particle may follow the object ("off", "up", "back", ...) may
    have up to two words between: "called the strike off" -> (i, i + 4, "call off"),
    unless a noun phrase follows the particle ("ran the car off the road")."""
    words = [_norm(t) for t in tokens]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words) - 1:
        match = None
        for base in lemmas(words[i], "v") if words[i].isalpha() else ():
            for rest in _phrasal_rests(base):  # longest first
                parts = rest.split(" ")
                if words[i + 1: i + 1 + len(parts)] == parts:
                    match = (i, i + 1 + len(parts), f"{base} {rest}")
                    break
                if len(parts) == 1 and parts[0] in _SPLIT_PARTICLES:
                    for gap in range(1, _MAX_GAP + 1):
                        j = i + 1 + gap
                        if (j < len(words) and words[j] == parts[0]
                                and all(w.isalpha() and w not in PARTICLES
                                        for w in words[i + 1: j])
                                and (j + 1 == len(words) or words[j + 1] not in _DETERMINERS)):
                            match = match or (i, j + 1, f"{base} {rest}")
            if match:
                break
        if match:
            found.append(match)
            i = match[1]
        else:
            i += 1
    return found


def country_of(word: str) -> str | None:
    """The country a word names or belongs to: its name ("Burma" -> "Myanmar"), a
    demonym ("Syrian" -> "Syria"), a people noun ("Syrians", "Frenchman"), a capital
    ("Moscow" -> "Russia"). WordNet's name for the country; None when there is none.
    Abbreviations that are also ordinary words count only in capitals ("US", not "us")."""
    w = _norm(word)
    if not w:
        return None
    for form in (w, *lemmas(w, "n")):
        name = _field(_get_table().record(form), _COUNTRY)
        if name.startswith("^"):
            written = word.strip()
            if written != written.upper() or written == written.lower():
                continue  # "us", "Us": the pronoun
            name = name[1:]
        if name:
            return name
    return None


def relation(a: str, b: str) -> str | None:
    """How two words are related: "same" (one spelling), "inflection" (a lemma in
    common: "sought"/"seeking"), "derivation" ("elected"/"election"), "synonym" (one is
    in the other's two commonest senses: "ceasefire"/"truce"), "antonym"
    ("rejected"/"accepted"), or None. Checked in that order, on all lemmas of each."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return None
    if x == y:
        return "same"
    la, lb = lemmas(x), lemmas(y)
    if not la or not lb:
        return None
    if set(la) & set(lb):
        return "inflection"
    if any(q in derivations(p) or p in derivations(q) for p in la for q in lb):
        return "derivation"
    if any(q in synonyms(p) or p in synonyms(q) for p in la for q in lb):
        return "synonym"
    if any(q in antonyms(p) or p in antonyms(q) for p in la for q in lb):
        return "antonym"
    return None
