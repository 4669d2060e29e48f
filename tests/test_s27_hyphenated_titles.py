"""A trailing frame whose title opens with 'co-' ('..., co-founder and CEO Priya Natarajan said in an interview.') is
a frame: 'co' there is the prefix of 'co-founder', not the company suffix 'Co' of "Marlow Freight, Co said". The
frame left its own unattributed claim and the content had no source."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("tail, source", [
    ("co-founder and CEO Priya Natarajan said in an interview", "co-founder and CEO Priya Natarajan"),
    ("co-founder Priya Natarajan said", "co-founder Priya Natarajan"),
    ("co-chair Anna Berg told reporters", "co-chair Anna Berg"),
])
def test_a_co_title_opens_a_trailing_frame(tail, source):
    text = f"The company currently employs 140 people and expects to triple its workforce within 18 months, {tail}."
    claims = analyze(text, "en", date(2025, 11, 19)).claims
    assert [c.text for c in claims] == [
        "The company currently employs 140 people and expects to triple its workforce within 18 months"]
    assert claims[0].attribution.source.text == source
