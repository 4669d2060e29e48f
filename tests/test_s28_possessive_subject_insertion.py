"""A subject with a possessive before a relative insertion ('the government's backing for a third runway, which could
cost 49 billion pounds, was …') keeps its predicate: a subject of up to seven words joins the insertion and the predicate."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim", [
    ("He said the government's backing for a third runway, which could cost 49 billion pounds, was a good idea.",
     "the government's backing for a third runway, which could cost 49 billion pounds, was a good idea"),
    ("The city's plan for a tram line, which was drafted in 2019, will cost $2 billion.",
     "The city's plan for a tram line, which was drafted in 2019, will cost $2 billion"),
])
def test_a_possessive_subject_keeps_its_predicate(text, claim):
    claims = analyze(text, "en", date(2026, 1, 13)).claims
    assert [c.text for c in claims] == [claim], [c.text for c in claims]
