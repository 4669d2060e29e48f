"""A year written before a year noun: "the 2025 fiscal year", "its 2023 financial year" → 2025 / 2023.

Needs: the article text, the span to search and the language. Adds: (start, end, value, relative) tuples,
in the form of ``date_periods.find_periods``, that ``dates.find_dates`` merges like week and quarter
phrases (a ref they overlap is dropped). The phrase runs from its determiner to the year noun; the
determiners and nouns are data (``year_before_noun`` in ``lexicons/<lang>/dates.json``); a language
without that entry finds nothing. The year is explicit (never relative) and must lie in 1900–2100.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from . import calendar as cal
from .numbers import INVISIBLE as _INVISIBLE

_SP = f"(?:[\\s{_INVISIBLE}]+)"
_YEAR = "(?P<y>[0-9]{4})"


def _alts(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace("\\ ", _SP) for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def _regex(language: str) -> re.Pattern | None:
    entry = load_json(language, "dates").get("year_before_noun")
    if not entry:
        return None
    return re.compile(f"(?<!\\w){_alts(entry['determiners'])}{_SP}{_YEAR}{_SP}{_alts(entry['nouns'])}(?!\\w)",
                      re.IGNORECASE)


def find_named_years(text: str, start: int, end: int, language: str) -> list[tuple]:
    """(start, end, year, False) of each year-before-noun phrase inside ``text[start:end]``."""
    regex = _regex("ar" if language == "ar" else "en")
    if regex is None:
        return []
    return [(m.start(), m.end(), cal.iso(int(m["y"])), False)
            for m in regex.finditer(text, start, end) if 1900 <= int(m["y"]) <= 2100]
