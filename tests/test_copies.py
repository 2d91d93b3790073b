"""Copy detection: planted rewrites cluster, articles that merely quote do not."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.audit import clusters
from factcheck.index import terms
from factcheck.index.corpus import Corpus
from factcheck.index.sqlite import refresh
from factcheck.judge import copies
from factcheck.judge.checker import check
from factcheck.results import Verdict

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


def lines(*sentences: str) -> str:
    """One sentence per line, as scraped articles often come."""
    return "\n".join(sentences) + "\n"


S000 = "000_b325848d8e086811.txt"
S001 = "001_561d171beb78c2c7.txt"
S002 = "002_e5ca36c8f65f411d.txt"
S003 = "003_f87d39b7eaf3293e.txt"
S004 = "004_340019b8c38c476d.txt"

ORIGINAL = lines(
    "The city council of Marlow Bay voted on Tuesday to reopen the old harbour ferry "
    "after a gap of six years.",
    "Councillors approved a budget of 4.2 million pounds for new piers, a waiting "
    "hall and two electric boats.",
    "The ferry will link the fishing quarter with the university campus across the estuary.",
    "Mayor Helen Strand said the crossing would cut a forty minute drive to a seven minute ride.",
    "Local traders had campaigned for the service since the last operator went "
    "bankrupt in the winter storms.",
    "Engineers will start repairing the northern pier in March, and the first boats "
    "are due to sail next summer.",
    "Opponents warned that the running costs could rise once the government grant "
    "runs out in three years.",
    "The council said that ticket prices would be set at the same level as a single bus fare.",
    "A public meeting about the timetable will be held at the town hall on the first "
    "Monday of next month.",
)

# the same article through a synonym spinner: content words swapped, order and function words kept
SPUN = lines(
    "The town council of Marlow Bay voted on Tuesday to reopen the former harbour "
    "ferry after a break of six years.",
    "Council members approved a funding of 4.2 million pounds for fresh piers, a "
    "waiting lounge and two electrical vessels.",
    "The ferry will connect the fishing district with the college campus across the estuary.",
    "Mayor Helen Strand stated the crossing would reduce a forty minute journey to a "
    "seven minute trip.",
    "Nearby merchants had lobbied for the service since the final operator went broke"
    " in the winter gales.",
    "Technicians will begin fixing the northern pier in March, and the initial boats "
    "are expected to sail next summer.",
    "Critics cautioned that the operating costs could climb once the state grant runs"
    " out in three years.",
    "The council stated that ticket fares would be set at the same amount as a single coach fare.",
    "A community meeting about the schedule will be held at the city hall on the "
    "first Monday of next month.",
)

# a different article that quotes one sentence of the original word for word
QUOTER = lines(
    "Students at the estuary campus say their commute is the worst in the region.",
    "Many of them drive around the bay every morning because there is no train and "
    "few buses run early.",
    '"Mayor Helen Strand said the crossing would cut a forty minute drive to a seven '
    'minute ride," the student union wrote in its newsletter.',
    "The union wants a discount card for students and staff once a service starts.",
    "Its president said rents near the campus have risen by a third in two years.",
    "Some students share cars, but parking on the campus costs more than lunch.",
    "The university has promised to add bicycle racks and a covered shelter by the main gate.",
)

OTHER_1 = lines(
    "A rare orchid has been found growing on a railway embankment near the old quarry.",
    "Botanists from the county wildlife trust confirmed the find after a volunteer "
    "sent photographs.",
    "The plant had not been recorded in the county for more than fifty years.",
    "Network engineers agreed to delay mowing the embankment until the seeds have ripened.",
    "The trust will survey the rest of the line this autumn to look for more plants.",
)

OTHER_2 = lines(
    "The regional hockey final ended in a draw after two periods of extra time on Saturday night.",
    "Both teams will meet again next week in a replay at the neutral ground in the capital.",
    "The home coach blamed a late penalty for the missed win and asked for video review in future.",
    "Tickets for the replay go on sale on Monday morning at the club shops and online.",
    "Police said the crowd of nine thousand fans behaved well and no arrests were made.",
)


def planted(**extra: str) -> Corpus:
    texts = {
        "original.txt": ORIGINAL,
        "spun.txt": SPUN,
        "quoter.txt": QUOTER,
        "orchid.txt": OTHER_1,
        "hockey.txt": OTHER_2,
    }
    texts.update(extra)
    return Corpus.from_texts(texts)


def score_of(corpus: Corpus, a: str, b: str) -> float:
    for pair in clusters.pair_scores(corpus):
        if {pair.a, pair.b} == {a, b}:
            return pair.score
    raise AssertionError(f"no score for {a} / {b}")


def test_spun_rewrite_clusters_with_its_original() -> None:
    corpus = planted()
    found = [set(c.sources) for c in clusters.copy_clusters(corpus)]
    assert found == [{"original.txt", "spun.txt"}]
    assert score_of(corpus, "original.txt", "spun.txt") > 0.5


def test_quoting_one_sentence_is_not_a_copy() -> None:
    corpus = planted()
    assert score_of(corpus, "original.txt", "quoter.txt") < copies.COPY_THRESHOLD
    assert score_of(corpus, "spun.txt", "quoter.txt") < copies.COPY_THRESHOLD


def test_exact_duplicate_scores_near_one() -> None:
    corpus = planted(**{"mirror.txt": ORIGINAL})
    assert score_of(corpus, "original.txt", "mirror.txt") > 0.95
    cluster = clusters.copy_clusters(corpus)[0]
    assert set(cluster.sources) == {"original.txt", "spun.txt", "mirror.txt"}


def test_clusters_are_connected_components() -> None:
    pairs = [
        copies.PairScore("a", "b", 0.5, 4, 4, 8),
        copies.PairScore("b", "c", 0.3, 3, 3, 8),
        copies.PairScore("d", "e", 0.05, 1, 1, 8),
    ]
    found = clusters.clusters(pairs, threshold=0.2)
    assert [c.sources for c in found] == [("a", "b", "c")]
    assert found[0].score == pytest.approx(0.3)


def test_independent_count_counts_a_cluster_once() -> None:
    corpus = planted()
    assert copies.independent_count(["original.txt", "spun.txt", "quoter.txt"], corpus) == 2
    assert copies.independent_count(["original.txt", "quoter.txt", "orchid.txt"], corpus) == 3
    assert copies.independent_count(["spun.txt", "spun.txt"], corpus) == 1
    assert copies.independent_count([], corpus) == 0


def test_cache_is_per_corpus() -> None:
    with_copy = planted()
    without = Corpus.from_texts({"original.txt": ORIGINAL, "spun.txt": OTHER_1})
    assert copies.independent_count(["original.txt", "spun.txt"], with_copy) == 1
    assert copies.independent_count(["original.txt", "spun.txt"], without) == 2


def test_seeds_rewrite_clusters_but_quoting_articles_do_not() -> None:
    corpus = Corpus.from_path(SEEDS)
    found = [set(c.sources) for c in clusters.copy_clusters(corpus)]
    assert found == [{S000, S002}]
    # 003 quotes the same speech as 000; 001 and 004 share a few facts
    for a, b in [(S000, S003), (S002, S003), (S001, S004), (S000, S001)]:
        assert score_of(corpus, a, b) < copies.COPY_THRESHOLD


def test_seeds_independent_count() -> None:
    corpus = Corpus.from_path(SEEDS)
    assert copies.independent_count([S000, S001, S002], corpus) == 2
    assert copies.independent_count([S000, S001, S003, S004], corpus) == 4


VOCAB = 'the a of ferry council 12 boats harbour said would cut million to in and "'.split()
SENTENCES = st.lists(st.sampled_from(VOCAB), min_size=0, max_size=14).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCES, max_size=6), st.lists(SENTENCES | st.text(max_size=80), max_size=6))
def test_pair_score_is_bounded_and_symmetric(left: list[str], right: list[str]) -> None:
    a, b = copies.fingerprint(left), copies.fingerprint(right)
    df = copies.document_frequencies([a, b])
    one = copies.pair_score("a", a, "b", b, df, 2)
    other = copies.pair_score("b", b, "a", a, df, 2)
    assert 0.0 <= one.score <= 1.0
    assert one.score == pytest.approx(other.score)


def test_check_counts_a_rewrite_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from factcheck.cli import app

    args = ["check", "--corpus", SEEDS, "--index", str(tmp_path / "i.db"), "--format", "json"]
    result = CliRunner().invoke(app, [*args, "Turkey has 12 observation posts"])
    doc = json.loads(result.stdout)
    deciding = {e["source"] for e in doc["evidence"] if e["stance"] != "related"}
    assert {S000, S002} <= deciding
    assert doc["sources_independent"] == len(deciding) - 1


def test_refresh_invalidates_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER_1, encoding="utf-8")
    corpus = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    assert copies.independent_count(["a.txt", "b.txt"], corpus) == 2
    (folder / "b.txt").write_text(SPUN, encoding="utf-8")
    corpus.refresh()
    assert copies.independent_count(["a.txt", "b.txt"], corpus) == 1


SPEECH = lines(
    "The harbour master of Kellport gave a long speech to the port authority on Friday.",
    '"We will not allow a single trawler to dock until the safety checks are finished," she said.',
    '"The storm last winter showed us that the old cranes cannot be trusted," she added.',
    '"Every crew that ignores the new rules will lose its licence for a full season."',
    "Fishermen in the audience shouted questions about compensation for lost catches.",
    '"Nobody wants the fleet idle, but nobody wants another accident either," she replied.',
    "The authority will publish the inspection timetable next week.",
)
SPUN_SPEECH = lines(
    "The harbour master of Kellport delivered a lengthy address to the port board on Friday.",
    '"We will not permit a single trawler to berth until the security inspections are '
    'complete," she stated.',
    '"The gale last winter proved to us that the aged cranes cannot be relied on," she included.',
    '"Each crew that disregards the new regulations will forfeit its permit for a whole season."',
    "Anglers in the crowd yelled questions about payment for missed catches.",
    '"No one wants the fleet inactive, but no one wants a further crash either," she answered.',
    "The board will release the inspection schedule next week.",
)
SPEECH_QUOTER = lines(
    "Trawler owners in Kellport say they face ruin if the port stays closed into spring.",
    '"We will not allow a single trawler to dock until the safety checks are finished," '
    "the harbour master said on Friday.",
    "Owners point out that most boats passed an inspection only last year.",
    '"Every crew that ignores the new rules will lose its licence for a full season."',
    "Several skippers are now landing their catches at a rival port along the coast.",
    "The fishermen's union has asked the regional government for emergency aid.",
    "A meeting with the port authority is planned for next month.",
)


def test_quoting_a_speech_word_for_word_is_not_a_copy_but_rewording_it_is() -> None:
    corpus = Corpus.from_texts(
        {"speech.txt": SPEECH, "spun.txt": SPUN_SPEECH, "quoter.txt": SPEECH_QUOTER}
    )
    found = [set(c.sources) for c in clusters.copy_clusters(corpus)]
    assert found == [{"speech.txt", "spun.txt"}]
    assert score_of(corpus, "speech.txt", "quoter.txt") < copies.COPY_THRESHOLD


NAV = lines(
    "Home | News | Sport | Weather | Contact us",
    "Share this page on Facebook Twitter Email",
)  # page furniture only: no sentence is kept, so the file is not a document for copies
SHORT = lines("Rain today.", "Sun tomorrow.")  # kept, but too short to fingerprint


def plain_frequencies(corpus: Corpus) -> tuple[dict[str, int], int]:
    """Document frequencies the plain way: read every kept sentence of the corpus."""
    texts: dict[str, list[str]] = defaultdict(list)
    for sentence in corpus.sentences(terms.MAX_NOISE):
        texts[sentence.source].append(sentence.text)
    prints = [copies.fingerprint(t) for t in texts.values()]
    return copies.document_frequencies(prints), len(texts)


def indexed_frequencies(corpus: Corpus) -> tuple[dict[str, int], int]:
    return corpus.index.term_documents(), corpus.index.documents_with_text()


@pytest.mark.parametrize("pooled", [False, True])
def test_index_keeps_document_frequencies_through_refreshes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pooled: bool
) -> None:
    # 1 file is enough for the pool of worker processes; 10**9 keeps it in this process
    monkeypatch.setattr(refresh, "PARALLEL_MIN_FILES", 1 if pooled else 10**9)
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in [("a.txt", ORIGINAL), ("b.txt", SPUN), ("c.txt", QUOTER),
                       ("nav.txt", NAV), ("short.txt", SHORT)]:
        (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    assert indexed_frequencies(corpus) == plain_frequencies(corpus)
    assert corpus.index.documents_with_text() == 4  # nav.txt has no kept sentence

    (folder / "b.txt").write_text(OTHER_2, encoding="utf-8")  # changed
    (folder / "c.txt").unlink()  # removed
    (folder / "d.txt").write_text(OTHER_1, encoding="utf-8")  # added
    (folder / "short.txt").write_text(NAV, encoding="utf-8")  # no longer a document
    corpus.refresh()
    assert indexed_frequencies(corpus) == plain_frequencies(corpus)
    assert corpus.index.term_documents(["orchid", "ferry", "nosuchword"]) == {
        "orchid": 1, "ferry": 1, "nosuchword": 0}

    corpus.index.clear()  # `factcheck index --rebuild`
    corpus.refresh()
    assert indexed_frequencies(corpus) == plain_frequencies(corpus)


def test_index_recounts_document_frequencies_when_stemming_changes(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER_1, encoding="utf-8")
    Corpus.from_path(folder, index_path=tmp_path / "i.db").close()
    # counts made by an older stemmer: words the current one never produces
    conn = sqlite3.connect(tmp_path / "i.db")
    with conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'terms'")
        conn.execute("UPDATE doc_terms SET term = term || 'x' WHERE term != ''")
    conn.close()
    corpus = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    assert indexed_frequencies(corpus) == plain_frequencies(corpus)


def test_terms_signature_is_the_same_in_every_process() -> None:
    # regression: it hashed the repr of code objects, which holds their memory address, so
    # every process recounted the document frequencies of the whole index on opening it
    import subprocess
    import sys

    code = ("from factcheck.index.terms import terms_signature; "
            "from factcheck.judge.copies import pair_version; "
            "print(terms_signature(), pair_version())")
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       check=True).stdout.strip()
        for _ in range(2)
    }
    assert runs == {f"{terms.terms_signature()} {copies.pair_version()}"}


def _news(folder: Path, **texts: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _kept(index: Path) -> int:
    conn = sqlite3.connect(index)
    try:
        return conn.execute("SELECT count(*) FROM copy_pairs").fetchone()[0]
    finally:
        conn.close()


def _no_scoring(*args: object, **kwargs: object) -> None:
    raise AssertionError("the pair was scored again")


def test_copy_scores_are_kept_in_the_index_for_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _news(tmp_path / "news", **{"a.txt": ORIGINAL, "b.txt": SPUN, "c.txt": OTHER_1})
    first = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    scores = clusters.pair_scores(first)
    first.close()
    assert _kept(tmp_path / "i.db") == 3
    monkeypatch.setattr(copies, "pair_score", _no_scoring)
    second = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    try:
        assert clusters.pair_scores(second) == scores
        assert copies.independent_count(["a.txt", "b.txt", "c.txt"], second) == 2
    finally:
        second.close()


def test_a_changed_document_clears_the_kept_scores(tmp_path: Path) -> None:
    folder = _news(tmp_path / "news", **{"a.txt": ORIGINAL, "b.txt": SPUN, "c.txt": OTHER_1})
    first = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    assert copies.independent_count(["a.txt", "b.txt"], first) == 1
    first.close()
    # the other document changed: b is no rewrite of a now, and a's word weights moved
    _news(folder, **{"b.txt": OTHER_2})
    second = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    try:
        assert _kept(tmp_path / "i.db") == 0
        assert copies.independent_count(["a.txt", "b.txt"], second) == 2
    finally:
        second.close()


def test_keeping_scores_never_waits_for_another_writer(tmp_path: Path) -> None:
    import time

    folder = _news(tmp_path / "news", **{"a.txt": ORIGINAL, "b.txt": SPUN})
    corpus = Corpus.from_path(folder, index_path=tmp_path / "i.db")
    writer = sqlite3.connect(tmp_path / "i.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process refreshing the index
    try:
        started = time.monotonic()
        assert copies.independent_count(["a.txt", "b.txt"], corpus) == 1
        # a guard against hanging, not a speed test: the index waits up to 60 s for locks
        assert time.monotonic() - started < 20
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        corpus.close()
    assert _kept(tmp_path / "i.db") == 0


def test_in_memory_corpus_has_document_frequencies() -> None:
    corpus = planted(**{"nav.txt": NAV, "short.txt": SHORT})
    assert indexed_frequencies(corpus) == plain_frequencies(corpus)


def test_independent_count_reads_only_the_documents_it_compares(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # regression: the first call read and stemmed every sentence of the corpus (14 s and
    # 600 MB at a million sentences) to get document frequencies
    corpus = planted()

    def whole_corpus(*args: object, **kwargs: object) -> None:
        raise AssertionError("copy detection read the whole corpus")

    monkeypatch.setattr(corpus, "sentences", whole_corpus)
    monkeypatch.setattr(corpus.index, "sources", whole_corpus)
    read: list[str] = []
    sentences_of = corpus.index.sentences_of
    monkeypatch.setattr(corpus.index, "sentences_of",
                        lambda source: read.append(source) or sentences_of(source))
    assert copies.independent_count(["original.txt", "spun.txt", "quoter.txt"], corpus) == 2
    assert sorted(read) == ["original.txt", "quoter.txt", "spun.txt"]


def test_independent_count_skips_pairs_already_joined_through_others() -> None:
    # replicas of one story: the count is the number of connected copy clusters, so once
    # a-b and a-c are copies, b-c is not scored (at 1M sentences a claim met 12 replicas)
    texts = {f"copy{k}.txt": ORIGINAL for k in range(4)}
    corpus = Corpus.from_texts({**texts, "orchid.txt": OTHER_1})
    names = [*texts, "orchid.txt"]
    assert copies.independent_count(names, corpus) == 2
    scored = copies.corpus_prints(corpus).pairs
    assert len(scored) < len(names) * (len(names) - 1) // 2
    every = [copies.pair_score(a, copies.corpus_prints(corpus).prints(a),
                               b, copies.corpus_prints(corpus).prints(b),
                               corpus.index.term_documents(), 5)
             for i, a in enumerate(names) for b in names[i + 1:]]
    found = clusters.clusters(every)
    assert len(names) - sum(len(c.sources) for c in found) + len(found) == 2


def test_a_copy_adds_no_vote_when_sources_disagree() -> None:
    # a and its rewrite b give one figure, an independent report another: one story
    # against one story is a dispute, not two sources against one
    other = lines(
        "Marlow Bay councillors approved a budget of 3.9 million pounds for new piers and "
        "two electric boats, the harbour authority confirmed.",
        "The authority expects the crossing to carry about 900 passengers a day.",
    )
    claim = "Councillors approved 3.9 million pounds for new piers"
    corpus = Corpus.from_texts({"a.txt": ORIGINAL, "b.txt": SPUN, "c.txt": other})
    result = check(claim, corpus)
    assert result.verdict is Verdict.DISPUTED, result.reason
    assert (result.sources_supporting, result.sources_contradicting) == (1, 2)
    assert result.sources_independent == 2
    # counted per document, the rewrite would outvote the independent report (weighed
    # as whole passages: the rewrite's "Council members" leaves out "Councillors")
    from dataclasses import replace

    from factcheck.judge.verdict import decide

    whole = [replace(e, partial=False) for e in result.evidence]
    assert decide(whole)[0] is Verdict.CONTRADICTED


def _stories(n_stories: int, copies_each: int, seed: int = 3) -> dict[str, str]:
    """Invented stories (words made of random syllables, so every word is rare), each
    with near-copies that change one word in a sentence or two."""
    import random

    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ru", "te", "zan", "vor", "pel", "dri", "sko", "nu", "gha"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(3))

    texts = {}
    for s in range(n_stories):
        sentences = [" ".join(word() for _ in range(12)).capitalize() + "." for _ in range(8)]
        texts[f"story{s:03d}/0.txt"] = "\n".join(sentences) + "\n"
        for c in range(1, copies_each):
            edited = list(sentences)
            k = rng.randrange(len(edited))
            edited[k] = edited[k].replace(edited[k].split()[3], word(), 1)
            texts[f"story{s:03d}/{c}.txt"] = "\n".join(edited) + "\n"
    return texts


def test_blocking_at_scale_finds_the_same_clusters_as_scoring_every_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # issue 13: beyond ALL_PAIRS_UP_TO documents, candidates come from rare-word sketches
    # one document at a time, and beyond SCORE_ALL_UP_TO pairs joined ones are skipped;
    # neither may lose or invent a cluster
    corpus = Corpus.from_texts(_stories(n_stories=35, copies_each=2))
    assert len(corpus.index.sources()) > clusters.ALL_PAIRS_UP_TO
    expected = {tuple(f"story{s:03d}/{c}.txt" for c in range(2)) for s in range(35)}
    blocked = clusters.copy_clusters(corpus)
    assert {c.sources for c in blocked} == expected
    monkeypatch.setattr(clusters, "SCORE_ALL_UP_TO", 0)
    pruned = clusters.copy_clusters(corpus)
    assert {c.sources for c in pruned} == expected
    monkeypatch.setattr(clusters, "ALL_PAIRS_UP_TO", 10_000)
    monkeypatch.setattr(clusters, "SCORE_ALL_UP_TO", 10_000)
    every = clusters.copy_clusters(corpus)
    assert {c.sources for c in every} == expected


def test_similarity_with_a_cutoff_is_exact_above_it_and_below_it_otherwise() -> None:
    # under a cutoff the word order is compared only as far as needed and the n-grams
    # not at all: the score must still be exact wherever it reaches the cutoff
    from factcheck.judge.copies import IdfTable, _sentence_print, sentence_similarity

    texts = [
        "The council approved the new harbour budget of 12 million pounds on Tuesday.",
        "On Tuesday the council approved a new budget for the harbour worth 12 million.",
        "Harbour budget approved by council, officials said on Tuesday evening.",
        "The football club signed a new striker from the harbour town on Tuesday.",
        "The council rejected the old harbour plan and the budget on Monday.",
    ]
    prints = [_sentence_print(t) for t in texts]
    idf = IdfTable({}, 50)
    for a in prints:
        for b in prints:
            assert a is not None and b is not None
            exact = sentence_similarity(a, b, idf)
            for cutoff in (0.2, 0.3, 0.5, 0.8, 0.95, 1.0):
                cut = sentence_similarity(a, b, idf, cutoff=cutoff)
                if exact >= cutoff:
                    assert cut == exact
                else:
                    assert cut < cutoff


def test_a_joined_print_has_the_n_grams_of_its_whole_token_run() -> None:
    # a joined print builds its n-grams from its parts' and those across the join: the
    # same set as building them from all its tokens
    from factcheck.judge.copies import _sentence_print, _SentencePrint, joined_neighbours

    texts = ["The council approved the harbour budget on Tuesday evening.",
             "Officials said the vote was close.",
             "Work on the new quay starts in May."]
    prints = [_sentence_print(t) for t in texts]
    assert all(p is not None for p in prints)
    for joined in joined_neighbours(prints):  # type: ignore[arg-type]
        whole = _SentencePrint(joined.tokens, joined.content, joined.weight)
        assert joined.parts is not None
        assert joined.grams == whole.grams
        assert any(g not in joined.parts[0].grams | joined.parts[1].grams
                   for g in whole.grams)  # some cross the join
