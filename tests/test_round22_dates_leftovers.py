"""Round 22: date leftovers (published Sunday 14 September 2025 unless stated).

Each case asserts the span text, the ISO value and its precision.

- News present (``calendar.PRESENT``, ``date_direction.news_present``): a day-month without a year whose
  future reading rests only on a bare Arabic imperfect verb (تعقد، تشهد، تستضيف، يعقد), with no modal
  (قد، لن، سوف), no س and no future phrase (من المقرر أن), names the current occurrence when it falls at
  most ``calendar.PRESENT_WINDOW`` = 14 days before publication (an event under way or just over, as news
  prose reports it in the present), else the first one ahead. Two weeks: a present-tense report of an
  event further back is rare, while one a few weeks ahead is common, so a date 15+ days back still reads
  as next year's occurrence (تستضيف … في 20 أغسطس → 2026). English has no tense cue in "takes place"
  and already reads such a date as the occurrence nearest publication; it is locked here.
  Only verbs of an event taking place count (``news_present`` in ar/dates_tense.json): other imperfects,
  تنتهي المهلة في 30 ديسمبر, keep reading ahead. Clearly future phrasings (سيعقد، من المقرر أن تعقد، قد تعقد)
  and past ones (عقدت) are unchanged.
- Halves that already span the whole phrase ("H1 2025", "the first half of the year") are locked; "the first
  half of 2024" still spans the year alone, as older tests (round 14, round 19) require.
- "the year to date" / "the month to date" is the publication's year / month (a post modifier, the
  article in the span); "the April-June quarter" is that calendar quarter, dated as "the second quarter"
  is (its first month, month precision); "Tuesday week" (British) is the Tuesday a week after the coming
  one, spanning both words: 23 September from Sunday 14 September.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows

from factcheck.pipeline import analyze

PUB = date(2025, 9, 14)


def _rows(text: str, language: str, published: date | None = PUB) -> list[tuple[str, str, str]]:
    return date_rows(text, language, published, precision=True)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("تعقد القمة في الفترة من 9 إلى 11 سبتمبر.", "ar", [("9", "2025-09-09", "day"), ("11 سبتمبر", "2025-09-11", "day")]),
    ("تشهد المدينة مهرجانا في 10 سبتمبر.", "ar", [("10 سبتمبر", "2025-09-10", "day")]),
    ("وتتواصل فعاليات المعرض منذ 5 سبتمبر.", "ar", [("5 سبتمبر", "2025-09-05", "day")]),
    ("وتقام المباراة في 12 سبتمبر.", "ar", [("12 سبتمبر", "2025-09-12", "day")]),
    ("تنتهي المهلة في 12 سبتمبر.", "ar", [("12 سبتمبر", "2026-09-12", "day")]),
    ("تستضيف الرياض المعرض في 2 سبتمبر.", "ar", [("2 سبتمبر", "2025-09-02", "day")]),
    ("تستضيف الرياض المعرض في 20 أغسطس.", "ar", [("20 أغسطس", "2026-08-20", "day")]),
    ("يعقد المؤتمر في 30 نوفمبر.", "ar", [("30 نوفمبر", "2025-11-30", "day")]),
    ("سيعقد المؤتمر في 30 نوفمبر.", "ar", [("30 نوفمبر", "2025-11-30", "day")]),
    ("سيعقد المؤتمر في 9 سبتمبر.", "ar", [("9 سبتمبر", "2026-09-09", "day")]),
    ("من المقرر أن تعقد القمة في 9 سبتمبر.", "ar", [("9 سبتمبر", "2026-09-09", "day")]),
    ("قد تعقد القمة في 9 سبتمبر.", "ar", [("9 سبتمبر", "2026-09-09", "day")]),
    ("عقدت القمة في 9 سبتمبر.", "ar", [("9 سبتمبر", "2025-09-09", "day")]),
    ("The summit takes place on 9-11 September.", "en",
     [("9", "2025-09-09", "day"), ("11 September", "2025-09-11", "day")]),
    ("The summit will take place on 30 November.", "en", [("30 November", "2025-11-30", "day")]),
])
def test_news_present_day_month(text, language, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Sales rose 5% in the first half of the year.", "en", [("the first half of the year", "2025", "year")]),
    ("Sales rose 5% in H1 2025.", "en", [("H1 2025", "2025", "year")]),
    ("ارتفعت المبيعات 5% في النصف الأول من العام.", "ar", [("النصف الأول من العام", "2025", "year")]),
])
def test_halves_span_the_phrase(text, language, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales rose 5% in the year to date.", [("the year to date", "2025", "year")]),
    ("Sales rose 5% year to date.", [("year to date", "2025", "year")]),
    ("Sales have risen 5% in the month to date.", [("the month to date", "2025-09", "month")]),
    ("Sales rose 5% in the April-June quarter.", [("the April-June quarter", "2025-04", "month")]),
    ("Sales rose 5% in the July-September quarter of 2024.", [("the July-September quarter of 2024", "2024-07", "month")]),
    ("Sales rose 5% in the second quarter.", [("the second quarter", "2025-04", "month")]),
    ("The vote is on Tuesday week.", [("Tuesday week", "2025-09-23", "day")]),
    ("The vote is on Sunday week.", [("Sunday week", "2025-09-21", "day")]),
    ("On Tuesday week-long talks began.", [("Tuesday", "2025-09-09", "day")]),
    ("The vote is on Tuesday.", [("Tuesday", "2025-09-09", "day")]),
])
def test_year_to_date_named_quarter_weekday_week(text, expected):
    assert _rows(text, "en") == expected


def test_news_present_in_claims():
    claims = analyze("تعقد القمة في الفترة من 9 إلى 11 سبتمبر.", "ar", PUB).claims
    assert [d.value for c in claims for d in c.dates] == ["2025-09-09", "2025-09-11"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # "a fortnight ago" is "two weeks ago": the Monday-Sunday week of 25-31 August
    ("Prices rose 5% a fortnight ago.", "en", [("a fortnight ago", "2025-08", "month")]),
    ("Prices rose 5% two weeks ago.", "en", [("two weeks ago", "2025-08", "month")]),
    ("Prices have risen 5% since the start of the year.", "en", [("the start of the year", "2025", "year")]),
    ("The talks were held in late July last year.", "en", [("late July last year", "2024-07", "month")]),
    ("ارتفعت الأسعار 5% منذ مطلع العام.", "ar", [("مطلع العام", "2025", "year")]),
    ("ارتفعت الأسعار 5% في شهر آب الماضي.", "ar", [("شهر آب الماضي", "2025-08", "month")]),
    ("ارتفعت الأسعار 5% في 3 أيلول.", "ar", [("3 أيلول", "2025-09-03", "day")]),
    ("ارتفعت الأسعار 5% في 3 شتنبر.", "ar", [("3 شتنبر", "2025-09-03", "day")]),
    ("ارتفعت الأسعار 5% في غشت الماضي.", "ar", [("غشت الماضي", "2025-08", "month")]),
    ("ارتفعت الأسعار 5% في جانفي الماضي.", "ar", [("جانفي الماضي", "2025-01", "month")]),
    ("ارتفعت الأسعار 5% قبل عشرة أيام.", "ar", [("قبل عشرة أيام", "2025-09-04", "day")]),
    ("ارتفعت الأسعار 5% أواخر الشهر الماضي.", "ar", [("أواخر الشهر الماضي", "2025-08", "month")]),
])
def test_varied_outlet_phrasings(text, language, expected):
    assert _rows(text, language) == expected
