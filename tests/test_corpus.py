"""The library API (`Corpus`, `check`) and where the corpus comes from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Corpus, Result, Verdict, check
from factcheck.cli.common import corpus_options
from factcheck.corpus.loader import SkippedFileWarning
from factcheck.corpus.resolve import bundled_seeds, resolve_corpus
from factcheck.errors import CorpusError, FactcheckError, UsageError
from factcheck.judge.retrieval import retrieve
from factcheck.text import strip_invisible
from tests.conftest import HAY, SEEDS, write_tree

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
ONE = {"a.txt": "The lighthouse at Carrick Point was built in 1871.\n"}


def _dirs(tmp_path: Path, *names: str) -> list[Path]:
    return [write_tree(tmp_path / n, ONE) for n in names]


# --- corpus resolution: --corpus > FACTCHECK_CORPUS > config > ./seeds > bundled -------


def test_explicit_corpus_beats_everything(
    tmp_path: Path, elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flag, env, conf = _dirs(tmp_path, "flag", "env", "conf")
    monkeypatch.setenv("FACTCHECK_CORPUS", str(env))
    (elsewhere / ".factcheck.toml").write_text(f'corpus = "{conf}"\n')
    write_tree(elsewhere / "seeds", ONE)
    assert corpus_options([flag], None).dirs == (flag,)


def test_explicit_corpus_may_be_repeated(tmp_path: Path, elsewhere: Path) -> None:
    one, two = _dirs(tmp_path, "one", "two")
    assert corpus_options([one, two], None).dirs == (one, two)


def test_environment_beats_config_and_local_seeds(
    tmp_path: Path, elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env1, env2, conf = _dirs(tmp_path, "env1", "env2", "conf")
    monkeypatch.setenv("FACTCHECK_CORPUS", f"{env1}{os.pathsep}{env2}")
    (elsewhere / ".factcheck.toml").write_text(f'corpus = "{conf}"\n')
    write_tree(elsewhere / "seeds", ONE)
    assert corpus_options(None, None).dirs == (env1, env2)


def test_factcheck_toml_in_the_working_directory(elsewhere: Path) -> None:
    write_tree(elsewhere / "articles", ONE)
    write_tree(elsewhere / "seeds", ONE)
    (elsewhere / ".factcheck.toml").write_text('corpus = "articles"\n')
    assert corpus_options(None, None).dirs == ((elsewhere / "articles").resolve(),)


def test_config_in_a_parent_folder_resolves_paths_against_that_folder(
    elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(elsewhere / "articles", ONE)
    (elsewhere / ".factcheck.toml").write_text('corpus = ["articles"]\nindex = "cache/i.db"\n')
    child = elsewhere / "drafts" / "2024"
    child.mkdir(parents=True)
    monkeypatch.chdir(child)
    opts = corpus_options(None, None)
    assert opts.dirs == ((elsewhere / "articles").resolve(),)
    assert opts.index == elsewhere.resolve() / "cache" / "i.db"


def test_tool_factcheck_table_in_pyproject(elsewhere: Path) -> None:
    write_tree(elsewhere / "news", ONE)
    (elsewhere / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\ncorpus = "news"\ntop = 3\n')
    assert corpus_options(None, None).dirs == ((elsewhere / "news").resolve(),)


def test_pyproject_without_a_factcheck_table_is_not_a_config(
    elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(elsewhere / "news", ONE)
    (elsewhere / ".factcheck.toml").write_text('corpus = "news"\n')
    child = elsewhere / "pkg"
    child.mkdir()
    (child / "pyproject.toml").write_text('[project]\nname = "pkg"\n')
    monkeypatch.chdir(child)
    assert corpus_options(None, None).dirs == ((elsewhere / "news").resolve(),)


def test_a_broken_pyproject_is_only_an_error_when_it_has_our_table(
    elsewhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(elsewhere / "news", ONE)
    (elsewhere / ".factcheck.toml").write_text('corpus = "news"\n')
    child = elsewhere / "pkg"
    child.mkdir()
    monkeypatch.chdir(child)
    (child / "pyproject.toml").write_text('[project\nname = "pkg"\n')  # someone else's typo
    assert corpus_options(None, None).dirs == ((elsewhere / "news").resolve(),)
    (child / "pyproject.toml").write_text('[tool.factcheck\ncorpus = "news"\n')
    with pytest.raises(FactcheckError, match="invalid TOML"):
        corpus_options(None, None)


def test_unknown_config_key_is_an_error_naming_it(elsewhere: Path) -> None:
    (elsewhere / ".factcheck.toml").write_text('corpse = "news"\n')
    with pytest.raises(FactcheckError, match="corpse"):
        corpus_options(None, None)


def test_local_seeds_folder_when_nothing_else_is_set(elsewhere: Path) -> None:
    write_tree(elsewhere / "seeds", ONE)
    assert resolve_corpus() == [Path("seeds")]
    assert corpus_options(None, None).dirs == (Path("seeds"),)


def test_bundled_seeds_found_from_a_source_checkout(elsewhere: Path) -> None:
    # regression: bundled_seeds() looked only in factcheck/seeds, which exists in a built
    # wheel but not in a source checkout or editable install, so `factcheck "CLAIM"` run
    # outside the repository failed with "corpus folder not found: .../factcheck/seeds"
    (default,) = resolve_corpus()
    assert default == bundled_seeds()
    assert sorted(p.name for p in default.glob("*.txt")) == SEED_NAMES
    corpus = Corpus.from_path(default)
    try:
        assert sorted(corpus.index.sources()) == SEED_NAMES
    finally:
        corpus.close()


def test_missing_corpus_folder_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not found"):
        Corpus.from_path(tmp_path / "nope")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(CorpusError, match="not a folder"):
        Corpus.from_path(tmp_path / "file.txt")


# --- the library API -------------------------------------------------------------------


def test_public_names() -> None:
    assert {"Corpus", "check", "Result", "Verdict", "FactcheckError"} <= set(factcheck.__all__)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None
    with pytest.raises(AttributeError):
        factcheck.no_such_name  # noqa: B018


def test_from_texts_writes_no_files(cache_dir: Path, tmp_path: Path, elsewhere: Path) -> None:
    corpus = Corpus.from_texts(HAY)
    result = check("Riverside Rovers won the Northern Cup final", corpus)
    corpus.close()
    assert result.evidence
    assert list(cache_dir.rglob("*")) == []
    assert list(elsewhere.rglob("*")) == []
    assert corpus.index.path is None


def test_from_texts_documents_and_sentences(hay_corpus: Corpus) -> None:
    docs = {d.source: d.text for d in hay_corpus.documents()}
    assert docs == HAY
    sentences = list(hay_corpus.sentences())
    assert {s.source for s in sentences} == set(HAY)
    for s in sentences:
        assert docs[s.source][s.start : s.end] == s.text
    assert len(hay_corpus) >= len(sentences)


def test_from_texts_offsets_index_documents_when_a_text_starts_with_a_bom() -> None:
    # regression: from_texts indexed the decoded text (BOM removed) but documents() gave
    # back the raw text, so every sentence's start/end was one character off; a binary
    # text was left out of the index but still returned by documents()
    with pytest.warns(SkippedFileWarning, match="binary file b.txt"):
        corpus = Corpus.from_texts({
            "a.txt": "\ufeffThe harbour reopened on Friday. Ships returned.\n",
            "b.txt": "not\x00text",
        })
    try:
        docs = {d.source: d.text for d in corpus.documents()}
        assert sorted(docs) == ["a.txt"]
        sentences = list(corpus.sentences())
        assert [s.text for s in sentences] == ["The harbour reopened on Friday.",
                                               "Ships returned."]
        for s in sentences:
            assert docs[s.source][s.start : s.end] == s.text
    finally:
        corpus.close()


def test_from_texts_skips_empty_texts() -> None:
    corpus = Corpus.from_texts({"a.txt": ONE["a.txt"], "blank.txt": "  \n"})
    try:
        assert corpus.index.sources() == ["a.txt"]
    finally:
        corpus.close()


def test_from_path_accepts_str_path_and_lists(hay_dir: Path, tmp_path: Path) -> None:
    for arg in (str(hay_dir), hay_dir, [hay_dir]):
        corpus = Corpus.from_path(arg)
        try:
            assert sorted(corpus.index.sources()) == sorted(HAY)
        finally:
            corpus.close()
    other = write_tree(tmp_path / "other", ONE)
    both = Corpus.from_path([hay_dir, other])
    try:
        assert "other/a.txt" in both.index.sources()
        assert "hay/sport/cup_final.txt" in both.index.sources()
    finally:
        both.close()


def test_sentences_from_disk_point_into_the_files(hay_dir: Path) -> None:
    corpus = Corpus.from_path(hay_dir)
    try:
        for s in corpus.sentences():
            text = (hay_dir / s.source).read_text(encoding="utf-8")
            assert text[s.start : s.end] == s.text
    finally:
        corpus.close()


def test_check_returns_a_result(hay_corpus: Corpus) -> None:
    result = check("Riverside Rovers won the Northern Cup final 3-1", hay_corpus)
    assert isinstance(result, Result)
    assert isinstance(result.verdict, Verdict)
    data = result.to_dict()
    assert data["schema"] == 2
    assert data["verdict"] == result.verdict.value
    assert data["claim"] == "Riverside Rovers won the Northern Cup final 3-1"
    assert data["evidence"][0]["source"] == "sport/cup_final.txt"


@pytest.mark.parametrize("claim", ["", "   ", "\n\t"])
def test_empty_claim_is_a_usage_error(hay_corpus: Corpus, claim: str) -> None:
    with pytest.raises(UsageError, match="empty"):
        check(claim, hay_corpus)


def test_claim_of_only_stop_words_is_not_enough_info(hay_corpus: Corpus) -> None:
    result = check("it was the one that they said", hay_corpus)
    assert result.verdict is Verdict.NOT_ENOUGH_INFO
    assert result.reason


@pytest.mark.parametrize("top", [1, 2, 3])
def test_top_limits_the_evidence(hay_corpus: Corpus, top: int) -> None:
    result = check("Storm Brenna cut power to homes on the northern coast", hay_corpus, top=top)
    assert 1 <= len(result.evidence) <= top


def test_top_below_one_is_a_usage_error(hay_corpus: Corpus) -> None:
    with pytest.raises(UsageError, match="top"):
        check("Storm Brenna", hay_corpus, top=0)


@pytest.mark.parametrize(
    "claim",
    [
        'Rovers won the "Northern Cup" final',
        'Rovers won the "Northern Cup final',  # unbalanced quote
        "Rovers won the Northern Cup* final",
        "Rovers AND won OR the NOT Northern Cup final",
        "Rovers won NEAR(Northern Cup final",
        "Rovers won NEAR(Northern Cup, 3) final",
        "text: Rovers won the ^Northern Cup final (again)",
        "Rovers + won - the {Northern} Cup final:",
    ],
)
def test_search_syntax_in_a_claim_is_plain_words(hay_corpus: Corpus, claim: str) -> None:
    result = check(claim, hay_corpus)
    assert result.evidence
    assert result.evidence[0].sentence.source == "sport/cup_final.txt"
    assert result.evidence[0].sentence.line == 1


def test_operator_words_are_searched_as_words() -> None:
    corpus = Corpus.from_texts({
        "a.txt": "The NEAR group of lenders met on Monday.\n",
        "b.txt": "Analysts expect the bank to raise rates in spring.\n",
    })
    try:
        result = check("NEAR lenders", corpus)
        assert result.evidence[0].sentence.source == "a.txt"
    finally:
        corpus.close()


def test_paraphrase_is_reranked_to_the_top(hay_corpus: Corpus) -> None:
    # "smallest metre" for the source's "smallest yard": one word changed, still the match
    claim = "Lund said the side would not concede the smallest metre to their rivals"
    ranked = retrieve(claim, hay_corpus.index, limit=5)
    assert "smallest yard" in ranked[0].row.text
    assert ranked[0].coverage >= 0.7
    result = check(claim, hay_corpus)
    assert "smallest yard" in result.evidence[0].sentence.text


def test_paraphrase_beats_a_sentence_sharing_only_names() -> None:
    corpus = Corpus.from_texts({
        "a.txt": "Halvorsen said frozen meal demand stayed strong across Europe.\n",
        "b.txt": "Halvorsen joined Nordvik Foods in Oslo in 2015.\n",
    })
    try:
        ranked = retrieve("Halvorsen said demand for frozen meals remained strong in Europe",
                          corpus.index, limit=5)
        assert ranked[0].row.source == "a.txt"
    finally:
        corpus.close()


# --- the seeds, end to end -------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    corpus = Corpus.from_path(SEEDS, index_path=tmp_path_factory.mktemp("seeds") / "i.sqlite")
    yield corpus
    corpus.close()


def test_seeds_claim_finds_its_source_line(seeds_corpus: Corpus) -> None:
    result = check("Turkey has 12 observation posts in Idlib", seeds_corpus)
    assert result.evidence
    top = result.evidence[0].sentence
    text = (SEEDS / top.source).read_text(encoding="utf-8")
    assert text[top.start : top.end] == top.text
    assert "12 observation posts" in top.text


def test_seeds_folded_name_matches_either_spelling(seeds_corpus: Corpus) -> None:
    rows = seeds_corpus.index.search(["erdogan"], 200)
    texts = " ".join(r.text for r in rows)
    assert "Erdo\u011fan" in texts and "Erdogan" in texts


def test_seeds_spun_copy_still_matches(seeds_corpus: Corpus) -> None:
    # one seed is a spun rewrite: "smallest phase back" for "smallest step back"
    ranked = retrieve("Erdogan said Turkey will not take the smallest step back in Idlib",
                      seeds_corpus.index, limit=6)
    texts = [p.row.text for p in ranked]
    assert any("smallest step back" in t for t in texts[:3])
    assert any("smallest phase back" in t for t in texts[:6])


# --- properties ------------------------------------------------------------------------

# one in-memory corpus for the many examples (it writes no files, so the cache stays clean)
_SHARED_HAY = Corpus.from_texts(HAY)
_CLAIM_PARTS = st.sampled_from(
    list("abc XYZ.,!?\"'()*:^-+{}[]~0123456789%$\u00a3/")
    + ["AND ", "OR ", "NOT ", "NEAR(", " million ", " km ", " 3.7 ", "Rovers ", "Feb. ",
       " 2020 ", "\u201c", "\u00bd", " per cent ", " mid-", "12th ", " between ", " and "]
)
_CLAIMS = st.lists(_CLAIM_PARTS, min_size=1, max_size=30).map("".join) | st.text(max_size=80)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CLAIMS)
def test_check_never_raises_on_any_claim(claim: str) -> None:
    try:
        result = check(claim, _SHARED_HAY)
    except UsageError:
        # empty once invisible characters (a soft hyphen, a zero-width space) are dropped
        assert not strip_invisible(claim).split()
        return
    assert result.to_dict()["schema"] == 2


@pytest.mark.parametrize("which", ["hay", "seeds"])
def test_a_corpus_sentence_is_never_contradicted_by_its_corpus(
    which: str, seeds_corpus: Corpus
) -> None:
    corpus = _SHARED_HAY if which == "hay" else seeds_corpus
    sentences = list(corpus.sentences())
    assert len(sentences) > 10
    for s in sentences:
        assert check(s.text, corpus).verdict is not Verdict.CONTRADICTED, s.location
