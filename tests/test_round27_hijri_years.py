"""Round 27: a year written after a Hijri month (15 شعبان 1446، 12 ربيع الأول 1447) is part of a date the
pipeline leaves out (Hijri dates are never converted), never an amount; a count elsewhere in the
sentence still is, and a year-sized count after no month stays a count."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _quantities(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for c in analyze(text, "ar", date(2025, 10, 1)).claims for q in c.quantities]


@pytest.mark.parametrize("text,expected", [
    ("وقعت الحادثة في 15 شعبان 1446 وأسفرت عن مقتل 3 أشخاص.", [("3 أشخاص", 3.0, "person")]),
    ("وفي 12 ربيع الأول 1447 أعلنت الوزارة توزيع 500 سلة غذائية على الأسر.", [("500 سلة", 500.0, "سله")]),  # round 29: the noun
    ("وبدأ صيام شهر رمضان 1446 بمشاركة 1200 متطوع في توزيع الوجبات.", [("1200 متطوع", 1200.0, "person")]),
    # kept: a count of 1,446 after no month
    ("وشارك 1446 متطوعا في الحملة.", [("1446 متطوعا", 1446.0, "person")]),
])
def test_year_after_a_hijri_month_is_no_amount(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("In March 300 people died in the floods.", "en", [("300 people", 300.0, "person")]),
    ("وفي مارس 300 شخص فقدوا منازلهم.", "ar", [("300 شخص", 300.0, "person")]),
])
def test_a_count_after_a_gregorian_month_stays_a_count(text, lang, expected):
    assert [(q.text, q.value, q.unit) for c in analyze(text, lang, date(2025, 10, 1)).claims
            for q in c.quantities] == expected
