"""A price's period: "$200 for one night", «200 دولار لليلة واحدة» name what the price buys, no count to check.

Needs: the quantities of one span, in text order. Adds: ``drop_tenors``, the list without a quantity of one span
of time that follows a money amount with only a rate preposition between ("for", "per", "a", ل as a clitic or
a word): the night is the price's unit of sale, as in "$200 a night", which yields the amount alone, per night
(USD/night). ``per_units``: an amount followed by a rate word is per that word's unit, '<unit>/<per>' ("3.4 million
barrels a day" barrel/day, «يومياً»، "per year", "$72.40 a barrel" USD/barrel, «للطن» USD/tonne), both bounds of a
range alike ("3-5 volunteers a week"); not a point in time ("$5 billion a year earlier", «في العام الماضي»); a money
amount after a price head naming its unit of sale earlier in the clause ("the price per tonne reached $390", «سعر البرميل
بلغ 68.5 دولاراً») is per that unit, unless another clause opens between (``price_head_breaks``). Tables:
``quantity_verbs.json`` ``tenor_links`` and ``quantity_rates.json`` of both languages.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .numbers import Tok, tokenize
from .quantity_tables import definite, noun_unit, tables, variants

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
            keep[-1] = replace(prev, unit=f"{prev.unit}/{q.unit}")  # a price per night
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


class _PerTables(NamedTuple):
    strong: frozenset[str]
    weak: frozenset[str]
    adverbs: dict[str, str]
    single: frozenset[str]
    point_after: frozenset[str]
    denominators: frozenset[str]
    price_heads: frozenset[str]
    head_links: frozenset[str]
    head_breaks: frozenset[str]
    terms: frozenset[str]  # words of a price's terms after its unit noun (شاملة تكاليف الشحن، 'including freight')


@cache
def _per() -> _PerTables:
    """The merged ``quantity_rates.json`` tables of both languages, folded."""
    data = [load_json(lang, "quantity_rates") for lang in ("ar", "en")]

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for d in data for w in d.get(key, ()))
    adverbs = {fold(w): unit for d in data for w, unit in d.get("adverbs", {}).items()}
    return _PerTables(words("strong_links"), words("weak_links"), adverbs, words("single"), words("point_after"),
                      frozenset(u for d in data for u in d.get("denominators", ())), words("price_heads"),
                      words("price_head_links"), words("price_head_breaks"), words("price_terms"))


def per_units(text: str, out: list[Quantity]) -> list[Quantity]:
    """``out`` with each amount followed by a rate word in its unit per that word's unit: "3.4 million barrels a day"
    → barrel/day, "$72.40 a barrel" → USD/barrel, «يومياً» → /day (``quantity_rates.json``)."""
    keep: list[Quantity] = []
    for n, q in enumerate(out):
        if q.unit and "/" not in q.unit and q.unit not in _NOT_RATES:
            per = _per_after(text, q.end, _limit(text, q, out[n + 1:n + 2]))
            if per is None and _money(q.unit):
                per = _per_head(text, q)  # «سعر البرميل بلغ 68.5 دولاراً», "the price per tonne reached $390"
            if per and per != q.unit:
                if keep and keep[-1].unit == q.unit and (_RANGE_GAP.fullmatch(text, keep[-1].end, q.start) or (
                        keep[-1].qualifier, q.qualifier) == ("at_least", "at_most")
                        and _BOUNDS_GAP.fullmatch(text, keep[-1].end, q.start)):
                    keep[-1] = replace(keep[-1], unit=f"{q.unit}/{per}")  # "3-5 volunteers a week": both bounds
                q = replace(q, unit=f"{q.unit}/{per}")
        keep.append(q)
    return keep


_RANGE_GAP = re.compile(r"\s*(?:[-–]|to|إلى|الى)\s*")
_BOUNDS_GAP = re.compile(r"\s*(?:and|و)\s*")  # "between $3 and $4 a gallon", «بين 300 و400 دولار شهريا»


_OF = frozenset({"of", "من"})  # a substance named after a measure
_NOT_RATES = frozenset({"percent", "percentage_point", "times", "basis_point"})
_WINDOW = 48  # characters after an amount its rate words may take


def _limit(text: str, q: Quantity, after: list[Quantity]) -> int:
    """Where the words after ``q`` stop: the next quantity (``after``, in text order) or the window's end."""
    nxt = min((o.start for o in after if o.start >= q.end), default=len(text))
    return min(nxt, q.end + _WINDOW, len(text))


def _per_after(text: str, end: int, limit: int) -> str | None:
    """The unit an amount ending at ``end`` is per: a period adverb, a strong link and a unit noun, or a weak link
    (a word or the clitic ل with the article) and a unit noun that ends its phrase."""
    toks = tokenize(text, end, limit)
    tb = _per()
    if not toks or toks[0].kind != "w":
        return None
    if toks[0].key in _OF:  # "12 million tonnes of wheat a year", «مليون طن من القمح سنوياً»: past the substance
        for n in (2, 3):
            if len(toks) > n and all(t.kind == "w" and t.key not in tb.strong | tb.weak for t in toks[1:n]):
                per = _per_after(text, toks[n - 1].end, limit) if toks[n - 1].key not in _OF else None
                if per:
                    return per
        return None
    keys = [t.key for t in toks]
    for n in (2, 1):
        if " ".join(keys[:n]) in tb.adverbs and len(keys) >= n:
            return tb.adverbs[" ".join(keys[:n])]
    for n in (2, 1):
        link = " ".join(keys[:n])
        if len(keys) > n and link in tb.strong | tb.weak:
            unit = noun_unit(keys[n])
            strong = link in tb.strong
            if unit in tb.denominators and (strong or _ends_phrase(toks, n + 1)) and (
                    strong or keys[n].isascii() or definite(keys[n])):  # في الساعة، not «في ساعة» (within an hour)
                return unit
            return None
    if keys[0].startswith("لل") and "ل" in tb.weak:  # للبرميل، لليوم: ل with the article
        unit = noun_unit(keys[0])
        return unit if unit in tb.denominators and _ends_phrase(toks, 1) else None
    return None


_CLAUSE_BREAK = re.compile(r"\n|[!?؟,،;؛:.](?=\s)")


def _per_head(text: str, q: Quantity) -> str | None:
    """The unit of sale a price head names before the money amount ``q`` in its clause, with no other clause opening
    between (``price_heads``: "the price per tonne reached $390", «سعر طن الحديد 40 ألف جنيه» → tonne), else None."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, q.start)), default=0)
    toks = tokenize(text, start, q.start)
    tb = _per()
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].kind == "w" and any(v in tb.price_heads for v in variants(toks[i].key)):
            j = i + 1
            while j < len(toks) and toks[j].key in tb.head_links:
                j += 1
            if j < len(toks) and toks[j].kind == "w" and (j > i + 1 or not toks[j].key.isascii()) and not any(
                    t.key in tb.head_breaks or _and_clitic(t) for t in toks[j + 1:]):
                unit = noun_unit(toks[j].key)
                return unit if unit in tb.denominators else None
            return None
    return None


def _and_clitic(t: Tok) -> bool:
    """An Arabic word carrying the conjunction و on a stem of three letters or more (وبلغ): another clause."""
    return t.kind == "w" and t.key[:1] == "و" and len(t.key) > 3 and not t.key.isascii()


def _ends_phrase(toks: list[Tok], k: int) -> bool:
    """The unit noun before ``k`` ends its phrase: a clause end, a symbol, a preposition or the price's terms follow
    (past a word of one: «الواحد», "apiece"; ``price_terms``: «للطن شاملة تكاليف الشحن»), not a modifier or a word making it a point in time ("a year earlier", «العام الماضي»)."""
    tb = _per()
    while k < len(toks) and toks[k].key in tb.single:
        k += 1
    if k >= len(toks) or toks[k].kind == "s":
        return True
    key = toks[k].key
    return toks[k].kind == "w" and key not in tb.point_after and (key in tables().breakers or key in tb.terms)
