"""Date ranges: both ends of "from 10 to 14 September", "October 2 to 5", "between March and May 2024".

Needs: the refs ``dates.find_dates`` found with the form each came from (``dmy``, ``mdy``, ``mc``, ``my`` ...), the
article text and the language. Adds: the refs with each range completed, in text order.

- A day number before a connector and a day-month ("from 10 to 14 September", "24-26 November 2025",
  من 10 إلى 14 أكتوبر، بين 3 و7 آب) is that day of the same month and year, spanning the number; so is each
  day of a comma list before it ("24, 25 and 26 May", 24، 25 و26 مايو).
- A day number after a month-day and a connector ("October 2 to 5", "Aug. 18 through 22, 2024") likewise, when
  it ends the phrase: punctuation, the end of the text or a ``range_end_followers`` word ("Sept. 9-11 in
  Geneva"), so "October 2 to 5 people" is no range; a year after it ("22, 2024") belongs to both ends and is
  spanned with the second.
- A month or month-day without a year, then a connector, then one with a year ("between March and May
  2024", من تشرين الثاني إلى شباط 2024, "from 28 August to 3 September 2025") takes that year, or the year
  before when it comes later in the calendar ("from November to February 2025" → 2024-11); it is then no
  longer relative. A modifier on the second end dates the pair the same way (بين أكتوبر ونوفمبر المقبلين:
  both ahead), the first staying relative.
- A month name after a month found by its cue and a connector ("between January and March", بين يناير
  ومارس) is dated from the first: the same year, or the next when it comes earlier in the calendar.
- Two yearless ends of the same precision joined by a connector ("from March to May", "from 3 March to 5 May",
  بين مارس ومايو; "and" / و only after "between" / بين) resolve together (``together``): the second is the first
  such month or day on or after the first end; where the clause reads back (a past verb) the whole range lies
  before publication, both ends a year earlier when the second would fall after it. Quarters pair the same way
  (``pair_periods``, for ``date_periods``); two weekdays likewise, the second the first such weekday after the first
  ("from Thursday to Sunday", من الخميس إلى الأحد), the week before where the clause reads back.
The first day must come before the second ("from 20 to 4 September" is no range), so a score ("3-1") is
never read. Connectors are data: ``range_connectors`` of ``lexicons/<lang>/dates.json``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from ..lexicons import load_json
from ..models import DateRef
from . import calendar as cal
from .date_direction import bare_direction
from .numbers import INVISIBLE as _INVISIBLE

_SP = f"[\\s{_INVISIBLE}]"
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_REACH = 24  # characters before a day-month looked at for the first day
_BARE = frozenset({"mc", "dmy", "mdy"})  # forms of a month or month-day that may lack a year
_DATED = frozenset({"my", "dmy", "mdy"})
MonthAt = Callable[[str, int], "tuple[int, int] | None"]


@cache
def _patterns(language: str) -> tuple[re.Pattern, ...] | None:
    """(day before a day-month, day after a month-day, the gap between two ends, a connector) of ``language``."""
    lex = load_json(language, "dates")
    words = lex.get("range_connectors")
    if not words:
        return None
    alts = []
    for w in sorted(words, key=len, reverse=True):
        if not w[0].isalpha():
            alts.append(f"{_SP}*{re.escape(w)}{_SP}*")  # a dash
        elif len(w) == 1:
            alts.append(f"{_SP}+{re.escape(w)}{_SP}*")  # an attached clitic (و)
        else:
            alts.append(f"{_SP}+{re.escape(w)}{_SP}+")
    conn = "(?:" + "|".join(alts) + ")"
    suffix = "(?:" + "|".join(lex["day_suffixes"]) + ")?" if lex["day_suffixes"] else ""
    flags = re.IGNORECASE if language == "en" else 0
    before = re.compile(f"(?<![\\w.,/\\-])(?P<d>{_D}{{1,2}}){suffix}{conn}$", flags)
    follow = "|".join(re.escape(w) for w in lex.get("range_end_followers", ()))
    follow = f"|{_SP}+(?:{follow})(?![\\w%])" if follow else ""
    after = re.compile(f"{conn}(?P<d>{_D}{{1,2}}){suffix}(?:{_SP}*,{_SP}*(?P<y>{_D}{{4}}))?"
                       f"(?={_SP}*(?:[.,;:!?)\\]]|$){follow})", flags)
    listed = re.compile(f"(?<![\\w.,/\\-])(?P<d>{_D}{{1,2}}){suffix}{_SP}*[,،]{_SP}*$", flags)
    return before, after, re.compile(f"{conn}$", flags), re.compile(conn, flags), listed


def complete(refs: list[DateRef], forms: list[str], text: str, language: str, month_at: MonthAt,
             published: date | None = None) -> list[DateRef]:
    """``refs`` (with ``forms``, the grammar form of each) plus the other end of every range, and yearless
    first ends dated by the second (see the module docstring). ``month_at(text, pos)`` is the (end, month)
    of a month name at ``pos``, or None."""
    pats = _patterns(language)
    if pats is None or not refs:
        return refs
    before, after, gap, conn, listed = pats
    out: list[DateRef] = []
    first: DateRef | None = None  # the first end of a range whose second end is ``ref``, as resolved
    for i, (ref, form) in enumerate(zip(refs, forms, strict=True)):
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        if nxt is not None and form in _BARE and ref.relative and _has_year(nxt, forms[i + 1]) \
                and len(ref.value) == len(nxt.value) and gap.match(text, ref.end, nxt.start):
            ref = _dated_by(ref, nxt) or ref
        k = next((j for j in range(len(out) - 1, -1, -1) if out[j] is first), None) if first is not None else None
        if k is not None and form in _BARE and ref.relative:  # 'from March to May': dated together
            out[k], ref = together(out[k], ref, text, language, published)
        first = ref if nxt is not None and _pair(ref, form, nxt, forms[i + 1], text, language) else None
        if form == "dmy" and len(ref.value) == 10 and ref.text[:1].isdigit():
            out += _first_days(ref, text, before, listed)
        out.append(ref)
        if form == "mdy" and len(ref.value) == 10:
            out += _second_day(ref, text, after, out)
        elif form == "mc":
            second = _second_month(ref, text, conn, month_at, nxt.start if nxt else len(text))
            if second and ref.relative:
                out[-1], second[0] = together(ref, second[0], text, language, published)
            out += second
    return _weekday_ranges(out, forms, refs, text, language, published)


def _weekday_ranges(out: list[DateRef], forms: list[str], refs: list[DateRef], text: str, language: str,
                    published: date | None) -> list[DateRef]:
    """Two weekdays joined by a range connector ("from Thursday to Sunday", من الخميس إلى الأحد) are one stretch
    of days: the second is the first such weekday after the first end; where the clause reads back and the second
    would lie after publication, the whole stretch is the week before."""
    form_of = {id(r): f for r, f in zip(refs, forms, strict=True)}
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if form_of.get(id(a)) != "wd" or form_of.get(id(b)) != "wd" or not (a.relative and b.relative):
            continue
        if len(a.value) != 10 or len(b.value) != 10 or not joined(text, a.start, a.end, b.start, language):
            continue
        first, second = date.fromisoformat(a.value), date.fromisoformat(b.value)
        second = first + timedelta(days=(second.weekday() - first.weekday()) % 7 or 7)
        if published is not None and second > published and first <= published and bare_direction(
                text, a.start, a.end, language) == cal.BEHIND:
            first, second = first - timedelta(days=7), second - timedelta(days=7)
        out[i] = DateRef(a.start, a.end, a.text, first.isoformat(), a.relative)
        out[i + 1] = DateRef(b.start, b.end, b.text, second.isoformat(), b.relative)
        form_of[id(out[i])], form_of[id(out[i + 1])] = "wd", "wd"
    return out


def together(first: DateRef, second: DateRef, text: str, language: str,
             published: date | None) -> tuple[DateRef, DateRef]:
    """The two yearless ends of one range dated together: the second on or after the first; and where the clause
    reads back (a past verb: 'rose from March to May'), the whole range before publication, both ends a year
    earlier when the second would lie after it."""
    second = _not_before(second, first) or second
    n = len(second.value)
    if published is None or second.value <= published.isoformat()[:n] or bare_direction(
            text, first.start, first.end, language) != cal.BEHIND:
        return first, second
    earlier = _year_before(first), _year_before(second)
    return (earlier[0], earlier[1]) if earlier[0] and earlier[1] else (first, second)


def _year_before(ref: DateRef) -> DateRef | None:
    y, m = int(ref.value[:4]) - 1, int(ref.value[5:7])
    if len(ref.value) == 7:
        return DateRef(ref.start, ref.end, ref.text, cal.iso(y, m), ref.relative)
    d = int(ref.value[8:10])
    return DateRef(ref.start, ref.end, ref.text, cal.iso(y, m, d), ref.relative) if cal.valid_day(y, m, d) else None


def _pair(ref: DateRef, form: str, nxt: DateRef, nxt_form: str, text: str, language: str) -> bool:
    """``ref`` and ``nxt`` are the two yearless ends of one range: both relative, of a bare form and the same
    precision, joined by a range connector."""
    if not (form in _BARE and nxt_form in _BARE and ref.relative and nxt.relative and len(ref.value) == len(nxt.value)):
        return False
    return joined(text, ref.start, ref.end, nxt.start, language)


def joined(text: str, start: int, end: int, nxt: int, language: str) -> bool:
    """The date at ``text[start:end]`` and the one at ``nxt`` are the ends of one range: only a range connector
    stands between them, and a pair connector ('and', و) only after an opener ('between', بين) before the first."""
    gap, pair, opener = _pairing(language)
    if gap.fullmatch(text, end, nxt) is None:
        return False
    return not pair.fullmatch(text, end, nxt) or opener.search(text, max(0, start - 16), start) is not None


def pair_periods(found: list[tuple], bare: list[bool], text: str, language: str,
                 published: date | None) -> list[tuple]:
    """(start, end, value, relative) periods (quarters) with the ends of each range dated together: a yearless
    first end by a dated second ('from the second to the fourth quarter of 2025'), two yearless ends by
    ``together``. ``bare[i]``: the i-th period names no year of its own."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not bare[i] or len(a[2]) != 7 or len(b[2]) != 7 or not joined(text, a[0], a[1], b[0], language):
            continue
        first, second = DateRef(a[0], a[1], text[a[0]:a[1]], a[2], a[3]), DateRef(b[0], b[1], text[b[0]:b[1]], b[2], b[3])
        if not bare[i + 1]:
            dated = _dated_by(first, second) if not second.relative else None
            if dated is not None:
                out[i] = (a[0], a[1], dated.value, dated.relative)
            continue
        first, second = together(first, second, text, language, published)
        out[i], out[i + 1] = (a[0], a[1], first.value, a[3]), (b[0], b[1], second.value, b[3])
    return out


@cache
def _pairing(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(any range connector, a pair connector, an opener right before the first end) of ``language``."""
    lex = load_json(language, "dates")
    flags = re.IGNORECASE if language == "en" else 0

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return (re.compile(f"{_SP}*(?:{alt(lex.get('range_connectors', ()))}){_SP}*", flags),
            re.compile(f"{_SP}*(?:{alt(lex.get('range_pair_connectors', ()))}){_SP}*", flags),
            re.compile(f"(?<!\\w)(?:{alt(lex.get('range_openers', ()))}){_SP}+$", flags))


def _not_before(second: DateRef, first: DateRef) -> DateRef | None:
    """``second`` in the first year that puts it on or after ``first`` (a month or a day)."""
    y = int(first.value[:4]) + (second.value[5:] < first.value[5:])
    if len(second.value) == 7:
        value = cal.iso(y, int(second.value[5:7]))
    elif cal.valid_day(y, int(second.value[5:7]), int(second.value[8:10])):
        value = cal.iso(y, int(second.value[5:7]), int(second.value[8:10]))
    else:
        return None
    return DateRef(second.start, second.end, second.text, value, second.relative)


def _has_year(ref: DateRef, form: str) -> bool:
    """Whether ``ref`` says its own year: written, or by a modifier (نوفمبر المقبلين)."""
    return form == "mm" or form in _DATED and not ref.relative


def _dated_by(first: DateRef, second: DateRef) -> DateRef | None:
    """``first`` in the year of ``second``, or the year before when it falls later in the calendar."""
    y = int(second.value[:4])
    if first.value[5:] > second.value[5:]:
        y -= 1
    if len(first.value) == 7:
        return DateRef(first.start, first.end, first.text, cal.iso(y, int(first.value[5:7])), second.relative)
    m, d = int(first.value[5:7]), int(first.value[8:10])
    if not cal.valid_day(y, m, d):
        return None
    return DateRef(first.start, first.end, first.text, cal.iso(y, m, d), second.relative)


def _second_month(ref: DateRef, text: str, conn: re.Pattern, month_at: MonthAt, limit: int) -> list[DateRef]:
    """The month name after "between January and": dated from the first end."""
    c = conn.match(text, ref.end)
    if c is None:
        return []
    found = month_at(text, c.end())
    if found is None or found[0] > limit:
        return []
    end, month = found
    y, first = int(ref.value[:4]), int(ref.value[5:7])
    if month == first:
        return []
    y += month < first
    return [DateRef(c.end(), end, text[c.end():end], cal.iso(y, month), ref.relative)]


def _first_days(ref: DateRef, text: str, before: re.Pattern, listed: re.Pattern) -> list[DateRef]:
    """The days before "to 14 September" ("10") or "and 26 May" ("24, 25"), each below the next."""
    days: list[DateRef] = []
    m, later = before.search(text, max(0, ref.start - _REACH), ref.start), int(ref.value[8:10])
    while m is not None and 1 <= int(m["d"]) < later:
        later = int(m["d"])
        days.insert(0, DateRef(m.start("d"), m.end("d"), m["d"], ref.value[:8] + f"{later:02d}", ref.relative))
        m = listed.search(text, max(0, m.start("d") - _REACH), m.start("d"))
    return days


def _second_day(ref: DateRef, text: str, after: re.Pattern, out: list[DateRef]) -> list[DateRef]:
    """The day after "October 2 to": "5" (with its year, "22, 2024", which then dates the first end too)."""
    m = after.match(text, ref.end)
    if m is None:
        return []
    first, second = int(ref.value[8:10]), int(m["d"])
    if not first < second:
        return []
    y, mo, relative, end = int(ref.value[:4]), int(ref.value[5:7]), ref.relative, m.end("d")
    if m["y"]:
        y, relative, end = int(m["y"]), False, m.end("y")
        if not 1900 <= y <= 2100:
            return []
        out[-1] = DateRef(ref.start, ref.end, ref.text, cal.iso(y, mo, first), False)
    if not cal.valid_day(y, mo, second):
        return []
    return [DateRef(m.start("d"), end, text[m.start("d"):end], cal.iso(y, mo, second), relative)]
