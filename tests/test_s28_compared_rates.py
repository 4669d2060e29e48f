"""A figure compared with a rate before it ('$2.07 a kilogram last week, from $2.43 a year earlier', «2.55 مليون برميل
يومياً … مقارنة مع 2.41 مليون برميل») is the same rate: it takes the rate's unit, so both sides of the comparison (and
other reports of either figure) are told in one unit. A figure in another unit, or with a rate of its own, keeps its
own."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _units(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, 0, len(text), language)]


@pytest.mark.parametrize("language, text, want", [
    ("en", "The average auction price slipped to $2.07 a kilogram last week from $2.43 a year earlier.",
     [(2.07, "USD/kg"), (2.43, "USD/kg")]),
    ("en", "Output rose to 1.2 million barrels per day in May, compared with 1.1 million barrels in April.",
     [(1.2e6, "barrel/day"), (1.1e6, "barrel/day")]),
    ("ar", "ارتفع الإنتاج إلى نحو 2.55 مليون برميل يومياً خلال أكتوبر، مقارنة مع 2.41 مليون برميل في سبتمبر.",
     [(2.55e6, "barrel/day"), (2.41e6, "barrel/day")]),
    ("ar", "وبلغ سعر الطن 257 دولاراً للطن مقابل 240 دولاراً في المناقصة السابقة.",
     [(257.0, "USD/tonne"), (240.0, "USD/tonne")]),
])
def test_a_compared_figure_takes_the_rate(language, text, want):
    assert _units(text, language) == want


@pytest.mark.parametrize("language, text, want", [
    # a rate of its own, another unit, no comparison: each keeps its unit
    ("en", "Exports rose to 1.2 million barrels per day in May, from 30 million barrels a month in 2020.",
     [(1.2e6, "barrel/day"), (30e6, "barrel/month")]),
    ("en", "Wheat sold at $250 a tonne, and the agency bought $40 million of it.",
     [(250.0, "USD/tonne"), (40e6, "USD")]),
])
def test_other_figures_keep_their_units(language, text, want):
    assert _units(text, language) == want


@pytest.mark.parametrize("language, text, want", [
    ("ar", "وقال التجار إن الأسعار تراوحت بين 254 و257 دولاراً للطن شاملة تكاليف الشحن.",
     [(254.0, "USD/tonne"), (257.0, "USD/tonne")]),
    ("en", "Traders said the agency paid $254 a tonne including freight.", [(254.0, "USD/tonne")]),
    ("en", "The cargo was offered at $71.50 a barrel fob.", [(71.5, "USD/barrel")]),
    # a point in time after the noun is still no rate
    ("en", "Revenue was $5 billion, against $4 billion a year earlier.", [(5e9, "USD"), (4e9, "USD")]),
])
def test_the_terms_of_a_price_keep_its_rate(language, text, want):
    assert _units(text, language) == want


@pytest.mark.parametrize("text, want", [
    ("وتراجع سعر الكيلوغرام في سوريا إلى ٦٠ ألف ليرة في تشرين الأول، بعد أن بلغ ٩٠ ألفاً في أيار.",
     [(60000.0, "SYP/kg"), (90000.0, "SYP/kg")]),
    ("وانخفض التضخم إلى 12% في أكتوبر بعدما كان 15 في سبتمبر.", [(12.0, "percent"), (15.0, "percent")]),
])
def test_the_level_before_a_change_counts_alike(text, want):
    assert _units(text, "ar") == want
