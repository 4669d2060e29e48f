"""Dates: spans and ISO values on tables of Arabic and English news phrasings, plus properties."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import calendar as cal
from factcheck.extract.dates import find_dates

DATA = Path(__file__).parent / "data"
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _cases(language: str) -> list:
    lines = (DATA / f"dates_{language}.jsonl").read_text(encoding="utf-8").splitlines()
    return [pytest.param(language, json.loads(line), id=f"{language}-{i}") for i, line in enumerate(lines) if line]


def _published(case: dict) -> date | None:
    return date.fromisoformat(case["published"]) if case["published"] else None


@pytest.mark.parametrize(("language", "case"), _cases("ar") + _cases("en"))
def test_table(language, case):
    text = case["text"]
    found = find_dates(text, 0, len(text), language, _published(case))
    assert [{"text": d.text, "value": d.value} for d in found] == case["expected"]
    for d in found:
        assert text[d.start:d.end] == d.text
        assert d.relative == (case["published"] is not None and d.relative)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_tables_are_large_and_varied(language):
    cases = [c.values[1] for c in _cases(language)]
    assert len(cases) >= 40
    assert sum(not c["expected"] for c in cases) >= 8  # texts that must yield nothing
    assert sum(c["published"] is None for c in cases) >= 8


def test_offsets_index_the_whole_article():
    """Searching a sub-span returns offsets into the full text and nothing outside the span."""
    head = "عنوان: أزمة في 13 سبتمبر 2024\n"
    body = "وقالت الشركة يوم الجمعة إنها ستوسع أعمالها في يوليو 2023."
    text = head + body
    found = find_dates(text, len(head), len(text), "ar", date(2025, 9, 13))
    assert [(d.text, d.value) for d in found] == [("يوم الجمعة", "2025-09-12"), ("يوليو 2023", "2023-07")]
    assert all(text[d.start:d.end] == d.text and d.start >= len(head) for d in found)


@pytest.mark.parametrize(("text", "language", "relative"), [
    ("أمس", "ar", True), ("عام 2021", "ar", False), ("last Friday", "en", True), ("July 2023", "en", False),
])
def test_relative_flag(text, language, relative):
    [d] = find_dates(text, 0, len(text), language, date(2025, 9, 13))
    assert d.relative is relative


@pytest.mark.parametrize(("published", "wd", "direction", "expected"), [
    (date(2025, 9, 13), 4, None, "2025-09-12"),  # Saturday: bare Friday is the day before
    (date(2025, 9, 12), 4, None, "2025-09-12"),  # a Friday article's "Friday" is that day
    (date(2025, 9, 12), 4, cal.PAST, "2025-09-05"),  # "last Friday" is strictly before
    (date(2025, 9, 12), 4, cal.NEXT, "2025-09-19"),
    (date(2025, 9, 12), 4, cal.CURRENT, "2025-09-12"),
])
def test_weekday_rule(published, wd, direction, expected):
    assert cal.weekday(published, wd, direction) == expected


@pytest.mark.parametrize(("published", "month", "direction", "expected"), [
    (date(2025, 9, 13), 7, cal.PAST, "2025-07"), (date(2025, 7, 10), 7, cal.PAST, "2024-07"),
    (date(2025, 7, 10), 7, None, "2025-07"), (date(2025, 7, 10), 8, None, "2024-08"),
    (date(2025, 7, 10), 7, cal.NEXT, "2026-07"), (date(2025, 1, 10), 12, cal.PAST, "2024-12"),
])
def test_month_rule(published, month, direction, expected):
    assert cal.month(published, month, direction) == expected


@pytest.mark.parametrize(("published", "unit", "direction", "expected"), [
    (date(2025, 1, 10), "month", cal.PAST, "2024-12"), (date(2025, 12, 10), "month", cal.NEXT, "2026-01"),
    (date(2025, 1, 10), "year", cal.PAST, "2024"), (date(2025, 1, 10), "year", cal.CURRENT, "2025"),
])
def test_period_rule(published, unit, direction, expected):
    assert cal.period(published, unit, direction) == expected


@pytest.mark.parametrize(("published", "step", "expected"), [
    # a week names no one day: the month all its days lie in, else their year (round 21; was its Monday)
    (date(2025, 9, 13), -1, "2025-09"),  # Saturday: last week, 1-7 September
    (date(2025, 9, 8), 0, "2025-09"),  # a Monday's "this week"
    (date(2025, 12, 31), 1, "2026-01"),  # next week crosses the year: 5-11 January
    (date(2026, 1, 1), -1, "2025-12"),
    (date(2025, 10, 1), 0, "2025"),  # 29 September - 5 October: two months
    (date(2025, 12, 31), 0, "2026"),  # 29 December - 4 January: the year of its Thursday (ISO week-year)
])
def test_week_rule(published, step, expected):
    assert cal.week(published, step) == expected


@pytest.mark.parametrize(("year", "quarter", "at_end", "expected"), [
    (2025, 1, False, "2025-01"), (2025, 3, False, "2025-07"), (2025, 3, True, "2025-09"),
    (2024, 4, True, "2024-12"), (2026, 2, True, "2026-06"),
])
def test_quarter_rule(year, quarter, at_end, expected):
    assert cal.quarter_month(year, quarter, at_end) == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    ("الربع الثالث من العام المقبل", "ar", date(2025, 3, 1), ("2026-07", True)),
    ("أواخر الربع الثاني من السنة الماضية", "ar", date(2025, 3, 1), ("2024-06", True)),
    ("الربع الأول من عام 2023", "ar", None, ("2023-01", False)),
    ("the second quarter of last year", "en", date(2025, 3, 1), ("2024-04", True)),
    ("late in Q2 2026", "en", None, ("2026-04", False)),  # "late in" is not an end word of the quarter
    ("the close of the fourth quarter", "en", date(2025, 3, 1), ("2025-12", True)),
    ("the first quarter of the season", "en", date(2025, 3, 1), None),
])
def test_quarter_year_and_position(text, language, published, expected):
    found = [(d.value, d.relative) for d in find_dates(text, 0, len(text), language, published)]
    assert found == ([expected] if expected else [])


_PIECES = st.sampled_from([
    "يوم الجمعة", "30 نوفمبر المقبل", "يوليو الماضي", "يوليو 2023", "أمس", "غداً", "عام 2021", "في 2019",
    "١٣ أيلول ٢٠٢٥", "13/9/2025", "2025-09-13", "الشهر الماضي", "هذا العام", "أواخر مايو 2024", "11:48",
    "4.3", "500 موظف", "last Friday", "Sept. 13, 2025", "in March", "early 2024", "next year", "May",
    "last week", "الأسبوع المقبل", "الربع الثالث من العام الجاري", "Q4 2024", "fourth-quarter",
    "\u200f", "\u064e", "ـ", "،", ",", " ", "\n", "و", "ال", "31", "2100", "0000", "99/99/9999", "-",
])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, language=st.sampled_from(["ar", "en"]),
       published=st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31))),
       cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_property_spans_exact_and_values_valid(text, language, published, cut):
    start, end = sorted(min(c, len(text)) for c in cut)
    found = find_dates(text, start, end, language, published)
    last = start
    for d in found:
        assert start <= d.start < d.end <= end and d.start >= last
        last = d.end
        assert text[d.start:d.end] == d.text
        assert ISO.fullmatch(d.value)
        if published is None:
            assert not d.relative
        parts = [int(p) for p in d.value.split("-")] + [1, 1]
        date(parts[0], parts[1], parts[2])  # raises on an impossible month or day
