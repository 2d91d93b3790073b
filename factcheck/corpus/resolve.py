"""Where the corpus is: the folders named on the command line, in the environment or a
config file, ./seeds, or the seed articles bundled with the package."""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from pathlib import Path

from ..errors import CorpusError

ENV_CORPUS = "FACTCHECK_CORPUS"


class CorpusWarning(UserWarning):
    """The corpus was chosen by a fallback the user may not expect."""


def bundled_seeds() -> Path:
    """The seed articles shipped inside the package."""
    from importlib import resources  # only when no corpus is named: 2 ms of start-up

    packaged = Path(str(resources.files("factcheck") / "seeds"))
    if packaged.is_dir():
        return packaged
    # a source checkout or editable install: pyproject maps factcheck.seeds to ./seeds
    return Path(__file__).resolve().parents[2] / "seeds"


def resolve_corpus(
    explicit: Sequence[Path] = (),
    config_dirs: Sequence[Path] = (),
    *,
    config_path: Path | None = None,
    drafts: bool = False,
) -> list[Path]:
    """--corpus > FACTCHECK_CORPUS > config file > ./seeds > the bundled seeds.

    The bundled seeds are a demo: falling back to them while a config file is in force
    or drafts are being checked (a pre-commit hook run without --corpus) is said on
    stderr, and an explicit setting that names nothing is an error, never a fallback.
    """
    if explicit:
        return list(explicit)
    env = os.environ.get(ENV_CORPUS)
    if env is not None:
        dirs = [Path(p) for p in env.split(os.pathsep) if p.strip()]
        if not dirs:
            raise CorpusError(f"{ENV_CORPUS} is set but names no folder; name the corpus "
                              "or unset it")
        return dirs
    if config_dirs:
        return list(config_dirs)
    local = Path("seeds")
    if local.is_dir():
        return [local]
    if config_path is not None or drafts:
        where = f"{config_path} names no corpus" if config_path else "no corpus given"
        warnings.warn(
            f"{where}: checking against the bundled demo articles (Idlib, February 2020); "
            f"name your sources with --corpus, {ENV_CORPUS} or 'corpus' in the config",
            CorpusWarning, 2)
    return [bundled_seeds()]
