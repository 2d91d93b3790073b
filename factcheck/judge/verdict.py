"""Per claim: weigh the passages' stances into one verdict with a score and a reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..results import Evidence, Stance, Verdict

# a side must outweigh the other this many times to win outright; otherwise DISPUTED
MAJORITY = 2.0
# the weakest passage that may decide a verdict
MIN_DECIDING_SCORE = 0.35
# how much a passage that leaves out part of the claim (Evidence.partial) counts against
# one that states it all: at half, a whole passage outweighs a partial one by MAJORITY,
# and two sources that both state the whole claim with different values stay DISPUTED;
# chosen on the dev sets (docs/accuracy.md)
PARTIAL_VOTE = 0.5


def _by_source(evidence: Sequence[Evidence], stance: Stance) -> dict[str, Evidence]:
    best: dict[str, Evidence] = {}
    for e in evidence:
        if e.stance is stance and e.score >= MIN_DECIDING_SCORE:
            cur = best.get(e.sentence.source)
            if cur is None or e.score > cur.score:
                best[e.sentence.source] = e
    return best


def _votes(side: dict[str, Evidence], story: dict[str, str]) -> float:
    """One vote per story: a copy or rewrite of another source adds nothing to it."""
    best: dict[str, float] = {}
    for src, e in side.items():
        key = story.get(src, src)
        best[key] = max(best.get(key, 0.0), e.weight * (PARTIAL_VOTE if e.partial else 1.0))
    return sum(best.values())


def decide(
    evidence: Sequence[Evidence],
    stories: Callable[[list[str]], dict[str, str]] | None = None,
) -> tuple[Verdict, float, str, list[str], list[str]]:
    """Verdict, score, reason, and the sources on each side (supporting, contradicting).

    `stories` maps sources to their copy cluster (copies.story_roots); when the sides
    disagree, each cluster votes once on each side.
    """
    sup = _by_source(evidence, Stance.SUPPORTS)
    con = _by_source(evidence, Stance.CONTRADICTS)
    # a source that both supports and contradicts: one that states the claim's own figure
    # counts as support (its other figure is most likely about something else)
    for src in set(sup) & set(con):
        # but support only within a hedge ("1 is within 'fewer than 1,000'") yields to the
        # same source's outright mismatch
        if sup[src].weight >= 1.0:
            del con[src]
        else:
            del sup[src]
    # one vote per source (per story when the sides disagree), weighed by how directly it
    # speaks to the claim
    story = stories(sorted(set(sup) | set(con))) if sup and con and stories else {}
    sup_w = _votes(sup, story)
    con_w = _votes(con, story)
    if not sup and not con:
        related = [e for e in evidence if e.stance is Stance.RELATED]
        if related:
            best = max(related, key=lambda e: e.score)
            reason = (
                f"no passage covers the claim well enough (best: {best.sentence.source}:"
                f"{best.sentence.line}, {best.explanation})"
            )
            return Verdict.NOT_ENOUGH_INFO, round(1 - best.score, 4), reason, [], []
        return (
            Verdict.NOT_ENOUGH_INFO,
            1.0,
            "no passage in the corpus shares the claim's terms",
            [],
            [],
        )
    sup_src, con_src = sorted(sup), sorted(con)
    if sup and con:
        hi, lo = max(sup_w, con_w), min(sup_w, con_w)
        if hi < MAJORITY * lo:
            reason = (
                f"sources disagree: {len(sup)} support ({_where(sup)}), "
                f"{len(con)} contradict ({_where(con)})"
            )
            return Verdict.DISPUTED, round(hi / (hi + lo), 4), reason, sup_src, con_src
    if sup_w >= con_w:
        best = max(sup.values(), key=lambda e: e.score)
        reason = f"supported by {_where(sup)}"
        if con:
            reason += f"; but {_where(con)} disagree"
        return Verdict.SUPPORTED, round(best.score, 4), reason + _detail(best), sup_src, con_src
    best = max(con.values(), key=lambda e: e.score)
    reason = f"contradicted by {_where(con)}"
    if sup:
        reason += f"; but {_where(sup)} agree"
    return Verdict.CONTRADICTED, round(best.score, 4), reason + _detail(best), sup_src, con_src


def _where(side: dict[str, Evidence]) -> str:
    return ", ".join(f"{e.sentence.source}:{e.sentence.line}" for e in side.values())


def _detail(e: Evidence) -> str:
    return f" ({e.explanation})" if e.explanation else ""
