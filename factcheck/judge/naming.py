"""Which name of a passage is the claim's name: the same words, a part of them (a
surname, a first name), an acronym, or a transliteration; and when a surname alone is
ambiguous because the document names someone else who bears it."""

from __future__ import annotations

from collections.abc import Iterable

from .units import Name, Word
from .words import TITLES


def another_bearer(name: Name, part: Name, document: Iterable[Name]) -> bool:
    """The document names someone else whose name `part` (a surname) is also part of:
    "Lund" may be Eric, not Ada."""
    return any(_contains(other.keys, part.keys) and other.keys != name.keys
               and not _contains(name.keys, other.keys) and not _contains(other.keys, name.keys)
               and not _owner_in(part, other) and not name_match(name.keys, other.keys)[0]
               for other in document)


def _owner_in(part: Name, other: Name) -> bool:
    """`part` is the owner inside `other`, not a bearer of it: "Okafor's Harbour" (a
    headline's "Okafor's Harbour Lights") names Okafor's film."""
    lowered = other.text.lower().replace("\u2019", "'")
    owner = part.text.lower().replace("\u2019", "'").removesuffix("'s")
    return f"{owner}'s " in lowered


def match_name(name: Name, names: Iterable[Name]) -> tuple[Name, str] | None:
    """The passage name that is `name`: the same words, a part of them (a surname, or a
    first name), an acronym, or a transliteration."""
    keys = name.keys
    best: tuple[int, Name, str] | None = None
    for other in names:
        rank, how = name_match(keys, other.keys)
        if rank and (best is None or rank > best[0]):
            best = (rank, other, how)
    return None if best is None else (best[1], best[2])


def name_match(keys: tuple[str, ...], other: tuple[str, ...]) -> tuple[int, str]:
    if keys == other:
        return 5, ""
    if len(keys) == len(other) == 1 and (keys[0] + "s" == other[0] or other[0] + "s" ==
                                         keys[0]):
        return 4, ""  # "the Lunds" and "Lund"
    if _contains(other, keys):
        return 4, ""  # "Lund" in "Eric Lund", "Ada Lund" in "Ada Mary
        # Brill Lund"
    if _contains(keys, other):
        # the passage gives part of the claim's name: "Lund" for "Eric Lund",
        # "City" for "Manchester City"; another first name before the surname is
        # another person ("Ada Lund" is not "Eric Lund")
        return 3, "part of the name"
    if _nationality_and_surname(other, keys) or _nationality_and_surname(keys, other):
        return 3, "the surname"
    if len(keys) == 1 and initials(other) == keys[0]:
        return 3, f"'{keys[0].upper()}' stands for it"
    if len(other) == 1 and initials(keys) == other[0]:
        return 3, f"'{other[0].upper()}' stands for it"
    if len(keys) == len(other) and all(_variant(a, b) for a, b in zip(keys, other,
                                                                         strict=True)):
        return 2, "spelt another way"
    if _short_form(keys, other) or _short_form(other, keys) or _clipped(keys, other):
        return 2, "a short form of the name"
    return 0, ""


def _clipped(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other with every word cut to its first three or four letters:
    "Harb Cons" for "Harbour Conservancy", "Harb Serv" for "Harbour Services". Two
    words at least, each cut by two letters or more ("Ada Brill" is not "Adam Brillo")."""
    if len(a) != len(b) or len(a) < 2:
        return False
    for x, y in zip(a, b, strict=True):
        short, full = sorted((x, y), key=len)
        if not SHORT_FORM <= len(short) <= _CLIPPED or len(full) < len(short) + 2 or \
                not full.startswith(short):
            return False
    return True


_CLIPPED = 4  # the most letters a word cut short keeps ("Cons" of "Conservancy")


def _nationality_and_surname(described: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`described` is a nationality before `full`'s surname: "Italian Berg" for "Marco
    Berg". Only when `full` opens with what can be nothing but a name, no word of the
    dictionary ("French Open" is not "US Open", nor "Royal Ballet" the "British Ballet")."""
    from ..lexicon import wordnet

    return len(described) == 2 and len(full) >= 2 and described[1] == full[-1] and \
        wordnet.country_of(described[0]) is not None and \
        wordnet.country_of(full[0]) is None and not wordnet.pos_of(full[0])


# the fewest letters a short form of a first name keeps ("Ben" of "Benjamin")
SHORT_FORM = 3


def _short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is `full` with the first name cut short: "Nick Holm" for "Nicholas
    Peter Holm", "Alex Moreno" for "Alexander Moreno". The same surname, and the rest of
    the short name in the full one."""
    if len(short) < 2 or len(full) < 2 or short[-1] != full[-1]:
        return False
    first, whole = short[0], full[0]
    if len(first) < SHORT_FORM or len(first) >= len(whole) or not whole.startswith(first):
        return False
    rest = iter(full[1:])
    return all(k in rest for k in short[1:])


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """`shorter` is in `longer`, in order, with its last word last of both when it has
    several ("Ada Lund" in "Ada Mary Brill Lund", not in "Ada
    Lund Brill Centre")."""
    if len(shorter) >= len(longer):
        return False
    if len(shorter) > 1 and shorter[-1] != longer[-1]:
        return any(longer[i : i + len(shorter)] == shorter
                   for i in range(len(longer) - len(shorter) + 1))
    it = iter(longer)
    return all(k in it for k in shorter)


def initials(keys: tuple[str, ...]) -> str:
    """The first letters of two keys or more ("tr" for "tarn", "ridge"); "" for one."""
    return "".join(k[0] for k in keys) if len(keys) >= 2 else ""


def _variant(a: str, b: str) -> bool:
    """The same name spelt with other vowels ("Tahrir"/"Tahrar", "Mohammed"/"Muhammad")."""
    if a == b:
        return True
    if len(a) < 5 or len(a) != len(b) or a[0] != b[0]:
        return False
    strip = str.maketrans("", "", "aeiouy")
    return a[0] + a[1:].translate(strip) == b[0] + b[1:].translate(strip)


def joined_name(one: Name, other: Name, document: Iterable[Name]) -> str:
    """The name among a document's that has both one-word names among its keys ("Greta
    Halvorsen" for "Halvorsen" and "Greta"), or "" when none has: one person named by a
    surname in the claim and by a first name in the passage."""
    if len(one.keys) != 1 or len(other.keys) != 1 or one.keys == other.keys:
        return ""
    both = {one.keys[0], other.keys[0]}
    full = next((n for n in document if both <= set(n.keys)), None)
    if full is None:
        return ""
    # the words from the one to the other, as written ("Greta Halvorsen", not the run
    # "Greta Halvorsen's Lanmouth Years" a sentence's capitals may make of it)
    written = full.text.split()
    at = [k for k, w in enumerate(written) if w.lower().removesuffix("'s") in both]
    return " ".join(written[at[0] : at[-1] + 1]).removesuffix("'s") if at else full.text


# the most words between a name and the person it describes: "central bank governor"
_DESCRIBED_WITHIN = 3


def describes_next(k: int, names: tuple[Name, ...], words: tuple[Word, ...]) -> bool:
    """Name k only says whose office the next name holds ("Tarnland central bank
    governor Ada Lund", "Harwick ferry chief Tom Berg"): the next name follows within a
    few words that end in a title, with no verb between."""
    if k + 1 >= len(names):
        return False
    name, person = names[k], names[k + 1]
    between = words[name.last + 1 : person.first]
    return 0 < len(between) <= _DESCRIBED_WITHIN and between[-1].folded in TITLES and \
        len(person.keys) >= 2 and all(
            w.content and not w.verb and "n" in w.pos or w.folded in TITLES for w in between)


def office_words(name: Name) -> tuple[str, ...]:
    """The office a name is written with, up to its last title word, lower case:
    ("harbour", "secretary") of "Harbour Secretary Ada Lund"; () for a name without one."""
    words = name.text.lower().split()
    at = max((k for k, w in enumerate(words[:-1]) if w in TITLES), default=-1)
    return tuple(words[: at + 1])
