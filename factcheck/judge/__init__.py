"""Judging one claim: claim analysis, retrieval and rerank, per-passage stance, verdict."""
