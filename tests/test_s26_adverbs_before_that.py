"""An adverb between a reporting verb and 'that' ('said privately that', 'said repeatedly that', 'insisted
publicly on Monday that') belongs to the reporting clause: the claim is the reported clause alone. An adverb
that opens a bare clause's own words ('said recently released data showed') is not skipped."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim, source", [
    ("A senior treasury official said privately that the ministry now expects a year-end rate closer to 30%.",
     "the ministry now expects a year-end rate closer to 30%", "A senior treasury official"),
    ("Officials said repeatedly that the plant would reopen in March.",
     "the plant would reopen in March", "Officials"),
    ("The governor insisted publicly on Monday that inflation would fall to 24% by December.",
     "inflation would fall to 24% by December", "The governor"),
    ("The company told investors privately that it would cut 500 jobs.",
     "it would cut 500 jobs", "The company"),
    ("Police said only that 12 people had been detained.",
     "12 people had been detained", "Police"),
])
def test_an_adverb_before_that_belongs_to_the_frame(text, claim, source):
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [claim]
    a = claims[0].attribution
    assert a.source is not None and a.source.text == source
    assert text[a.source.start:a.source.end] == source


def test_an_adverb_opening_the_clause_stays_in_it():
    text = "The minister said recently released data showed exports rose 4%."
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == ["recently released data showed exports rose 4%"]
