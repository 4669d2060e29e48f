"""Basis points measure a rate's move, like percent and percentage points; they count no things. A bare number
coordinated after one ('with eight backing the 25-basis-point move and four favouring a bigger one') does not take the
unit: 'four' was read as 4 basis points. A bare number after a figure that counts things still takes that figure's
unit ('cut 300 jobs in Paris and four in London', 'A 12-member panel met and five voted against')."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _q(text: str, lang: str = "en"):
    return [(q.text, q.value, q.unit) for q in find_quantities(text, 0, len(text), lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("Eight members backed the 25-basis-point move and four favoured a bigger one.", "en",
     [("Eight members", 8.0, "person"), ("25-basis-point", 25.0, "basis_point"), ("four", 4.0, None)]),
    ("The bank raised its rate by 50 basis points and three members dissented.", "en",
     [("50 basis points", 50.0, "basis_point"), ("three members", 3.0, "person")]),
    ("The bank cut rates by 50 basis points and two dissented.", "en",
     [("50 basis points", 50.0, "basis_point"), ("two", 2.0, None)]),
])
def test_basis_points_lend_no_unit(text, lang, want):
    assert _q(text, lang) == want


@pytest.mark.parametrize("text, want", [
    ("The bank cut 300 jobs in Paris and four in London.", [("300 jobs", 300.0, "job"), ("four", 4.0, "job")]),
    ("It sold 12 planes to Qatar and four to Oman.", [("12 planes", 12.0, "aircraft"), ("four", 4.0, "aircraft")]),
    ("The team scored 7 goals and conceded 21.", [("7 goals", 7.0, "goal"), ("21", 21.0, "goal")]),
    ("A 12-member panel met and five voted against.", [("12-member", 12.0, "person"), ("five", 5.0, "person")]),
])
def test_a_figure_that_counts_things_still_lends_its_unit(text, want):
    assert _q(text) == want
