"""A month named as the period a figure is for: «سعر البروبان لشهر ديسمبر», «مبيعات الشركة لشهر أكتوبر», 'the price
for the month of December'.

Needs: the text, the start of a month date's span and ``period_for`` of ``lexicons/<lang>/dates.json``. Adds
``period_for``: whether such a phrase ends right before the span (in Arabic the ل clitic before the month word
شهر that opens the span), so that ``dates`` reads the month as the one nearest publication
(``calendar.NEAREST``): a price is set for the coming month and sales are reported for the last one.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold

_TAIL = re.compile(r"(\S*)\s*$")
_HEAD = re.compile(r"\S+")
_WORDS = 4  # words of the longest phrase ('for the month of')


@cache
def _phrases(language: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(p).split()) for p in load_json(language, "dates").get("period_for", ()))


def period_for(text: str, start: int, language: str) -> bool:
    """Whether a period-for phrase ends right before the month date at ``text[start:]``."""
    phrases = _phrases("ar" if language == "ar" else "en")
    if not phrases:
        return False
    if language == "ar":  # the clitic ل is written onto the span's month word: ل + شهر ديسمبر
        clitic = _TAIL.search(text, max(0, start - 3), start)
        head = _HEAD.match(text, start)
        if clitic is None or head is None or text[start - 1:start].isspace():
            return False
        return (fold(clitic[1] + head[0]),) in phrases
    words = tuple(fold(w) for w in text[max(0, start - 40):start].split()[-_WORDS:])
    return any(words[-len(p):] == p for p in phrases)
