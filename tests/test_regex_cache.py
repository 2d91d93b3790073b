"""The kept programs of regular expressions (factcheck/cache.py): the same patterns as
re.compile, read back from the cache folder, and never a failure when the file is bad."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import cache

PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>\d{4})", 0),
    (r"(?<![\w-])(about|around|nearly)\s+(?:of\s+)?$", re.IGNORECASE),
    (r"""
        (?P<amount>\d+(?:\.\d+)?)   # a number
        \s*(?P<unit>km|miles?)\b    # and its unit
     """, re.VERBOSE),
    (r"(?i:harbour)\s+(master|board)", 0),
    (r"[\u2018\u2019']s\b", 0),
]
TEXTS = ["on 12 March 2024", "ABOUT ", "it ran 42.5 km there", "HARBOUR board", "Lund's"]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """No programs loaded or made yet in this process."""
    monkeypatch.setattr(cache, "_kept", None)
    monkeypatch.setattr(cache, "_made", {})
    monkeypatch.setattr(cache, "_compiled", {})


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups,
                                                            b.groupindex)
    for text in TEXTS:
        found_a, found_b = a.search(text), b.search(text)
        assert (found_a and found_a.groupdict(), found_a and found_a.span()) == \
            (found_b and found_b.groupdict(), found_b and found_b.span())


@pytest.mark.usefixtures("fresh")
def test_kept_programs_give_the_patterns_re_compile_gives(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    first = [cache.regex(p, f) for p, f in PATTERNS]
    for compiled, (p, f) in zip(first, PATTERNS, strict=True):
        _same(compiled, re.compile(p, f))
    assert not cache._path().exists()  # compiling writes nothing
    cache.keep_programs()
    assert cache._path().is_file()
    # another run: the programs come from the file, not from compiling
    monkeypatch.setattr(cache, "_kept", None)
    monkeypatch.setattr(cache, "_compiled", {})
    monkeypatch.setattr(cache, "_program", lambda *_: pytest.fail("compiled again"))
    for p, f in PATTERNS:
        _same(cache.regex(p, f), re.compile(p, f))
    assert cache._made == {}


@pytest.mark.usefixtures("fresh")
def test_a_pattern_compiled_before_is_returned_again() -> None:
    assert cache.regex(r"\bTarn\b") is cache.regex(r"\bTarn\b")


@pytest.mark.usefixtures("fresh")
def test_a_damaged_file_is_no_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    path = cache._path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal data")
    _same(cache.regex(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    cache.keep_programs()  # written anew, whole
    monkeypatch.setattr(cache, "_kept", None)
    assert (PATTERNS[0][0], 0) in cache._programs()


@pytest.mark.usefixtures("fresh")
def test_a_program_the_engine_refuses_falls_back_to_compiling(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?P<n>\d+) boats"
    monkeypatch.setattr(cache, "_kept", {(pattern, 0): (32, [1, 2, 3], 0, {}, (None,))})
    _same(cache.regex(pattern), re.compile(pattern))
    assert (pattern, 0) in cache._made  # a good program takes its place in the next write


@pytest.mark.usefixtures("fresh")
def test_a_bad_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        cache.regex(r"(unclosed")


@pytest.mark.usefixtures("fresh")
def test_an_unwritable_folder_is_no_failure(cache_dir: Path) -> None:
    cache.regex(r"\bharbour\b")
    (cache_dir / "factcheck").write_text("a file where the folder would be")
    cache.keep_programs()
    assert not cache._path().exists()


def test_the_command_line_keeps_the_programs_and_the_library_does_not(
        cache_dir: Path, hay_dir: Path) -> None:
    library = ("import factcheck; c = factcheck.Corpus.from_path({!r}, index_path={!r}); "
               "factcheck.check('Riverside Rovers won the cup', c)")
    env = {"XDG_CACHE_HOME": str(cache_dir), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", library.format(str(hay_dir),
                                                         str(hay_dir.parent / "i.sqlite"))],
                   check=True, env=env, capture_output=True)
    assert not list(cache_dir.rglob("regex-*"))
    subprocess.run([sys.executable, "-m", "factcheck", "check", "--corpus", str(hay_dir),
                    "Riverside Rovers won the cup"], env=env, capture_output=True)
    assert len(list(cache_dir.rglob("regex-*.marshal"))) == 1


@pytest.mark.usefixtures("fresh")
def test_the_kept_file_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_PROGRAMS", 5)
    for run in range(3):
        for k in range(4):
            cache.regex(rf"harbour {run} berth {k}")
        cache.keep_programs()
        monkeypatch.setattr(cache, "_kept", None)
    kept = cache._programs()
    assert len(kept) == 5
    assert (r"harbour 2 berth 3", 0) in kept  # the newest stay


def test_the_package_compiles_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    # a pattern joined from a set in hash order would be new to the kept file on every run
    script = ("import importlib, pkgutil, factcheck, factcheck.cache as c\n"
              "for m in pkgutil.walk_packages(factcheck.__path__, 'factcheck.'):\n"
              "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
              "print(sorted(k[0] for k in c._compiled))\n")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin",
                                            "XDG_CACHE_HOME": str(tmp_path)}).stdout
            for seed in ("1", "2")]
    assert runs[0] == runs[1]
    assert len(runs[0]) > 1000
