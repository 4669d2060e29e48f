"""Compound measures: one height or duration written in two or three units ("5ft 10in", "2h 30m", "1 hour and 45
minutes", «ساعتين و5 دقائق») and a unit with a fraction after it ("three hours and a half", «ثلاث ساعات ونصف»,
«ساعة ونصف», "an hour and a half").

Needs: the tokens of one clause and the ``Body`` readings of ``quantities``. Adds: ``glued_compound`` (digits with
glued unit letters, read before the letters can be taken for a scale: the "m" of "2h 30m" is minutes),
``clock_duration`` (a race time: "in 2:01:09"), ``join_compound`` (two adjacent readings, the second in a smaller unit of the first's measure) and
``and_fraction`` (a fraction joined by "and" / و after a unit, or after a lone indefinite unit noun, which counts
one). The whole is read in the unit of its largest part: 2h 30m = 2.5 hour, as "two and a half hours" is. Table:
``lexicons/en/units_compound.json`` (canonical unit names, for both languages).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import load_json
from .numbers import Tok, fraction_of, lookup, number_words, parse_digits
from .quantity_parts import Body
from .quantity_tables import noun_unit, phrase_at, tables

_MAX_PARTS = 3  # "1h 2m 3s"
_CLOCK_PART = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,3})?")


@dataclass(frozen=True, slots=True)
class CompoundTables:
    smaller: dict[str, dict[str, float]]
    glued: dict[str, tuple[str, ...]]
    links: frozenset[str]


@cache
def compound_tables() -> CompoundTables:
    """The compound table (loaded once)."""
    d = load_json("en", "units_compound")
    return CompoundTables({u: {s: float(n) for s, n in m.items()} for u, m in d.get("smaller", {}).items()},
                          {k: tuple(v) for k, v in d.get("glued", {}).items()}, frozenset(d.get("links", ())))


def _part(toks: list[Tok], i: int) -> tuple[float, tuple[str, ...]] | None:
    """(value, candidate units) of digits at ``i`` with a unit letter glued after them ("2h", "30m")."""
    if i + 1 >= len(toks) or toks[i].kind != "n" or toks[i + 1].kind != "w" or not toks[i + 1].glued:
        return None
    units = compound_tables().glued.get(toks[i + 1].key)
    value = parse_digits(toks[i].key) if units else None
    if value is None or units is None or (i + 2 < len(toks) and toks[i + 2].glued and toks[i + 2].kind in "nw"):
        return None  # "2h30x": part of a code
    return value, units


def glued_compound(toks: list[Tok], i: int) -> Body | None:
    """"5ft 10in", "2h 30m", "1h 2m 3s" starting at ``i``: two or three glued parts, each in a smaller unit of the
    first's measure and less than one of it, read in the first part's unit."""
    first = _part(toks, i)
    if first is None or (i and toks[i - 1].glued and toks[i - 1].kind in "nw" and toks[i].glued):
        return None
    smaller = compound_tables().smaller
    for unit in first[1]:
        steps = smaller.get(unit)
        if not steps:
            continue
        value, j, parts, last = first[0], i + 2, 1, None
        while parts < _MAX_PARTS and j < len(toks) and not toks[j].glued:
            part = _part(toks, j)
            sub = next((u for u in part[1] if u in steps and u != last), None) if part else None
            if part is None or sub is None or part[0] >= steps[sub] or (
                    last is not None and steps[sub] <= steps[last]):
                break
            value, j, parts, last = value + part[0] / steps[sub], j + 2, parts + 1, sub
        if parts > 1:
            return Body(i, j, round(value, 6), unit)
    return None


def clock_duration(toks: list[Tok], i: int) -> Body | None:
    """A race time written like a clock ("in 2:01:09" → 2.019167 hour, "in 1:52.3" → 1.871667 minute): three parts
    h:mm:ss, or two parts m:ss with tenths; a clock time ("at 3:15", "الساعة 10:30:00") and a ratio ("3:1") are
    none."""
    parts, j = [toks[i].key], i + 1
    while len(parts) < 3 and j + 1 < len(toks) and toks[j].key == ":" and toks[j].glued and toks[j + 1].glued and (
            toks[j + 1].kind == "n"):
        parts.append(toks[j + 1].key)
        j += 2
    if toks[i].kind != "n" or len(parts) < 2 or (i and toks[i - 1].key in tables().time_before):
        return None
    if j < len(toks) and toks[j].glued and toks[j].kind in "nw" or (i and toks[i - 1].glued):
        return None
    if phrase_at(toks, j, tables().time_after)[0] is not None:
        return None  # "10:30:00 GMT": a clock time
    if not all(_CLOCK_PART.fullmatch(p) for p in parts):  # "01": no code, a two-digit part
        return None
    values = [float(p) for p in parts]
    if any(v >= 60 or len(p.split(".")[0]) != 2 for v, p in zip(
            values[1:], parts[1:], strict=True)) or (len(parts) == 2 and "." not in parts[1]):
        return None
    unit = "hour" if len(parts) == 3 else "minute"
    value = sum(v / 60 ** n for n, v in enumerate(values))
    return Body(i, j, round(value, 6), unit)


def join_compound(toks: list[Tok], a: Body, b: Body) -> Body | None:
    """``a`` and ``b`` read as one measure ("1 hour and 45 minutes", "5 feet 10 inches", «ساعتين و5 دقائق»):
    adjacent or joined by "and" / و, ``b`` exact, in a smaller unit of ``a``'s measure and less than one of it."""
    tb = compound_tables()
    factor = tb.smaller.get(a.unit or "", {}).get(b.unit or "")
    if factor is None or a.total is not None or b.total is not None or b.qualifier != "exact" or b.value >= factor:
        return None
    gap = toks[a.end:b.start]
    if len(gap) > 1 or (gap and gap[0].key not in tb.links):
        return None
    return Body(a.start, b.end, round(a.value + b.value / factor, 6), a.unit, None, a.qualifier)


def and_fraction(toks: list[Tok], i: int, last: Body | None) -> Body | None:
    """A fraction at ``i`` joined by "and" / و to the unit before it: ``last`` extended when it ends there ("three
    hours and a half", «ثلاث ساعات ونصف»), else one of the indefinite unit noun before it plus the fraction («ساعة
    ونصف», "an hour and a half"); a definite noun of the same unit after an Arabic fraction is part of it («ساعة
    ونصف الساعة»)."""
    got = _fraction_after_link(toks, i)
    if got is None:
        return None
    f, end = got
    if last is not None and last.end == i:
        if last.unit is None or not _measure(last.unit) or last.total is not None or _construct(toks, end, last.unit):
            return None
        return Body(last.start, _same_noun(toks, end, last.unit), last.value + f, last.unit, None, last.qualifier)
    p = i - 1
    if p < 0 or toks[p].kind != "w" or toks[p].key.startswith("ال") or lookup(toks[p].key) is not None:
        return None
    unit = noun_unit(toks[p].key)
    if not _measure(unit) or (unit or "").isupper() or _construct(toks, end, unit):
        return None
    start = p - 1 if p and toks[p - 1].key in number_words().articles else p
    return Body(start, _same_noun(toks, end, unit), 1 + f, unit)


# measures a lone noun before "and a half" / ونصف is one of, besides those of the compound table
_FRACTION_UNITS = frozenset({"litre", "gallon", "mile", "inch", "cm", "mm", "g", "barrel", "feddan", "dunam",
                             "hectare", "acre", "square_km", "square_metre", "second", "century", "decade"})


def _measure(unit: str | None) -> bool:
    """A unit a fraction of which is said ("three hours and a half", «5 دولارات ونصف»), not a count of people or
    things («3 أشخاص ونصف المصابين» is three people and half of the injured)."""
    return unit is not None and (unit in compound_tables().smaller or unit in _FRACTION_UNITS
                                 or unit.isupper() and "/" not in unit)


def _construct(toks: list[Tok], e: int, unit: str) -> bool:
    """A definite noun of another unit after the fraction: it heads a construct («ونصف المصابين»: half of)."""
    return e < len(toks) and toks[e].kind == "w" and toks[e].key.startswith("ال") and noun_unit(toks[e].key) != unit


def _fraction_after_link(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """(fraction, index after) of «ونصف» / «وربع» (the link as a clitic) or "and a half" at ``i``."""
    t = toks[i]
    if t.kind != "w":
        return None
    hit = fraction_of(t.key)
    if hit is not None:
        return (hit[0], i + 1) if hit[1] == "و" else None
    nw = number_words()
    if t.key in compound_tables().links and i + 2 < len(toks) and toks[i + 1].key in nw.articles:
        f = nw.fractions.get(toks[i + 2].key)
        return (f, i + 3) if f is not None else None
    return None


def _same_noun(toks: list[Tok], e: int, unit: str) -> int:
    """Index after a definite noun of ``unit`` at ``e`` («ونصف الساعة»), else ``e``."""
    if e < len(toks) and toks[e].kind == "w" and toks[e].key.startswith("ال") and noun_unit(toks[e].key) == unit:
        return e + 1
    return e


_AGE_GAP = 5  # tokens between an age word and the number: "aged between 18 and 24", «أعمارهم بين 18 و24»


def age_context(toks: list[Tok], k: int) -> bool:
    """Whether the number at ``k`` states an age: an age word (``age_words``: "aged", "the age of", أعمارهم, بعمر;
    not "those") before it, past only numbers, "of", a range opener or a range link ("aged 18 to 24", "aged
    18-34", "aged between 40 and 60"). A bound ("aged over 60") is an age group, left to ``age_band``."""
    tb = tables()
    for p in range(k - 1, max(-1, k - 1 - _AGE_GAP), -1):
        key = toks[p].key
        if key in tb.age_words and key not in tb.determiners:
            return True
        if not (toks[p].kind == "n" or key in tb.of_link or key in tb.range_openers or key in tb.range_links):
            return False
    return False

