"""Fiscal years written with a year: "the 2025 fiscal year", "the 2024-25 fiscal year", "FY25", "FY2024/25",
"fiscal 2024-25", السنة المالية 2024/2025 → one year.

Needs: the article text, the span to search and the language. Adds: (start, end, value, relative) tuples,
in the form of ``date_periods.find_periods``, that ``dates.find_dates`` merges like week and quarter
phrases (a ref they overlap is dropped, so "FY2024/25" is one ref, not 2024 and a stray 25).

Convention: a fiscal year that straddles two calendar years is dated by the year it ENDS ("FY2024/25",
"the 2024-25 fiscal year", السنة المالية 2024/2025 → 2025), as "FY2025" and "fiscal 2025" name the fiscal
year ending in 2025; the second year must follow the first (2024/25, 2024-2025), else nothing is read. A
two-digit year after a short prefix ("FY25", "FY24/25") is 20YY (19YY from 70 on). Forms, all data in
``fiscal_years`` of ``lexicons/<lang>/dates.json``: a year between a determiner and a year noun ("its 2023
financial year"); an event noun before a year (``nouns_before``: انتخابات 2021، كأس العالم 2022, as "the 2021
election" is a year noun after a determiner); a prefix before a split year ("fiscal 2024-25", العام المالي 2024-2025; a single year
after a prefix is read by ``dates``, "fiscal 2025"); a short prefix before two digits ("FY25"). A language
without that entry finds nothing. The span is the phrase (an Arabic clitic و/ف/ب/ل before it is left out);
the year is explicit (never relative) and must lie in 1900–2100.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .numbers import INVISIBLE as _INVISIBLE

_SP = f"(?:[\\s{_INVISIBLE}]+)"
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_Y4 = f"{_D}{{4}}"
_SPLIT = "[/\\-–]"
_CLITIC = "(?:[وف]?[بك]?)"  # an Arabic clitic before the phrase, outside its span


def _tail(name: str) -> str:
    """The second year of a split fiscal year ("/25", "-2025")."""
    return f"{_SPLIT}(?P<{name}>{_D}{{2}}(?:{_D}{{2}})?)"
_END = f"(?![\\w/\\-–]{_D}|{_D}|[^\\W\\d_])"
_RUN = re.compile(f"{_D}+")
_WORD = re.compile(f"[\\s{_INVISIBLE}]*([^\\W\\d_]+)")
_BEFORE, _AFTER = 24, 32  # characters a phrase may take before and after its first digits


def _phrase(word: str) -> str:
    """Pattern of one entry: spaces as any run of spaces; an Arabic article may be written لل; final ة/ه."""
    out = re.escape(word).replace("\\ ", _SP)
    if word.startswith("ال"):
        out = "(?:ال|لل)" + out[2:]
    return re.sub("[ةه](?=$|\\(\\?:)", "[ةه]", out) if not word.isascii() else out


def _alts(words) -> str:
    return "(?:" + "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def _next(language: str) -> re.Pattern:
    """What may follow the four digits of a fiscal year: a split year, or a year noun ("2025 fiscal year")."""
    entry = load_json(language, "dates").get("fiscal_years") or {}
    nouns = f"|{_SP}{_alts(entry['nouns'])}" if entry.get("nouns") else ""
    return re.compile(f"{_SPLIT}{_D}{nouns}", re.IGNORECASE)


def _ending(language: str, key: str, tail: str) -> re.Pattern | None:
    """The fiscal-year lexicon's phrases under ``key`` then ``tail``, anchored at the end of the text."""
    entry = load_json(language, "dates").get("fiscal_years") or {}
    return re.compile(f"{_alts(entry[key])}{tail}$", re.IGNORECASE) if entry.get(key) else None


@cache
def _short(language: str) -> re.Pattern | None:
    """A short prefix ending right before two digits ("FY25", "FY 25", "FY'25")."""
    return _ending(language, "short_prefixes", f"{_SP}?['’]?")


@cache
def _noun_before(language: str) -> re.Pattern | None:
    """An event noun ending right before four digits (انتخابات 2021، كأس العالم 2022)."""
    return _ending(language, "nouns_before", _SP)


@cache
def _not_after(language: str) -> frozenset[str]:
    """Folded words after a year that make it a count (موازنة 2000 مليون)."""
    return frozenset(fold(w) for w in load_json(language, "dates").get("not_after_year", ()))


@cache
def _regex(language: str) -> re.Pattern | None:
    entry = load_json(language, "dates").get("fiscal_years")
    if not entry:
        return None
    forms = [f"{_alts(entry['prefixes'])}{_SP}?(?P<p>{_Y4}){_tail('p2')}"]
    if entry.get("determiners"):
        forms.append(f"{_alts(entry['determiners'])}{_SP}(?P<d>{_Y4})(?:{_tail('d2')})?{_SP}{_alts(entry['nouns'])}")
    if entry.get("nouns_before"):
        forms.append(f"{_alts(entry['nouns_before'])}{_SP}(?P<b>{_Y4})(?:{_tail('b2')})?")
    if entry.get("short_prefixes"):
        forms.append(f"{_alts(entry['short_prefixes'])}{_SP}?['’]?(?P<s>{_D}{{2}})(?:{_SPLIT}(?P<s2>{_D}{{2}}))?")
    body = "|".join(f"(?:{f})" for f in forms)
    return re.compile(f"(?<![^\\W\\d_]){_CLITIC}(?P<f>{body}){_END}", re.IGNORECASE)


def _word_after(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return fold(m[1]) if m else ""


def _value(m: re.Match) -> str | None:
    """The year a matched fiscal year ends in, or None when its two years do not follow each other."""
    g = m.groupdict()
    tail = g["p2"] or g.get("d2") or g.get("s2") or g.get("b2")
    if g.get("s") is not None:
        first = int(g["s"])
        first += 2000 if first < 70 else 1900
    else:
        digits = g["p"] or g.get("d") or g.get("b")
        assert digits is not None  # the pattern's alternatives each capture one of them
        first = int(digits)
    year = first
    if tail is not None:
        second = int(tail)
        year = second if len(tail) == 4 else first - first % 100 + second + (100 if second < first % 100 else 0)
        if year != first + 1:
            return None
    return cal.iso(year) if 1900 <= year <= 2100 else None


def year_anchored(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` holds a run of digits a fiscal-year phrase needs (without one
    ``find_named_years`` finds nothing)."""
    return _regex("ar" if language == "ar" else "en") is not None and _RUN.search(text, start, end) is not None


def find_named_years(text: str, start: int, end: int, language: str) -> list[tuple]:
    """(start, end, year, False) of each fiscal-year phrase inside ``text[start:end]``.

    Every form holds a run of four digits before a split year or a year noun, or of two digits after a short
    prefix, so the pattern is only tried in a window around such a run (a search over the window, then a
    match at its start over the whole span): not at every position."""
    language = "ar" if language == "ar" else "en"
    regex = _regex(language)
    if regex is None:
        return []
    after, short, noun = _next(language), _short(language), _noun_before(language)
    out: list[tuple] = []
    pos = start
    for run in _RUN.finditer(text, start, end):
        s, e = run.span()
        if s < pos or not (e - s == 4 and (after.match(text, e, end)
                                           or noun is not None and noun.search(text, max(start, s - _BEFORE), s))
                           or e - s == 2 and short is not None and short.search(text, max(start, s - 4), s)):
            continue
        near = regex.search(text, max(pos, s - _BEFORE), min(end, e + _AFTER))
        m = regex.match(text, near.start(), end) if near is not None else None
        if m is None or m.end() <= s:
            continue
        value = _value(m)
        if m.groupdict().get("b") and _word_after(text, m.end()) in _not_after(language):
            value = None
        if value is not None:
            out.append((m.start("f"), m.end("f"), value, False))
        pos = m.end()
    return out
