"""A total after a verb of reaching still counts its clause's subject noun when a short adverbial of manner or
time stands between the verb and "to" ("more than doubled last year to 127,350", "rose sharply to 4,200", "fell in
2024 to 84,000"); a figure or a new clause in between, or no "to", leaves the number bare."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

FIELDS = ("text", "value", "unit")


@pytest.mark.parametrize("text,want", [
    ("Measles cases in Europe more than doubled last year to 127,350.",
     [("more than doubled", 2.0, "times"), ("127,350", 127350.0, "case")]),
    ("Infections rose sharply to 4,200 on Friday.", [("4,200", 4200.0, "case")]),
    ("Asylum applications fell in 2024 to 84,000.", [("84,000", 84000.0, "application")]),
    ("Visitors from the Gulf climbed in the first quarter to 300,000.", [("300,000", 300000.0, "person")]),
    ("Infections tripled over the summer to 9,600.", [("tripled", 3.0, "times"), ("9,600", 9600.0, "case")]),
], ids=["doubled-last-year", "sharply", "in-year", "first-quarter", "tripled-over"])
def test_the_subject_noun_is_the_unit_past_an_adverbial(text, want):
    assert quantity_rows(text, "en", FIELDS) == want


@pytest.mark.parametrize("text", [
    "Infections rose by 300 in March to 4,200.",  # a figure in between: the verb governs it, not the total
    "Infections rose, officials said, to 4,200.",  # a clause in between
    "Infections rose sharply last year, reaching nearly 4,200 beds.",  # the total has its own noun
], ids=["figure-between", "clause-between", "own-noun"])
def test_no_subject_unit_across_a_figure_or_clause(text):
    rows = quantity_rows(text, "en", FIELDS)
    assert not any(t in ("4,200",) and u == "case" for t, _, u in rows), rows
