"""Quantity keys: a stated figure reduced to the interval of values its qualifier allows.

Needs: a quantity's value, unit, qualifier and part-of-total (as the extractor normalised them) and
``lexicons/match_units.json``. Adds: ``QKey`` (value in base units, comparable unit, [low, high]) and
``comparable_unit()`` and ``is_count()``; the tolerances are documented in relate.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicons import load_json
from ..text.normalize import fold, stem


@dataclass(frozen=True, slots=True)
class QKey:
    """A quantity reduced for comparison: value in base units and the interval its qualifier allows."""

    value: float
    unit: str | None
    qualifier: str
    total: float | None
    low: float
    high: float
    text: str
    role: str | None = None  # what it measures (roles.py): "killed", "salary/period" …
    people: str | None = None  # the place whose people it counts (roles.py): "syria" of "3 million Syrians"


# relative half-widths of the interval a stated number allows (documented in relate.py): an exact
# figure written in digits allows half a unit of its last written digit at its scale ("118" ±0.5,
# "4.3 billion" ±0.05 billion), at most ROUNDED_TOL; one written in words EXACT_TOL
EXACT_TOL = 0.01
ROUNDED_TOL = 0.025
ABOUT_TOL = 0.10
_NUMERAL = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9](?:[0-9\u0660-\u0669\u06f0-\u06f9]|[.,\u066b\u066c](?=[0-9\u0660-\u0669\u06f0-\u06f9]))*")
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9\u066b\u066c",
                        "01234567890123456789.,")
# how far past its bound a one-sided qualifier reaches: "at least 120" is said when about 120 are
# confirmed, so 150 fits it and 300 is another count (×1.5 above, ÷1.5 below)
BOUND_SPAN = 1.5


def written_half_unit(value: float, text: str) -> float | None:
    """Half a unit of the last digit written in ``text`` at the figure's scale (``value`` over the
    numeral: "4.3 billion" → 0.05e9, "1,673,230" → 0.5), at most ``ROUNDED_TOL`` of the value; None
    when no numeral is written (words: "three million") or it does not give the value."""
    m = _NUMERAL.search(text) if text else None
    if m is None or not value:
        return None
    digits = m.group().translate(_DIGITS)
    if "." in digits:
        whole, _, decimals = digits.rpartition(".")
        digits, places = whole.replace(",", "") + "." + decimals, len(decimals)
    elif "," in digits and not all(len(g) == 3 for g in digits.split(",")[1:]):
        whole, _, decimals = digits.rpartition(",")  # a decimal comma ("3,5")
        digits, places = whole + "." + decimals, len(decimals)
    else:
        digits, places = digits.replace(",", ""), 0
    try:
        numeral = float(digits)
    except ValueError:
        return None
    if not numeral:
        return None
    half = 0.499 * 10.0 ** -places * abs(value / numeral)  # (neighbours at the last digit do not touch: 118/119)
    return min(half, abs(value) * ROUNDED_TOL)


@lru_cache(maxsize=1)
def _unit_map() -> dict[str, str]:
    return dict(load_json("", "match_units").get("units", {}))


def comparable_unit(unit: str | None) -> str | None:
    """The unit two reports are compared in: jobs cut are people laid off (lexicons/match_units.json);
    a lemma unit of a counted-noun group is its group's unit ("raid" → strike: ``counted_class``)."""
    if not unit:
        return unit
    return _unit_map().get(unit) or counted_class(unit) or unit


@lru_cache(maxsize=1)
def _counted_index() -> dict[str, str]:
    """Stem of each word of the ``counted`` groups of ``lexicons/<lang>/relate_synonyms.json`` → the
    group's unit: the class whose nouns (``lexicons/<lang>/units.json``) hold a member, else the stem
    of its first word."""
    out: dict[str, str] = {}
    for lang in ("ar", "en"):
        classes = {fold(w): c for c, ws in load_json(lang, "units").get("nouns", {}).items() for w in ws}
        for group in load_json(lang, "relate_synonyms").get("counted", ()):
            words = [w for w in group if " " not in w]
            unit = next((classes[fold(w)] for w in group if fold(w) in classes), None) or _lemma_key(words[0])
            for w in words:
                for key in {_lemma_key(w), fold(w), _singular(fold(w))}:
                    out.setdefault(key, unit)
    return out


def _lemma_key(word: str) -> str:
    return stem(fold(word))


def _singular(word: str) -> str:
    """An English plural in -ies as the extractor's lemma singularises it (sorties → sorty)."""
    return word[:-3] + "y" if word.isascii() and word.endswith("ies") else word


@lru_cache(maxsize=1024)
def counted_class(unit: str) -> str | None:
    """The unit of the counted-noun group a lemma unit belongs to (``is_lemma``: "raid", «ضرب»), else None."""
    if not is_lemma(unit):
        return None
    index = _counted_index()
    return index.get(fold(unit)) or index.get(_lemma_key(unit))


@lru_cache(maxsize=1)
def _not_counts() -> frozenset[str]:
    return frozenset(load_json("", "match_units").get("not_counts", ()))


@lru_cache(maxsize=256)
def is_count(unit: str | None) -> bool:
    """Whether a figure in this comparable unit counts things (people, jobs, homes, or no unit named),
    so its bare value may be compared across tellings: not money (ISO codes) nor shares and rates."""
    return unit is None or (unit == unit.lower() and unit not in _not_counts())


@lru_cache(maxsize=1)
def _unit_classes() -> frozenset[str]:
    """The unit classes the extractors name (person, vehicle, flight …) and those matching maps to."""
    m = load_json("", "match_units")
    named = {u for lang in ("ar", "en") for u in load_json(lang, "units").get("nouns", {})}
    return frozenset(named | set(m.get("units", {})) | set(m.get("units", {}).values()) | set(m.get("not_counts", ())))


@lru_cache(maxsize=1024)
def is_lemma(unit: str | None) -> bool:
    """A counted noun of no unit class, kept as its own lemma by the extractor ("30 raids" → raid, «20 شحنة» →
    شحن): a word of the claim's language, so two languages never share one."""
    if not unit:
        return False
    return any("\u0621" <= ch <= "\u064a" for ch in unit) or (
        unit.isalpha() and unit.islower() and unit not in _unit_classes())


def across_languages(q: QKey) -> QKey:
    """``q`` as compared with a claim of another language: a lemma unit is a bare count there."""
    return replace(q, unit=None) if is_lemma(q.unit) else q


def qkey(value: float, unit: str | None, qualifier: str, total: float | None, text: str = "",
         role: str | None = None, people: str | None = None) -> QKey:
    """Interval of values consistent with a quantity under its qualifier (a count of a people counts
    persons)."""
    v = float(value)
    unit = "person" if people else comparable_unit(unit)
    half = written_half_unit(v, text)
    lo, hi = (v - half, v + half) if half is not None else (v * (1 - EXACT_TOL), v * (1 + EXACT_TOL))
    if qualifier == "about":
        lo, hi = v * (1 - ABOUT_TOL), v * (1 + ABOUT_TOL)
    elif qualifier == "at_least":
        lo, hi = v, v * BOUND_SPAN
    elif qualifier == "more_than":
        lo, hi = v * (1 + 1e-9) if v > 0 else v + 1e-9, v * BOUND_SPAN
    elif qualifier == "at_most":
        lo, hi = v / BOUND_SPAN, v
    elif qualifier == "less_than":
        lo, hi = v / BOUND_SPAN, v * (1 - 1e-9) if v > 0 else v - 1e-9
    if lo > hi:
        lo, hi = hi, lo
    return QKey(v, unit, qualifier, total, lo, hi, text, role, people)
