"""Shared fixtures: the tiny canonical corpus ("hay") reused by many tests, and isolation.

The hay is deliberately about other topics than the seeds (sport, company earnings,
elections, weather) so nothing is tuned to one story. Every test runs with its own
XDG_CACHE_HOME, so no test ever reads or writes the real user cache.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

# one paragraph per line, as scraped news usually is
HAY: dict[str, str] = {
    "sport/cup_final.txt": (
        "MANCHESTER (Sportswire) - Riverside Rovers won the Northern Cup final 3-1 on "
        "Saturday in front of 41,200 fans at Ashgate Park.\n"
        "Striker Tomas Ekberg scored twice in the first half. Mr. Lund, the manager, said "
        "the side would \u201cnot concede the smallest yard\u201d to their rivals.\n"
        "Rovers have now won the cup 7 times since 1998.\n"
    ),
    "earnings/nordvik_q3.txt": (
        "date 2023-10-26 OSLO \u2013 Nordvik Foods reported third-quarter revenue of "
        "$4.2 billion, up 3.7% from a year earlier. Net profit fell to $310 million.\n"
        "Chief executive Ingrid Halvorsen said demand for frozen meals remained strong in "
        "the U.S. and Europe. The company will pay a dividend on Feb. 14.\n"
    ),
    "elections/valley.md": (
        "# Valley vote\n"
        "\n"
        "Turnout in the regional election reached 64.5 percent, the electoral commission "
        "said on Monday.\n"
        "Incumbent governor Ay\u015fe Do\u011fan won 52% of the vote, ahead of challenger "
        "Marta Kowalczyk with 39%.\n"
        "\u201cThis is a victory for every village in the valley,\u201d Do\u011fan told "
        "supporters.\n"
    ),
    "weather/storm.txt": (
        "Storm Brenna brought winds of 140 km/h to the northern coast on Tuesday.\n"
        "More than 20,000 homes lost power, the regional grid operator said.\n"
        "Forecasters expect temperatures to fall below freezing by the weekend.\n"
    ),
}


def write_tree(root: Path, texts: dict[str, str]) -> Path:
    """Write {relative path: text} under `root` as UTF-8 files; return `root`."""
    for name, text in texts.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder, and no corpus or colour settings leaking in from the shell."""
    cache = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    for name in ("FACTCHECK_CORPUS", "FACTCHECK_INDEX", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return cache


@pytest.fixture
def cache_dir(isolated_env: Path) -> Path:
    """The XDG_CACHE_HOME of this test."""
    return isolated_env


@pytest.fixture
def hay_dir(tmp_path: Path) -> Path:
    """The canonical corpus written to disk."""
    return write_tree(tmp_path / "hay", HAY)


@pytest.fixture
def hay_corpus():  # type: ignore[no-untyped-def]
    """The canonical corpus in memory (no index file)."""
    from factcheck import Corpus

    corpus = Corpus.from_texts(HAY)
    yield corpus
    corpus.close()


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from an empty folder with no config file and no ./seeds above it."""
    here = tmp_path / "elsewhere"
    here.mkdir()
    monkeypatch.chdir(here)
    return here


@pytest.fixture
def main_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run the console-script entry point in this process: (exit code, stdout, stderr).

    Unlike CliRunner on the app, this is what a user's shell runs, so usage errors are the
    one line `main()` makes of them."""

    def run(*args: str) -> tuple[int, str, str]:
        from factcheck.cli import main

        with pytest.raises(SystemExit) as exit_info:
            main(list(args))
        out, err = capsys.readouterr()
        return int(exit_info.value.code or 0), out, err

    return run
