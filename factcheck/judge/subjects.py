"""Whether the claim's subject, met in the passage, does the passage's verb although
another name stands nearer the verb than it does.

- It does the same verb again: "Lund won the sprint, while Berg won the final" meets
  "Berg won the final" (the aligner paired the claim's "won" with the first one).
- The nearer name stands in an aside after a comma: "The Tarn Belle, skippered by Tom
  Berg, won the race" and "Kestrel's new ferry, carrying Ada Brill went into service".
"""

from __future__ import annotations

from .units import Name, Statement, Word, past_auxiliaries
from .words import PREPOSITIONS

# words that open an aside after a comma: a participle, or a relative pronoun
_ASIDE_OPENERS = frozenset("who which whose whom".split())


def still_subject(met: Name, filler: Name, passage: Statement, verb: Word) -> bool:
    """The claim's subject `met` is the subject of `verb` (or of the same verb again),
    not the `filler` the role reading found nearer the verb."""
    return _does_it_too(met, passage, verb) or _filler_in_aside(met, filler, passage, verb)


def _does_it_too(met: Name, passage: Statement, verb: Word) -> bool:
    words = passage.words
    i = past_auxiliaries(words, met.last + 1)
    return i < len(words) and i != verb.index and bool(words[i].lemmas & verb.lemmas) \
        and "v" in words[i].pos


def _filler_in_aside(met: Name, filler: Name, passage: Statement, verb: Word) -> bool:
    words = passage.words
    if not met.last < filler.first < verb.index or (
            met.first > 0 and words[met.first - 1].folded in PREPOSITIONS):
        return False
    # the first word after a comma between them opens the aside
    end = words[met.last].end
    opener = next((w for w in words[met.last + 1 : filler.first + 1]
                   if "," in passage.text[end : w.start]), None)
    return opener is not None and (opener.folded in _ASIDE_OPENERS
                                   or opener.folded.endswith(("ing", "ed")))
