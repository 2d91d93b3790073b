"""The distribution: the wheel carries every subpackage and the seeds, and an installed
`factcheck` works from any folder on the bundled seeds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS


def _run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
         timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the project (so the checkout gets no build/ folder)."""
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, src / name)
    shutil.copytree(REPO / "factcheck", src / "factcheck", ignore=ignore)
    shutil.copytree(REPO / "seeds", src / "seeds", ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    proc = _run(sys.executable, "-m", "pip", "wheel", src, "-w", out, "--no-deps", "-q")
    assert proc.returncode == 0, proc.stderr
    (found,) = out.glob("factcheck_cli-*.whl")
    return found


def test_project_metadata() -> None:
    meta = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert meta["project"]["name"] == "factcheck-cli"
    assert meta["project"]["scripts"]["factcheck"] == "factcheck.cli:main"


def test_wheel_contains_the_seeds(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    bundled = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("factcheck/seeds/"))
    assert bundled == sorted(p.name for p in SEEDS.iterdir() if p.suffix in (".txt", ".md"))
    with zipfile.ZipFile(wheel) as z:
        for name in bundled:
            assert z.read(f"factcheck/seeds/{name}") == (SEEDS / name).read_bytes()


def test_wheel_contains_every_module(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {
        p.relative_to(REPO).as_posix()
        for p in (REPO / "factcheck").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    missing = modules - names
    assert not missing, f"not in the wheel (add the package to pyproject): {sorted(missing)}"
    assert "factcheck/py.typed" in names


def test_wheel_declares_the_console_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        entry = next(n for n in z.namelist() if n.endswith("entry_points.txt"))
        text = z.read(entry).decode()
    assert "[console_scripts]" in text
    assert "factcheck = factcheck.cli:main" in text


def test_python_m_factcheck_version(elsewhere: Path) -> None:
    from factcheck import __version__

    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = _run(sys.executable, "-m", "factcheck", "--version", cwd=elsewhere, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"factcheck {__version__}"


def test_installed_wheel_runs_from_another_folder_on_the_bundled_seeds(
    wheel: Path, tmp_path: Path, elsewhere: Path
) -> None:
    venv = tmp_path / "venv"
    proc = _run(sys.executable, "-m", "venv", venv)
    assert proc.returncode == 0, proc.stderr
    python = venv / "bin" / "python"
    proc = _run(python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel)
    assert proc.returncode == 0, proc.stderr
    # The dependencies come from the running interpreter's site-packages (a .pth line, which
    # works whether that interpreter is a venv or not; --system-site-packages would reach
    # only the base Python, which need not have typer); the package only from the wheel,
    # whose site-packages comes first on sys.path. The line is written after the install,
    # or pip would see the running interpreter's factcheck-cli and install nothing.
    site_dir = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    deps = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    (Path(site_dir.stdout.strip()) / "_factcheck_test_deps.pth").write_text(
        "".join(f"{d}\n" for d in sorted(deps))
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    where = _run(python, "-c", "import factcheck.corpus.resolve as c; print(c.bundled_seeds())",
                 cwd=elsewhere, env=env)
    assert where.stdout.strip().startswith(str(venv)), "the wheel's copy must be imported"

    for command in ([venv / "bin" / "factcheck"], [python, "-m", "factcheck"]):
        version = _run(*command, "--version", cwd=elsewhere, env=env)
        assert version.returncode == 0 and version.stdout.startswith("factcheck ")
        checked = _run(*command, "Turkey has 12 observation posts in Idlib", "-f", "json",
                       cwd=elsewhere, env=env)
        assert checked.returncode == 0, checked.stderr
        evidence = json.loads(checked.stdout)["evidence"]
        assert evidence and {e["source"] for e in evidence} <= {p.name for p in SEEDS.iterdir()}
