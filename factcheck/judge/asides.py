"""What describes a noun rather than states the fact: a relative clause or an infinitive
of purpose after the main clause's object, and an aside between commas after the
sentence's opening name ("Lund, who won the heat, said ..."). The aligner excuses their
words in a contradiction's frame (see stance), and the main verb is looked for after an
aside, not in it (marking.main_verb).
"""

from __future__ import annotations

from ..lexicon import wordnet
from .units import Word
from .words import DETERMINERS


def details(words: list[Word], text: str, verb: int | None, aside: set[int]) -> list[Word]:
    """Mark the words that describe a noun of the main clause after its verb and object,
    up to the next comma: a relative clause whose verb follows at once ("scored the goal
    that sent Harwick into the final") or an infinitive of purpose after a noun ("hired her
    to help shopkeepers deal with the new parking rules"; not "plans to return", where
    the infinitive is the verb's). What the fact is stands without them (see stance:
    contradictions); a clause after "that" with a subject of its own may be what a noun
    says ("hope that the bridge would reopen"), so it is left as it is. The words of
    `aside` (see aside()) before the verb are marked too."""
    marked: set[int] = set()
    # the same in an opening circumstance ("Under the lease that starts in 2026,")
    first_comma = text.find(",")
    opening = [w for w in words[2:-1] if w.adjunct and w.end <= first_comma]
    for w in opening:
        if _describes(words, w, purpose_too=False):
            comma = text.find(",", w.end)
            marked.update(x.index for x in opening if x.index > w.index and
                          (comma < 0 or x.end <= comma))
            break
    for w in words[verb + 2 : -1] if verb is not None else ():
        if _describes(words, w):
            comma = text.find(",", w.end)
            marked.update(x.index for x in words[w.index + 1 :]
                          if comma < 0 or x.end <= comma)
            break
    if verb is not None:
        # an aside after the opening name ("The Tarn Belle, carrying a Kestrel crew,
        # was built by ..."): what describes the subject, not the fact
        marked.update(i for i in aside if i < verb)
    return [w.but(detail=True) if w.index in marked else w for w in words]


def _describes(words: list[Word], w: Word, purpose_too: bool = True) -> bool:
    """`w` opens a relative clause whose verb follows at once, or an infinitive of
    purpose, after a noun."""
    before, nxt = words[w.index - 1], words[w.index + 1]
    if not (before.capitalised or "n" in before.pos) or before.verb:
        return False
    noun = before.capitalised or "v" not in before.pos or \
        words[w.index - 2].folded in DETERMINERS or not words[w.index - 2].content
    relative = w.folded in ("who", "which") or (
        w.folded == "that" and (nxt.verb or any(
            lemma != nxt.folded for lemma in wordnet.lemmas(nxt.folded, "v"))))
    purpose = purpose_too and w.folded == "to" and noun and "v" in nxt.pos and \
        not nxt.capitalised
    return relative or purpose


def aside(words: list[Word], text: str) -> set[int]:
    """The words between the first two commas when a name or noun opens the sentence
    before the first ("Lund, who won the heat, said ..."; "The ferry, built in 1990,
    ...")."""
    first = text.find(",")
    second = text.find(",", first + 1) if first >= 0 else -1
    if second < 0:
        return set()
    before = [w for w in words if w.end <= first]
    if not before or not (before[-1].capitalised or "n" in before[-1].pos) or \
            any(w.verb for w in before):
        return set()
    if _list_goes_on(words, second):
        return set()  # "Lund, Berg, and Brill won", "Tarn, Marlow, Harwick and Lund sent"
    return {w.index for w in words if first < w.start < second}


def _list_goes_on(words: list[Word], second: int) -> bool:
    """An "and" or "or" within the next three words after the second comma, before any
    verb: the commas part a list, not an aside."""
    for w in [w for w in words if w.start > second][:3]:
        if w.verb:
            return False
        if w.folded in ("and", "or"):
            return True
    return False
