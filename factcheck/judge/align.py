"""Align a claim with one passage, unit by unit.

Every unit of the claim (each name, each content word, each figure and date) gets one
relation to the passage: found the same, as an inflection, a derivation or a synonym;
found more specific (the passage's 129 within the claim's "more than 100"); in conflict
(an opposite, a flipped negation, another figure for the same count, another date for
the same event, another name in the same role); or not found. A name may be found
through the passage's document: its headline or the sentences before name it, and the
passage refers back to it ("she", "the company"). Words and figures may be found in the
sentence before the passage; conflicts count only inside the passage itself.

`align` only relates units; `stance.decide` turns the relations into a stance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..results import Outcome
from . import lexical, mood, objects, order, periods, placement, places
from .links import (
    AS_INTENDED,
    AS_NEGATED,
    AS_POSSIBLE,
    AS_PROJECTED,
    BEFORE,
    CONFLICT,
    DERIVATION,
    DOCUMENT,
    SAME,
    SYNONYM,
    UNALIGNED,
    Surroundings,
    UnitLink,
    WordHit,
)
from .naming import describes_next
from .roles import align_name, possessed, role_check
from .swaps import converse, said_of_the_other, turned_round
from .units import Statement, Word, life_roles
from .words import (
    EVENT_VERBS,
    LIGHT_VERBS,
    NEGATING_ADJECTIVES,
    NEGATING_VERBS,
    QUALIFIERS,
    SUPPORT_VERBS,
)


def align(claim: Statement, passage: Statement, around: Surroundings | None = None
          ) -> tuple[UnitLink, ...]:
    """The relation of every unit of `claim` to `passage`."""
    around = around or Surroundings()
    partners: dict[int, WordHit] = {}  # claim word index -> where it was met
    found_names = [align_name(n, passage, around, subject=k == 0 and claim.opens_with(n))
                   for k, n in enumerate(claim.names)]
    for name, (link, met) in zip(claim.names, found_names, strict=True):
        if met is not None and not link.context:
            for i in name.span:
                partners.setdefault(i, WordHit(passage.words[met.last], SAME, ""))
    for w in claim.content_words:
        hit = _best_word(w, passage, around)
        if hit is not None and not _other_ordinal_of_another(w, hit, claim, passage):
            partners[w.index] = hit
    places.settle_opposites(claim, passage, partners)
    links = [role_check(n, link, met, claim, passage, partners)
             for n, (link, met) in zip(claim.names, found_names, strict=True)]
    said = claim.verb if claim.verb is not None else len(claim.words)
    links = [replace(link, adjunct=all(claim.words[i].adjunct for i in n.span),
                     detail=all(claim.words[i].detail for i in n.span) or (
                         describes_next(k, claim.names, claim.words)
                         and links[k + 1].relation == SAME),
                     predicate=n.first > said,
                     possessed=link.context == DOCUMENT and possessed(n, claim, passage,
                                                                     partners))
             for k, (n, link) in enumerate(zip(claim.names, links, strict=True))]
    figures = _figure_links(claim, passage, around, partners)
    counted = _counted_words(claim, figures)
    words = [_word_link(w, partners.get(w.index), places.rival(w, passage, partners),
                        w.index in claim.bound_prefixes or w.index in claim.predicates)
             if w.index not in counted or w.index in partners else counted[w.index]
             for w in claim.content_words]
    words = [replace(link, light=(link.light and objects.object_met(claim, w, partners))
                     or w.index in claim.attributions or w.index in claim.levels
                     or objects.agreed_and_done(claim, w, partners),
                     predicate=w.index >= said,
                     qualifier=link.qualifier or w.folded in QUALIFIERS
                     or w.index in claim.rate_units)
             for w, link in zip(claim.content_words, words, strict=True)]
    words = places.subject_held(claim, passage, words)
    words = _converses(claim, passage, words, partners)
    words = _negation_moved(claim.content_words, words, partners)
    words = _negated_in_claim(claim, words, partners)
    links.extend(order.order_conflicts(claim, passage, partners))
    links.extend(periods.named(claim, words))
    links.extend(_met_as_words(claim, figures, words))
    return tuple(periods.of_a_part(claim, passage, links))


def _negated_in_claim(claim: Statement, links: list[UnitLink],
                      partners: dict[int, WordHit]) -> list[UnitLink]:
    """Each link of a word the claim's negation covers marked with how it covers it
    (UnitLink.claim_negation), but for the word that negates ("unable", "refused") and a
    verb that passes the negation on to a noun the passage states as a verb ("does not
    provide protection" against "protects")."""
    words = claim.content_words
    out = []
    for k, (w, link) in enumerate(zip(words, links, strict=True)):
        after = words[k + 1] if k + 1 < len(words) else None
        if w.negated and w.folded not in NEGATING_ADJECTIVES and \
                not w.lemmas & NEGATING_VERBS and not _passed_on(w, after, partners):
            modifier = after is not None and after.index == w.index + 1 and \
                after.negated and "n" in after.pos and "v" not in w.pos
            how = "head" if w.negation_head else "modifier" if modifier else "covered"
            link = replace(link, claim_negation=how)
        out.append(link)
    return out


def _passed_on(w: Word, after: Word | None, partners: dict[int, WordHit]) -> bool:
    hit = partners.get(after.index) if after is not None else None
    return bool(w.lemmas & SUPPORT_VERBS) and hit is not None and "v" in hit.word.pos \
        and hit.relation == lexical.DERIVATION


def _met_as_words(claim: Statement, figures: list[UnitLink], words: list[UnitLink]
                  ) -> list[UnitLink]:
    """A figure inside a word the passage states in other words ("three-way" met as
    "tripartite") is met there: the word carries the number."""
    found = {w.index: link for w, link in zip(claim.content_words, words, strict=True)
             if link.found}
    out = []
    # _figure_links gives the claim's figures first, in order, then its dates and times
    for q, link in zip(claim.quantities, figures, strict=False):
        word = next((w for w in claim.words if w.start <= q.start and q.end < w.end
                     and w.index in found), None) if link.relation == UNALIGNED else None
        if word is not None:
            met = found[word.index]
            link = UnitLink(link.kind, link.claim, met.relation, met.source,
                            f"within '{word.text}'", met.context)
        out.append(link)
    return out + figures[len(out):]


def _negation_moved(words: Sequence[Word], links: list[UnitLink],
                    partners: dict[int, WordHit]) -> list[UnitLink]:
    """A negation may sit on the verb or on its object: "has not issued instructions" and
    "has issued no instructions" say the same. A verb negated on one side only agrees
    when the other side negates a word the first side's negation also covers."""
    out = []
    for w, link in zip(words, links, strict=True):
        hit = partners.get(w.index)
        if link.code == "NEGATION" and hit is not None:
            p = hit.word
            # the claim negates the verb: does the passage negate its object instead?
            moved = any(
                o is not w and partners.get(o.index) is not None and not
                partners[o.index].context and (
                    _moved_onto(w, o, partners[o.index].word)
                    or _moved_onto(p, partners[o.index].word, o))
                for o in words)
            if moved:
                link = UnitLink("word", w.text, hit.relation if hit.relation !=
                                lexical.OPPOSITE else SAME, p.text,
                                "the negation stands on another word of the same phrase",
                                hit.context)
        out.append(link)
    return out


def _moved_onto(verb: Word, mine: Word, theirs: Word) -> bool:
    """One side negates `verb`, and so its word `mine` only as part of the negated phrase;
    the other side negates `theirs`, the same word, on its own ("no instructions")."""
    return verb.negation_head and mine.negated and not mine.negation_head and \
        theirs.negation_head


def _counted_words(claim: Statement, figures: list[UnitLink]) -> dict[int, UnitLink]:
    """The words a claim figure counts ("people" in "five million people"), met through
    the passage figure it was paired with, which counts the same kind of thing."""
    out: dict[int, UnitLink] = {}
    for q, link in zip(claim.quantities, figures, strict=False):
        if link.kind != "figure" or not link.found or not q.head:
            continue
        head = set(q.head.lower().split())
        for w in claim.words:
            if w.start >= q.end and w.folded in head and w.start - q.end <= len(q.head) + 4:
                out[w.index] = UnitLink("word", w.text, SAME, link.source,
                                        "what the figure counts", link.context)
    return out


# --- names -------------------------------------------------------------------------------

def _other_ordinal_of_another(w: Word, hit: WordHit, claim: Statement, passage: Statement
                              ) -> bool:
    """Another ordinal stands against the claim's only as the rank of the same thing:
    "her first title" against "her third title", not "her first race" against "his
    eighth win". A rank with no noun after it ("finished eighth", "the first to sail")
    or of an occasion ("the second time a ferry sank") is compared with any."""
    if hit.relation != lexical.OPPOSITE or w.folded not in lexical.ORDINALS or hit.context:
        return False
    mine, theirs = _noun_after(claim, w.index), _noun_after(passage, hit.word.index)
    if mine is None or theirs is None or "time" in mine.lemmas | theirs.lemmas:
        return False
    rel = lexical.relation(mine.lemmas, mine.folded, mine.pos, theirs.lemmas, theirs.folded,
                           theirs.pos)
    return rel is None or rel == lexical.OPPOSITE


def _noun_after(statement: Statement, i: int) -> Word | None:
    """The content word right after word i, if it may be a noun ("eighth win")."""
    after = statement.words[i + 1] if i + 1 < len(statement.words) else None
    return after if after is not None and after.content and "n" in after.pos else None


def _best_word(w: Word, passage: Statement, around: Surroundings) -> WordHit | None:
    hit = _best_in(w, passage)
    if hit is None and passage.continues() and around.before is not None:
        found = _best_in(w, around.before)
        if found is not None and found.relation != lexical.OPPOSITE:
            return WordHit(found.word, found.relation, BEFORE)
    return hit


def _best_in(w: Word, passage: Statement) -> WordHit | None:
    joined = _joined(w, passage)
    if joined is not None:
        return WordHit(joined, lexical.SAME, "")
    life = passage.life
    for role in life_roles(w):
        span = getattr(life, role, None) if life else None
        if span is not None:
            # "(April 14, 1866 – October 20, 1936)" says born and died without the words
            at = next((p for p in passage.words if p.start >= span[0]), None)
            if at is not None:
                return WordHit(at, lexical.SAME, "")
    best: WordHit | None = None
    if w.particle:
        split = _split_verb(w, passage)
        if split is not None:
            return split
    for p in passage.words:
        if not p.content and p.index not in passage.name_at:
            continue  # "has" is no synonym of "born", whatever WordNet's senses say
        rel = lexical.relation(w.lemmas, w.folded, w.pos, p.lemmas, p.folded, p.pos)
        if rel is None:
            continue
        if p.index in passage.name_at and rel not in (lexical.SAME, lexical.INFLECTION):
            continue  # "scored" is not "Mark" (Hughes), whatever "mark" means
        if best is None or lexical.RANK[rel] < lexical.RANK[best.relation] or (
                rel == best.relation and _same_mood(p, w) and not _same_mood(best.word, w)):
            best = WordHit(p, rel, "")  # of two, the word stated in the claim's mood
            if rel == lexical.SAME and _same_mood(p, w):
                break
    return best


def _same_mood(p: Word, w: Word) -> bool:
    """Whether p is stated as intended just when w is ("plans to build", "built")."""
    return (p.mood == mood.INTENDED) == (w.mood == mood.INTENDED)


def _split_verb(w: Word, passage: Statement) -> WordHit | None:
    """A multiword verb the passage writes with its particle joined to "to": "sworn in
    as prime minister" and "sworn into office"."""
    words = passage.words
    for p, after in zip(words, words[1:], strict=False):
        if p.lemmas & w.verb_alone and "v" in p.pos and not p.particle and \
                after.folded in (w.particle, w.particle + "to"):
            return WordHit(p, lexical.INFLECTION if p.folded != w.folded.split()[0]
                           else lexical.SAME, "")
    return None


def _joined(w: Word, passage: Statement) -> Word | None:
    """A word the passage writes in two ("cease-fire", "air space", "long distance" for
    "long-distance") or the claim in two where the passage has one: met as the same
    word."""
    words = passage.words
    whole = w.folded.replace("-", "")
    for a, b in zip(words, words[1:], strict=False):
        if b.start - a.end <= 1 and passage.text[a.end : b.start] in ("", "-", " ") and \
                a.folded + b.folded == whole:
            return a
    return None


def _converses(claim: Statement, passage: Statement, links: list[UnitLink],
               partners: dict[int, WordHit]) -> list[UnitLink]:
    """An opposite between the claim's two names written the other way round states the
    claim's fact from the other side ("Kestrel beat Harriers" for "Harriers lost to
    Kestrel"): a synonym, not a conflict (swaps.converse). One said of the claim's second
    name, with the first not its object, is of another fact: neither."""
    out = []
    for w, link in zip(claim.content_words, links, strict=True):
        hit = partners.get(w.index)
        if link.code == "ANTONYM" and hit is not None and \
                converse(w.index, claim, hit.word.index, passage):
            link = UnitLink("word", w.text, SYNONYM, link.source,
                            f"'{link.source}' with the names the other way round means "
                            f"'{w.text}'")
        elif link.found and link.relation != DERIVATION and hit is not None and \
                not hit.context and "v" in w.pos and \
                claim.verb in (w.index, None) and \
                turned_round(w.index, claim, hit.word.index, passage):
            link = UnitLink("word", w.text, UNALIGNED, verb=True, replaced=True,
                            note="the source has the names the other way round around "
                            f"'{hit.word.text}'")
        elif link.code == "ANTONYM" and hit is not None and \
                said_of_the_other(w.index, claim, hit.word.index, passage):
            link = UnitLink("word", w.text, UNALIGNED, verb="v" in w.pos,
                            note=f"the source's '{link.source}' is said of another")
        out.append(link)
    return out


def _word_link(w: Word, hit: WordHit | None, rival: Word | None = None,
               never_left_out: bool = False) -> UnitLink:
    link = _link_of_word(w, hit, rival, never_left_out)
    if hit is not None and hit.word.mood == mood.POSSIBLE and not w.mood and \
            "v" in w.pos and "v" in hit.word.pos and not hit.context and not link.framing:
        link = replace(link, framing=AS_POSSIBLE)  # "could rise 40 cm", "rose 15 cm"
    elif hit is not None and hit.word.mood == mood.MODAL and not w.mood and _past(w) and \
            "v" in hit.word.pos and not hit.context and not link.framing:
        link = replace(link, framing=AS_PROJECTED)  # "will rise 45%", "rose 6%"
    return link


def _past(w: Word) -> bool:
    """A verb written in a past form: "rose", "has risen", "fell", not "rises" or
    "rising" (nor a form that is its own base: "cut", "set")."""
    from ..lexicon import wordnet

    bases = wordnet.lemmas(w.folded, "v")
    return "v" in w.pos and bool(bases) and w.folded not in bases and \
        not w.folded.endswith(("ing", "s"))


def _link_of_word(w: Word, hit: WordHit | None, rival: Word | None,
                  never_left_out: bool) -> UnitLink:
    if hit is None and rival is not None and "v" in w.pos:
        # a verb of little meaning may be left out, not replaced by another verb
        return UnitLink("word", w.text, UNALIGNED, verb=True,
                        note=f"the source has '{rival.text}' where the claim has '{w.text}'")
    if hit is None:
        # another word replaced is not left out: never excused in support (stance.py)
        note = f"the source has '{rival.text}' where the claim has '{w.text}'" if rival \
            else f"no source says '{w.text}'"
        return UnitLink("word", w.text, UNALIGNED, note=note, replaced=rival is not None,
                        verb="v" in w.pos, adjunct=w.adjunct, detail=w.detail,
                        qualifier=w.folded in QUALIFIERS or never_left_out
                        or bool(w.lemmas & lexical.MAGNITUDE)
                        or lexical.compares(w.folded, w.lemmas, w.pos),
                        light=bool(w.lemmas & (LIGHT_VERBS | EVENT_VERBS)),
                        event=bool(w.lemmas & EVENT_VERBS))
    p = hit.word
    # polarity is read at the word a negation governs: "has not obtained promised aid"
    # negates "obtained", and says nothing against "the aid promised"
    flipped = (w.negation_head and not p.negated) or (p.negation_head and not w.negated)
    unstated = mood.not_as_done(w, p)
    if unstated and not hit.context:
        # "tried to pass the law", "denied reports that it passed the law" neither bear
        # out nor deny "passed the law" (mood.py)
        return UnitLink("word", w.text, hit.relation, p.text, unstated, framing=AS_INTENDED)
    if hit.relation == lexical.OPPOSITE:
        if flipped or (w.negated != p.negated):
            return UnitLink("word", w.text, SYNONYM, p.text,
                            f"'{p.text}' negated means '{w.text}'" if p.negated
                            else f"'{w.text}' negated means '{p.text}'", hit.context)
        return UnitLink("word", w.text, CONFLICT, p.text,
                        f"'{p.text}' is the opposite of '{w.text}'", code="ANTONYM")
    if flipped:
        side = "the source" if p.negated else "the claim"
        return UnitLink("word", w.text, CONFLICT, p.text,
                        f"{side} negates '{p.text if p.negated else w.text}'",
                        hit.context, code="NEGATION", negated_claim=w.negated)
    note = "" if hit.relation in (lexical.SAME, lexical.INFLECTION) else hit.relation
    if p.negated and not w.negated and p.verb and not hit.context:
        return UnitLink("word", w.text, hit.relation, p.text,
                        f"the source has '{p.text}' only inside a negation",
                        framing=AS_NEGATED)
    return UnitLink("word", w.text, hit.relation, p.text, note, hit.context)


# --- figures and dates -------------------------------------------------------------------

def _figure_links(claim: Statement, passage: Statement, around: Surroundings,
                  partners: dict[int, WordHit]) -> list[UnitLink]:
    from .figures import link_items
    from .values import number_in_name

    links: list[UnitLink] = []
    for kind, items in (("figure", claim.quantities), ("date", claim.dates),
                        ("time", claim.times)):
        if not items:
            continue
        found = link_items(kind, items, claim, passage, partners)
        if None in found and around.before is not None:
            # the sentence before may give a figure the passage takes up, never a conflict
            earlier = link_items(kind, items, claim, around.before, partners)
            found = [f if f is not None else
                     (replace(e, context=BEFORE) if e is not None and e.relation != CONFLICT
                      else None)
                     for f, e in zip(found, earlier, strict=True)]
        for item, link in zip(items, found, strict=True):
            written = number_in_name(item, passage) if kind == "figure" and (
                link is None or link.relation == CONFLICT) else ""
            if written:  # "route 9" in a lower-case claim: the road's number
                link = UnitLink(kind, item.text, SAME, written, "part of a name")
            # a date, or an age beside a name ("Ada Lund, 58,"), in what describes one of
            # the claim's nouns; any other figure there is of the fact (stance._same_fact)
            links.append(link if link is not None else
                         replace(_unsettled(kind, item, passage), detail=all(
                             w.detail for w in claim.words
                             if item.start <= w.start and w.end <= item.end) and (
                                 kind != "figure" or placement.count_age(claim, item))))
    return links


def _unsettled(kind: str, item: object, passage: Statement) -> UnitLink:
    """The link of a figure or date the passage does not give. A passage that dates
    something only from a day it does not state ("last year" in a story with no
    dateline) gives it unsettled: it neither bears the claim's date out nor goes
    without one, so the fact around it may still be contradicted (stance._same_fact)."""
    text = getattr(item, "text", "")
    if kind == "date":
        precision = getattr(item, "precision", None)
        vague = next((d for d in passage.dates if not d.resolved and d.precision == precision),
                     None)
        if vague is not None:
            return UnitLink(kind, text, UNALIGNED, vague.text,
                            f"the source gives only '{vague.text}', from a day it does not "
                            "state")
    return UnitLink(kind, text, UNALIGNED, note=f"no source gives the {kind} '{text}'")


def unaligned(links: Sequence[UnitLink]) -> list[UnitLink]:
    return [link for link in links if link.relation == UNALIGNED]


def conflicts(links: Sequence[UnitLink]) -> list[UnitLink]:
    return [link for link in links if link.relation == CONFLICT]


__all__ = ["UnitLink", "Surroundings", "align", "Outcome"]
