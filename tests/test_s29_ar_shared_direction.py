"""Two coordinated weekdays with one plural modifier (يومي الأحد والاثنين المقبلين / الماضيين) both take its direction;
a stipulated future («على أن يتم التسليم خلال شهري أكتوبر ونوفمبر») reads its months ahead, as a future verb does."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2025, 8, 14)  # a Thursday


def _dates(text: str):
    return [d.value for c in analyze("عنوان الخبر هنا\n\n" + text, "ar", PUB).claims for d in c.dates]


@pytest.mark.parametrize(("text", "want"), [
    ("وقررت الحكومة تعطيل الدوام الرسمي في 8 محافظات يومي الأحد والاثنين المقبلين.", ["2025-08-17", "2025-08-18"]),
    ("وعطلت الحكومة الدوام الرسمي في 8 محافظات يومي الأحد والاثنين الماضيين.", ["2025-08-10", "2025-08-11"]),
])
def test_the_plural_modifier_is_shared(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize("verb", ["يتم التسليم", "تبدأ الشحنات"])
def test_a_stipulated_future_reads_ahead(verb):
    got = _dates(f"وقالت المصادر إن السعر بلغ 247 دولارا للطن، على أن {verb} خلال شهري أكتوبر ونوفمبر.")
    assert got == ["2025-10", "2025-11"], got


def test_agreeing_that_is_no_future():
    got = _dates("وأكد الوزير على أن الأسعار ارتفعت 5% في يونيو.")
    assert got == ["2025-06"], got
