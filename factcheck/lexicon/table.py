"""The file ``data/wordnet.bin`` as blocks inflated one at a time, as lookups reach them.
``tools/build_lexicon.py`` writes it and describes its format.

Design: three were measured (``python tools/build_lexicon.py --compare-designs``: the
same table written each way, median over 11 fresh processes of the time from the
imports to the end of the first lookup, on the 2-core development machine):

* blocks (this module): the table cut into blocks of about 8 KB of text, each
  zlib-compressed on its own, behind a small header of each block's first word. The
  first lookup reads the file (0.9 MB) and the header and inflates one or two blocks:
  4.8 ms including the imports (``-X importtime``: 2.2 ms for this module with zlib and
  bisect; the rest is the ``factcheck`` package's own import). The hypernyms made the
  file 1.07 MB, that lookup 3% slower (CPU time; a first broader(): 11%). Each block a
  later lookup reaches costs about 65 us once (inflate, split); a word met costs 1-3
  us. Inflating every block would take about 20 ms, spread over a whole run.
* one stream: the same text as one zlib stream, split into a dict at the first
  lookup: 116 ms (inflating alone is 11 ms, splitting 14 ms). 5% smaller.
* SQLite (one table of records keyed by word, one of synsets): 4.7 ms, most of it
  importing sqlite3, and 50 us a lookup; but the file is 3.1 MB, three times the cap.

Blocks win: as fast to the first answer as SQLite at under a third of its size.

Block size, measured later on a whole check (`factcheck` on the seeds, one claim): its
lookups reach words all over the alphabet, so 8 KB blocks inflated 157 blocks, 1.3 MB
of text, for 11 ms of a 145 ms run. Blocks of 2 KB reach 218 blocks and take 5 ms, but
alone they compress worse (1.15 MB). So the R and S blocks are compressed with a preset
dictionary each (zlib's ``zdict``: 32 KB of the section's text, stored once), as raw
deflate: 2 KB blocks are then 1.09 MB with a compressed header. (With zlib's wrapper a
block costs 10 us more: it checks the dictionary's checksum.)
"""

from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right

MAGIC = b"factcheck-wordnet 3\n"


class Table:
    """The blocks of data/wordnet.bin, inflated one at a time as lookups reach them."""

    def __init__(self, path: str, blob: bytes) -> None:
        if not blob.startswith(MAGIC):
            raise ValueError(f"{path}: not a factcheck WordNet table (rebuild it)")
        size_end = blob.index(b"\n", len(MAGIC))
        head_start = size_end + 1
        body_start = head_start + int(blob[len(MAGIC):size_end])
        self._blob = blob
        self._body = body_start
        self._firsts: dict[str, list[str]] = {"D": [], "R": [], "S": [], "P": []}
        self._spans: dict[str, list[tuple[int, int]]] = {"D": [], "R": [], "S": [], "P": []}
        start = 0
        for line in zlib.decompress(blob[head_start:body_start]).decode("utf-8").split("\n"):
            tag, end, first = line.split("\t")
            self._firsts[tag].append(first)
            self._spans[tag].append((start, int(end)))
            start = int(end)
        self._synset_firsts = [int(x) for x in self._firsts["S"]]
        self._blocks: dict[tuple[str, int], list[str]] = {}
        self._zdicts: dict[str, bytes] = {}

    def _compressed(self, tag: str, n: int) -> bytes:
        a, b = self._spans[tag][n]
        return self._blob[self._body + a: self._body + b]

    def _zdict(self, tag: str) -> bytes | None:
        """The preset dictionary the blocks of section tag were compressed with."""
        zdict = self._zdicts.get(tag)
        if zdict is None and tag in self._firsts["D"]:
            n = self._firsts["D"].index(tag)
            zdict = self._zdicts[tag] = zlib.decompress(self._compressed("D", n))
        return zdict

    def _block(self, tag: str, n: int) -> list[str]:
        key = (tag, n)
        lines = self._blocks.get(key)
        if lines is None:
            zdict = self._zdict(tag)
            if zdict is None:
                text = zlib.decompress(self._compressed(tag, n))
            else:
                z = zlib.decompressobj(-15, zdict=zdict)  # raw deflate
                text = z.decompress(self._compressed(tag, n)) + z.flush()
            lines = self._blocks[key] = text.decode("utf-8").split("\n")
        return lines

    def record(self, word: str) -> list[str] | None:
        """The fields of word's record (the word first), or None."""
        n = bisect_right(self._firsts["R"], word) - 1
        if n < 0:
            return None
        lines = self._block("R", n)
        probe = word + "\t"
        i = bisect_left(lines, probe)
        if i < len(lines) and lines[i].startswith(probe):
            return lines[i].split("\t")
        return None

    def synset(self, k: int) -> list[str]:
        """Synset k's line: members, hypernyms, how many members broader() gives."""
        n = bisect_right(self._synset_firsts, k) - 1
        return self._block("S", n)[k - self._synset_firsts[n]].split("\t")

    def phrasal(self) -> list[str]:
        return [line for n in range(len(self._spans["P"])) for line in self._block("P", n)]
