"""Conflicts across sources: planted disagreements are found, agreement and noise are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.audit.conflicts import find_conflicts
from factcheck.index.corpus import Corpus

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


def lines(*sentences: str) -> str:
    return "\n".join(sentences) + "\n"


FIRE_A = lines(
    "The wildfire near Pine Ridge has burned 12,400 hectares of forest since Monday, "
    "the regional fire service said.",
    "About 3,200 residents were evacuated from four villages on the eastern slope.",
    "The Pine Ridge fire started on 14 June 2023 in a dry valley north of the reservoir.",
    "Crews from three neighbouring provinces have joined the effort.",
    "Helicopters dropped water on the ridge until strong winds grounded them at dusk.",
    "Schools in the district will stay closed for the rest of the week.",
    "The forecast promises cooler air and light rain by the weekend.",
    "Farmers on the plain have moved their cattle to pastures near the coast.",
)
# the same events told independently: other words and order, two figures that disagree
FIRE_B = lines(
    "Firefighters are still battling the blaze in the hills above the reservoir.",
    "Forest lost to the Pine Ridge wildfire since Monday now totals 15,000 hectares, "
    "regional fire officials estimate.",
    "Officials moved more than 3,000 residents out of their homes on the eastern slope.",
    "North of the Pine Ridge reservoir, in a dry valley, the first flames were seen on "
    "16 June 2023.",
    "Smoke has drifted as far as the capital, where hospitals report more asthma cases.",
    "Volunteers at a sports hall are handing out blankets, food and bottled water.",
    "An insurance broker estimated the damage to timber stocks at several million euros.",
    "The governor will visit the burned area on Thursday with the interior minister.",
)
MUSEUM = lines(
    "The maritime museum in Harwick welcomed 15,000 visitors in its first month.",
    "Its director said the new whaling gallery opened on 16 June 2023 after two years of work.",
    "Entry is free for children under twelve.",
)


def fire_corpus(**extra: str) -> Corpus:
    texts = {"fire_a.txt": FIRE_A, "fire_b.txt": FIRE_B, "museum.txt": MUSEUM}
    texts.update(extra)
    return Corpus.from_texts(texts)


def test_planted_quantity_conflict_is_found() -> None:
    groups = find_conflicts(fire_corpus())
    hectares = [g for g in groups if g.kind == "quantity"]
    assert len(hectares) == 1
    group = hectares[0]
    assert group.sources == ("fire_a.txt", "fire_b.txt")
    stated = sorted(s.text for s in group.statements)
    assert [t.split()[0] for t in stated] == ["12,400", "15,000"]
    assert all(s.sentence.text[s.start : s.end] == s.text for s in group.statements)
    assert 0.0 < group.confidence <= 1.0
    assert all(s.sentence.line >= 1 for s in group.statements)


def test_planted_date_conflict_is_found_and_unrelated_dates_are_not() -> None:
    dates = [g for g in find_conflicts(fire_corpus()) if g.kind == "date"]
    assert len(dates) == 1
    assert dates[0].sources == ("fire_a.txt", "fire_b.txt")
    assert "museum.txt" not in dates[0].sources


def test_consistent_hedged_values_are_not_conflicts() -> None:
    groups = find_conflicts(fire_corpus())
    texts = {s.text for g in groups for s in g.statements}
    assert not any("3,200" in t or "3,000" in t for t in texts)


def test_same_document_is_never_a_conflict() -> None:
    corpus = Corpus.from_texts({"one.txt": FIRE_A + FIRE_B, "museum.txt": MUSEUM})
    assert find_conflicts(corpus) == []


def test_agreeing_sources_have_no_conflict() -> None:
    corpus = Corpus.from_texts({"fire_a.txt": FIRE_A, "copy.txt": FIRE_A})
    assert find_conflicts(corpus) == []


def test_groups_merge_pairs_sharing_a_statement() -> None:
    third = FIRE_B.replace("15,000 hectares", "9,000 hectares").replace("16 June", "14 June")
    found = find_conflicts(fire_corpus(**{"fire_c.txt": third}))
    groups = [g for g in found if g.kind == "quantity"]
    assert len(groups) == 1
    assert groups[0].sources == ("fire_a.txt", "fire_b.txt", "fire_c.txt")


def test_agreeing_statement_of_the_fact_joins_the_group() -> None:
    agreeing = lines(
        "Rangers said forest lost to the Pine Ridge wildfire since Monday totals 12,400 hectares.",
        "Hikers have been told to keep away from the burned forest until the fire is out.",
        "The park's visitor centre near the reservoir shelters evacuated residents.",
        "Fire crews expect to contain the wildfire on the eastern slope within days.",
    )
    found = find_conflicts(fire_corpus(**{"ranger.txt": agreeing}))
    hectares = [g for g in found if g.kind == "quantity"]
    assert len(hectares) == 1
    assert hectares[0].sources == ("fire_a.txt", "fire_b.txt", "ranger.txt")
    assert len(hectares[0].reasons) == 2  # ranger and fire_a both disagree with fire_b


def test_a_sentence_that_states_another_fact_too_is_not_the_same_fact() -> None:
    # one figure agrees in kind, but the rest of each sentence is another story: the
    # judge finds the frame of neither in the other, so nothing is disputed
    a = lines("Halvard, which hosts 3.6 million migrant workers, closed its ports in 2016.")
    b = lines("Halvard remains the busiest hub in the region, hosting more than 3.7 million "
              "migrant workers since the start of the mining boom.")
    assert find_conflicts(Corpus.from_texts({"a.txt": a, "b.txt": b})) == []
    c = lines("Halvard, which hosts 4.1 million migrant workers, closed its ports in 2016.")
    groups = find_conflicts(Corpus.from_texts({"a.txt": a, "c.txt": c}))
    assert [sorted(s.text for s in g.statements) for g in groups] == [["3.6 million",
                                                                      "4.1 million"]]


LENDING_DEC = lines(
    "Mortgage lending in Freeland rose by 7.1 billion crowns in December 2004, up from a "
    "6.4 billion crown rise in November 2004, the Lenders Council said.",
    "Lenders said demand for new mortgages stayed strong despite higher interest rates.",
    "House prices in the capital climbed for the ninth month in a row.",
)
LENDING_JAN = lines(
    "Mortgage lending in Freeland rose by 7.2 billion crowns in January 2005, marginally up on "
    "the 7.1 billion crown rise in December 2004, the Lenders Council said.",
    "Lenders said demand for new mortgages stayed firm as interest rates held steady.",
    "House prices in the capital rose again, but more slowly than last year.",
)


def test_figures_of_different_months_are_different_facts() -> None:
    corpus = Corpus.from_texts({"dec.txt": LENDING_DEC, "jan.txt": LENDING_JAN})
    assert find_conflicts(corpus) == []


def test_figures_about_different_names_are_different_facts() -> None:
    acme = lines(
        "Shares in Acme Mining rose after the miner reported profits of 410 million crowns.",
        "The mining industry has enjoyed record metal prices this year.",
        "Analysts expect mining profits to fall next year as new mines open.",
    )
    zenith = lines(
        "Shares in Zenith Metals fell after the miner reported profits of 95 million crowns.",
        "The mining industry has enjoyed record metal prices this year, analysts said.",
        "Analysts expect mining profits to fall next year as new mines open.",
    )
    assert find_conflicts(Corpus.from_texts({"acme.txt": acme, "zenith.txt": zenith})) == []
    # the same names and the same verb: one fact, two values ("fell" against "rose" would
    # be another fact)
    renamed = zenith.replace("Zenith Metals", "Acme Mining").replace("fell", "rose")
    assert find_conflicts(Corpus.from_texts({"acme.txt": acme, "z.txt": renamed}))


def test_unrelated_stories_are_not_compared() -> None:
    found = find_conflicts(Corpus.from_texts({"fire.txt": FIRE_A, "lending.txt": LENDING_DEC}))
    assert found == []


def test_parallel_sentences_keep_the_disagreement_in_the_same_position() -> None:
    old = "The Pine Ridge fire started on 14 June 2023 in a dry valley north of the reservoir."
    new = "The Pine Ridge fire started on {} June 2023 and was contained on 20 June 2023."
    a, b = FIRE_A.replace(old, new.format(14)), FIRE_A.replace(old, new.format(16))
    dates = [
        g for g in find_conflicts(Corpus.from_texts({"a.txt": a, "b.txt": b})) if g.kind == "date"
    ]
    assert len(dates) == 1
    # the agreeing end dates are another fact: they neither hide nor join the conflict
    assert sorted(s.text for s in dates[0].statements) == ["14 June 2023", "16 June 2023"]


def test_a_figure_the_other_document_also_states_is_not_disputed() -> None:
    survey = lines(
        "According to the Harwick angling survey, 44% of anglers fish only in the estuary.",
        "The Harwick angling survey also found that 87% of anglers caught a fish last season.",
        "The survey questioned 2,000 members of fishing clubs along the coast.",
    )
    copy = survey.replace("The survey questioned", "Researchers questioned")
    assert find_conflicts(Corpus.from_texts({"a.txt": survey, "b.txt": copy})) == []


WORDS = "the Kellport harbour 12 14 boats trawlers fished 2,000 said on 3 May 2021 in".split()
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=3, max_size=16).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(SENTENCE, min_size=1, max_size=4), min_size=2, max_size=3))
def test_groups_are_well_formed_for_any_text(docs: list[list[str]]) -> None:
    corpus = Corpus.from_texts({f"d{i}.txt": lines(*d) for i, d in enumerate(docs)})
    for group in find_conflicts(corpus):
        assert len(group.sources) >= 2
        assert 0.0 < group.confidence <= 1.0
        assert group.reasons
        for s in group.statements:
            assert s.sentence.text[s.start : s.end] == s.text


def test_a_pool_of_workers_finds_the_same_groups_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # issue 13: a large corpus computes keys and judges pairs in forked workers, a few
    # pairs per task; the groups, their statements and their order must not change
    from factcheck.audit import blocks, conflicts, pool

    third = FIRE_B.replace("15,000 hectares", "9,000 hectares").replace("16 June", "14 June")
    corpus = fire_corpus(**{"fire_c.txt": third, "fire_d.txt": FIRE_B})
    alone = [g.to_dict() for g in conflicts.iter_conflicts(corpus)]
    assert len(alone) >= 2
    monkeypatch.setattr(pool, "workers", lambda: 2)
    monkeypatch.setattr(conflicts, "POOL_FROM", 0)
    monkeypatch.setattr(blocks, "_POOL_FROM", 0)
    monkeypatch.setattr(blocks, "_CHUNK", 2)
    monkeypatch.setattr(conflicts, "_TASK_PAIRS", 1)
    forked: list[int] = []
    import multiprocessing.pool as mp_pool

    start = mp_pool.Pool.__init__

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        forked.append(1)
        start(self, *args, **kwargs)

    monkeypatch.setattr(mp_pool.Pool, "__init__", counted)
    assert [g.to_dict() for g in conflicts.iter_conflicts(corpus)] == alone
    assert len(forked) == 2  # the keys and the judging each ran in a pool
