"""A place where the source spoke, after the channel of a trailing frame ('Turnout was 87%, commission chairman Jacobs
Mwambegele told a news conference in Dodoma, up from 50.7% in 2020.'), closes the reporting clause: the claim goes on
after it ('up from 50.7% in 2020' is part of the turnout figure, the chairman's). It split the sentence into an
unattributed 'Turnout was 87%' and a claim 'in Dodoma, up from 50.7% in 2020' about Dodoma."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, source", [
    ("Turnout was 87%, commission chairman Jacobs Mwambegele told a news conference in Dodoma, up from 50.7% in 2020.",
     "commission chairman Jacobs Mwambegele"),
    ("Exports rose 12% to $4.1 billion, the minister told reporters in Nairobi on Monday, up from $3.6 billion a year "
     "earlier.", "the minister"),
])
def test_a_place_after_the_channel_closes_the_frame(text, source):
    claims = analyze(text, "en", date(2025, 11, 3)).claims
    assert not any(c.text.startswith("in ") for c in claims), [c.text for c in claims]
    assert all(c.attribution.source and c.attribution.source.text == source for c in claims), [
        (c.text, c.attribution.source) for c in claims]
