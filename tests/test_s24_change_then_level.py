"""A change then a level: "rose by 14 to 212", «ارتفعت حصيلة القتلى بمقدار 14 إلى 212». The number after "by" /
بمقدار is the size of a change, the one after "to" / إلى the level reached, so the two are no range (no at_least /
at_most), and a bare level takes the unit of the change ("Exports rose by 300 tonnes to 4,500" → 4,500 tonnes). Two
close figures after "by" stay a range ("rise by 5 to 7 percent")."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

FIELDS = ("text", "value", "unit", "qualifier")


@pytest.mark.parametrize("text,language,want", [
    ("The death toll rose by 14 to 212.", "en", [("14", 14.0, "person", "exact"), ("212", 212.0, "person", "exact")]),
    ("Exports rose by 300 tonnes to 4,500.", "en",
     [("300 tonnes", 300.0, "tonne", "exact"), ("4,500", 4500.0, "tonne", "exact")]),
    ("ارتفعت حصيلة القتلى بمقدار 14 إلى 212.", "ar",
     [("14", 14.0, "person", "exact"), ("212", 212.0, "person", "exact")]),
    ("Prices are expected to rise by 5 to 7 percent.", "en",
     [("5", 5.0, "percent", "at_least"), ("7 percent", 7.0, "percent", "at_most")]),
], ids=["toll", "exports", "ar-toll", "close-range"])
def test_a_change_then_a_level(text, language, want):
    assert quantity_rows(text, language, FIELDS) == want
