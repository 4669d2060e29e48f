"""An inclusion after a trailing frame ('At least three people have died of heatstroke since Saturday, the health
ministry said, including a 52-year-old street cleaner in Barcelona.') goes on with what the source reported; it left
a claim holding the frame itself ('the health ministry said, including …'), unattributed."""
from __future__ import annotations

from datetime import date

from factcheck.pipeline import analyze


def test_an_inclusion_after_a_trailing_frame_is_the_sources():
    text = ("At least three people have died of heatstroke since Saturday, the health ministry said, including a "
            "52-year-old street cleaner in Barcelona.")
    claims = analyze(text, "en", date(2025, 7, 2)).claims
    assert not any("ministry said" in c.text for c in claims), [c.text for c in claims]
    assert claims[0].text == "At least three people have died of heatstroke since Saturday"
    assert all(c.attribution.source and c.attribution.source.text == "the health ministry" for c in claims)
