"""When a check reads the corpus folders again before answering: the refresh rule.

A full refresh stats every source file (0.3-0.6 s at 50,000 files), which a one-off
`factcheck "CLAIM"` would pay on every run. Instead, every full scan leaves a mark in the
index: the folders it walked with their modification times, when it began, and the
size and times of the most recently modified files. Under the `auto` rule a later run
reads the folders again only when the mark does not vouch for them:

- no mark, or a mark made for other folders (or another symbolic-link rule);
- a small corpus (up to SMALL_CORPUS files): stat-ing every file costs little there;
- the mark is older than the interval (`refresh-interval`, default REFRESH_INTERVAL_S);
- a folder's modification time differs: a file was added, removed or renamed in it
  (saving by writing a new file and renaming it over the old one, as many editors do,
  counts); a folder modified within RACY_NS of the scan is not trusted, since a second
  change within one tick of the file system's clock would leave its time as it was;
- one of the RECENT_FILES most recently modified files has another size or time.

What `auto` does not see at once: a file of a larger corpus edited in place (its folder's
time does not change) that was not among the most recently modified when the mark was
made. It is seen at the first run after the interval, or at once with
`--refresh always` or `factcheck index`. `never` reads no file; it only compares the
folders' times, to say on stderr that files were added or removed since the index was
refreshed.
"""

from __future__ import annotations

import heapq
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import REFRESH_RULES
from ..corpus.loader import ScanStats, SourceFile

AUTO, ALWAYS, NEVER = REFRESH_RULES
MODES = REFRESH_RULES
REFRESH_INTERVAL_S = 600
SMALL_CORPUS = 2_000  # files: a full stat is a few milliseconds
RECENT_FILES = 500  # the most recently modified files are stat-ed on every run
RACY_NS = 2_000_000_000  # a folder modified this close to a scan (FAT's 2 s tick) is re-read


@dataclass(frozen=True)
class ScanMark:
    """What a full scan saw, kept in the index to vouch for the folders later."""

    roots: str  # the corpus folders and the link rule it was made for (roots_key)
    scanned_ns: int  # wall clock when the scan began
    files: int  # source files found
    folders: tuple[tuple[str, int], ...]  # (folder, mtime_ns); -1: too recent to trust
    recent: tuple[tuple[str, int, int, int], ...]  # (path, size, mtime_ns, ctime_ns)

    def to_json(self) -> str:
        return json.dumps({"roots": self.roots, "scanned_ns": self.scanned_ns,
                           "files": self.files, "folders": self.folders,
                           "recent": self.recent}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> ScanMark | None:
        """The mark, or None when there is none or it cannot be read (a full scan then)."""
        if not text:
            return None
        try:
            raw = json.loads(text)
            return cls(str(raw["roots"]), int(raw["scanned_ns"]), int(raw["files"]),
                       tuple((str(p), int(m)) for p, m in raw["folders"]),
                       tuple((str(p), int(s), int(m), int(c)) for p, s, m, c in raw["recent"]))
        except (ValueError, KeyError, TypeError):
            return None


def roots_key(roots: Sequence[Path], follow_links: bool) -> str:
    return json.dumps([[str(r) for r in roots], follow_links])


def make_mark(key: str, started_ns: int, files: Sequence[SourceFile],
              stats: ScanStats) -> ScanMark:
    """The mark of a scan that began at `started_ns` and found `files`."""
    folders = tuple((path, mtime if mtime < started_ns - RACY_NS else -1)
                    for path, mtime in stats.folders)
    newest = heapq.nlargest(RECENT_FILES, files, key=lambda f: f.mtime_ns)
    recent = tuple((str(f.path), f.size, f.mtime_ns, f.ctime_ns) for f in newest)
    return ScanMark(key, started_ns, len(files), folders, recent)


def reason_to_scan(mark: ScanMark | None, key: str, interval_s: float,
                   now_ns: int | None = None) -> str | None:
    """Why the `auto` rule reads the folders again, or None when the mark vouches for them."""
    now_ns = time.time_ns() if now_ns is None else now_ns
    if mark is None:
        return "no scan recorded"
    if mark.roots != key:
        return "made for other folders"
    if mark.files <= SMALL_CORPUS:
        return "small corpus"
    if not 0 <= now_ns - mark.scanned_ns < interval_s * 1e9:
        return "older than the refresh interval"
    changed = changed_folders(mark, trust_recent=False)
    if changed:
        return f"files added or removed in {changed[0]}"
    for path, size, mtime, ctime in mark.recent:
        try:
            st = os.stat(path)
        except OSError:
            return f"{path} is gone"
        if (st.st_size, st.st_mtime_ns, st.st_ctime_ns) != (size, mtime, ctime):
            return f"{path} changed"
    return None


def changed_folders(mark: ScanMark, trust_recent: bool = True) -> list[str]:
    """The folders whose modification time is not the mark's (gone ones too); a folder
    too recent to trust counts as changed unless `trust_recent`."""
    out = []
    for path, mtime in mark.folders:
        if mtime < 0:
            if not trust_recent:
                out.append(path)
            continue
        try:
            if os.stat(path).st_mtime_ns == mtime:
                continue
        except OSError:
            pass
        out.append(path)
    return out
