"""Project configuration: `[tool.factcheck]` in pyproject.toml or a `.factcheck.toml`.

The nearest file wins, searching the working directory and then its parents. Unknown
keys are an error that names the key, so a typo never silently does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

KNOWN_KEYS = {
    "corpus": (str, list),
    "index": (str,),
    "fail-on": (str,),
    "min-score": (int, float),
    "top": (int,),
    "exclude": (list,),
    "follow-links": (bool,),
}


@dataclass(frozen=True)
class Config:
    """Settings read from a config file; every field optional."""

    path: Path | None = None
    values: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.values).get(key, default)

    def corpus_dirs(self) -> list[Path]:
        raw = self.get("corpus")
        if raw is None or self.path is None:
            return []
        items = [raw] if isinstance(raw, str) else list(raw)
        return [(self.path.parent / str(item)).resolve() for item in items]


def _read_table(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    if path.name == "pyproject.toml" and "factcheck" not in text:
        return None  # no [tool.factcheck] however it is spelt: not ours to parse
    import tomllib  # only when there is a table to read: 2 ms of start-up

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in {path}: {exc}") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("factcheck")
        return table if isinstance(table, dict) else None
    return data.get("tool", {}).get("factcheck", data) if "tool" in data else data


def validate(table: dict[str, Any], path: Path) -> tuple[tuple[str, Any], ...]:
    """Check keys and value types; return the settings as sorted pairs."""
    for key, value in table.items():
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise ConfigError(f"unknown key '{key}' in {path} (known keys: {known})")
        if not isinstance(value, KNOWN_KEYS[key]):
            raise ConfigError(f"key '{key}' in {path} has the wrong type")
    return tuple(sorted(table.items()))


def find_config(start: Path | None = None) -> Config:
    """The nearest `.factcheck.toml` or pyproject with `[tool.factcheck]`, else empty."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in (".factcheck.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                table = _read_table(candidate)
                if table is not None:
                    return Config(candidate, validate(table, candidate))
    return Config()
