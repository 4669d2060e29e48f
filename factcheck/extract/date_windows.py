"""Windows that end at publication: "in the past 24 hours", "over the last three days", خلال الساعات الـ24
الماضية، الـ48 ساعة الأخيرة، آخر ثلاثة أيام.

Needs: the article text, the span to search, the language and the publication date (or None: nothing is
read). Adds: (start, end, value, relative) tuples in the form of ``date_periods.find_periods``, which
``dates.find_dates`` merges the same way.

A window of at most 24 hours is the publication day (YYYY-MM-DD): it is the daily figure of a bulletin
("the ministry recorded 40 cases in the past 24 hours"), and a day is what it names. A longer one (48 or
72 hours, a count of days up to ``_MAX_DAYS``, of weeks up to ``_MAX_WEEKS``) covers the days from that many days before publication to
publication, at the precision they share (``calendar.span_value``: "the past three days" names no one day).
Longer windows ("the past 12 months") and vague ones ("the past few days", "in the coming days", في الأيام
المقبلة) are no date. English writes a lead, the count and the unit ("the past 24 hours"); Arabic writes
the unit with the article, the count and an end word (الساعات الـ24 الماضية، الأيام الثلاثة الأخيرة), the
count, the unit and an end word (الـ24 ساعة الماضية) or a lead, the count and the unit (آخر 24 ساعة). A
window followed by "of" / من counts from something else ("the last two days of the trial") and is left
out. The words are data: ``windows`` in ``lexicons/<lang>/dates.json``; the count is read by ``numbers``.
The span runs from the lead (with its article) or the unit to the end word, a clitic on it left out.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .numbers import INVISIBLE as _INVISIBLE
from .numbers import read_number, tokenize

_MAX_HOURS, _MAX_DAYS, _MAX_WEEKS = 96, 31, 4
_SP = f"[\\s{_INVISIBLE}]+"
_COUNT = ("(?P<n{i}>(?:ال\u0640*\\s?)?[0-9\u0660-\u0669]{{1,3}}|[^\\W\\d_]+(?:-[^\\W\\d_]+)?"
          f"(?:{_SP}و[^\\W\\d_]+)?)")
_AFTER = re.compile(f"{_SP}?([^\\W\\d_]+)")


def _alts(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace("\\ ", _SP) for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def _lex(language: str) -> dict | None:
    entry = load_json(language, "dates").get("windows")
    if not entry:
        return None
    words = [w for ws in entry["units"].values() for w in ws]
    units = {fold(w): u for u, ws in entry["units"].items() for w in ws}
    unit, forms = "(?P<u{i}>" + _alts(words) + ")", []
    if entry.get("leads"):
        forms.append(f"(?P<lead>{_alts(entry['leads'])}){_SP}{_COUNT}{_SP}{unit}")
    if entry.get("ends"):
        end = f"{_SP}{_alts(entry['ends'])}"
        forms += [f"{unit}{_SP}{_COUNT}{end}", f"{_COUNT}{_SP}{unit}{end}"]
    duals = {fold(w): u for u, ws in entry.get("duals", {}).items() for w in ws}
    if duals:  # اليومين الماضيين، آخر يومين: a count of two in the unit's dual
        dual = f"(?P<d>{_alts(w for ws in entry['duals'].values() for w in ws)})"
        lead = f"{_alts(entry['leads'])}{_SP}" if entry.get("leads") else "(?!)"
        forms.append(f"(?:{lead}{dual}|{dual.replace('<d>', '<d2>')}{_SP}{_alts(entry['dual_ends'])})")
    flags = re.IGNORECASE if language == "en" else 0
    body = "|".join(f"(?:{f.format(i=i)})" for i, f in enumerate(forms))
    return {"units": units, "regex": re.compile(f"(?<![^\\W\\d_])[وفب]?(?P<s>{body})(?![^\\W\\d_])", flags),
            "anchor": re.compile(_alts(words + [w for ws in entry.get("duals", {}).values() for w in ws]), flags), "forms": len(forms) - bool(duals), "duals": duals,
            "not_after": frozenset(fold(w) for w in entry.get("not_after", ()))}


def _count(raw: str) -> int | None:
    """The whole count written in ``raw`` ("24", "الـ24", "seventy-two", الأربع والعشرين), else None."""
    digits = raw.lstrip("ال\u0640 ")
    if digits[:1].isdigit():
        return int(digits) if digits.isdecimal() else None
    toks = tokenize(raw, 0, len(raw))
    r = read_number(toks, 0) if toks else None
    if r is None or r.vague or r.end != len(toks) or r.value != int(r.value):
        return None
    return int(r.value)


def _value(pub: date, unit: str, n: int) -> str | None:
    if unit == "hour" and 0 < n <= _MAX_HOURS:
        return pub.isoformat() if n <= 24 else cal.span_value(pub - timedelta(days=-(-n // 24)), pub)
    if unit == "day" and 1 < n <= _MAX_DAYS:
        return cal.span_value(pub - timedelta(days=n), pub)
    if unit == "week" and 1 < n <= _MAX_WEEKS:  # the past two weeks: the 14 days back, as "the past 14 days"
        return cal.span_value(pub - timedelta(days=7 * n), pub)
    return None


def window_anchored(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` holds a window's anchor word (without one ``find_windows`` finds nothing)."""
    lex = _lex("ar" if language == "ar" else "en")
    return lex is not None and lex["anchor"].search(text, start, end) is not None


def find_windows(text: str, start: int, end: int, language: str, published: date | None) -> list[tuple]:
    """(start, end, value, True) of each window ending at publication inside ``text[start:end]``."""
    lex = _lex("ar" if language == "ar" else "en")
    if published is None or lex is None or lex["anchor"].search(text, start, end) is None:
        return []
    out = []
    for m in lex["regex"].finditer(text, start, end):
        after = _AFTER.match(text, m.end())
        if after and fold(after[1]) in lex["not_after"]:
            continue
        if lex["duals"] and (m["d"] or m["d2"]):
            value = _value(published, lex["duals"][fold(m["d"] or m["d2"])], 2)
        else:
            i = next(i for i in range(lex["forms"]) if m[f"u{i}"] is not None)
            unit = m[f"u{i}"]
            if language == "en" and not unit.islower():
                continue  # "The Past 24 Hours" show: a title
            n = _count(m[f"n{i}"])
            value = None if n is None else _value(published, lex["units"][fold(unit)], n)
        if value is not None:
            out.append((m.start("s"), m.end("s"), value, True))
    return out
