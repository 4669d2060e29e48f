"""An instrument one acts in conformity with (a schedule, a decision, a law) is no source after وفق/بحسب («وُقّع
الاتفاق وفق اتفاق سابق»), but one a body issued or published and that states the figure is that body's document:
«ارتفع سعر المازوت 1200 ليرة، وفق جدول الأسعار الذي أصدرته وزارة الطاقة والمياه», set off by a comma, is the
ministry's figure (official), and the frame is no part of the claim. Bound to its verb without a comma («ستجرى
الانتخابات وفقاً للجدول الذي أعلنته الهيئة») the instrument stays what is done (tests/test_round21_attr_ar_defects.py)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim, source", [
    ("ارتفع سعر صفيحة المازوت 1200 ليرة، وفق جدول الأسعار الذي أصدرته وزارة الطاقة والمياه.",
     "ارتفع سعر صفيحة المازوت 1200 ليرة", "وزارة الطاقة والمياه"),
    ("ارتفع سعر صفيحة البنزين 1500 ليرة، بحسب الجدول الذي نشرته وزارة الطاقة.",
     "ارتفع سعر صفيحة البنزين 1500 ليرة", "وزارة الطاقة"),
    ("ارتفع سعر الخبز إلى 5 جنيهات، وفقا للقرار الصادر عن وزارة التموين.", "ارتفع سعر الخبز إلى 5 جنيهات", "وزارة التموين"),
])
def test_an_instrument_a_body_issued_is_its_document(text, claim, source):
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [claim]
    a = claims[0].attribution
    assert a.type == "official" and a.source is not None and source in a.source.text


def test_an_instrument_acted_on_stays_no_source():
    text = "وقعت الحكومة الاتفاق مع الصندوق في مارس وفق اتفاق سابق أبرم عام 2023."
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert all(c.attribution.type == "unattributed" for c in claims)
