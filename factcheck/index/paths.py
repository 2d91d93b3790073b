"""Where index files go by default: one per corpus in the user cache folder.

A file in that folder was put there by factcheck, so a broken one may be rebuilt; an
index anywhere else is rebuilt only when it carries factcheck's own marker.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..cache import cache_dir
from ..corpus.loader import blake2b


def default_index_path(roots: Sequence[Path]) -> Path:
    """One index file per corpus, named after its folders."""
    key = "\n".join(sorted(str(r) for r in roots))
    tag = blake2b(key.encode(), digest_size=6).hexdigest()
    name = "-".join(r.name for r in roots)[:40] or "corpus"
    return cache_dir() / f"{name}-{tag}.sqlite"


def in_cache(path: Path) -> bool:
    """True for a file directly in the cache folder, where only factcheck writes."""
    try:
        return path.resolve().parent == cache_dir().resolve()
    except OSError:
        return False
