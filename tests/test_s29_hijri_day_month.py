"""A Hijri day and month with no year («في 8 ذي الحجة»، «يوم 27 رمضان»، '10 Dhul Hijja') is the occurrence the clause's
tense points to around publication, as a Gregorian day and month is (nearest publication when nothing decides), and
is given no finer than the tabular calendar allows (the Gregorian month every candidate day shares, else the year).
Without a publication date it is left out; a number before a month name that is no Hijri month reads as before."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates


def _dates(text: str, language: str, pub: date | None):
    return [(d.text, d.value) for d in find_dates(text, 0, len(text), language, pub)]


@pytest.mark.parametrize(("text", "language", "pub", "want"), [
    # 8 Dhu al-Hijja 1445 fell on 14 June 2024 (Umm al-Qura); 1446's on 4 June 2025
    ("وبدأ الحجاج التوافد إلى منى في 8 ذي الحجة.", "ar", date(2024, 6, 15), ("8 ذي الحجة", "2024-06")),
    ("وسيبدأ الحجاج التوافد إلى منى في 8 ذي الحجة.", "ar", date(2024, 7, 20), ("8 ذي الحجة", "2025-06")),
    ("وأعلنت الهيئة يوم ٨ ذي الحجة أن عدد الحجاج بلغ مليونين.", "ar", date(2024, 6, 15), ("٨ ذي الحجة", "2024-06")),
    ("Pilgrims will gather at Arafat on 9 Dhul Hijjah.", "en", date(2025, 5, 20), ("9 Dhul Hijjah", "2025-06")),
])
def test_the_yearless_hijri_day(text, language, pub, want):
    assert want in _dates(text, language, pub), _dates(text, language, pub)


def test_without_publication_it_is_left_out():
    assert _dates("وبدأ الحجاج التوافد إلى منى في 8 ذي الحجة.", "ar", None) == []


def test_a_year_still_makes_it_absolute():
    got = _dates("وبدأ الحجاج التوافد إلى منى في 8 ذي الحجة 1445هـ.", "ar", date(2030, 1, 1))
    assert [v for _, v in got] == ["2024-06"], got
