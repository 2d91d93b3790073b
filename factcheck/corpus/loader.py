"""Finding and reading source files: encodings, binary files, symlink loops.

Problems with single files are warnings (the file is skipped or repaired), never errors:
one bad file must not stop a corpus from being checked.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md"})


class SkippedFileWarning(UserWarning):
    """A source file was skipped or read with repairs."""


@dataclass(frozen=True)
class SourceFile:
    """A file found in a corpus folder, before reading."""

    source: str  # POSIX path relative to the corpus root (prefixed when several roots)
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Document:
    """A decoded source file."""

    source: str
    text: str
    digest: str


@dataclass(frozen=True)
class ScanStats:
    files: int
    skipped_suffix: int


def _walk(root: Path) -> Iterator[tuple[str, str]]:
    """(path, file name) of every file under `root`; strings, because pathlib's parsing
    was most of the cost of a no-change refresh at 50,000 files."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:  # a symlink loop, or the same folder reached twice
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            warnings.warn(f"cannot list {folder}: {exc.strerror}", SkippedFileWarning, 2)
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    subdirs.append(Path(entry.path))
                elif entry.is_file():
                    yield entry.path, entry.name
            except OSError:
                continue
        stack.extend(reversed(subdirs))


def _suffix(name: str) -> str:
    """PurePath(name).suffix, without building a path."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def root_prefixes(roots: list[Path]) -> list[str]:
    """The source prefix of each corpus folder: none for one folder, else its name, with
    as many parent folders as it takes to tell same-named folders apart."""
    if len(roots) < 2:
        return [""] * len(roots)
    depth = 1
    deepest = max(len(r.parts) for r in roots)
    while True:
        names = ["/".join(r.parts[-depth:]).lstrip("/") for r in roots]
        if len(set(names)) == len(names) or depth >= deepest:
            return [f"{n}/" for n in names]
        depth += 1


def scan(roots: list[Path]) -> tuple[list[SourceFile], ScanStats]:
    """Every .txt/.md file under the roots, with size and mtime, in a stable order."""
    files: list[SourceFile] = []
    skipped = 0
    for root, prefix in zip(roots, root_prefixes(roots), strict=True):
        base = str(root) if str(root).endswith(os.sep) else str(root) + os.sep
        for path_str, name in _walk(root):
            if _suffix(name).lower() not in TEXT_SUFFIXES:
                skipped += 1
                continue
            path = Path(path_str)
            try:
                st = os.stat(path_str)
            except OSError as exc:
                warnings.warn(f"skipping {path}: {exc.strerror}", SkippedFileWarning, 2)
                continue
            if path_str.startswith(base):  # always, as _walk joins onto str(root)
                rel = path_str[len(base):]
                rel = rel if os.sep == "/" else rel.replace(os.sep, "/")
            else:
                rel = path.relative_to(root).as_posix()
            source = prefix + rel
            if not source.isascii():
                source = _printable_name(source)
            files.append(SourceFile(source, path, st.st_size, st.st_mtime_ns))
    return files, ScanStats(len(files), skipped)


def _printable_name(source: str) -> str:
    """A file name that is not valid UTF-8 (Latin-1 names unpacked on Linux) with its bad
    bytes replaced: the index and JSON output need real text."""
    try:
        source.encode("utf-8")
        return source
    except UnicodeEncodeError:
        fixed = source.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        warnings.warn(f"file name is not valid UTF-8; shown as {fixed}", SkippedFileWarning, 3)
        return fixed


def digest(data: bytes) -> str:
    """Content hash used to tell a touched file from a changed one."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def decode(data: bytes, name: str) -> str | None:
    """Text of a file's bytes, or None (with a warning) for binary or empty files."""
    if not data.strip():
        warnings.warn(f"skipping empty file {name}", SkippedFileWarning, 2)
        return None
    if b"\x00" in data[:8192]:
        warnings.warn(f"skipping binary file {name}", SkippedFileWarning, 2)
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        warnings.warn(
            f"{name}: invalid UTF-8 at byte {exc.start}; bad bytes replaced",
            SkippedFileWarning,
            2,
        )
        return data.decode("utf-8", errors="replace")


def read_document(file: SourceFile) -> Document | None:
    """Read and decode one file; None when it must be skipped (a warning says why)."""
    try:
        data = file.path.read_bytes()
    except OSError as exc:
        warnings.warn(
            f"skipping unreadable file {file.source}: {exc.strerror}", SkippedFileWarning, 2
        )
        return None
    text = decode(data, file.source)
    if text is None:
        return None
    return Document(file.source, text, digest(data))
