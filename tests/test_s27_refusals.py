"""A refusal coordinated with what a source reported ('said 12 officers had been injured and declined to give a figure
for civilian deaths', 'said revenue rose 8% but declined to give a forecast') is the speaker's act, no part of the
claim: the claim ends before 'and'/'but'. A refusal with a clause after it keeps that clause."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim", [
    ("Police spokesman David Misime said on Sunday that 12 officers had been injured and declined to give a figure for "
     "civilian deaths.", "12 officers had been injured"),
    ("The company said revenue rose 8% but declined to give a forecast for 2026.", "revenue rose 8%"),
    ("The ministry said 40 people had been arrested and refused to say how many were still held.",
     "40 people had been arrested"),
])
def test_a_coordinated_refusal_is_no_part_of_the_claim(text, claim):
    claims = analyze(text, "en", date(2025, 11, 3)).claims
    assert [c.text for c in claims] == [claim]


def test_a_declining_figure_is_no_refusal():
    claims = analyze("Sales rose 4% and declined to 1.2 million units in March.", "en", date(2025, 11, 3)).claims
    assert [c.text for c in claims] == ["Sales rose 4% and declined to 1.2 million units in March"]
