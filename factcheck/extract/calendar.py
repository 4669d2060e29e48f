"""Calendar arithmetic for relative dates: pure functions of the publication date, no clock.

Directions: ``past`` (strictly before publication), ``next`` (strictly after), ``current`` (the
publication's own week, month or year), ``ahead`` (no modifier but a future cue, see ``tense``: the
first occurrence not yet over at publication, so the publication day or month itself counts) and
``behind`` (no modifier but a past verb decides its clause: only a day-month reads it, as the last occurrence on
or before publication; other forms keep their own rule) and ``None`` (no modifier: the rule of each function).
Results are ISO strings at their precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. A week or a weekend is
dated by the month (else the year) all its days share, never by one day (``span_value``); a quarter by its
first month, or its last when the phrase names its end (see ``date_periods``); a season by its year, and
only where the modifier names one season (``season``).
"""
from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

PAST, NEXT, CURRENT, AHEAD, BEHIND = "past", "next", "current", "ahead", "behind"
PRESENT = "present"  # a news present (تعقد القمة في 9 سبتمبر): see ``day_month``
NEAREST = "nearest"  # a month a figure is for (لشهر ديسمبر): the occurrence nearest publication, see ``month``
PRESENT_WINDOW = 14  # days before publication a news-present day-month may still name
HIJRI_LAST = 1600  # after a Hijri month, a year below this is a Hijri one (1447 AH is 2025 AD)


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO string at the precision given."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    """True when ``year-month-day`` exists on the Gregorian calendar (years 1000–2999)."""
    return 1000 <= year <= 2999 and 1 <= month <= 12 and 1 <= day <= _cal.monthrange(year, month)[1]


def shift_days(pub: date, days: int) -> str:
    """``pub`` moved by ``days`` (أمس → -1, غداً → +1)."""
    return (pub + timedelta(days=days)).isoformat()


def shift_months(pub: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` away from the publication month."""
    index = pub.year * 12 + pub.month - 1 + months
    return index // 12, index % 12 + 1


def weekday(pub: date, wd: int, direction: str | None) -> str:
    """The weekday ``wd`` (0 = Monday) nearest publication in ``direction``.

    ``None`` (a bare "يوم الجمعة" / "on Friday"): the most recent such day on or before publication,
    so a Friday article's "Friday" is that day. ``past``: strictly before. ``next``: strictly after.
    ``current`` ("this Friday") and ``ahead`` ("will meet on Friday"): on or after publication.
    """
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if direction == PAST:
        return (pub - timedelta(days=back or 7)).isoformat()
    if direction == NEXT:
        return (pub + timedelta(days=ahead or 7)).isoformat()
    if direction in (CURRENT, AHEAD):
        return (pub + timedelta(days=ahead)).isoformat()
    return (pub - timedelta(days=back)).isoformat()


def month(pub: date, m: int, direction: str | None) -> str:
    """Month ``m`` without a year: ``past`` → the last one strictly before the publication month,
    ``next`` → the first strictly after, ``current`` → the publication year's, ``ahead`` ("will rise
    in March") → the first not before the publication month, ``nearest`` (لشهر ديسمبر) → the one nearest the
    publication month, ``None`` ("in March") → the most recent one not after the publication month."""
    if direction == PAST:
        year = pub.year if m < pub.month else pub.year - 1
    elif direction == NEXT:
        year = pub.year if m > pub.month else pub.year + 1
    elif direction == CURRENT:
        year = pub.year
    elif direction == AHEAD:
        year = pub.year if m >= pub.month else pub.year + 1
    elif direction == NEAREST:  # six months either way: the coming one when it is as near as the last
        year = min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: (abs((y - pub.year) * 12 + m - pub.month), -y))
    else:
        year = pub.year if m <= pub.month else pub.year - 1
    return iso(year, m)


def day_month(pub: date, m: int, d: int, direction: str | None) -> str | None:
    """Day ``d`` of month ``m`` without a year: ``past`` → the most recent strictly before publication
    (``behind``: on or before it),
    ``next`` → the first strictly after, ``current`` → in the publication year, ``ahead`` → the first
    on or after publication, ``present`` (a bare present verb, تعقد/تشهد: the current occurrence, under way
    or just over, as well as one ahead) → the first on or after ``PRESENT_WINDOW`` days before publication,
    ``None`` → the occurrence nearest publication (ties go to the earlier one). None when no such day exists."""
    candidates = [date(y, m, d) for y in range(pub.year - 1, pub.year + 5) if valid_day(y, m, d)]  # 29 Feb
    if direction == CURRENT:
        candidates = [c for c in candidates if c.year == pub.year]
        return candidates[0].isoformat() if candidates else None
    chosen = day_among(pub, candidates, direction)
    return chosen.isoformat() if chosen else None


def day_among(pub: date, candidates: list[date], direction: str | None) -> date | None:
    """Of the sorted ``candidates`` (one day's occurrences in the years around publication), the one ``direction``
    points to: ``past`` the most recent strictly before publication (``behind``: on or before it), ``next`` the first
    strictly after, ``ahead`` the first on or after, ``present`` the first on or after ``PRESENT_WINDOW`` days before
    publication; any other the nearest (ties to the earlier one). None when no candidate fits."""
    if direction in (PAST, BEHIND):
        before = [c for c in candidates if c < pub or (direction == BEHIND and c == pub)]
        return before[-1] if before else None
    if direction in (NEXT, AHEAD, PRESENT):
        floor = pub - timedelta(days=PRESENT_WINDOW) if direction == PRESENT else pub
        after = [c for c in candidates if c > floor or (direction != NEXT and c == floor)]
        return after[0] if after else None
    return min(candidates, key=lambda c: (abs((c - pub).days), c)) if candidates else None


def matching_weekday(value: str, wd: int) -> str:
    """The ISO day ``value``, or the same day a year later or earlier when only that one falls on weekday ``wd`` (0 =
    Monday): a day and month written with its weekday ('Friday 25 July') names the year in which they agree."""
    d = date.fromisoformat(value)
    if d.weekday() == wd:
        return value
    for step in (1, -1):
        if valid_day(d.year + step, d.month, d.day) and date(d.year + step, d.month, d.day).weekday() == wd:
            return date(d.year + step, d.month, d.day).isoformat()
    return value


def period(pub: date, unit: str, direction: str | None) -> str | None:
    """"الشهر الماضي" / "next year": the publication's month or year moved one step in ``direction``; two steps
    for ``past2`` / ``next2`` ("the month before last", العام بعد المقبل)."""
    step = {PAST: -1, NEXT: 1, CURRENT: 0, "past2": -2, "next2": 2}.get(direction or "")
    if step is None:
        return None
    if unit == "year":
        return iso(pub.year + step)
    return iso(*shift_months(pub, step))


def span_value(first: date, last: date) -> str:
    """The finest calendar unit holding every day from ``first`` to ``last``: their month when both lie in
    one, else their year, else the year of the middle day (for a Monday–Sunday week over New Year, its
    Thursday: the ISO 8601 week-year). A stretch of days named as a whole ("last week", "the weekend")
    never claims one day the text did not give."""
    if (first.year, first.month) == (last.year, last.month):
        return iso(first.year, first.month)
    if first.year == last.year:
        return iso(first.year)
    return iso((first + (last - first) / 2).year)


def week_days(pub: date, step: int, starts: tuple[int, ...] = (0,)) -> tuple[date, date]:
    """(first, last) day of the week ``step`` weeks from the publication week (-1 last week, 0 this week),
    over every week convention of ``starts`` (weekday numbers a week may begin on: 0 Monday, 6 Sunday, 5
    Saturday): the union, so the value holds whichever convention the outlet follows."""
    firsts = [pub - timedelta(days=(pub.weekday() - s) % 7) + timedelta(weeks=step) for s in starts]
    return min(firsts), max(firsts) + timedelta(days=6)


def week(pub: date, step: int, starts: tuple[int, ...] = (0,)) -> str:
    """The week ``step`` weeks from the publication week at the precision its days share (``span_value``)."""
    return span_value(*week_days(pub, step, starts))


def weekend(pub: date, direction: str | None, days: tuple[int, ...] = (5, 6)) -> str:
    """The weekend (consecutive weekdays ``days``, e.g. (5, 6) Saturday–Sunday) nearest publication, at the
    precision its days share (``span_value``). ``past`` ("last weekend"): the latest one over before the
    publication day; ``next``: the first one starting after it; ``ahead`` (a future cue): the first not over
    at publication; ``current`` ("this weekend"): the one publication falls in, else the coming one;
    ``behind`` or None (a past cue, or none): the latest one begun on or before publication."""
    first = pub - timedelta(days=(pub.weekday() - days[0]) % 7)  # the latest weekend begun by publication
    length = timedelta(days=len(days) - 1)
    over = first + length < pub
    if direction == PAST and not over or direction == NEXT or direction in (AHEAD, CURRENT) and over:
        first += timedelta(weeks=-1 if direction == PAST else 1)
    return span_value(first, first + length)


def quarter_month(year: int, quarter: int, at_end: bool) -> str:
    """Month of quarter ``quarter`` (1–4) of ``year``: its first month, or its last when ``at_end``."""
    return iso(year, 3 * (quarter - 1) + (3 if at_end else 1))


def quarter_year(pub: date, quarter: int, direction: str | None) -> int:
    """Year of a quarter named without one: ``ahead`` ("will restart in the second quarter") → the first such
    quarter not over at publication; ``behind`` ("sales rose in the third quarter", said in April) → the last
    such quarter already begun at publication; otherwise the publication year."""
    if direction == AHEAD and 3 * quarter < pub.month:
        return pub.year + 1
    if direction == BEHIND and 3 * quarter - 2 > pub.month:
        return pub.year - 1
    return pub.year


def recent(pub: date, value: str, days: int) -> bool:
    """Whether the ISO day ``value`` lies within ``days`` days up to publication (not after it)."""
    return 0 <= (pub - date.fromisoformat(value)).days <= days


def day_of_month(pub: date, step: int, d: int) -> str | None:
    """Day ``d`` of the month ``step`` months from the publication month ("the 20th of last month": -1)."""
    y, m = shift_months(pub, step)
    return iso(y, m, d) if valid_day(y, m, d) else None


def day_alone(pub: date, d: int, direction: str | None) -> str | None:
    """Day ``d`` named without a month ("on the 9th"): the most recent on or before publication, or with
    ``ahead`` the first on or after it; None when that month has no such day (the 31st)."""
    if direction == AHEAD:
        return day_of_month(pub, 0 if d >= pub.day else 1, d)
    return day_of_month(pub, 0 if d <= pub.day else -1, d)


def season(pub: date, first: int, last: int, direction: str | None) -> str | None:
    """Year of a season of months ``first``–``last`` (one calendar year) after a modifier: ``current`` → the
    publication year; ``past`` → the year before while this year's season is not over (after it, "last
    summer" may be either: None); ``next`` → the year after once this year's season has begun (before,
    either: None)."""
    if direction == CURRENT:
        return iso(pub.year)
    if direction == PAST:
        return iso(pub.year - 1) if pub.month <= last else None
    if direction == NEXT:
        return iso(pub.year + 1) if pub.month >= first else None
    return None
