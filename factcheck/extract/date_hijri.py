"""Hijri dates: «10 رمضان 1445 هـ», «رمضان 1446», «عام 1445 هـ», «موسم الحج 1446هـ», "1447 AH", "AH 1447".

Needs: the article text, the span to search and the language. Adds: (start, end, value, False) tuples that
``dates.find_dates`` turns into ``DateRef`` objects (absolute: no publication date is needed).

A Hijri date is converted with the tabular (arithmetic) Islamic calendar, which runs up to two days off the
calendars outlets follow (Umm al-Qura, local sighting of the moon). So a date is never given finer than every
candidate day allows (``calendar.span_value`` over the day two days either side): a day of a Hijri month is the
Gregorian month all its candidates share, else their year; a Hijri month is the Gregorian month or year it lies
in. A Hijri year alone spans two Gregorian years: it is dated by the one holding most of its days, and left out
when the two hold nearly as many (within the calendars' uncertainty: 1446 AH runs July 2024 to June 2025). An
occasion held in one Hijri month before a bare year (``seasons``: موسم الحج 1446هـ, Eid al-Fitr 1447 AH) dates it
by that month. A year needs a marker after it (1446هـ، 1446 هجرية، 1446 AH) or before it (AH 1446), or a Hijri
month before it, and is read from 1300 AH on (a letter ه after an older number is more often a label); spans run
from the day, month or year word to the marker. A Hijri date written beside its Gregorian year with the marker
and a slash or a dash between («1446هـ/2025م», «2023م - 1445هـ», "1447 AH/2025 AD") is one date: the Gregorian year
the text gives, spanning it, unless the Hijri date is finer and lies in that year («1 رجب 1447هـ/2025م» stays
December 2025). A day and month with no year («في 8 ذي الحجة», '9 Dhul Hijjah', «1 رمضان الماضي») is resolved
against publication (``find_hijri_days``): the occurrence its modifier or its clause's tense points to among the
Hijri years around it, the nearest when nothing decides, at the same precision. Tables: ``dates_hijri.json`` of both
languages.
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .numbers import DIGITS

_OFF = 2  # days the tabular calendar may run off the outlets' own
_ORDINAL = 227014  # proleptic Gregorian ordinal of the day before 1 Muharram 1 AH (tabular, civil epoch), less one
_MODERN = 1300  # first Hijri year (1882 AD) a bare year with a marker is read from
_SEASON_WORDS = 3  # words before a year an occasion word may stand
_WORD = r"[^\W\d_][\w\u064b-\u065f\u0670\u0640]*"


def hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of a Hijri date on the tabular Islamic calendar (30-year cycle, civil epoch)."""
    return date.fromordinal(day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ORDINAL)


def _month_days(year: int, month: int) -> tuple[date, date]:
    first = hijri_day(year, month, 1)
    nxt = hijri_day(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _year_value(year: int) -> str | None:
    """The Gregorian year holding most days of Hijri ``year``; None when the other holds nearly as many."""
    first, last = hijri_day(year, 1, 1), hijri_day(year + 1, 1, 1) - timedelta(days=1)
    if first.year == last.year:
        return cal.iso(first.year)
    before = (date(first.year, 12, 31) - first).days + 1
    after = (last - date(last.year, 1, 1)).days + 1
    if abs(before - after) <= 2 * _OFF:
        return None
    return cal.iso(first.year if before > after else last.year)


def _widened(first: date, last: date) -> str:
    pad = timedelta(days=_OFF)
    return cal.span_value(first - pad, last + pad)


def _alts(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class _Tables(NamedTuple):
    pattern: re.Pattern
    months: dict[str, int]  # folded month name → number
    seasons: re.Pattern  # an occasion word ending a stretch of text
    season_months: dict[str, int]  # folded occasion → month
    equivalent: re.Pattern  # what stands between a Hijri date and its Gregorian equivalent
    pair_after: re.Pattern  # "/2025م" right after a Hijri date: its Gregorian year with a marker
    pair_before: re.Pattern  # "2025م/" right before one
    day_month: re.Pattern  # a day and a month with no year after them: «8 ذي الحجة», '9 Dhul Hijjah'


@cache
def _tables(language: str) -> _Tables:
    """The tables of ``dates_hijri.json``, compiled."""
    lex = load_json(language, "dates_hijri")
    num = f"[{DIGITS}]"
    end = r"(?!\w)"
    marker = f"\\s?(?:{_alts(lex.get('markers', ()))}){end}"
    before = f"(?:(?:{_alts(lex['year_before'])})\\s+)?" if lex.get("year_before") else ""
    pattern = re.compile(
        f"(?<!\\w)(?:(?P<day>{num}{{1,2}})\\s+)?(?P<month>{_alts(lex.get('months', {}))})"
        f"(?:\\s+(?:{_alts(lex.get('year_words', ()))}))?\\s+(?P<my>{num}{{3,4}})(?!{num})(?:{marker})?"
        f"|(?<![\\w.,\u066b\u066c]){before}(?P<y>{num}{{3,4}})(?:{marker})"
        + (f"|(?<!\\w)(?:{_alts(lex['markers_before'])})\\s?(?P<yb>{num}{{3,4}})(?!{num})" if lex.get("markers_before") else ""))
    seasons = lex.get("seasons", {})
    flags = re.IGNORECASE if language == "en" else 0
    return _Tables(pattern, {fold(k): v for k, v in lex.get("months", {}).items()},
                   re.compile(f"(?<!\\w)[وفبل]?(?:{_alts(seasons)})(?:\\W+{_WORD}){{0,{_SEASON_WORDS - 1}}}\\W*$", flags)
                   if seasons else re.compile("(?!)"),
                   {fold(k): v for k, v in seasons.items()},
                   re.compile(f"[\\s,،(]*(?:(?:{_alts(lex.get('equivalent_links', ()))})[\\s(]*)?", flags),
                   *_pairs(lex, num, end, flags),
                   re.compile(f"(?<![\\w.,\u066b\u066c])(?P<day>{num}{{1,2}})\\s+(?P<month>{_alts(lex.get('months', {}))})"
                              f"(?!\\w)(?!\\s+(?:(?:{_alts(lex.get('year_words', ()))})\\s+)?{num})", flags))


def _pairs(lex: dict, num: str, end: str, flags: int) -> tuple[re.Pattern, re.Pattern]:
    """Patterns of a Gregorian year with its marker after and before a Hijri date, a pair link between."""
    if not lex.get("gregorian_markers"):
        return re.compile("(?!)"), re.compile("(?!)")
    year = f"(?P<g>(?P<gy>{num}{{4}})\\s?(?:{_alts(lex['gregorian_markers'])}){end})"
    link = f"\\s?(?:{_alts(lex['pair_links'])})\\s?"
    return re.compile(f"{link}{year}", flags), re.compile(f"(?<![\\w.,]){year}{link}$", flags)


def hijri_anchored(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` holds a Hijri date ``find_hijri`` reads."""
    return _tables("ar" if language == "ar" else "en").pattern.search(text, start, end) is not None


def hijri_year_at(text: str, start: int, end: int) -> bool:
    """Whether the digits ``text[start:end]`` are the year of a Hijri date of either language (no amount)."""
    lo, hi = max(0, start - 48), min(len(text), end + 12)
    return any(m.span(g) == (start, end) for language in ("ar", "en")
               for m in _tables(language).pattern.finditer(text, lo, hi) for g in ("my", "y", "yb")
               if m.groupdict().get(g) is not None)


def find_hijri(text: str, start: int, end: int, language: str, given: list | None = None) -> list[tuple]:
    """(start, end, value, False) of each Hijri date in ``text[start:end]`` (module docstring), but one the text
    follows with its Gregorian equivalent among ``given`` (refs with ``start``: «15 رمضان 1447 هـ الموافق 4 مارس
    2026», "30 Ramadan 1447, or March 19, 2026"): the text's own day is exact, the conversion is not."""
    tb = _tables("ar" if language == "ar" else "en")
    out: list[tuple] = []
    for m in tb.pattern.finditer(text, start, end):
        if any(d.start >= m.end() and tb.equivalent.fullmatch(text, m.end(), d.start) for d in given or ()):
            continue
        value = _value(m, text, tb)
        pair = tb.pair_after.match(text, m.end(), end) or tb.pair_before.search(text, max(start, m.start() - 16), m.start())
        year = cal.iso(int(pair["gy"])) if pair is not None and 1900 <= int(pair["gy"]) <= 2100 else None
        if pair is not None and year is not None and not (value and len(value) > 4 and value.startswith(year)):
            # the Gregorian year the text gives, unless a ref over it already reads it («في 2025م/1447هـ»)
            if not any(d.start < pair.end("g") and pair.start("g") < d.end for d in given or ()):
                out.append((*pair.span("g"), year, False))
        elif value:  # a finer Hijri date inside its Gregorian year stays: «1 رجب 1447هـ/2025م»
            out.append((m.start(), m.end(), value, False))
    return out


def find_hijri_days(text: str, start: int, end: int, language: str, published: date | None,
                    direction) -> list[tuple]:
    """(start, end, value, True) of each Hijri day and month with no year in ``text[start:end]`` («في 8 ذي الحجة»):
    the occurrence ``direction(start, end)`` points to around ``published`` (it gives a ``calendar`` direction or None
    and where the date ends: past a modifier, «1 رمضان الماضي»), no finer than the tabular calendar allows; none
    without a publication date."""
    if published is None:
        return []
    tb = _tables("ar" if language == "ar" else "en")
    out: list[tuple] = []
    for m in tb.day_month.finditer(text, start, end):
        month = tb.months.get(fold(re.sub(r"\s+", " ", m["month"])))
        day = int(m["day"])
        if month is None or not 1 <= day <= 30:
            continue
        way, stop = direction(m.start(), m.end())
        days = sorted(hijri_day(y, month, day) for y in range(_year_of(published) - 1, _year_of(published) + 2))
        value = cal.day_among(published, days, way)
        if value is not None:
            out.append((m.start(), stop, _widened(value, value), True))
    return out


def _year_of(day: date) -> int:
    """The Hijri year (tabular calendar) holding ``day``."""
    year = int((day.toordinal() - _ORDINAL) / 354.367) + 1
    while hijri_day(year, 1, 1) > day:
        year -= 1
    while hijri_day(year + 1, 1, 1) <= day:
        year += 1
    return year


def _value(m: re.Match, text: str, tb: _Tables) -> str | None:
    year = int(m["my"] or m["y"] or m["yb"])
    if not (1 if m["month"] else _MODERN) <= year < cal.HIJRI_LAST:
        return None  # «البند 250 ه»: a bare year with a marker is read only in modern times
    if m["month"]:
        month = tb.months.get(fold(re.sub(r"\s+", " ", m["month"])))
        if month is None:
            return None
        if m["day"]:
            day = int(m["day"])
            last = _month_days(year, month)[1]
            if not 1 <= day <= (last - hijri_day(year, month, 1)).days + 1:
                return None
            return _widened(hijri_day(year, month, day), hijri_day(year, month, day))
        return _widened(*_month_days(year, month))
    season = _season(text, m.start(), tb)
    return _widened(*_month_days(year, season)) if season else _year_value(year)


def _season(text: str, pos: int, tb: _Tables) -> int | None:
    """The month of an occasion named within ``_SEASON_WORDS`` words before ``pos`` (موسم الحج 1446هـ)."""
    hit = tb.seasons.search(text, max(0, pos - 80), pos)
    if hit is None:
        return None
    name = fold(re.sub(r"\s+", " ", hit[0].lstrip("وفبل") if hit[0][:1] in "وفبل" else hit[0]))
    return next((v for k, v in tb.season_months.items() if name.startswith(k) or name.startswith(fold(k))), None)
