"""Copy clustering at scale: word-pair sketches sort candidate pairs into clear copies,
unrelated stories and borderline pairs, and only the borderline ones are scored exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.audit import clusters, shingles
from factcheck.audit.shingles import Triage, sketch, triage
from factcheck.index.corpus import Corpus
from factcheck.index.terms import document_terms, terms_of
from factcheck.judge import copies


def lines(*sentences: str) -> str:
    return "\n".join(sentences) + "\n"


RAILWAY = lines(
    "Volunteers in the Kessel valley have finished restoring the narrow gauge railway "
    "that closed to passengers in 1962.",
    "The line climbs eleven kilometres from the market town to the old slate quarry at "
    "the head of the valley.",
    "Work on the track began four years ago with a grant of 900,000 euros from the "
    "regional heritage fund.",
    "A steam locomotive built in Leeds in 1911 was found rusting in a scrapyard and "
    "rebuilt in the society's own workshop.",
    "The society's chairman, Tomas Verbeek, said the first public trains would run "
    "on the last weekend of May.",
    "Tickets will cost twelve euros for adults, and children under five will travel free.",
    "Farmers along the route were worried about sparks from the engine setting dry "
    "fields on fire in the summer.",
    "The society has agreed to run a diesel engine on the hottest days and to keep "
    "a fire crew at the quarry station.",
    "Local hotels expect the railway to bring thousands of extra visitors to the "
    "valley every year.",
)

# the same report re-run by another outlet, with its own figures and spokesman
RERUN = lines(
    "Volunteers in the Kessel valley have finished restoring the narrow gauge railway "
    "that closed to passengers in 1964.",
    "The line climbs thirteen kilometres from the market town to the old slate quarry "
    "at the head of the valley.",
    "Work on the track began five years ago with a grant of 850,000 euros from the "
    "regional heritage fund.",
    "A steam locomotive built in Leeds in 1911 was found rusting in a scrapyard and "
    "rebuilt in the society's own workshop.",
    "The society's chairman, Anton Maes, said the first public trains would run on "
    "the last weekend of May.",
    "Tickets will cost ten euros for adults, and children under five will travel free.",
    "Farmers along the route were worried about sparks from the engine setting dry "
    "fields on fire in the summer.",
    "The society has agreed to run a diesel engine on the hottest days and to keep "
    "a fire crew at the quarry station.",
    "Local hotels expect the railway to bring thousands of extra visitors to the "
    "valley every year.",
)

# the report through a synonym spinner: words swapped one for one, order kept
SPUN = lines(
    "Helpers in the Kessel valley have completed repairing the slim gauge railroad "
    "that shut to travellers in 1962.",
    "The track rises eleven kilometres from the trading town to the former slate pit at "
    "the top of the valley.",
    "Labour on the line started some four years back with a subsidy totalling 900,000 "
    "euros out of the local heritage budget.",
    "A steam engine made at Leeds during 1911 was discovered decaying inside a junkyard "
    "then rebuilt within the society's private shop.",
    "The society's head, Tomas Verbeek, stated the initial public trains would operate "
    "on the final weekend of May.",
    "Fares will cost twelve euros for grown-ups, and kids under five will ride free.",
    "Growers beside the path were concerned regarding sparks out of the locomotive "
    "lighting parched meadows ablaze during summer.",
    "The society has consented to use a diesel locomotive on the warmest days and to "
    "station a fire team at the pit halt.",
    "Nearby inns anticipate the railroad to draw thousands of additional tourists to "
    "the valley each year.",
)

BAKERY = lines(
    "A family bakery in the harbour district has won the national rye bread contest "
    "for the third time.",
    "The judges tasted more than two hundred loaves sent in by bakers from every province.",
    "The winning loaf is made with a sourdough starter the owner's grandmother kept "
    "alive through the war.",
    "The bakery opens at five in the morning, and the queue often reaches the corner "
    "before the doors open.",
    "The owner said she would spend the prize money on a second oven and an apprentice.",
    "Next year the contest moves to the capital, where it will be held in the old "
    "covered market.",
)

TEXTS = {"railway.txt": RAILWAY, "rerun.txt": RERUN, "spun.txt": SPUN, "bakery.txt": BAKERY}


def sketches_of(*texts: str) -> list[shingles.Sketch]:
    return [sketch(t.splitlines()) for t in texts]


def ordered(a: shingles.Sketch, b: shingles.Sketch) -> tuple[shingles.Sketch, shingles.Sketch]:
    return (a, b) if a.sentences <= b.sentences else (b, a)


def test_triage_takes_a_rerun_for_a_copy_and_a_different_story_for_apart() -> None:
    railway, rerun, bakery = sketches_of(RAILWAY, RERUN, BAKERY)
    copy = triage(*ordered(railway, rerun))
    assert copy.decision is Triage.COPY
    assert copy.clear >= 5 and copy.share >= shingles.CLEAR_SHARE
    assert triage(*ordered(railway, bakery)).decision is Triage.APART


def test_triage_leaves_a_spun_rewrite_to_the_exact_score() -> None:
    # a spinner keeps few adjacent word pairs: the sketch cannot call it a copy, and
    # must not call it apart either (the sentence-by-sentence score finds it)
    railway, spun = sketches_of(RAILWAY, SPUN)
    assert triage(*ordered(railway, spun)).decision is Triage.SCORE


def test_one_quoted_sentence_never_makes_a_sketch_copy() -> None:
    quoting = lines(
        "The bakery's owner read about the valley railway in the morning paper.",
        '"Farmers along the route were worried about sparks from the engine setting dry '
        'fields on fire in the summer," the paper wrote.',
        "She said her own village had lost its station long before she was born.",
        "She plans to take her apprentices on the first train as a reward.",
    )
    railway, quoter = sketches_of(RAILWAY, quoting)
    assert triage(*ordered(quoter, railway)).decision is Triage.APART


def test_the_sketch_pass_counts_the_same_words_as_the_index() -> None:
    # the candidate pass tokenizes each sentence once for both the sketch and the rare
    # words; those must be the words the index counts (index/terms.py)
    for text in TEXTS.values():
        seen: set[str] = set()
        sketch(text.splitlines(), seen)
        assert terms_of(seen) == document_terms(text.splitlines())


def scored_exactly(monkeypatch: pytest.MonkeyPatch) -> list[frozenset[str]]:
    calls: list[frozenset[str]] = []
    exact = copies.pair_score

    def counting(name_a: str, prints_a: object, name_b: str, *args: object,
                 **kwargs: object) -> copies.PairScore:
        calls.append(frozenset((name_a, name_b)))
        return exact(name_a, prints_a, name_b, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(copies, "pair_score", counting)
    return calls


def test_clusters_by_sketch_are_those_of_scoring_every_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    every = clusters.copy_clusters(Corpus.from_texts(TEXTS))
    assert [set(c.sources) for c in every] == [{"railway.txt", "rerun.txt", "spun.txt"}]
    assert not any(p.estimated for c in every for p in c.pairs)

    monkeypatch.setattr(clusters, "SCORE_ALL_UP_TO", 0)  # the large-corpus path
    calls = scored_exactly(monkeypatch)
    sketched = clusters.copy_clusters(Corpus.from_texts(TEXTS))
    assert [c.sources for c in sketched] == [c.sources for c in every]
    (cluster,) = sketched
    estimated = {frozenset((p.a, p.b)) for p in cluster.pairs if p.estimated}
    assert estimated == {frozenset(("railway.txt", "rerun.txt"))}
    # only the spun rewrite was scored sentence by sentence; the bakery never was
    assert calls and all("spun.txt" in pair for pair in calls)
    assert not any("bakery.txt" in pair for pair in calls)


def test_an_estimated_pair_says_so_and_is_never_kept_as_a_score(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clusters, "SCORE_ALL_UP_TO", 0)
    corpus = Corpus.from_texts(TEXTS)
    scores = {frozenset((p.a, p.b)): p for p in clusters.pair_scores(corpus)}
    rerun = scores[frozenset(("railway.txt", "rerun.txt"))]
    assert rerun.estimated and rerun.ordered == 0
    assert json.loads(json.dumps(rerun.to_dict()))["estimated"] is True
    spun = scores[frozenset(("railway.txt", "spun.txt"))]
    assert not spun.estimated and "estimated" not in spun.to_dict()
    # the checker counts independent sources from kept exact scores only
    assert corpus.index.copy_pair(copies.pair_version(), "railway.txt", "rerun.txt") is None
    assert copies.independent_count(["railway.txt", "rerun.txt", "bakery.txt"], corpus) == 2


@pytest.mark.parametrize("format_", ["text", "table", "jsonl"])
def test_the_audit_shows_which_pairs_were_estimated(
    format_: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    monkeypatch.setattr(clusters, "SCORE_ALL_UP_TO", 0)
    monkeypatch.setenv("COLUMNS", "200")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", "--corpus", str(corpus), "--index",
                                      str(tmp_path / "i.db"), "--format", format_])
    assert result.exit_code == 0, result.stderr
    if format_ == "jsonl":
        (item,) = [json.loads(line) for line in result.stdout.splitlines()]
        flags = {(p["a"], p["b"]): p.get("estimated", False) for p in item["pairs"]}
        assert flags[("railway.txt", "rerun.txt")] is True
        assert flags[("railway.txt", "spun.txt")] is False
    else:
        assert "mostly kept, estimated" in result.stdout
        assert "in order" in result.stdout  # the spun rewrite, scored exactly


def test_another_copy_threshold_scores_every_pair_exactly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the sketches are calibrated for the default threshold: an estimated score under a
    # stricter one could drop a plain copy from its cluster
    monkeypatch.setattr(clusters, "SCORE_ALL_UP_TO", 0)
    corpus = Corpus.from_texts(TEXTS)
    found = clusters.copy_clusters(corpus, threshold=0.5)
    assert [set(c.sources) for c in found] == [{"railway.txt", "rerun.txt", "spun.txt"}]
    assert not any(p.estimated for c in found for p in c.pairs)
    default = clusters.copy_clusters(corpus)
    assert any(p.estimated for c in default for p in c.pairs)
