"""One weekday of a month by its rank: "the last Sunday of October", «الجمعة الأخيرة من أكتوبر», «أول اثنين من مارس».

Needs: the article text, the span to search, the language and the publication date. Adds: ``find_nth_weekdays``,
(start, end, value, relative) of each such day, in the form of ``date_periods.find_periods``, the span from the
rank (or the weekday before an Arabic rank) to the month and its year. A written year dates it; a yearless month
takes the year the clause's tense gives (``date_direction``): the first such day on or after publication ahead,
the last one before it behind, else the publication year. Tables: ``nth_weekday``, ``weekdays`` and ``months``
of ``lexicons/<lang>/dates.json``.
"""
from __future__ import annotations

import calendar as std_calendar
import re
from datetime import date
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .date_direction import bare_direction
from .numbers import INVISIBLE

_SP = f"(?:[\\s{INVISIBLE}]+)"
_YEAR = "(?P<y>(?:19|20)[0-9]{2})(?![0-9])"


def _alts(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@cache
def _grammar(language: str) -> tuple[re.Pattern | None, dict[str, int], dict[str, int], dict[str, int]]:
    """(pattern, folded rank word → rank, folded weekday → 0-6, folded month → 1-12) of a language."""
    lex = load_json(language, "dates")
    nth = lex.get("nth_weekday")
    if not nth:
        return None, {}, {}, {}
    ranks = {fold(w).lower(): int(n) for side in ("after", "before") for n, ws in nth[side].items() for w in ws}
    days = {fold(w).lower().rstrip("."): int(n) for n, ws in lex["weekdays"].items() for w in ws}
    bare_days = {k[2:]: v for k, v in days.items() if language == "ar" and k.startswith("ال")}
    months = {fold(w).lower().rstrip("."): int(n) for n, ws in lex["months"].items() for w in ws}
    weekday = _alts(w for ws in lex["weekdays"].values() for w in ws if not w.endswith("."))
    bare = _alts(w[2:] for ws in lex["weekdays"].values() for w in ws if w.startswith("ال"))
    month = _alts(w for ws in lex["months"].values() for w in ws if not w.endswith("."))
    link = f"{_SP}(?:{_alts(nth['links'])}){_SP}(?:(?:{_alts(nth['month_words'])}){_SP})?"
    tail = f"{link}(?P<m>{month})(?:{_SP}?,?{_SP}?{_YEAR})?"
    art = f"(?:(?:{_alts(nth['articles'])}){_SP})?"
    forms = [f"{art}(?P<r1>{_alts(w for ws in nth['after'].values() for w in ws)}){_SP}(?P<d1>{weekday})"]
    if language == "ar":
        forms = [f"(?P<d1>{weekday}){_SP}(?P<r1>{_alts(w for ws in nth['after'].values() for w in ws)})",
                 f"(?P<r2>{_alts(w for ws in nth['before'].values() for w in ws)}){_SP}(?P<d2>{bare})"]
    body = "(?:" + "|".join(forms) + ")" + tail
    regex = re.compile(f"(?<!\\w){body}(?!\\w)", 0 if language == "ar" else re.IGNORECASE)
    return regex, ranks, days | bare_days, months


def find_nth_weekdays(text: str, start: int, end: int, language: str, published: date | None) -> list[tuple]:
    """(start, end, value, relative) of each ranked weekday of a month in ``text[start:end]`` (module docstring)."""
    regex, ranks, days, months = _grammar("ar" if language == "ar" else "en")
    out: list[tuple] = []
    if regex is None:
        return out
    for m in regex.finditer(text, start, end):
        rank = ranks.get(fold(m["r1"] or m["r2"]).lower())
        day = days.get(fold(m["d1"] or m["d2"]).lower())
        month = months.get(fold(m["m"]).lower())
        if rank is None or day is None or month is None:
            continue
        if m["y"]:
            value = _nth(int(m["y"]), month, day, rank)
            if value is not None:
                out.append((m.start(), m.end(), value.isoformat(), False))
            continue
        if published is None:
            continue
        value = _resolved(published, month, day, rank, bare_direction(text, m.start(), m.end(), language))
        if value is not None:
            out.append((m.start(), m.end(), value.isoformat(), True))
    return out


def _resolved(pub: date, month: int, weekday: int, rank: int, direction: str | None) -> date | None:
    """The ranked weekday in the year the direction gives (module docstring)."""
    value = _nth(pub.year, month, weekday, rank)
    if value is None:
        return None
    if direction == cal.AHEAD and value < pub:
        return _nth(pub.year + 1, month, weekday, rank)
    if direction == cal.BEHIND and value > pub:
        return _nth(pub.year - 1, month, weekday, rank)
    return value


def _nth(year: int, month: int, weekday: int, rank: int) -> date | None:
    """The ``rank``-th (``-1``: last) ``weekday`` (0 = Monday) of ``month`` in ``year``, else None."""
    days = [d for d in range(1, std_calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    if rank == -1:
        return date(year, month, days[-1])
    return date(year, month, days[rank - 1]) if 0 < rank <= len(days) else None
