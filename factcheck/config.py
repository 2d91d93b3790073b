"""Project configuration: `[tool.factcheck]` in pyproject.toml or a `.factcheck.toml`.

The nearest file wins, searching the working directory and then its parents. Unknown
keys are an error that names the key, so a typo never silently does nothing, and every
value is checked as its flag would be (`top = 0` is as wrong as `--top 0`).

One rule for every command: a flag wins over `[tool.factcheck.<command>]`, which wins
over `[tool.factcheck]`, which wins over the default. A top-level `fail-on` applies to the
commands that accept its value (`contradicted`, `disputed`, `unsupported`: check and lint;
`conflicts`: audit; `never`: all three).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .policy import FAIL_ON_CHOICES

COMMANDS = ("check", "lint", "audit")
# when a command reads the corpus folders again before answering (index/freshness.py)
REFRESH_RULES = ("auto", "always", "never")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _corpus(value: Any) -> str | None:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        return "must be a folder or a list of folders"
    if not items or not all(i.strip() for i in items):
        return "names no folder (an empty setting never falls back to the bundled seeds)"
    return None


def _index(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else "must be a file name"


def _fail_on(choices: tuple[str, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if value in choices else f"must be one of {', '.join(choices)}"

    return check


def _min_score(value: Any) -> str | None:
    ok = (_is_int(value) or isinstance(value, float)) and 0 <= value <= 1
    return None if ok else "must be a number between 0 and 1"


def _top(value: Any) -> str | None:
    return None if _is_int(value) and value >= 1 else "must be a whole number, at least 1"


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _refresh(value: Any) -> str | None:
    return None if value in REFRESH_RULES else f"must be one of {', '.join(REFRESH_RULES)}"


def _seconds(value: Any) -> str | None:
    ok = (_is_int(value) or isinstance(value, float)) and 0 <= value < float("inf")
    return None if ok else "must be a number of seconds, 0 or more"


def _exclude(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(i, str) and i for i in value)
    return None if ok else "must be a list of glob patterns (strings)"


_ALL_FAIL_ON = tuple(dict.fromkeys(v for vs in FAIL_ON_CHOICES.values() for v in vs))
KNOWN_KEYS: dict[str, Callable[[Any], str | None]] = {
    "corpus": _corpus,
    "index": _index,
    "fail-on": _fail_on(_ALL_FAIL_ON),
    "min-score": _min_score,
    "top": _top,
    "exclude": _exclude,
    "follow-links": _flag,
    "refresh": _refresh,
    "refresh-interval": _seconds,
}
# the keys a per-command table may set, and the values it accepts
SECTION_KEYS: dict[str, dict[str, Callable[[Any], str | None]]] = {
    "check": {"fail-on": _fail_on(FAIL_ON_CHOICES["check"]), "top": _top},
    "lint": {"fail-on": _fail_on(FAIL_ON_CHOICES["lint"]), "top": _top,
             "min-score": _min_score, "exclude": _exclude},
    "audit": {"fail-on": _fail_on(FAIL_ON_CHOICES["audit"])},
}


@dataclass(frozen=True)
class Config:
    """Settings read from a config file; every field optional."""

    path: Path | None = None
    values: tuple[tuple[str, Any], ...] = ()
    sections: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.values).get(key, default)

    def setting(self, key: str, command: str) -> Any:
        """`key` for one command: its own table first, then the top level (a `fail-on`
        there only when the command accepts its value); None when unset."""
        own = dict(dict(self.sections).get(command, ()))
        if key in own:
            return own[key]
        value = self.get(key)
        if key == "fail-on" and value not in FAIL_ON_CHOICES.get(command, ()):
            return None
        return value

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


def _validate_keys(table: dict[str, Any], rules: dict[str, Callable[[Any], str | None]],
                   path: Path, where: str) -> tuple[tuple[str, Any], ...]:
    for key, value in table.items():
        if key not in rules:
            known = ", ".join(sorted(rules))
            raise ConfigError(f"unknown key '{where}{key}' in {path} (known keys: {known})")
        problem = rules[key](value)
        if problem is not None:
            raise ConfigError(f"key '{where}{key}' in {path} {problem} (it is {value!r})")
    return tuple(sorted(table.items()))


def validate(table: dict[str, Any], path: Path) -> Config:
    """Check keys and values as the flags are checked; the settings as a Config."""
    top = {k: v for k, v in table.items() if k not in COMMANDS}
    sections = []
    for command in COMMANDS:
        if command not in table:
            continue
        section = table[command]
        if not isinstance(section, dict):
            raise ConfigError(f"'{command}' in {path} must be a table ([...{command}])")
        sections.append((command, _validate_keys(section, SECTION_KEYS[command], path,
                                                 f"{command}.")))
    return Config(path, _validate_keys(top, KNOWN_KEYS, path, ""), tuple(sections))


def find_config(start: Path | None = None) -> Config:
    """The nearest `.factcheck.toml` or pyproject with `[tool.factcheck]`, else empty."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in (".factcheck.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                table = _read_table(candidate)
                if table is not None:
                    return validate(table, candidate)
    return Config()
