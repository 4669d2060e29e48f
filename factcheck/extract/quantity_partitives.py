"""Partitives: a number tied by "of them" or «منهم» to the figure before it is a part of that figure's whole.

Needs: the quantities of one span, in text order, and ``lexicons/<lang>/quantity_partitives.json`` (both
languages merged, as their scripts never clash). Adds: the unit and total of the whole to such a part:
"14.5 million tourists, 1.2 million of them from the Gulf" → 1.2 million person of 14.5 million; «قتل 45 شخصا،
بينهم 12 من عائلة واحدة» → 12 person of 45. The part had no unit, or took one from the place it comes from
(«1.2 مليون من دول الخليج» read as a count of countries); its span then ends at its number. A part that
counts its own noun of the whole's class («بينهم 12 طفلا»، «منها 1.9 مليار دولار») keeps its noun and span and
takes the total; one of another class ("300 jobs, including 20 managers") and one no smaller than the whole
are left as they are.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .numbers import Tok, read_number, tokenize
from .quantity_lexicon import phrase_key

_NOT_WHOLES = frozenset({"percent", "percentage_point", "times", "rank"})
_LEAD_CHARS = 24  # characters a lead before the part may take ("among whom", «من بينهم»)


@cache
def _table() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], frozenset[str]]:
    """(leads, tails, origins) of both languages, folded and tokenised."""
    leads: set[tuple[str, ...]] = set()
    tails: set[tuple[str, ...]] = set()
    origins: set[str] = set()
    for lang in ("en", "ar"):
        data = load_json(lang, "quantity_partitives")
        leads.update(phrase_key(p) for p in data.get("leads", ()))
        tails.update(phrase_key(p) for p in data.get("tails", ()))
        origins.update(fold(w) for w in data.get("origins", ()))
    return frozenset(leads), frozenset(tails), frozenset(origins)


def partitives(text: str, out: list[Quantity]) -> list[Quantity]:
    """``out`` with each part tied to the whole before it by a partitive lead or tail given the whole's unit
    and total."""
    if len(out) < 2:
        return out
    leads, tails, origins = _table()
    out = list(out)
    for n in range(1, len(out)):
        q, prev = out[n], out[n - 1]
        if prev.unit is None or prev.unit in _NOT_WHOLES or q.total is not None or (
                q.start < prev.end or not 0 < q.value < prev.value):
            continue
        toks = tokenize(text, q.start, q.end)
        number = _number_end(toks)
        if number is None:
            continue
        rest = toks[number:]
        borrowed = q.unit is None or q.unit != prev.unit and bool(rest) and rest[0].key in origins
        if not borrowed and q.unit != prev.unit:
            continue  # "cut 300 jobs, including 20 managers": a part of another class stays as it is
        before = tuple(t.key for t in tokenize(text, max(prev.end, q.start - _LEAD_CHARS), q.start))
        after = tuple(t.key for t in tokenize(text, toks[number - 1].end, min(len(text), toks[number - 1].end + 16)))
        if any(before[-len(p):] == p for p in leads) or any(after[:len(p)] == p for p in tails):
            e = toks[number - 1].end if borrowed else q.end
            out[n] = replace(q, end=e, text=text[q.start:e], unit=prev.unit, total=prev.value)
    return out


def _number_end(toks: list[Tok]) -> int | None:
    """Index after the first number read in ``toks`` (its scale words included), or None."""
    for i in range(len(toks)):
        r = read_number(toks, i)
        if r is not None and not r.vague:
            return r.end
    return None
