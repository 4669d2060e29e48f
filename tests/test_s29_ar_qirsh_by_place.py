"""A piastre (قرش) is a hundredth of the pound or dinar of the one country among its currencies the article names: in
a Jordanian article «34 قرشا» is 0.34 JOD, in a Syrian one SYP; with none or several named, the Egyptian pound stays
the default, and a currency named in the clause still decides («50 قرشا إلى 30 جنيها»)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _units(text: str):
    return [(q.value, q.unit) for c in analyze(text, "ar", date(2025, 9, 21)).claims for q in c.quantities]


@pytest.mark.parametrize(("place", "code"), [("الأردن", "JOD"), ("مصر", "EGP"), ("لبنان", "LBP")])
def test_the_article_country_decides(place, code):
    got = _units(f"{place} يرفع سعر الخبز\n\nقررت الحكومة رفع سعر ربطة الخبز إلى 34 قرشا اعتبارا من الشهر المقبل.")
    assert (0.34, code) in got, got


def test_no_country_keeps_the_default():
    got = _units("سعر الخبز يرتفع\n\nقررت الحكومة رفع سعر ربطة الخبز إلى 34 قرشا اعتبارا من الشهر المقبل.")
    assert (0.34, "EGP") in got, got


def test_the_clause_currency_decides_first():
    got = _units("الأردن يرفع الأسعار\n\nوتراجع سعر كيلو الطماطم 50 قرشا إلى 12 جنيها في الأسواق.")
    assert (0.5, "EGP/kg") in got, got
