"""Where the corpus is: the folders named on the command line, in the environment or a
config file, ./seeds, or the seed articles bundled with the package."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

ENV_CORPUS = "FACTCHECK_CORPUS"


def bundled_seeds() -> Path:
    """The seed articles shipped inside the package."""
    from importlib import resources  # only when no corpus is named: 2 ms of start-up

    packaged = Path(str(resources.files("factcheck") / "seeds"))
    if packaged.is_dir():
        return packaged
    # a source checkout or editable install: pyproject maps factcheck.seeds to ./seeds
    return Path(__file__).resolve().parents[2] / "seeds"


def resolve_corpus(explicit: Sequence[Path] = (), config_dirs: Sequence[Path] = ()) -> list[Path]:
    """--corpus > FACTCHECK_CORPUS > config file > ./seeds > the bundled seeds."""
    if explicit:
        return list(explicit)
    env = os.environ.get(ENV_CORPUS)
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    if config_dirs:
        return list(config_dirs)
    local = Path("seeds")
    if local.is_dir():
        return [local]
    return [bundled_seeds()]
