"""The rerank's wording similarity."""

from __future__ import annotations

from factcheck.judge.retrieval import _token_set_similarity as similar


def test_wording_similarity_is_the_share_of_words_in_common() -> None:
    assert similar("the cup final", "rovers won the cup final on saturday") == 1.0
    assert similar("rain today", "sun tomorrow") == 0.0
    assert similar("", "anything") == 0.0
    # longer shared words count for more
    assert similar("storm brenna hit", "storm brenna passed") > similar(
        "a storm hit", "a gale hit") > 0
