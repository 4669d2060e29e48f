"""A relative clause ends the incident's phrase after a toll («حصيلة ضحايا الفيضانات التي اجتاحت مدينة آسفي», 'the
death toll from the floods that hit the city'): the subject was «الفيضانات التي اجتاحت», half a relative clause; it is
now the incident, «الفيضانات»."""
from __future__ import annotations

import pytest

from factcheck.extract.event_tolls import toll_subject
from factcheck.extract.tokens import tokenize


@pytest.mark.parametrize("text, lang, want", [
    ("ارتفعت حصيلة ضحايا الفيضانات التي اجتاحت مدينة آسفي إلى 37 قتيلا", "ar", "الفيضانات"),
    ("ارتفع عدد قتلى الزلزال الذي ضرب المنطقة إلى 120", "ar", "الزلزال"),
    ("ارتفعت حصيلة ضحايا الفيضانات في آسفي إلى 37 قتيلا", "ar", "الفيضانات في آسفي"),
])
def test_a_relative_clause_ends_the_incident(text, lang, want):
    span = toll_subject(text, tokenize(text, 0, len(text)), lang)
    assert span is not None and text[span[0]:span[1]] == want


@pytest.mark.parametrize("text, want", [
    ("The death toll from the floods that hit the city rose to 40.", "the floods"),
])
def test_an_english_relative_ends_the_incident(text, want):
    span = toll_subject(text, tokenize(text, 0, len(text)), "en")
    assert span is not None and text[span[0]:span[1]] == want
