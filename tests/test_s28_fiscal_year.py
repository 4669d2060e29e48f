"""A fiscal year is a period: a company's result for one ('booked an operating loss of 1.1 billion euros in the fiscal
year to September', «خسارة تشغيلية … في السنة المالية») is earnings, no government budget; with a government word it is
still a budget claim, and so is a deficit in a fiscal year («عجزاً … في العام المالي»)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("language, text, event", [
    ("en", "The unit booked an operating loss of 1.1 billion euros in the fiscal year to September.", "earnings"),
    ("ar", "وسجلت الشركة خسارة تشغيلية بلغت 1.1 مليار يورو في السنة المالية المنتهية في سبتمبر.", "earnings"),
    ("en", "The government expects a deficit of 4.5% of GDP in the fiscal year starting April.", "budget"),
    ("ar", "وتتوقع الحكومة عجزا بنسبة 4.5% من الناتج المحلي في العام المالي المقبل.", "budget"),
    ("en", "India's budget for the fiscal year raises defence spending by 9%.", "budget"),
    # a deficit in a fiscal year is a budget claim whoever states it
    ("ar", "وتتوقع الرياض عجزاً يبلغ 101 مليار ريال في العام المالي الحالي.", "budget"),
    ("en", "Pakistan expects a deficit of 5.9% of GDP in the current fiscal year.", "budget"),
])
def test_a_fiscal_year_is_a_period(language, text, event):
    claims = analyze(text, language, date(2026, 11, 12)).claims
    assert [c.event for c in claims] == [event], [(c.text, c.event) for c in claims]
