"""A whole written after the part's verb phrase: 'About 890,000 voters cast ballots out of 7.6 million registered',
«نحو 890 ألف ناخب أدلوا بأصواتهم من أصل 7.6 مليون مسجل».

Needs: the quantities of one span, in text order, and ``distant_total_links`` of ``quantity_context.json`` (both
languages merged). Adds: the whole's value as the part's total; the part's span runs on to the whole's end, as it does
when the whole is written right after it ('890,000 of the 7.6 million registered voters'), and the whole is no
figure of its own. Only when the part counts something (no money, share or rate), the whole is larger, names no
other unit (none, the part's, or an Arabic noun of no known class: «مسجل»), and no clause boundary and at most
``GAP_WORDS`` words stand between them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .quantity_adjectival import NOT_NOUNS, SPANS_OF_TIME

GAP_WORDS = 6  # words of the verb phrase between the part and the link
_NOT_PARTS = NOT_NOUNS | SPANS_OF_TIME | {"rank"}  # shares, factors and spans of time count no part of a whole
_BOUNDARY = re.compile(r"[,،;؛.:!?؟\n«»\"“”()]")


@cache
def _links() -> tuple[tuple[str, ...], ...]:
    """The folded links, longest first, as word tuples."""
    found = {tuple(fold(p).split()) for lang in ("en", "ar")
             for p in load_json(lang, "quantity_context").get("distant_total_links", ())}
    return tuple(sorted(found, key=len, reverse=True))


def totals_apart(text: str, out: list[Quantity]) -> list[Quantity]:
    """``out`` with each count followed, past its verb phrase, by a link and a larger whole given that whole as its
    total (the whole dropped)."""
    if len(out) < 2:
        return out
    result: list[Quantity] = []
    k = 0
    while k < len(out):
        q = out[k]
        whole = out[k + 1] if k + 1 < len(out) else None
        if whole is not None and _total_of(text, q, whole):
            result.append(replace(q, end=whole.end, text=text[q.start:whole.end], total=whole.value))
            k += 2
            continue
        result.append(q)
        k += 1
    return result


def _total_of(text: str, part: Quantity, whole: Quantity) -> bool:
    if part.total is not None or whole.total is not None or not 0 < part.value < whole.value:
        return False
    if part.unit is None or part.unit in _NOT_PARTS or part.unit.isupper() or "/" in part.unit:
        return False
    if whole.unit is not None and whole.unit != part.unit and whole.unit.isascii():
        return False  # 'out of 500 lawsuits': another class of thing
    gap = text[part.end:whole.start]
    if _BOUNDARY.search(gap):
        return False
    words = fold(gap).split()
    for link in _links():
        if tuple(words[-len(link):]) == link:
            return len(words) - len(link) <= GAP_WORDS
    return False
