"""A subject of a club or company, a lower-case title and a name ('Arsenal manager Mikel Arteta called the player "a top
professional" and said he would fit in') speaks the coordinated report: the source is that subject, not a speaker of
an earlier paragraph."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("subject", "rest"), [
    ("Arsenal manager Mikel Arteta", 'called the player "a top professional" and said he would fit "perfectly" into the team.'),
    ("Shell chief executive Wael Sawan", "praised the 300 staff and said costs would fall by $2 billion."),
])
def test_the_titled_subject_speaks(subject, rest):
    text = (f'Headline words here\n\n"It was not an easy decision," Zubimendi said in a video.\n\n{subject} {rest}')
    got = [(c.text, c.attribution.source.text if c.attribution.source else None)
           for c in analyze(text, "en", date(2025, 7, 6)).claims]
    assert got[-1][1] == subject, got
