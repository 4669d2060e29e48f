"""A weekday name that opens a compound number is the number: «الأحد عشر» is eleven, not Sunday."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 9, 14)


@pytest.mark.parametrize("text,quantity", [
    ("حضر 3 فقط من الوزراء الأحد عشر.", (3.0, 11.0)),
    ("قتل الأحد عشر شخصاً في الحادث.", (11.0, None)),
    ("أكد اللاعبون الأحد عشر جاهزيتهم للمباراة في 12 أكتوبر.", None),
])
def test_the_eleven_is_no_sunday(text, quantity):
    claims = analyze(text, "ar", PUBLISHED).claims
    assert claims and not [d for c in claims for d in c.dates if "الأحد" in d.text]
    if quantity:
        assert quantity in [(q.value, q.total) for c in claims for q in c.quantities]


@pytest.mark.parametrize("text,value", [
    ("التقى الوزراء يوم الأحد الماضي في القاهرة.", "2025-09-07"),
    ("قتل 11 شخصاً الأحد في انفجار بالعاصمة.", "2025-09-14"),
])
def test_sunday_still_dates_a_claim(text, value):
    assert value in [d.value for c in analyze(text, "ar", PUBLISHED).claims for d in c.dates]
