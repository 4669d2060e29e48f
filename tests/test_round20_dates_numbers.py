"""Arabic numbers next to nouns: a weekday name opening a compound number is the number («الأحد عشر» is eleven,
not Sunday), and a definite number after a definite counted noun counts it («الجنود الثلاثة»)."""
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


@pytest.mark.parametrize("text,want", [
    ("قتل الجنود الثلاثة في الهجوم.", [("الجنود الثلاثة", 3.0, "person")]),
    ("وقعت الدول الخمس على الاتفاق أمس.", [("الدول الخمس", 5.0, "country")]),
    ("أغلقت المصانع الأربعة أبوابها في مايو.", [("المصانع الأربعة", 4.0, "factory")]),
    ("خلال الأيام الثلاثة الماضية قتل 40 شخصاً.", [("40 شخصاً", 40.0, "person")]),
    ("عقدت الدورة العشرين للمؤتمر في الرباط.", []),
])
def test_a_number_after_a_definite_counted_noun_counts_it(text, want):
    """Arabic puts a definite number after its noun as an adjective («الجنود الثلاثة», the three soldiers):
    the noun is its unit; a span of time («الأيام الثلاثة الماضية») is a period and an ordinal a position."""
    got = [(q.text, q.value, q.unit) for c in analyze(text, "ar", PUBLISHED).claims for q in c.quantities]
    assert got == want
