"""Names in a passage: which of them is the claim's name (the same words, a part of them,
an acronym, a transliteration, a country's other name, one the document gave before), and
who does what: another name in the claim name's role makes a conflict ("produced by Luc
Besson and directed by Olivier Megaton" for "produced by Olivier Megaton").
"""

from __future__ import annotations

from . import lexical
from .entities import may_stand_for, same_entity
from .links import (
    BEFORE,
    CONFLICT,
    DERIVATION,
    DOCUMENT,
    SAME,
    UNALIGNED,
    Surroundings,
    UnitLink,
    WordHit,
)
from .naming import another_bearer, match_name, name_match, office_words
from .pronouns import antecedent
from .slots import claim_slot
from .subjects import still_subject
from .swaps import swapped
from .units import Name, Statement, Word, past_articles, past_auxiliaries
from .words import ANAPHORS, AUXILIARIES, DETERMINERS, LIGHT_ADVERBS, PREPOSITIONS, TITLES


def align_name(name: Name, passage: Statement, around: Surroundings, subject: bool = False
                ) -> tuple[UnitLink, Name | None]:
    """The name's link, and the passage's name it met (None when met elsewhere)."""
    best = match_name(name, passage.names)
    if best is not None and best[1] == "part of the name" and \
            another_bearer(name, best[0], (*around.opening, *around.names)):
        best = None  # "President Lund" where the document also names Eric Lund
    if best is not None:
        return UnitLink("name", name.text, SAME, best[0].text, best[1]), best[0]
    country = country_word(name, passage)
    if country:
        return UnitLink("name", name.text, DERIVATION, country, "the same country"), None
    if (not subject or passage.continues() or passage.anaphor_at_start(as_subject=True)) \
            and around.before is not None:  # read only when the test before it holds
        # the claim's subject from the sentence before only when the passage refers
        # back to it ("He said ..."), not when it has a subject of its own
        best = match_name(name, around.before.names)
        if best is not None:
            return UnitLink("name", name.text, SAME, best[0].text,
                            best[1], context=BEFORE), None
    # the document's opening sentence (its headline) sets the topic of every sentence;
    # a name from the sentences between counts when the passage refers back to it
    best = match_name(name, around.opening)
    if best is None and (passage.anaphor_at_start(as_subject=subject)
                         or _part_in(name, passage)):
        best = match_name(name, around.names)
    if best is not None:
        return UnitLink("name", name.text, SAME, best[0].text,
                        "named earlier in the document", context=DOCUMENT), None
    if subject and not around.has_before and \
            passage.anaphor_at_start(as_subject=True):
        # a document that opens "It was established in 1992" or "The film was released
        # in 2004" is about what the claim names: nothing before it names anything else
        # (its subject, not any "the" in its first words: "To identify the factors")
        opener = next((w.text for w in passage.words[:6] if w.folded in ANAPHORS),
                      " ".join(w.text for w in passage.words[:2]))
        return UnitLink("name", name.text, SAME, opener,
                        "what the document is about", context=DOCUMENT, topic=True), None
    title = _title_for(name, passage)
    if title:
        return UnitLink("name", name.text, SAME, title,
                        f"'{title}', the office the claim gives its holder",
                        context=DOCUMENT), None
    return UnitLink("name", name.text, UNALIGNED, note=f"no source names '{name.text}'"), None


def _title_for(name: Name, passage: Statement) -> str:
    """The passage's "the transport secretary" for the claim's "Transport Secretary Ada
    Lund": an office of two words or more stands for the person who holds it ("The
    transport secretary said she would not ..."). One word ("the minister") may be
    anyone's: it counts as a reference back only (align_name). "" when not met."""
    words = [w.folded for w in passage.words]
    office = list(office_words(name))
    if not office:
        return ""
    person = tuple(k for k in name.keys if k not in office)
    if not person or len(office) == 1:
        return ""  # "the minister" may be anyone's; "the transport secretary" is one office
    for j in range(len(words) - len(office)):
        if words[j] in ("the", "this") and words[j + 1 : j + 1 + len(office)] == office:
            return " ".join(w.text for w in passage.words[j : j + 1 + len(office)])
    return ""


def country_word(name: Name, passage: Statement) -> str:
    """'Japanese' for 'Japan', 'Moscow' for 'Russia': the same country in other words."""
    from ..lexicon import wordnet

    if len(name.keys) != 1:
        return ""
    key = name.keys[0]
    mine = wordnet.country_of(key) or key
    for w in passage.words:
        if w.capitalised and w.folded != key:
            theirs = wordnet.country_of(w.folded) or w.folded
            if theirs == mine:
                return w.text
    return ""


def _part_in(name: Name, passage: Statement) -> bool:
    return any(w.folded in name.keys for w in passage.words)


# --- who does what -----------------------------------------------------------------------

def role_check(name: Name, link: UnitLink, met: Name | None, claim: Statement,
                passage: Statement, partners: dict[int, WordHit]) -> UnitLink:
    """Another name in the claim name's role makes a conflict ("produced by Luc Besson
    and directed by Olivier Megaton" for "produced by Olivier Megaton"); a claim's
    subject that the passage has as the object of another verb is not found in its role
    ("City have beaten Chelsea to the signing" does not say Chelsea signed)."""
    slot = claim_slot(name, claim)
    if slot is None:
        owner = _owner(name, claim, passage)
        if owner is not None:
            # "Marlow has 14 ferries" against "under its licence from Marlow, Dunmore has
            # 14 ferries": others may have ferries too, but the source says whose these are
            return UnitLink("name", name.text, UNALIGNED, owner.text,
                            f"the source says {owner.text} has them, not {name.text}")
        return swapped(name, claim, passage, partners) or link
    anchor, prep, side = slot
    hit = partners.get(anchor)
    if hit is None or hit.context or hit.relation == lexical.OPPOSITE or \
            hit.word.index in passage.name_at or not hit.word.content:
        return link  # "first" met inside "American First Lady" takes no names in roles
    if hit.relation == lexical.SYNONYM and claim.words[anchor].lemmas & lexical.TOO_GENERAL:
        return link  # "went on to win" met as "will move into the top 50": no role to fill
    # the passage's subject may be a pronoun that stands for a name before it
    referred = antecedent(hit.word.index, passage, met) \
        if side in ("subject", "predicate") else None
    if side in ("subject", "predicate") and met is not None:
        governor = _governing_verb(met, passage)
        if governor is not None and governor.index != hit.word.index and referred is not met:
            return UnitLink("name", name.text, UNALIGNED, met.text,
                            f"the source has {met.text} after '{governor.text}', not "
                            f"doing '{claim.words[anchor].text}'")
    filler = _filler(passage, hit.word.index, prep, side, _passive(claim, anchor))
    if filler is None and side == "subject" and (met is not None or link.context == DOCUMENT) \
            and referred is not None and referred is not met and not same_entity(name, referred):
        return UnitLink("name", name.text, UNALIGNED, met.text if met else "",
                        f"'{claim.words[anchor].text}' is what {referred.text} did, "
                        f"not {name.text}")
    if filler is not None and side == "subject" and met is not None and \
            still_subject(met, filler, passage, hit.word):
        return link  # "Lund won the heat, while Berg won the final"
    if filler is None:
        return swapped(name, claim, passage, partners) or link if not link.found else link
    if same_entity(name, filler) or _coordinated(name, filler, passage):
        if link.found or name_match(name.keys, filler.keys)[1] == "part of the name":
            return link  # a part align_name turned down: the document names another bearer
        return UnitLink("name", name.text, SAME, filler.text)
    if may_stand_for(name, filler):
        return link  # a nickname may name the claim's own team ("the Harriers")
    if claim.words[name.last].possessive and any(
            other.first == name.last + 1 and other.keys == filler.keys
            for other in claim.names):
        # the name the claim's possessor qualifies, in the role: "the country's High Court
        # cleared her" for "Tarnland's High Court cleared her"
        return link
    # where the source writes its name: a passive on one side only turns the roles round
    turned = side != "predicate" and \
        _passive(claim, anchor) != _passive(passage, hit.word.index)
    after = (side == "object") != turned
    return UnitLink("name", name.text, CONFLICT, filler.text,
                    f"the source has {filler.text}, not {name.text}, "
                    f"{'after' if after else 'before'} '{hit.word.text}'",
                    code="ENTITY_MISMATCH")


def _governing_verb(name: Name, passage: Statement) -> Word | None:
    """The verb a passage name is the object of: "have beaten Chelsea" -> "beaten"."""
    i = name.first - 1
    while i >= 0 and (passage.words[i].folded in DETERMINERS
                      or passage.words[i].folded in TITLES):
        i -= 1
    if i >= 0 and passage.words[i].verb and i not in passage.name_at:
        return passage.words[i]
    return None


def _filler(passage: Statement, at: int, prep: str, side: str, claim_passive: bool
            ) -> Name | None:
    """The name in the same slot of the passage's word at `at`. When one side is passive
    and the other active, subject and doer trade places: "China overtook Japan" against
    "Japan, overtaken by China", "Japan was overtaken by China" against "China overtook
    Japan"."""
    words = passage.words
    passive = _passive(passage, at)
    if claim_passive and not passive and side == "subject":
        # "Brandt was replaced by Holm" against "Holm replaced Brandt"
        return passage.name_at.get(past_articles(words, at + 1))
    if claim_passive and not passive and prep == "by":
        return _name_before(passage, at)
    agent = _agent(passage, at) if passive != claim_passive else None
    if side in ("subject", "predicate"):
        if agent is not None:
            return agent
        i = at - 1
        noun = side == "predicate"  # "Lund was an intern": skip the noun's modifiers
        while i >= 0 and "," not in passage.text[words[i].end : words[at].start] and (
                words[i].folded in AUXILIARIES or words[i].folded in LIGHT_ADVERBS
                or words[i].folded in DETERMINERS
                or (noun and words[i].content and i not in passage.name_at
                    and not words[i].verb and i >= at - 3)):
            i -= 1
        if i >= 0 and "," in passage.text[words[i].end : words[at].start]:
            return None  # "Tennessee, formed in 2004": a list or an aside, not a subject
        name = passage.name_at.get(i)
        if name is not None and _after_preposition(passage, name):
            return None  # "officials from Turkey and Russia held": the officials did
        if name is not None and name.last + 1 < at and words[name.last + 1].content and \
                name.last + 1 not in passage.name_at:
            return None  # "the Kellport lawyer": the name says which lawyer, not who
        return name
    if agent is not None and not prep:
        return _name_before(passage, at)  # the passive's subject is the doer's object
    i = at + 1
    if prep:
        # "produced by": the same preposition within a word or two ("produced jointly by")
        for j in range(at + 1, min(at + 3, len(words))):
            if words[j].folded == prep:
                i = j + 1
                break
        else:
            return None
    return passage.name_at.get(past_articles(words, i))


def _owner(name: Name, claim: Statement, passage: Statement) -> Name | None:
    """Another name that "has" the figure a claim says its opening name has."""
    words = claim.words
    j = name.last + 1
    if not (claim.opens_with(name) and j + 1 < len(words) and words[j].lemmas & {"have"}
            and not words[j + 1].folded[:1].isalpha()):
        return None
    for w, nxt in zip(passage.words, passage.words[1:], strict=False):
        if w.lemmas & {"have"} and not nxt.folded[:1].isalpha():
            other = passage.name_at.get(w.index - 1)
            if other is not None and not same_entity(name, other) and \
                    not _after_preposition(passage, other):
                return other
    return None


# modifiers that may stand between a preposition and the name its phrase ends with ("the
# owner of embattled Russian oil firm Yukos")
MODIFIER_REACH = 5


def _after_preposition(passage: Statement, name: Name) -> bool:
    """The name, or the list it is in ("Turkey and Russia"), ends a phrase that opens
    with a preposition: "officials from Turkey", "the owner of embattled Russian oil firm
    Yukos" (Yukos is not the owner)."""
    words = passage.words
    i = _list_start(passage, name) - 1
    for _ in range(MODIFIER_REACH):
        if i < 0 or words[i].folded in PREPOSITIONS:
            break
        participle = words[i].folded.endswith(("ing", "ed"))  # "shipping", "troubled"
        if (words[i].verb and not participle) or not (
                words[i].content or i in passage.name_at or words[i].folded in DETERMINERS) or \
                "," in passage.text[words[i].end : words[i + 1].start]:
            return False
        i -= 1
    return i >= 0 and words[i].folded in PREPOSITIONS


def _list_start(passage: Statement, name: Name) -> int:
    """Where the list of names joined by "and" or "or" that `name` ends begins
    ("Turkey and Russia"), determiners and titles before it included."""
    words = passage.words
    first = name.first
    while True:
        i = past_articles(words, first - 1, -1)
        if i >= 1 and words[i].folded in ("and", "or", "&") and (i - 1) in passage.name_at:
            first = passage.name_at[i - 1].first
            continue
        return i + 1


def _passive(statement: Statement, at: int) -> bool:
    """The verb at `at` is passive: a participle after a form of "be" ("was produced"),
    or followed by "by" and a name ("overtaken by China")."""
    words = statement.words
    verb = words[at]
    if _base_form(verb) or verb.folded.endswith("ing"):
        return False  # "is suing" goes on, it is not done to
    i = at - 1
    while i >= 0 and words[i].folded in LIGHT_ADVERBS:
        i -= 1
    if i >= 0 and words[i].lemmas & {"be"}:
        return True
    return _agent(statement, at) is not None


def _base_form(verb: Word) -> bool:
    """The verb is written in its base form, no participle: "sign", not "signed" or
    "won" (which is a noun of its own too: the verb's base forms decide)."""
    from ..lexicon import wordnet

    if verb.folded.endswith(("ed", "en")):
        return False
    return verb.folded in (wordnet.lemmas(verb.folded, "v") or verb.lemmas)


def _agent(passage: Statement, at: int) -> Name | None:
    """The doer of a passive verb: "overtaken by China" -> China."""
    words = passage.words
    verb = words[at]
    if _base_form(verb):
        return None
    i = at + 1
    if i < len(words) and words[i].folded == "by":
        return passage.name_at.get(past_articles(words, i + 1))
    return None


def _name_before(passage: Statement, at: int) -> Name | None:
    return passage.name_at.get(past_auxiliaries(passage.words, at - 1, -1))


def _coordinated(name: Name, filler: Name, passage: Statement) -> bool:
    """The claim's name stands in a list with the filler: "Luc Besson and X", "X, Y and
    Z". A comma alone is no list ("from Marlow, Dunmore has ...")."""
    names = list(passage.names)
    if filler not in names:
        return False
    k = names.index(filler)
    lo = hi = k
    joined_by_and = False
    while lo > 0:
        gap = _gap(passage, names[lo - 1], names[lo])
        if gap not in ("", ",", "and", "or", "&", ", and", ", or"):
            break
        joined_by_and = joined_by_and or gap.strip(", ") in ("and", "or", "&")
        lo -= 1
    while hi + 1 < len(names):
        gap = _gap(passage, names[hi], names[hi + 1])
        if gap not in ("", ",", "and", "or", "&", ", and", ", or"):
            break
        joined_by_and = joined_by_and or gap.strip(", ") in ("and", "or", "&")
        hi += 1
    return joined_by_and and any(name_match(name.keys, names[j].keys)[0]
                                 for j in range(lo, hi + 1) if j != k)


def _gap(passage: Statement, a: Name, b: Name) -> str:
    return " ".join(passage.text[passage.words[a.last].end : passage.words[b.first].start]
                    .split()).lower()


_POSSESSIVE_PRONOUNS = frozenset("his her its their".split())


# how many words may qualify the passage's noun before the word that shows it has no
# name of its own ("each of the new harbour ferries")
_QUALIFIER_REACH = 4


def possessed(name: Name, claim: Statement, passage: Statement,
              partners: dict[int, WordHit]) -> bool:
    """The claim's name qualifies the next word ("Liberal leaders", "each Tarn Line
    ferry") and the passage has that word with no name of its own: after a few words
    that describe it, a function word or nothing ("clashed with her leaders", "each
    harbour ferry", "while ferry fares rose"), or after the claim's own possessive name
    ("Ada Brill's boat"). The passage refers back to the name its
    document gave."""
    k = name.last + 1
    hit = partners.get(k) if k < len(claim.words) and claim.words[k].content else None
    if hit is None or hit.context:
        return False
    met = {h.word.index for h in partners.values() if not h.context}
    named = passage.name_at
    j = hit.word.index - 1
    while j >= 0 and j > hit.word.index - _QUALIFIER_REACH and \
            passage.words[j].content and j not in named:
        j -= 1  # "each of the new harbour ferries"
    if j >= 0 and j in named and named[j].last in met and passage.words[j].possessive:
        return True  # "Ada Brill's boat" for "Ada Brill's Tarn Regatta boat"
    return j < 0 or not passage.words[j].content
