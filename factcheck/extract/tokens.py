"""Tokens with offsets: words and numbers of a stretch of text, each with its folded forms.

Needs: the text and a stretch of it. Adds: ``Tok`` (start, end, folded form, variants without و/ف,
the article or ب/ل/ك), and an index of a whole text's tokens to slice sentences from. Offsets always
index the original text; only the folded copies are normalised.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from ..text.normalize import fold

_AR = "\u0621-\u064a\u064b-\u065f\u0660-\u0669\u066e-\u06d3\u06d5-\u06ed\u06f0-\u06ff\u0640\u0670"
_MARKS = "\u064b-\u065f\u0670\u0640"
_TOKEN = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|[A-Za-z0-9\u00c0-\u024f]+(?:['’&.-][A-Za-z0-9\u00c0-\u024f]+)*"
    rf"|[{_AR}]*[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff][{_AR}]*"
    rf"|[^\W_][^\W_{_MARKS}]*")
_AR_LETTER = re.compile(r"[\u0621-\u064a]")
_ARTICLES = ("ال", "بال", "لل", "كال", "ب", "ل", "ك")


class Tok(NamedTuple):
    start: int
    end: int
    norm: str
    variants: tuple[str, ...]


@lru_cache(maxsize=131072)
def _variants(raw: str) -> tuple[str, ...]:
    """Folded forms of one token: as written, without و/ف, without the article or ب/ل/ك."""
    f = fold(raw)
    if not _AR_LETTER.match(f):
        return (f,)
    out = [f]
    base = f
    if len(f) > 2 and f[0] in "وف":
        base = f[1:]
        out.append(base)
    for p in _ARTICLES:
        if base.startswith(p) and len(base) - len(p) >= 3:
            out.append(base[len(p):])
    if base.startswith("لل") and len(base) >= 5:
        out.append("ا" + base[1:])  # لل = ل + ال
    return tuple(dict.fromkeys(out))


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Word and number tokens of ``text[start:end]`` with offsets into ``text``.

    ``_TOKEN`` has no look-around and never matches empty, so no match can start in the characters
    it skips: each token is the first occurrence of its text after the previous one (``str.find``
    is cheaper than a match object per token)."""
    new, variants, find = tuple.__new__, _variants, text.find
    out = []
    pos = start
    for w in _TOKEN.findall(text, start, end):
        s = find(w, pos)
        pos = s + len(w)
        v = variants(w)
        out.append(new(Tok, (s, pos, v[0], v)))
    return out


class Tokens(NamedTuple):
    """Tokens of a whole text with their starts and ends, to slice sentences and paragraphs from."""

    toks: list[Tok]
    starts: list[int]
    ends: list[int]


def text_tokens(text: str) -> Tokens:
    """``tokenize`` over all of ``text``, indexed for ``tokens_in``."""
    toks = tokenize(text, 0, len(text))
    return Tokens(toks, [t.start for t in toks], [t.end for t in toks])


def tokens_in(text: str, index: Tokens | None, start: int, end: int) -> list[Tok]:
    """``tokenize(text, start, end)``, sliced from ``index`` (``text_tokens(text)``) when no token of
    the whole text crosses ``start`` or ``end`` (the tokenizer has no look-around, so the slice is then
    exactly what tokenizing the stretch gives)."""
    return tokens_and_starts(text, index, start, end)[0]


def tokens_and_starts(text: str, index: Tokens | None, start: int, end: int) -> tuple[list[Tok], list[int]]:
    """``tokens_in`` and the tokens' start offsets."""
    if index is not None:
        i, j = bisect_left(index.starts, start), bisect_left(index.starts, end)
        if not ((i and index.ends[i - 1] > start) or (j > i and index.ends[j - 1] > end)):
            return index.toks[i:j], index.starts[i:j]
    toks = tokenize(text, start, end)
    return toks, [t.start for t in toks]
