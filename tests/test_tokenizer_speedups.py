"""``tokens.tokenize`` (findall + str.find) gives the tokens a match-object scan of ``_TOKEN`` gives."""
from __future__ import annotations

import pytest

from factcheck.extract.tokens import _TOKEN, _variants, tokenize

TEXTS = [
    "The CEO said: 'we won't cut 1,200 jobs' — not 1.200, not 4.3bn.",
    "ab ab ab _ab_ ab-ab ab'ab ab’s",  # the same word over and over, separators that are not tokens
    "أعلنت الشركةُ عن خفض ٢٬٧٥٠ وظيفة، أي ٣٫٥٪ من موظفيها.",
    "ــ\u064e\u064fالحكومة \u064eقالت إن «النصر» لم يغلق",  # tatweel and orphan harakat before words
    "\u200fقال\u200f \u202bالوزير\u202c إن 300 موظف\u2066 iPhone\u2069 eBay",  # bidi controls between words
    "Ünal Çelik, McDonald's chief in İzmir; ١٠ ١٠ 10 10",
    "x\u064bx x\u0670 ۱۲۳ 12.5.6 12,, ,12",
]


def _reference(text: str, start: int, end: int) -> list[tuple]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        v = _variants(m.group())
        out.append((m.start(), m.end(), v[0], v))
    return out


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("cut", [(0, 0), (1, 0), (3, 2), (7, 5)])
def test_tokenize_matches_finditer(text, cut):
    start, end = cut[0], len(text) - cut[1]
    got = tokenize(text, start, end)
    assert [tuple(t) for t in got] == _reference(text, start, end)
    assert all(text[t.start:t.end] and start <= t.start < t.end <= end for t in got)


@pytest.mark.parametrize("text,words", [
    ("ab ab ab", [(0, 2), (3, 5), (6, 8)]),
    ("_ab_ ab", [(1, 3), (5, 7)]),
    ("\u064eقال قال", [(0, 4), (5, 8)]),  # a leading haraka belongs to the Arabic word
])
def test_repeated_words_get_their_own_offsets(text, words):
    assert [(t.start, t.end) for t in tokenize(text, 0, len(text))] == words
