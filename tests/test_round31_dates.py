"""Round 31: dates of both languages (find_dates; each case is (text, language, [(span, ISO value)])).

- The present of a scheduled event's start ("kicks off on", "takes place on", "gets under way on") reads a bare
  weekday forward; its past ("kicked off") back.
- A verb of forecasting before its object ("The weather service forecast up to 80 mm of rain on Sunday") reads a
  bare weekday of its clause forward; "forecast" as a noun ("its growth forecast to 2.5% in June") decides nothing.
- An Arabic verb of expecting with its subject and a nominal object between it and the date («وتوقعت الأرصاد هطول
  أمطار الأحد») reads the date forward; the date right after the subject is the forecast's own (back).
- A Hijri year alone («موسم 1446هـ») is no quantity (round 32 converts Hijri dates: test_round32_dates.py).
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows, quantity_rows

PUB = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize("text, lang, expected", [
    ("The league kicks off on Sunday.", "en", [("Sunday", "2026-11-22")]),
    ("The final takes place on Saturday in Lusail.", "en", [("Saturday", "2026-11-21")]),
    ("The fair gets under way on Monday.", "en", [("Monday", "2026-11-23")]),
    # kept: the past of the same verbs
    ("The league kicked off on Sunday.", "en", [("Sunday", "2026-11-15")]),
    ("The final took place on Saturday.", "en", [("Saturday", "2026-11-14")]),
])
def test_a_scheduled_start_in_the_present_reads_forward(text, lang, expected):
    assert date_rows(text, lang, PUB) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Met Office forecast up to 80 mm of rain on Sunday.", "en", [("Sunday", "2026-11-22")]),
    ("Economists forecast a rate cut on Thursday.", "en", [("Thursday", "2026-11-26")]),
    ("وتوقعت هيئة الأرصاد هطول أمطار غزيرة يوم الأحد.", "ar", [("يوم الأحد", "2026-11-22")]),
    # kept: forecast as a noun, a date right after the forecaster, a preposition before the date
    ("The bank cut its growth forecast on Monday.", "en", [("Monday", "2026-11-16")]),
    ("The forecast for Monday was revised.", "en", [("Monday", "2026-11-16")]),
    ("توقعت الأرصاد الأحد أن تنخفض الحرارة.", "ar", [("الأحد", "2026-11-15")]),
    ("وتوقعت الأرصاد في بيان الأربعاء هطول أمطار.", "ar", [("الأربعاء", "2026-11-18")]),
])
def test_a_forecast_reads_its_weekday_forward(text, lang, expected):
    assert date_rows(text, lang, PUB) == expected


@pytest.mark.parametrize("text", [
    "يبدأ موسم الحج 1446هـ بمشاركة 1.8 مليون حاج.",
    "قال إن عام 1446 هـ شهد تحولات كبيرة.",
])
def test_a_hijri_year_alone_is_no_amount(text):
    # round 32 dates Hijri years (tests/test_round32_dates.py); the year is still no amount
    assert all(q[1] != 1446 for q in quantity_rows(text, "ar"))
