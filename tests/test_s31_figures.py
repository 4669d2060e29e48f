"""Figures from unseen articles: currencies of Asian economies (the rupiah, baht, dong, tenge, kyat) and the
Arabic part of a whole written «N من M noun» without أصل («11 من 14 محللاً»), as English "11 of 14 analysts" is."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _figures(text: str, language: str) -> list[tuple[float, str | None, float | None]]:
    claims = analyze("headline words here\n\n" + text, language, date(2025, 9, 21)).claims
    return [(q.value, q.unit, q.total) for c in claims for q in c.quantities]


@pytest.mark.parametrize("text,language,expected", [
    ("The price of gasoline rose to 10,000 rupiah a litre from 7,650 rupiah.", "en", (7650.0, "IDR/litre", None)),
    ("The subsidy budget tripled to 502 trillion rupiah this year.", "en", (502e12, "IDR", None)),
    ("Thailand's cabinet approved a 500 billion baht stimulus package.", "en", (500e9, "THB", None)),
    ("Vietnam's central bank set the reference rate at 24,000 dong per dollar.", "en", (24000.0, "VND/USD", None)),
    ("Kazakhstan will spend 1.2 trillion tenge on roads.", "en", (1.2e12, "KZT", None)),
    ("Myanmar's junta fixed the rate at 2,100 kyat to the dollar.", "en", (2100.0, "MMK/USD", None)),
    ("وارتفع سعر البنزين إلى 10 آلاف روبية إندونيسية للتر.", "ar", (10000.0, "IDR/litre", None)),
    ("وقالت الحكومة الإندونيسية إن الدعم بلغ 502 تريليون روبية.", "ar", (502e12, "IDR", None)),
])
def test_currencies_of_asian_economies(text, language, expected):
    assert expected in _figures(text, language)


def test_a_bare_rupee_stays_indian():
    assert (50.0, "INR", None) in _figures("The stock fell 50 rupees to close at 1,200 rupees in Mumbai.", "en")


@pytest.mark.parametrize("text,expected", [
    ("وكان 11 من 14 محللاً استطلعت رويترز آراءهم قد توقعوا تثبيت الأسعار.", (11.0, "person", 14.0)),
    ("واستقال 3 من 9 أعضاء في مجلس الإدارة.", (3.0, "person", 9.0)),
    ("وفاز 5 من 7 مرشحين للحزب بمقاعدهم.", (5.0, "person", 7.0)),
    ("وأغلقت 40 من 120 مدرسة في المحافظة أبوابها.", (40.0, "school", 120.0)),
])
def test_arabic_part_of_a_whole_without_asl(text, expected):
    assert expected in _figures(text, "ar")


@pytest.mark.parametrize("text,unexpected_total", [
    ("وقتل 11 من عناصر الأمن في الهجوم.", None),  # «من» before a noun, no second number: no whole
    ("وارتفع المؤشر 3 نقاط من 9 آلاف نقطة إلى 9003.", 9000.0),  # «من» of a change's start
])
def test_min_without_a_whole_is_no_part_of_total(text, unexpected_total):
    figures = _figures(text, "ar")
    assert all(t is None for _, _, t in figures), figures
