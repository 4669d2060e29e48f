"""Joining date phrases that name one date together: a month and the year phrase after it.

Needs: the ``DateRef`` list of ``dates.find_dates`` (text order), the week and quarter tuples of
``date_periods.find_periods`` and the article text.
Adds: one list in text order where a week or quarter phrase replaces the refs it overlaps, and a month
(or day and month) with no year of its own followed by a relative year phrase ("September last year",
"March of last year", سبتمبر من العام الماضي) becomes one ref dated in that year (2024-09), spanning
both phrases, instead of a month guessed from the publication date and a separate bare year; an
ordinal day after a part-of-month word (النصف الأول من أغسطس, ``month_parts`` in dates.json) becomes
that month, spanning from the part word; a month after a month lead ("the first week of May", ``month_leads``)
spans the lead too, and a year after a half ("the first half of 2024", النصف الثاني من العام الماضي, ``year_parts``)
spans the half, keeping the year's value.
"""
from __future__ import annotations

import re

from ..lexicons import load_json
from ..models import DateRef
from ..text.normalize import fold
from . import calendar as cal
from .date_grammar import year_parts
from .numbers import INVISIBLE as _INVISIBLE

# what may stand between the month and the year phrase: spaces, bidi marks, one "of" / من
_JOIN = re.compile(f"[\\s{_INVISIBLE}]+(?:(?:of|من)[\\s{_INVISIBLE}]+)?$")
_DIGIT = re.compile(r"\d")
_WORD_BEFORE = re.compile(f"([^\\W\\d_]+)[\\s{_INVISIBLE}]+$")
_PARTS = {lang: frozenset(fold(w) for w in load_json(lang, "dates").get("month_parts", ())) for lang in ("ar", "en")}


def _leads(language: str, key: str = "month_leads") -> re.Pattern | None:
    lex = load_json(language, "dates")
    words = year_parts(lex) if key == "year_parts" else lex.get(key)
    if not words:
        return None
    alts = "|".join(re.escape(w).replace("\\ ", f"[\\s{_INVISIBLE}]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?<![^\\W\\d_])(?:{alts})[\\s{_INVISIBLE}]+$", re.IGNORECASE)


_LEADS = {lang: _leads(lang) for lang in ("ar", "en")}
_YEAR_LEADS = {lang: _leads(lang, "year_parts") for lang in ("ar", "en")}
_LEAD_REACH = 32


def month_parts(refs: list[DateRef], text: str, language: str) -> list[DateRef]:
    """Refs with an ordinal day after a part-of-month word read as that month ('النصف الثاني من مايو'), and a
    month after a month lead spanning it ('the first week of May')."""
    parts, leads = _PARTS.get(language), _LEADS.get(language)
    if parts:
        refs = [_month_part(d, text, parts) or d for d in refs]
    if leads:
        refs = [_month_lead(d, text, leads) or d for d in refs]
    year_leads = _YEAR_LEADS.get(language)
    if year_leads:
        refs = [_year_lead(d, text, year_leads) or d for d in refs]
    return refs


def _year_lead(d: DateRef, text: str, leads: re.Pattern) -> DateRef | None:
    """A year after a half ('the first half of 2024', النصف الثاني من العام الماضي) spans the half too."""
    if len(d.value) != 4:
        return None
    m = leads.search(text, max(0, d.start - _LEAD_REACH), d.start)
    return None if m is None else DateRef(m.start(), d.end, text[m.start():d.end], d.value, d.relative)


def _month_lead(d: DateRef, text: str, leads: re.Pattern) -> DateRef | None:
    if len(d.value) != 7 or _DIGIT.match(d.text):
        return None
    m = leads.search(text, max(0, d.start - _LEAD_REACH), d.start)
    return None if m is None else DateRef(m.start(), d.end, text[m.start():d.end], d.value, d.relative)


def _month_part(d: DateRef, text: str, parts: frozenset[str]) -> DateRef | None:
    if len(d.value) != 10 or _DIGIT.match(d.text):
        return None
    m = _WORD_BEFORE.search(text, max(0, d.start - 20), d.start)
    if not m:
        return None
    key = fold(m[1])
    start = m.start(1) if key in parts else m.start(1) + 1 if key[1:] in parts and key[0] in "وفب" else None
    return None if start is None else DateRef(start, d.end, text[start:d.end], d.value[:7], d.relative)


def with_periods(out: list[DateRef], periods: list[tuple], text: str, language: str = "en") -> list[DateRef]:
    """``out`` plus week and quarter refs (a ref overlapping one is dropped), month and year joined,
    month parts read as months."""
    if periods:
        kept = [d for d in out if not any(d.start < e and s < d.end for s, e, _, _ in periods)]
        kept += [DateRef(s, e, text[s:e], value, relative) for s, e, value, relative in periods]
        out = sorted(kept, key=lambda d: d.start)
    out = month_parts(out, text, language)
    return _join_month_year(out, text) if len(out) > 1 else out


def _join_month_year(refs: list[DateRef], text: str) -> list[DateRef]:
    """Refs with each yearless month + relative year phrase pair replaced by one ref."""
    merged: list[DateRef] = []
    for ref in refs:
        prev = merged[-1] if merged else None
        joined = _joined(prev, ref, text) if prev is not None else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(ref)
    return merged


def _joined(month: DateRef, year: DateRef, text: str) -> DateRef | None:
    """One ref for ``month`` then ``year`` when they name a single month (or day) of that year."""
    if not (year.relative and len(year.value) == 4 and len(month.value) in (7, 10) and month.relative):
        return None
    if _DIGIT.search(year.text) or len(month.value) == 7 and _DIGIT.search(month.text):
        return None
    if not _JOIN.match(text[month.end:year.start]):
        return None
    y, m = int(year.value), int(month.value[5:7])
    if len(month.value) == 10:
        d = int(month.value[8:10])
        value = cal.iso(y, m, d) if cal.valid_day(y, m, d) else None
    else:
        value = cal.iso(y, m)
    if value is None:
        return None
    return DateRef(month.start, year.end, text[month.start:year.end], value, True)
