"""factcheck: check statements against a corpus of source articles.

    from factcheck import Corpus, check
    result = check("Turkey has 12 observation posts", Corpus.from_path("seeds"))
    result.verdict, result.to_dict()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Corpus",
    "FactcheckError",
    "Result",
    "Verdict",
    "__version__",
    "check",
]

if TYPE_CHECKING:
    from .errors import FactcheckError
    from .index.corpus import Corpus
    from .judge.checker import check
    from .results import Result, Verdict


def __getattr__(name: str) -> Any:
    # lazy, so `factcheck --help` does not pay for SQLite and the matching stack
    if name == "check":
        from .judge.checker import check

        return check
    if name == "Corpus":
        from .index.corpus import Corpus

        return Corpus
    if name == "FactcheckError":
        from .errors import FactcheckError

        return FactcheckError
    if name in ("Result", "Verdict"):
        from . import results

        return getattr(results, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
