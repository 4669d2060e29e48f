"""A price's period: "$200 for one night", «200 دولار لليلة واحدة» name what the price buys, no count to check.

Needs: the quantities of one span, in text order. Adds: ``drop_tenors``, the list without a quantity of one span
of time that follows a money amount with only a rate preposition between ("for", "per", "a", ل as a clitic or
a word): the night is the price's unit of sale, as in "$200 a night", which yields the amount alone. Tables:
``quantity_verbs.json`` ``tenor_links`` of both languages.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .numbers import tokenize

_PERIODS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "quarter", "year"})


@cache
def _links() -> frozenset[str]:
    """Folded rate prepositions between a price and its period (``tenor_links``)."""
    return frozenset(fold(w) for lang in ("ar", "en") for w in load_json(lang, "quantity_verbs").get("tenor_links", ()))


def drop_tenors(text: str, out: list[Quantity]) -> list[Quantity]:
    """``out`` without the one-period tenors of the money amounts before them (module docstring)."""
    keep: list[Quantity] = []
    for q in out:
        prev = keep[-1] if keep else None
        if prev is not None and q.value == 1 and q.unit in _PERIODS and _money(prev.unit) and _linked(text, prev, q):
            continue
        keep.append(q)
    return keep


def _money(unit: str | None) -> bool:
    """An ISO 4217 code or a rate of two (``USD``, ``XXX``)."""
    return unit is not None and unit.isupper() and unit.isalpha()


def _linked(text: str, prev: Quantity, q: Quantity) -> bool:
    """Only a rate preposition stands between the price and the period, or a ل clitic opens the period."""
    between = [t.key for t in tokenize(text, prev.end, q.start)]
    links = _links()
    if len(between) == 1 and between[0] in links:
        return True
    return not between and q.text[:1] in links
