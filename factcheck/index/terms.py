"""Which words of a document the index counts: the stemmed content words of its kept
sentences, whose document frequencies the index keeps for copy detection (judge/copies.py).

A refresh calls document_terms() on every document it writes; terms_signature() changes
when that choice would change, so the index recounts its stored counts (see
index/sqlite/schema.py) and old counts never meet new stems.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from functools import lru_cache
from types import CodeType
from typing import Any

from ..text import _WORD, IRREGULAR, STOP_WORDS, fold, stem

MIN_TOKENS = 6  # shorter sentences (headlines, captions) are too short to judge
MAX_NOISE = 0.7  # noisier sentences (page furniture) are left out, as Corpus.sentences() does

cached_stem = lru_cache(maxsize=1 << 16)(stem)  # bounded: a word's stem never changes


def document_terms(sentences: Iterable[str]) -> frozenset[str]:
    """The stemmed content words of the sentences a fingerprint keeps.

    The index counts, per word, the documents that have it (document frequencies), so
    this is called on every document at index time: words are stemmed once per document.
    """
    seen: set[str] = set()
    for sentence in sentences:
        folded = sentence_words(sentence)
        if len(folded) >= MIN_TOKENS:
            seen.update(folded)
    return terms_of(seen)


def sentence_words(sentence: str) -> list[str]:
    """The folded words of one sentence, as document_terms() reads them (and the audit's
    copy sketches, which must count the same words)."""
    # fold() of ASCII text is lower(); skipping it keeps unique sentences out of its cache
    return _WORD.findall(sentence.lower() if sentence.isascii() else fold(sentence))


def terms_of(words: set[str]) -> frozenset[str]:
    """document_terms() of the sentences whose (kept) words are `words`."""
    return frozenset(cached_stem(w) for w in words - STOP_WORDS if len(w) > 1)


@lru_cache(maxsize=1)
def terms_signature() -> str:
    """Changes when document_terms() would choose or stem words differently.

    The index stores the terms' document frequencies; it recounts them when this changes
    (a new stop word or irregular verb), so old counts never meet new stems.
    """
    codes = [stem.__wrapped__.__code__, document_terms.__code__,  # type: ignore[attr-defined]
             sentence_words.__code__, terms_of.__code__]
    parts = (sorted(STOP_WORDS), sorted(IRREGULAR.items()), MIN_TOKENS, MAX_NOISE,
             _WORD.pattern, [code_key(c) for c in codes])
    return version_key(parts)


def version_key(parts: object) -> str:
    """Sixteen hex digits that change when `parts` (values with a stable repr) do. A key
    that marks stored counts or scores as stale, not a security digest: zlib's two
    checksums, as every index open computes one and importing hashlib costs 2.5 ms."""
    data = repr(parts).encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def code_key(code: CodeType) -> tuple[Any, ...]:
    """What a function does, the same in every process (a code object's repr has its
    address and line number)."""
    consts = tuple(code_key(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return (code.co_code, consts)
