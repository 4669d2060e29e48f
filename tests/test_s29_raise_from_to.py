"""A transitive verb or noun of change before 'from X to Y' (رفع/خفض الحكومة السعر من 32 قرشا إلى 34 قرشا، زيادة الرسوم
من … إلى …; 'raised the price from 32 cents to 34 cents', 'cut its forecast from 3% to 2.5%', 'revised') moves one
level to another: two exact figures, no range. A bare 'from X to Y' (تتراوح الأسعار من 10 إلى 12، 'range from') stays a
range."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _qualifiers(text: str, language: str):
    return [(q.value, q.qualifier) for c in analyze("Headline words here\n\n" + text, language, date(2025, 9, 21)).claims
            for q in c.quantities]


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("قررت الحكومة رفع سعر الكيلوغرام من الخبز من 32 قرشا إلى 34 قرشا.", "ar", 0.32, 0.34),
    ("رفعت الحكومة سعر البنزين من 10 جنيهات إلى 12 جنيها.", "ar", 10.0, 12.0),
    ("ورفعت الحكومة سعر البنزين من 10 جنيهات إلى 12 جنيها.", "ar", 10.0, 12.0),
    ("وارتفع سعر الخبز من 32 قرشا إلى 34 قرشا.", "ar", 0.32, 0.34),
    ("خفض البنك توقعاته للنمو من 4% إلى 3.5%.", "ar", 3.5, 4.0),
    ("The government raised the price of bread from 32 cents to 34 cents.", "en", 0.32, 0.34),
    ("The bank cut its growth forecast from 3% to 2.5% on Tuesday.", "en", 2.5, 3.0),
    ("The IMF revised its forecast from 2.1% to 2.6%.", "en", 2.1, 2.6),
])
def test_a_change_from_one_level_to_another(text, lang, low, high):
    got = _qualifiers(text, lang)
    assert sorted(got) == [(low, "exact"), (high, "exact")], got


@pytest.mark.parametrize(("text", "lang"), [
    ("تتراوح الأسعار من 10 جنيهات إلى 12 جنيها.", "ar"),
    ("Prices of bread range from 10 to 12 dollars.", "en"),
])
def test_a_bare_from_to_stays_a_range(text, lang):
    got = _qualifiers(text, lang)
    assert sorted(q for _, q in got) == ["at_least", "at_most"], got
