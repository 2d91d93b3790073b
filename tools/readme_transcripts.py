"""Regenerate the transcripts in the README from the tool itself, so they cannot drift.

A transcript is a fenced code block whose first line starts with `$ `: each `$ ` line
(with its `\\`-continued lines) is a command, and the lines up to the next `$ ` line are
its output. The commands run with bash in the repository's root (so `./seeds` is the
corpus), with `factcheck` meaning this checkout's package, a fresh index cache, 80
columns, no colour, stdout and stderr together as a terminal shows them; `echo $?` sees
the exit code of the command before it.

    python tools/readme_transcripts.py --check   # exit 1 and a diff when a transcript drifted
    python tools/readme_transcripts.py --write   # rewrite them in place

Run `--write` after changing what the commands print (verdicts, scores, formats), and
commit the README with the change; tests/test_readme.py runs `--check`.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```$", re.S | re.M)


def _commands(block: str) -> list[tuple[str, list[str]]]:
    """[(command as shown, lines of its output)] of one transcript block."""
    out: list[tuple[str, list[str]]] = []
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("$ "):
            raise ValueError(f"transcript output before any command: {line!r}")
        shown = [line]
        while shown[-1].endswith("\\") and i + 1 < len(lines):
            i += 1
            shown.append(lines[i])
        i += 1
        output = []
        while i < len(lines) and not lines[i].startswith("$ "):
            output.append(lines[i])
            i += 1
        out.append(("\n".join(shown), output))
    return out


def _shim(folder: Path) -> None:
    """A `factcheck` on PATH that runs this checkout with this interpreter."""
    script = folder / "factcheck"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n')
    script.chmod(0o755)


def _run(shown: str, last_code: int, env: dict[str, str]) -> tuple[list[str], int]:
    """Run one shown command; its output lines (trailing blank lines dropped), exit code."""
    command = shown[2:]  # the "$ "
    script = f"(exit {last_code})\n{command}"
    proc = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=300)
    lines = proc.stdout.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.rstrip() for line in lines], proc.returncode


def regenerate(text: str) -> str:
    """The document with every transcript's output produced afresh."""
    with tempfile.TemporaryDirectory() as tmp:
        bin_dir = Path(tmp) / "bin"
        bin_dir.mkdir()
        _shim(bin_dir)
        env = {k: v for k, v in os.environ.items()
               if k not in ("FACTCHECK_CORPUS", "FORCE_COLOR", "PYTHONPATH")}
        env.update({
            "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
            "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
            "COLUMNS": "80",
            "NO_COLOR": "1",
            "PYTHONIOENCODING": "utf-8",
            "LC_ALL": "C.UTF-8",
        })

        def rewrite(match: re.Match[str]) -> str:
            block = match.group(1)
            if not block.startswith("$ "):
                return match.group(0)
            parts, code = [], 0
            for shown, _ in _commands(block):
                output, code = _run(shown, code, env)
                parts.append("\n".join([shown, *output]))
            fence = match.group(0).split("\n", 1)[0]
            return f"{fence}\n" + "\n".join(parts) + "\n```"

        return FENCE.sub(rewrite, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="exit 1 if a transcript drifted")
    mode.add_argument("--write", action="store_true", help="rewrite the transcripts in place")
    parser.add_argument("files", nargs="*", type=Path, default=[ROOT / "README.md"])
    args = parser.parse_args(argv)
    drifted = False
    for path in args.files:
        old = path.read_text(encoding="utf-8")
        new = regenerate(old)
        if new == old:
            continue
        if args.write:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote the transcripts in {path}")
        else:
            drifted = True
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(True), new.splitlines(True), f"{path} (as written)",
                f"{path} (as the tool prints it)"))
    if drifted:
        print("\nthe transcripts drifted: run python tools/readme_transcripts.py --write",
              file=sys.stderr)
    return 1 if drifted else 0


if __name__ == "__main__":
    sys.exit(main())
