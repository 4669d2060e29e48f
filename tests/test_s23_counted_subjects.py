"""A bare total after a verb of reaching counts the plural noun its clause opens with, whatever that noun
counts, not people only: "Measles cases rose to 127,350" is 127,350 cases, "Visitors reached 300,000"
stays people; prices and shares (a price) give none. The noun may carry one modifier
before it ("Measles cases", "Oil shipments"); a span of time or a figure in the clause gives no unit."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows


@pytest.mark.parametrize("text,want", [
    ("Measles cases rose to 127,350 last year.", [("127,350", 127350.0, "case")]),
    ("Measles cases in Europe rose to 127,350.", [("127,350", 127350.0, "case")]),
    ("Infections climbed to 4,200 on Friday.", [("4,200", 4200.0, "case")]),
    ("Asylum applications rose to 84,000 last year.", [("84,000", 84000.0, "application")]),
    ("Visitors from the Gulf reached 300,000.", [("300,000", 300000.0, "person")]),
], ids=["cases", "cases-in", "infections", "applications", "visitors"])
def test_the_subject_noun_is_the_unit(text, want):
    assert quantity_rows(text, "en", ("text", "value", "unit")) == want


@pytest.mark.parametrize("text", [
    "Prices rose to 300 in March.",  # prices count nothing
    "Shares rose to 300 on Monday.",  # a share price
    "Years of drought reduced the herd to 300.",  # no verb of reaching right before the figure
], ids=["prices", "shares", "years"])
def test_no_unit_from_other_subjects(text):
    assert all(u is None for _, _, u in quantity_rows(text, "en", ("text", "value", "unit"))), quantity_rows(text, "en", ("text", "value", "unit"))
