"""Round 12: exchange rates (currency per currency), hyphenated modifiers before a counted noun, profit-taking."""
from __future__ import annotations

import pytest

from factcheck.pipeline import analyze


def _quantities(text: str, language: str) -> list[tuple[float, str | None]]:
    out = []
    for claim in analyze(text, language=language).claims:
        assert text[claim.start:claim.end] == claim.text
        out += [(q.value, q.unit) for q in claim.quantities]
    return out


def _events(text: str, language: str) -> list[str | None]:
    return [c.event for c in analyze(text, language=language).claims]


@pytest.mark.parametrize("text, language, expected", [
    # exchange rates: "<numerator currency>/<denominator currency>"
    ("The Pakistani rupee closed at 281.4 per dollar.", "en", [(281.4, "PKR/USD")]),
    ("The Egyptian pound traded at 48.5 to the dollar.", "en", [(48.5, "EGP/USD")]),
    ("The pound traded at 48.5 pounds to the dollar.", "en", [(48.5, "GBP/USD")]),
    ("The rupee closed at 281.4 rupees per dollar.", "en", [(281.4, "INR/USD")]),
    ("سعر الصرف بلغ 48.5 جنيه للدولار.", "ar", [(48.5, "EGP/USD")]),
    ("تراجع الجنيه إلى 48.5 جنيه مقابل الدولار.", "ar", [(48.5, "EGP/USD")]),
    # must not change: a price per thing keeps its currency, a percentage against a currency stays a percentage
    ("Oil cost $80 per barrel.", "en", [(80.0, "USD/barrel")]),
    ("Petrol costs 5 dirhams per litre.", "en", [(5.0, "AED/litre")]),
    ("The rupee fell 2% against the dollar.", "en", [(2.0, "percent")]),
    ("The company paid $5 million to the bank.", "en", [(5e6, "USD")]),
    ("بلغ سعر اللتر 10 جنيهات.", "ar", [(10.0, "EGP/litre")]),
    ("Beef sold at $3 per pound.", "en", [(3.0, "USD")]),
    ("The dividend is $5 a share.", "en", [(5.0, "USD/share")]),
    ("Sterling bought $1.27 against the dollar.", "en", [(1.27, "USD")]),
])
def test_exchange_rates(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("The airline ordered 40 narrow-body jets.", "en", [(40.0, "aircraft")]),
    ("The airline ordered 40 wide-body aircraft.", "en", [(40.0, "aircraft")]),
    ("The airline ordered 40 new wide-body jets.", "en", [(40.0, "aircraft")]),
    ("طلبت الشركة 40 طائرة ضيقة البدن.", "ar", [(40.0, "aircraft")]),
    # must not change
    ("The airline ordered 40 new jets.", "en", [(40.0, "aircraft")]),
    ("The company cut 300 jobs.", "en", [(300.0, "job")]),
])
def test_hyphenated_modifier_before_counted_noun(text, language, expected):
    assert _quantities(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("ضغطت عمليات جني الأرباح على الأسهم القيادية.", "ar", ["price_change"]),
    ("شهدت البورصة جني أرباح في ختام التداولات.", "ar", ["price_change"]),
    ("The index came under profit-taking pressure.", "en", ["price_change"]),
    ("Investors engaged in profit taking on Monday.", "en", ["price_change"]),
    # must not change: a company's profit is its earnings
    ("The company reported profit of $5 million.", "en", ["earnings"]),
    ("حققت الشركة أرباحا بلغت 5 ملايين دولار.", "ar", ["earnings"]),
])
def test_profit_taking_is_a_price_move(text, language, expected):
    assert _events(text, language) == expected
