"""Amounts written as compound adjectives: a hyphen between a number and its scale word or currency
("a $5-billion bond sale", "a 40-million-euro deal", "a 500-pound fine", "a 9-shilling increase") joins
them as a space would; it is no range ("$5 to a billion"). Ranges of two numbers ("$2-3 billion",
"30-40%") and hyphenated units that are not amounts ("a 10-year bond") keep their readings."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

CASES = [
    ("The bank announced a $5-billion bond sale.", [("$5-billion", 5e9, "USD", "exact")]),
    ("Orbitel signed a 40-million-euro deal with Lumina.", [("40-million-euro", 4e7, "EUR", "exact")]),
    ("He was ordered to pay a 500-pound fine.", [("500-pound", 500.0, "GBP", "exact")]),
    ("Lumina won a 2.5-billion-dollar contract in March.", [("2.5-billion-dollar", 2.5e9, "USD", "exact")]),
    ("The fund raised a further $300-million last year.", [("$300-million", 3e8, "USD", "exact")]),
    # ranges and other hyphens keep their readings
    ("The deal is worth $2-3 billion.", [("$2", 2e9, "USD", "at_least"), ("3 billion", 3e9, "USD", "at_most")]),
    ("Prices rose 30-40% in a year.", [("30", 30.0, "percent", "at_least"), ("40%", 40.0, "percent", "at_most")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_hyphenated_amounts(text, want):
    got = quantity_rows(text, "en", ("text", "value", "unit", "qualifier"))
    assert len(got) == len(want), got
    for (gt, gv, gu, gq), (wt, wv, wu, wq) in zip(got, want, strict=True):
        assert (gv, gu, gq) == (wv, wu, wq), got
        assert gt == wt, got


def test_a_shilling_amount_has_a_currency_unit():
    (text, value, unit), = quantity_rows("Fuel prices rose after a 9-shilling increase in the levy.", "en",
                                         ("text", "value", "unit"))
    assert text == "9-shilling" and value == 9.0 and unit is not None and unit.isupper()
