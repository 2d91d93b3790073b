"""General English word lists: negation cues, antonyms, synonyms.

Nothing here comes from one corpus; these are the ordinary words of news English.
(The irregular verbs are part of the stemmer, in text.py.)
"""

from __future__ import annotations

from functools import lru_cache

from ..text import stem

NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor cannot can't won't don't doesn't didn't
    isn't aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't without
    n't nt unable""".split()  # "unable to use" is "cannot use"
)

# pairs of opposites; matching is on stems (see text.stem)
_ANTONYM_PAIRS = """
open close opened closed opening closing accept reject accepted rejected approve veto
approved vetoed win lose won lost winner loser victory defeat rise fall rose fell rising
falling increase decrease increased decreased increasing decreasing up down gain loss
gained lost higher lower high low more less most least north south east west northern
southern eastern western northeast southwest northwest southeast before after above below
inside outside allow ban allowed banned allow forbid allowed forbade agree disagree
agreed disagreed support oppose supported opposed supports opposes confirm deny confirmed
denied confirms denies start end started ended begin end began ended first last
arrive depart arrived departed enter leave entered left join leave joined left
advance retreat advanced retreated advancing retreating attack defend attacked defended
buy sell bought sold import export imported exported lift impose lifted imposed
legal illegal guilty innocent convicted acquitted alive dead survived died
minority majority largest smallest biggest smallest maximum minimum strengthen weaken
strengthened weakened expand shrink expanded shrank expanded shrunk include exclude
included excluded hire fire hired fired raise cut raised cut success failure succeeded
failed true false private public domestic foreign male female men women before after
early late earlier later positive negative profit loss surplus deficit
born died birth death form disband formed disbanded marry divorce married divorced
establish abolish established abolished seize lose seized lost capture lose
captured lost able unable capable incapable able incapable capable unable
grow shrink grew shrank report ignore reported ignored mourn celebrate mourned celebrated
preserve shatter preserved shattered preserve destroy preserved destroyed praise criticize
praised criticized praise criticise praised criticised ease intensify eased intensified
calm escalate calmed escalated welcome condemn welcomed condemned
"""


def _antonyms() -> dict[str, frozenset[str]]:
    words = _ANTONYM_PAIRS.split()
    table: dict[str, set[str]] = {}
    for a, b in zip(words[::2], words[1::2], strict=True):
        sa, sb = stem(a), stem(b)
        if sa == sb:
            continue
        table.setdefault(sa, set()).add(sb)
        table.setdefault(sb, set()).add(sa)
    return {k: frozenset(v) for k, v in table.items()}


# groups of words used interchangeably in news copy; matching is on stems
_SYNONYM_GROUPS = """
country nation state
deal agreement accord pact treaty
airspace airspac
kill slay
die perish death
born birth
soldier troop serviceman personnel
people person individual
warn caution
receive obtain get
every each
statement declaration assertion remark
result outcome effect
wound injure
lack shortage absence
hit strike
first earliest
settle resolve
shortly soon
rid clear
stop prevent halt
kid child
answer respond reply
new fresh
crowd cram pack
widen expand broaden
perimeter zone area
kill die
refugee asylum-seeker
say state declare tell announce speak
agree sign strike
report post record publish
begin start launch commence form founded establish
end finish conclude
talk negotiation discussion meeting
post outpost checkpoint
city town
move relocate flee
attack strike assault raid
rebel insurgent fighter militant
government regime administration
army military force
minister official
capture seize take
warplane jet aircraft plane
ceasefire truce
president leader
company firm business
profit earning
match game
election vote poll
percent per-cent
buy purchase acquire
"""


def _synonyms() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in _SYNONYM_GROUPS.strip().splitlines():
        group = {stem(w) for w in line.split()}
        for w in group:
            table.setdefault(w, set()).update(group - {w})
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def antonyms() -> dict[str, frozenset[str]]:
    """Stem → stems of its opposites."""
    return _antonyms()


@lru_cache(maxsize=1)
def synonyms() -> dict[str, frozenset[str]]:
    """Stem → stems used interchangeably with it."""
    return _synonyms()
