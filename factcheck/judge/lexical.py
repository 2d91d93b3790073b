"""How two words relate: the same, an inflection, a derivation, a synonym or an opposite.

WordNet (factcheck.lexicon) supplies the relations; the few it lacks are kept here by
hand, each with a test. Words are compared by their base forms ("sought" meets "seek"),
and synonyms and opposites only in a part of speech both words can have where they
stand ("bank" the noun is not "deposit" the verb).
"""

from __future__ import annotations

from functools import lru_cache

from ..cache import regex
from ..lexicon import wordnet
from ..quantities.numbers import ORDINALS as ORDINAL_VALUES
from .words import LIGHT_VERBS, MOVING_VERBS, ORDINAL_WORDS

SAME = "same"
INFLECTION = "inflection"
DERIVATION = "derivation"
SYNONYM = "synonym"
SPECIFIC = "more_specific"
OPPOSITE = "opposite"

# rank of each relation: a closer one wins when a word meets several
RANK = {SAME: 0, INFLECTION: 1, DERIVATION: 2, SYNONYM: 3, SPECIFIC: 4, OPPOSITE: 5}

# Movement of an amount: WordNet links "rise" and "fall" but not the many verbs news uses
# for each direction ("shares leapt", "profits slumped").
UP = frozenset(
    """rise increase grow climb jump leap soar surge gain rocket mount rally swell expand
    double triple boost raise up bigger larger higher greater""".split()
)
DOWN = frozenset(
    """fall decrease decline drop shrink sink slump plunge tumble slide dip plummet
    contract halve cut reduce lower slash down smaller fewer""".split()
)
# movements that say by how much ("tripled"): a passage that only says the amount rose
# does not state them ("increased fourfold" is not "tripled")
MAGNITUDE = frozenset("double triple quadruple halve".split())
# one ordinal excludes another: "the second first lady" is not the first
ORDINALS = ORDINAL_WORDS | {"last"}
_NUMBERED = regex(r"\d+(?:st|nd|rd|th)")
# one span of time is not another: "months away" is not "weeks away"
TIME_UNITS = "second minute hour day week month year decade century".split()
_TIME_UNIT_SET = frozenset(TIME_UNITS)
# ordinary opposites WordNet does not link (each tested)
_HAND_OPPOSITES = (
    ("beat", "lose"), ("agree", "refuse"), ("agree", "reject"),
    ("approve", "reject"), ("confirm", "deny"), ("allow", "ban"), ("support", "oppose"),
    ("join", "leave"), ("praise", "criticise"),
    ("welcome", "condemn"), ("welcome", "criticise"), ("praise", "condemn"),
    ("ease", "intensify"),
    ("calm", "escalate"), ("mourn", "celebrate"), ("lift", "impose"), ("free", "charge"),
    ("report", "ignore"), ("seize", "lose"),
    ("capture", "lose"), ("gain", "lose"),
)
# a word of the source that entails the claim's, not the other way round: "were killed"
# states that they died, "died" does not state that they were killed (each tested)
HAND_ENTAILMENTS = (("kill", "die"), ("killing", "death"), ("murder", "kill"),
                    ("assassinate", "kill"))
# Words news copy uses for one another that WordNet's two commonest senses do not link
# (each group tested, and tested to be missing from WordNet, in tests/test_lexical.py).
# Base forms; multiword verbs as WordNet writes them.
HAND_SYNONYMS = (
    "deal agreement accord pact treaty",
    "soldier troop serviceman personnel",
    "person individual people",
    "warn caution",
    "statement declaration",
    "lack shortage absence",
    "kill slay",
    "say state declare announce",
    "begin start launch commence",
    "end finish conclude",
    "talk negotiation discussion",
    "city town",
    "attack assault raid",
    "rebel insurgent militant fighter",
    "company firm",
    "match game fixture",
    "buy acquire purchase",
    "capture seize",
    "regain retake recapture reclaim",
    "idea notion",
    "vow pledge promise",
    "election vote poll",
    "councillor councilor",
    "border frontier",
    "stop prevent",
    "rid clear",
    "question issue",
    "officer official",
    "move relocate",
    "violate flout breach",
    "resolute determined",
    "part area",
    "lie located situated",
    "overtake surpass",
)
# words too general to stand for another: "have" is a sense of "bear", "get" of "father"
TOO_GENERAL = LIGHT_VERBS | {"be", "go", "come", "set", "let", "work", "see"}
# irregular derivations WordNet does not link (each tested)
HAND_DERIVATIONS = (
    ("lose", "loss"), ("sell", "sale"), ("fly", "flight"), ("choose", "choice"),
    ("succeed", "success"), ("bear", "birth"), ("weigh", "weight"), ("live", "life"),
    ("prove", "proof"), ("born", "birth"),
)


@lru_cache(maxsize=1)
def _hand_opposites() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for a, b in _HAND_OPPOSITES:
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    for group in (ORDINALS, TIME_UNITS):
        for a in group:
            table.setdefault(a, set()).update(set(group) - {a})
    for a in UP:
        table.setdefault(a, set()).update(DOWN)
    for b in DOWN:
        table.setdefault(b, set()).update(UP)
    return {k: frozenset(v) for k, v in table.items()}


def _phrasal_way(lemmas: frozenset[str]) -> tuple[int, bool] | None:
    """(+1 up or -1 down, written as a verb of moving and "up" or "down") of a verb that
    says which way an amount moved: "rise", "fall", "go up", "shoot up", "edge down"."""
    for lemma in lemmas:
        verb, _, particle = lemma.partition(" ")
        if particle in ("up", "down") and verb in MOVING_VERBS:
            return (1 if particle == "up" else -1), True
    if lemmas & UP:
        return 1, False
    if lemmas & DOWN:
        return -1, False
    return None


def _same_direction(a: str, b: str) -> bool:
    return (a in UP and b in UP) or (a in DOWN and b in DOWN)


@lru_cache(maxsize=1)
def _entailed_by() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for specific, general in HAND_ENTAILMENTS:
        table.setdefault(specific, set()).add(general)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _hand_derivations() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for a, b in HAND_DERIVATIONS:
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _hand_synonyms() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group in HAND_SYNONYMS:
        words = group.split()
        for w in words:
            table.setdefault(w, set()).update(set(words) - {w})
    return {k: frozenset(v) for k, v in table.items()}


# prefixes written with a hyphen that leave a word's family as it is
_PREFIXES = frozenset("de re co non pre post anti counter over under".split())


@lru_cache(maxsize=65536)
def related(lemma: str, pos: frozenset[str]) -> dict[str, str]:
    """Every base form related to `lemma` used as one of `pos`, with the closest relation."""
    out: dict[str, str] = {}

    def add(words: frozenset[str] | set[str], relation: str) -> None:
        for w in words:
            if w not in out or RANK[relation] < RANK[out[w]]:
                out[w] = relation

    add(_hand_opposites().get(lemma, frozenset()), OPPOSITE)
    add(_hand_synonyms().get(lemma, frozenset()), SYNONYM)
    for direction in (UP, DOWN):  # "shares leapt" says "shares rose"
        if lemma in direction and lemma not in MAGNITUDE:
            add(direction - {lemma}, SYNONYM)
    for p in pos or (None,):
        add(wordnet.antonyms(lemma, p), OPPOSITE)
        add(wordnet.synonyms(lemma, p) - TOO_GENERAL, SYNONYM)
    derived = wordnet.derivations(lemma) | _hand_derivations().get(lemma, frozenset())
    prefix, _, base = lemma.partition("-")
    if not derived and base and prefix in _PREFIXES:
        # a prefixed word derives as its base does: "de-escalation", "de-escalate"
        derived = frozenset(f"{prefix}-{d}" for d in wordnet.derivations(base))
    add(derived, DERIVATION)
    # "payment" meets "paid" through "pay"
    for d in derived:
        add(wordnet.derivations(d) - {lemma}, DERIVATION)
    out[lemma] = INFLECTION
    return out


# prefixes that make a word's opposite of it: "unwilling", "displeased", "illegal"
_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")


def _negative_prefix(a: str, b: str) -> bool:
    """One word is the other with a negative prefix ("willing", "unwilling"): opposites
    whatever part of speech each is read as where it stands ("had been willing to" reads
    as a verb, "unwilling" as an adjective)."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer == p + shorter or longer == f"{p}-{shorter}" for p in _NEGATIVE_PREFIXES)


@lru_cache(maxsize=65536)
def _broader(lemma: str, part: str) -> frozenset[str]:
    """WordNet's broader words, kept: the relation asks for the same few thousand words
    hundreds of thousands of times in an audit."""
    return wordnet.broader(lemma, part)


@lru_cache(maxsize=1 << 16)
def relation(claim_lemmas: frozenset[str], claim_folded: str, claim_pos: frozenset[str],
             source_lemmas: frozenset[str], source_folded: str, source_pos: frozenset[str]
             ) -> str | None:
    """The closest relation between a claim word and a source word, or None (kept: the
    aligner asks it of every claim word against every passage word, and the same pairs
    of words come back passage after passage)."""
    if claim_folded == source_folded and claim_lemmas & source_lemmas:
        return SAME  # ("backed" in "backed down" is not "backed" in "backed the plan")
    if claim_lemmas & source_lemmas:
        return INFLECTION
    if claim_folded in ORDINAL_WORDS:
        # a place in an order meets only itself, spelled or in figures ("20th"), not
        # another sense ("fourth" is not "quarter", "second" not "moment"); another
        # place is its opposite
        if _NUMBERED.fullmatch(source_folded) and \
                int(source_folded[:-2]) == ORDINAL_VALUES[claim_folded]:
            return SAME
        return OPPOSITE if source_folded in ORDINALS or source_lemmas & ORDINALS else None
    if source_folded in ORDINAL_WORDS and claim_lemmas & _TIME_UNIT_SET:
        return None  # "second" written alone is the place ("its second series"), not a unit
    if any(claim in _entailed_by().get(source, ()) for source in source_lemmas
           for claim in claim_lemmas):
        return SPECIFIC
    shared = claim_pos & source_pos if claim_pos and source_pos else frozenset()
    best: str | None = None
    # a claim's "tripled" is not stated by a source's "rose": the source word's relations
    # are read only when the claim word says no more than it does
    directions = ((claim_lemmas, source_lemmas, shared),) if claim_lemmas & MAGNITUDE else \
        ((claim_lemmas, source_lemmas, shared), (source_lemmas, claim_lemmas, shared))
    for a, b, pos in directions:
        for lemma in a:
            table = related(lemma, pos)
            for other in b:
                rel = table.get(other)
                if rel is None or rel == INFLECTION:
                    continue
                if rel in (SYNONYM, OPPOSITE) and not shared and other not in \
                        _hand_opposites().get(lemma, ()) and other not in \
                        _hand_synonyms().get(lemma, ()) and not _same_direction(lemma, other) \
                        and not (rel == OPPOSITE and _negative_prefix(lemma, other)):
                    continue  # no part of speech in common: only a derivation relates them
                if best is None or RANK[rel] < RANK[best]:
                    best = rel
        if best is not None and best != OPPOSITE:
            break
    if best is None:
        # "went up", "shot up" for "rose"; "edged down" against "rose"
        ways = _phrasal_way(claim_lemmas), _phrasal_way(source_lemmas)
        if ways[0] and ways[1] and (ways[0][1] or ways[1][1]):
            return SYNONYM if ways[0][0] == ways[1][0] else OPPOSITE
    if best is None and shared:
        # the source's word is a kind of the claim's ("a jet" is "a plane"): it entails
        # the claim; the other way round ("a plane" for "a jet") it does not
        for source in source_lemmas:
            for part in shared & {"n", "v"}:
                if claim_lemmas & _broader(source, part):
                    return SPECIFIC
    return best


_IRREGULAR_DEGREES = frozenset("better best worse worst".split())


def compares(folded: str, lemmas: frozenset[str], pos: frozenset[str]) -> bool:
    """A comparative or superlative adjective ("smaller", "highest", "worse"): the
    comparison is what the claim states, never a word a passage may leave out."""
    if "a" not in pos or "v" in pos:
        return False  # "number", "litter" and "lower" are verbs too
    if folded in _IRREGULAR_DEGREES:
        return True
    return any(folded in _degrees(lemma) for lemma in lemmas if lemma != folded)


def _degrees(base: str) -> set[str]:
    """The comparative and superlative forms an adjective may take: "small" -> "smaller",
    "smallest"; "big" -> "bigger"; "early" -> "earlier"; "large" -> "larger"."""
    stems = {base, base + base[-1], base[:-1] + "i" if base.endswith("y") else base}
    return {stem + end for stem in stems for end in ("er", "est")} | \
        ({base + "r", base + "st"} if base.endswith("e") else set())
