"""The WordNet lexicon (factcheck.lexicon.wordnet): what it knows of ordinary English,
what it must not claim, and that it stays small, lazy and self-contained."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.lexicon import table as table_file
from factcheck.lexicon import wordnet as wn

PACKAGE = Path(wn.__file__).resolve().parent
DATA_CAP = 1_100_000  # bytes: the shipped table and licence (1.09 MB: 2 KB blocks)


# -- inflections -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("sought", "seek"), ("children", "child"), ("fell", "fall"), ("stepped", "step"),
     ("elected", "elect"), ("invasions", "invasion"), ("countries", "country"),
     ("women", "woman"), ("better", "good"), ("called", "call"), ("running", "run")],
)
def test_an_inflected_form_leads_to_its_lemma(form: str, lemma: str) -> None:
    assert lemma in wn.lemmas(form)
    assert wn.relation(form, lemma) == "inflection"


def test_an_ambiguous_form_gives_every_lemma_the_word_itself_first() -> None:
    assert wn.lemmas("fell")[:2] == ("fell", "fall")  # the verb "fell" (a tree) and "fall"
    assert wn.lemmas("sought") == ("sought", "seek")
    assert wn.pos_of("fell") == {"n", "v", "a"}


def test_lemmas_keeps_only_forms_that_are_lemmas_and_honours_pos() -> None:
    assert wn.lemmas("xqzvyt") == ()
    assert wn.lemmas("children", "v") == ()
    assert "seek" not in wn.lemmas("sought", "a")
    assert wn.lemmas("boss") == ("boss",)  # not "bos" by the -s rule
    assert wn.lemmas("") == ()


def test_multiword_and_hyphenated_forms() -> None:
    assert wn.lemmas("stepped down") == ("step down",)
    assert wn.lemmas("Prime Ministers") == ("prime minister",)
    assert wn.lemmas("co-operation") == ("cooperation",)
    assert wn.lemmas("ceasefires") == ("cease-fire",)  # WordNet spells it with a hyphen


# -- synonyms, antonyms, derivations ---------------------------------------------------


def test_synonyms_from_the_commonest_senses() -> None:
    assert "truce" in wn.synonyms("ceasefire")
    assert wn.relation("ceasefire", "truce") == "synonym"
    assert wn.relation("truces", "ceasefire") == "synonym"
    assert "cancel" in wn.synonyms("call off")
    assert wn.relation("called off", "cancelled") == "synonym"


def test_no_synonym_from_a_hypernym_or_a_rare_sense() -> None:
    # "billion" shares a synset with "million" only in its hyperbole sense ("a billion
    # reasons"), which SemCor never saw: not one of the two commonest senses
    assert "million" not in wn.synonyms("billion")
    assert wn.relation("billion", "million") is None
    assert wn.relation("hours", "time") is None  # hypernym only
    assert "close" not in wn.synonyms("open")
    assert wn.relation("open", "close") == "antonym"


def test_antonyms() -> None:
    assert "reject" in wn.antonyms("accept")
    assert "accept" in wn.antonyms("reject", "v")
    assert wn.antonyms("reject", "n") == frozenset()
    assert wn.relation("rejected", "accepted") == "antonym"
    assert wn.relation("rose", "fell") == "antonym"
    assert wn.relation("won", "lost") == "antonym"
    assert "fall" not in wn.antonyms("seek")
    assert wn.relation("agreed", "accepted") != "antonym"


@pytest.mark.parametrize(("a", "b"), [("elect", "election"), ("decide", "decision"),
                                      ("invade", "invasion")])
def test_derivations_both_ways(a: str, b: str) -> None:
    assert b in wn.derivations(a)
    assert a in wn.derivations(b)
    assert wn.relation(a, b) == "derivation"


def test_derivation_through_inflection_and_its_absence() -> None:
    assert wn.relation("elected", "elections") == "derivation"
    assert "election" not in wn.derivations("decide")
    assert wn.relation("election", "invasion") is None


def test_relation_same_and_unknown() -> None:
    assert wn.relation("Truce", "truce") == "same"
    assert wn.relation("xqzvyt", "truce") is None
    assert wn.relation("", "truce") is None


# -- hypernyms ------------------------------------------------------------------------

# lemmas of the synsets too general to say anything
GENERAL_NOUNS = {"entity", "physical entity", "abstraction", "object", "whole", "group",
                 "act", "event", "person", "measure", "attribute", "relation", "thing",
                 "psychological feature"}
GENERAL_VERBS = {"change", "move", "make", "travel", "go", "act", "interact"}


@pytest.mark.parametrize(
    ("word", "broader_word"),
    [("jet", "plane"), ("jet", "airplane"), ("airliner", "airplane"), ("sedan", "car"),
     ("rifle", "firearm"), ("senator", "legislator"), ("politician", "leader"),
     ("lawsuit", "proceeding"), ("company", "institution"), ("buy", "acquire"),
     ("buy", "get"), ("purchase", "acquisition"), ("referendum", "vote")],
)
def test_broader_gives_what_a_word_entails(word: str, broader_word: str) -> None:
    assert broader_word in wn.broader(word)
    assert word not in wn.broader(broader_word, depth=3)  # one way only


def test_broader_by_depth() -> None:
    assert "organization" not in wn.broader("company")
    assert "organization" in wn.broader("company", depth=2)  # company, institution, ...
    assert "aircraft" in wn.broader("jet", depth=3)
    assert "gun" in wn.broader("rifle", depth=2)
    for word in ("jet", "company", "rifle", "soldier", "murder"):
        assert wn.broader(word, depth=1) <= wn.broader(word, depth=2) <= wn.broader(word, depth=3)
        assert word not in wn.broader(word, depth=5)
    assert wn.broader("jet", depth=0) == frozenset()


def test_broader_never_gives_a_narrower_or_sister_word() -> None:
    assert "organization" not in wn.broader("group", depth=3)
    assert "jet" not in wn.broader("plane", depth=3)
    assert "buy" not in wn.broader("get", depth=3)
    assert "prison" not in wn.broader("jail", depth=3)  # both a correctional institution
    assert "million" not in wn.broader("billion", depth=3)
    assert "billion" not in wn.broader("million", depth=3)


def test_broader_leaves_out_the_too_general_synsets() -> None:
    for word in ("organization", "soldier", "purchase", "company", "earthquake", "coup",
                 "helicopter", "referendum", "step"):
        assert not wn.broader(word, "n", depth=10) & GENERAL_NOUNS, word
    for word in ("step", "fly", "create", "buy", "walk", "alter"):
        assert not wn.broader(word, "v", depth=10) & GENERAL_VERBS, word


def test_broader_reads_each_word_in_its_common_senses() -> None:
    # a hypernym's lemma counts where the hypernym is one of the lemma's own two
    # commonest senses: "ending" is, "conclusion" (of an argument, of a text) is not
    assert "ending" in wn.broader("abolition")
    assert "conclusion" not in wn.broader("abolition")
    assert "hold" not in wn.broader("admit", depth=2)
    # "clock time" is above "hour" (of the day), but neither is the commonest sense
    assert "time" not in wn.broader("hour", depth=3)
    # the second sense of "run" (flee) is not read: "run" does not give "leave"
    assert "hurry" in wn.broader("run")
    assert "leave" not in wn.broader("run", depth=2)
    # "seek" the noun (a disk head's movement) is rarer than the verb by far
    assert wn.broader("seek", "n") == frozenset()
    assert "want" in wn.broader("seek", "v")


def test_broader_of_other_parts_of_speech_and_unknown_words() -> None:
    assert wn.broader("large") == frozenset()
    assert wn.broader("jet", "a") == frozenset()
    assert wn.broader("jet", "v") <= wn.broader("jet")
    assert "plane" not in wn.broader("jet", "v")
    assert wn.broader("xqzvyt") == frozenset()
    assert wn.broader("") == frozenset()


# -- multiword verbs -------------------------------------------------------------------


def test_phrasal_verbs_are_verb_lemmas() -> None:
    for phrase in ("step down", "call off", "pull back", "take over"):
        assert wn.is_phrasal_verb(phrase), phrase
        assert "v" in wn.pos_of(phrase)
    assert wn.is_phrasal_verb("stepped down")
    assert not wn.is_phrasal_verb("step")
    assert not wn.is_phrasal_verb("step the")
    assert not wn.is_phrasal_verb("election")


def test_phrasal_verbs_in_tokens() -> None:
    tokens = "The minister stepped down after unions called the strike off".split()
    assert wn.phrasal_verbs_in(tokens) == [(2, 4, "step down"), (6, 10, "call off")]
    assert wn.phrasal_verbs_in("troops pulled back and rebels took over".split()) == [
        (1, 3, "pull back"), (5, 7, "take over")]
    assert wn.phrasal_verbs_in(["called", "it", "off"]) == [(0, 3, "call off")]


def test_no_phrasal_verb_without_its_particle() -> None:
    assert wn.phrasal_verbs_in("she called her mother on Tuesday".split()) == []
    assert wn.phrasal_verbs_in("the step".split()) == []
    assert wn.phrasal_verbs_in([]) == []
    # too far apart to be one verb
    assert wn.phrasal_verbs_in("called the big national meeting off".split()) == []
    # a particle before a noun phrase is a preposition
    assert wn.phrasal_verbs_in("ran the car off the road".split()) == []


# -- countries -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "country"),
    [("Syrian", "Syria"), ("Syrians", "Syria"), ("French", "France"),
     ("Frenchman", "France"), ("Moscow", "Russia"), ("Russian", "Russia"),
     ("Russia", "Russia"), ("Beijing", "China"), ("British", "United Kingdom"),
     ("US", "United States"), ("Burma", "Myanmar"), ("Kabul", "Afghanistan")],
)
def test_country_of(word: str, country: str) -> None:
    assert wn.country_of(word) == country


def test_no_country_for_ordinary_words() -> None:
    assert wn.country_of("us") is None  # the pronoun, not the US
    assert wn.country_of("kiwi") is None  # first a fruit, only then a New Zealander
    assert wn.country_of("Basque") is None  # a people of two countries
    assert wn.country_of("table") is None
    assert wn.country_of("") is None


# -- the package: self-contained, lazy, small ------------------------------------------


def test_the_loader_imports_only_the_standard_library() -> None:
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.level <= 1, f"{path.name}: import from outside the package"
                if node.level == 0:
                    names = [node.module or ""]
                else:
                    continue
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top == "__future__", (
                    f"{path.name} imports {name}")


def test_using_the_loader_loads_nothing_else_from_factcheck() -> None:
    code = (
        "import sys\n"
        "from factcheck.lexicon import wordnet as wn\n"
        "assert wn._table is None, 'read at import'\n"
        "wn.relation('rejected', 'accepted'); wn.country_of('Moscow'); wn.broader('jet')\n"
        "wn.phrasal_verbs_in(['stepped', 'down'])\n"
        "assert wn._table is not None\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'factcheck'))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(["factcheck", "factcheck.lexicon",
                                       "factcheck.lexicon.table",
                                       "factcheck.lexicon.wordnet"])


def test_the_shipped_data_is_under_the_size_cap_and_carries_the_licence() -> None:
    data = PACKAGE / "data"
    total = sum(p.stat().st_size for p in data.iterdir() if p.is_file())
    assert total < DATA_CAP, f"{total:,} bytes"
    licence = (data / "WORDNET-LICENSE").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in licence
    assert "THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\"" in licence


def _build_tool():
    spec = importlib.util.spec_from_file_location(
        "build_lexicon", PACKAGE.parents[1] / "tools" / "build_lexicon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("block_bytes", [16, 40, 4096])
def test_what_the_build_tool_writes_this_loader_reads_back(block_bytes: int) -> None:
    # small blocks share a preset dictionary: every record, synset and multiword verb
    # must come back from whichever block holds it, with no block boundary lost
    tool = _build_tool()
    records = sorted(f"{w}\tn\t1{i}" for i, w in enumerate(
        ["harbour", "harbours", "pier", "quay", "tide", "tides", "wharf", "ferry"]))
    synsets = [f"harbour,haven,port{i}" for i in range(30)]
    phrasal = ["call off", "step down"]
    assert tool.MAGIC == table_file.MAGIC
    table = table_file.Table("test", tool.encode(records, synsets, phrasal, block_bytes))
    for line in records:
        word = line.split("\t")[0]
        assert table.record(word) == line.split("\t")
    assert table.record("harbou") is None and table.record("zz") is None
    assert [table.synset(k) for k in range(30)] == [[s] for s in synsets]
    assert table.phrasal() == phrasal
    if block_bytes < 100:
        assert len(table._spans["R"]) > 1 and len(table._spans["D"]) == 2


def test_the_table_is_one_that_this_loader_reads() -> None:
    blob = (PACKAGE / "data" / "wordnet.bin").read_bytes()
    assert blob.startswith(table_file.MAGIC)
    table = table_file.Table("wordnet.bin", blob)
    assert table.record("truce") is not None
    assert table.record("zzzzzzzz") is None
    assert table.record("") is None
    assert "call off" in table.phrasal()
