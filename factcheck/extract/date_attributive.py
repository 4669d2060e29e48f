"""Years as modifiers: "a 2019 collision", "The 2008 crisis", "Qatar's 2022 budget", "its 2014 listing" → that year.

Needs: the article text, the span to search and the language. Adds: (start, end, value, False) tuples, in the
form of ``date_periods.find_periods``, that ``dates.find_dates`` merges (a phrase of ``date_fiscal`` over the same
year, "the 2025 budget", wins).

English puts a year that dates a noun between the noun's determiner and the noun, as an adjective: after an
article or a possessive pronoun (``determiners``) or a possessive noun ("Qatar's", "the regulators'"), a year
1900–2099 written as four bare digits, then a singular noun (its first word after the year) is that year, spanning
the year alone (the noun phrase, which may run on, "the 2008 financial crisis", is the claim's). A count is never
read: a plural after the number ("the 2000 employees"; ``plural_nouns`` are the plurals of dated events,
"the 2019 floods"), a unit of measure, a scale, a level or a time zone (``not_before``: "a 2000 metre race",
"the 2000 mark", "the 2000 GMT deadline"), digits with a separator, a hyphen or a sign ("the 2,019 delegates",
"a 2000-strong crowd", "2000%"), nor a number after a noun ("Route 2019"). Tables: ``attributive_years`` of
``lexicons/<lang>/dates.json``; a language without it finds nothing. ``attributive_year_at`` tells the quantity
readers such a year is no amount ("a 1967 law" is no count of laws).
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from . import calendar as cal

_SINGULAR_ENDS = ("ss", "us", "is", "ics")  # "the 2008 crisis", "the 2020 census", "its 2019 status"


@cache
def _tables(language: str) -> tuple[re.Pattern, frozenset[str], frozenset[str]] | None:
    entry = load_json(language, "dates").get("attributive_years")
    if not entry:
        return None
    dets = "|".join(re.escape(w) for w in sorted(entry["determiners"], key=len, reverse=True))
    pattern = re.compile(
        f"(?<![\\w'’.,-])(?:(?:{dets})|[^\\W\\d_][\\w.&-]*(?:['’]s|s['’]))\\s+(?P<y>(?:19|20)\\d\\d)"
        f"(?![\\w'’]|[,.:/%\\-–]\\d|[-–/%])\\s+(?P<n>[^\\W\\d_][\\w'’]*)", re.IGNORECASE)
    return (pattern, frozenset(w.lower() for w in entry["not_before"]),
            frozenset(w.lower() for w in entry.get("plural_nouns", ())))


def attributive_anchored(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` may hold a year ``find_attributive_years`` reads (four digits of 19xx or 20xx)."""
    return _tables("ar" if language == "ar" else "en") is not None and re.search(
        r"(?:19|20)\d\d", text[start:end]) is not None


def find_attributive_years(text: str, start: int, end: int, language: str) -> list[tuple]:
    """(start, end, year, False) of each year between a determiner or a possessive and a singular noun."""
    tables = _tables("ar" if language == "ar" else "en")
    if tables is None:
        return []
    pattern, not_before, plurals = tables
    out = []
    for m in pattern.finditer(text, start, end):
        noun = m["n"].lower()
        if noun in not_before or _plural(noun) and noun not in plurals:
            continue
        out.append((m.start("y"), m.end("y"), cal.iso(int(m["y"])), False))
    return out


def attributive_year_at(text: str, start: int, end: int) -> bool:
    """Whether the digits ``text[start:end]`` are a year ``find_attributive_years`` reads (no amount: "a 1967 law")."""
    lo, hi = max(0, start - 48), min(len(text), end + 48)
    return any(s == start and e == end for s, e, _, _ in find_attributive_years(text, lo, hi, "en"))


def _plural(noun: str) -> bool:
    return noun.endswith("s") and not noun.endswith(_SINGULAR_ENDS) or noun.endswith(("'s", "’s"))
