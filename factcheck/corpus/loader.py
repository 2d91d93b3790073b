"""Finding and reading source files: encodings, binary files, symlink loops.

Problems with single files are warnings (the file is skipped or repaired), never errors:
one bad file must not stop a corpus from being checked.
"""

from __future__ import annotations

import codecs
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cache import regex

TEXT_SUFFIXES = frozenset({".txt", ".md"})
# the "encodings" of files that have no text to index (Document.skipped)
SKIPPED = frozenset({"binary", "empty"})


class SkippedFileWarning(UserWarning):
    """A source file was skipped or read with repairs."""


@dataclass(frozen=True)
class SourceFile:
    """A file found in a corpus folder, before reading."""

    source: str  # POSIX path relative to the corpus root (prefixed when several roots)
    path: Path
    size: int
    mtime_ns: int
    # the inode change time: an edit that puts size and mtime back (`touch -r`) cannot put
    # this back, so the index compares it too; 0 when unknown
    ctime_ns: int = 0


@dataclass(frozen=True)
class Document:
    """A decoded source file."""

    source: str
    text: str
    digest: str
    encoding: str = "utf-8"  # how the bytes were read (see decode_bytes), or in SKIPPED

    @property
    def skipped(self) -> bool:
        """A binary or empty file: no text, but kept in the index so that it is not read
        (and warned about) again until it changes."""
        return self.encoding in SKIPPED


@dataclass(frozen=True)
class ScanStats:
    files: int
    skipped_suffix: int
    # every folder walked and its modification time as read before it was listed (a file
    # added, removed or renamed in it changes that time): index/freshness.py keeps them
    folders: tuple[tuple[str, int], ...] = ()


def _inside(target: str, folders: list[str]) -> bool:
    return any(target == f or target.startswith(f + os.sep) for f in folders)


def _walk(root: Path, corpus: list[str] | None = None,
          folders: list[tuple[str, int]] | None = None) -> Iterator[tuple[str, str]]:
    """(path, file name) of every file under `root`; strings, because pathlib's parsing
    was most of the cost of a no-change refresh at 50,000 files.

    With `corpus` (the resolved corpus folders), a symbolic link whose target resolves
    outside them is not followed: a link to /etc/passwd or to /usr/share/doc must not put
    the host's files into evidence, CI logs and SARIF. One warning names each such link.
    `folders` gets each folder walked with its mtime, read before the folder is listed.
    """
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
        if folders is not None:
            folders.append((str(folder), st.st_mtime_ns))
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
                if corpus is not None and entry.is_symlink():
                    target = os.path.realpath(entry.path)
                    if not _inside(target, corpus):
                        if os.path.exists(target):
                            warnings.warn(
                                f"not following symbolic link {entry.path}: it points outside "
                                "the corpus (--follow-links follows it)",
                                SkippedFileWarning,
                                3,
                            )
                        continue
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


def scan(roots: list[Path], follow_links: bool = False) -> tuple[list[SourceFile], ScanStats]:
    """Every .txt/.md file under the roots, with size and mtime, in a stable order.

    Symbolic links are followed only while they stay inside the roots, unless
    `follow_links`."""
    files: list[SourceFile] = []
    folders: list[tuple[str, int]] = []
    skipped = 0
    corpus = None if follow_links else [os.path.realpath(r) for r in roots]
    for root, prefix in zip(roots, root_prefixes(roots), strict=True):
        base = str(root) if str(root).endswith(os.sep) else str(root) + os.sep
        for path_str, name in _walk(root, corpus, folders):
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
            files.append(SourceFile(source, path, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return files, ScanStats(len(files), skipped, tuple(folders))


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
    return blake2b(data, digest_size=16).hexdigest()


def blake2b(data: bytes, digest_size: int) -> Any:
    """hashlib.blake2b(data, digest_size=...), without importing hashlib.

    hashlib loads OpenSSL (_hashlib, about 5 ms) on import, and BLAKE2 never uses it:
    hashlib's own blake2b is _blake2's. The digests are the same byte for byte.
    """
    try:
        from _blake2 import blake2b as blake
    except ImportError:  # a Python built without it
        from hashlib import blake2b as blake
    return blake(data, digest_size=digest_size)


# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Windows-1252 as the WHATWG Encoding Standard (and every browser) reads it: the five
# bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become the C1 control of the
# same number, as in Latin-1, so no byte is ever lost or replaced.
_WINDOWS_1252 = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
)
_CP1252_UNDEFINED_TEXT = regex("[\x81\x8d\x8f\x90\x9d]")
_FALLBACK = "factcheck-windows-1252"


def _windows_1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as Windows-1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    return codecs.charmap_decode(chunk, "strict", _WINDOWS_1252)[0], exc.end


codecs.register_error(_FALLBACK, _windows_1252_bytes)


@dataclass(frozen=True)
class Decoded:
    """A file's text and how its bytes were read."""

    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", ..., "windows-1252", "utf-8+windows-1252"
    problem: str | None = None  # a repair worth a warning, e.g. undefined or broken bytes


def decode_bytes(data: bytes) -> Decoded | None:
    """Text of a file's bytes, or None for a binary file (a NUL byte without a BOM).

    One rule for every file factcheck reads (corpus files, drafts, claims files): a byte
    order mark decides (UTF-8, UTF-16 or UTF-32, LE or BE); else strict UTF-8; else the
    bytes that are not UTF-8 are read as Windows-1252 (the common case: a Windows
    editor's file, curly quotes, euro and pound signs) while valid UTF-8 sequences stay
    UTF-8, so a file pasted together from both reads right. Windows-1252 gives every byte
    a character, so nothing is replaced; the five bytes it leaves undefined are read as
    their Latin-1 control characters and reported. See docs/encodings.md.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            codec = "utf-8" if encoding == "utf-8-sig" else encoding
            try:
                return Decoded(body.decode(codec), encoding)
            except UnicodeDecodeError as exc:
                text = body.decode(codec, errors="replace")
                where = exc.start + len(bom)
                return Decoded(text, encoding, f"invalid {encoding} at byte {where}; replaced")
    if b"\x00" in data[:8192]:
        return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors=_FALLBACK)
    single = codecs.charmap_decode(data, "strict", _WINDOWS_1252)[0]
    encoding = "windows-1252" if len(text) == len(single) else "utf-8+windows-1252"
    undefined = _CP1252_UNDEFINED_TEXT.findall(text)
    problem: str | None = None
    if undefined:
        problem = (
            f"{len(undefined)} byte(s) neither UTF-8 nor Windows-1252 (first 0x"
            f"{ord(undefined[0]):02X}); read as Latin-1 control characters"
        )
    return Decoded(text, encoding, problem)


def decode(data: bytes, name: str) -> str | None:
    """Text of a file's bytes, or None (with a warning) for binary or empty files."""
    decoded = decode_with_warnings(data, name)
    return decoded.text if decoded is not None else None


def decode_with_warnings(data: bytes, name: str) -> Decoded | None:
    """`decode_bytes`, with a warning naming the file for a skip or a repair."""
    decoded = decode_bytes(data)
    if decoded is None:
        warnings.warn(f"skipping binary file {name}", SkippedFileWarning, 3)
        return None
    if not decoded.text.strip():
        warnings.warn(f"skipping empty file {name}", SkippedFileWarning, 3)
        return None
    if decoded.problem:
        warnings.warn(f"{name}: {decoded.problem}", SkippedFileWarning, 3)
    return decoded


def read_document(file: SourceFile) -> Document | None:
    """Read and decode one file (a warning says why when it is skipped).

    None when it cannot be read now (tried again next time); a `skipped` Document with no
    text for a binary or empty file, which the index remembers like any other file."""
    try:
        data = file.path.read_bytes()
    except OSError as exc:
        warnings.warn(
            f"skipping unreadable file {file.source}: {exc.strerror}", SkippedFileWarning, 2
        )
        return None
    decoded = decode_with_warnings(data, file.source)
    if decoded is None:
        kind = "binary" if decode_bytes(data) is None else "empty"
        return Document(file.source, "", digest(data), kind)
    return Document(file.source, decoded.text, digest(data), decoded.encoding)
