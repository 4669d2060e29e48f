"""An announcing verb after a modal ('the government would announce a new plan', 'Acme will unveil a phone') reports
nothing yet: no frame starts there, so a sentence that reports it keeps its own speaker for every claim, the clause cut
off by a relative included ('X told reporters that the government would announce a plan to curb fires, which burned
11 million hectares')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _sources(text: str) -> list[tuple[str, str | None]]:
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    assert claims, text
    return [(c.text, c.attribution.source.text if c.attribution.source else None) for c in claims]


@pytest.mark.parametrize("text, source", [
    ("Environment Minister Marina Silva told reporters in Brasília that the government would announce a new plan in "
     "December to curb fires, which burned a record 11 million hectares last year.", "Environment Minister Marina Silva"),
    ("The finance minister said on Monday that the cabinet will unveil a 40 billion rand stimulus package next month, "
     "which economists had called for since March.", "The finance minister"),
    ("A company spokesperson said the group could announce 300 job cuts in January, which would hit its Leeds plant.",
     "A company spokesperson"),
])
def test_a_modal_announcement_keeps_the_speaker(text, source):
    got = _sources(text)
    assert all(s == source for _, s in got), got


def test_an_announcement_made_is_still_the_subjects_act():
    got = _sources("The government announced a new plan to curb fires on Tuesday.")
    assert got == [("The government announced a new plan to curb fires on Tuesday", "The government")]
