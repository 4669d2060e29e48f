"""Nouns spelt like an event's trigger: a sign (an indication: 'a sign the central bank is edging toward tightening',
'signs of a slowdown') is no agreement, and an exit (a door: "the building's main exit had been locked", 'fire exits')
is no departure. The verbs keep their events ('signed a deal', 'signs an accord', "the chief executive's exit")."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _events(text: str):
    return [(c.text, c.event) for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims]


@pytest.mark.parametrize("text", [
    "Two board members proposed a rise to 0.75%, a sign the central bank is edging toward tightening again.",
    "Factory orders fell 3% in August, the latest sign of a slowdown in the sector.",
    "Retail sales rose 2% in July, showing signs of a recovery after 4 months of decline.",
    "There was no sign that the 300 workers would return on Monday.",
])
def test_a_sign_is_no_agreement(text):
    got = _events(text)
    assert got and all(ev != "agreement" for _, ev in got), got


@pytest.mark.parametrize("text", [
    "Police said the building's main exit had been locked when 300 workers were inside.",
    "Inspectors found that 12 fire exits were blocked at the plant.",
    "The emergency exit on the third floor was chained shut, 4 survivors said.",
])
def test_a_door_is_no_departure(text):
    got = _events(text)
    assert got and all(ev != "departure" for _, ev in got), got


@pytest.mark.parametrize(("text", "event"), [
    ("The two companies signed a $2 billion supply agreement on Monday.", "agreement"),
    ("Ghana signs a 5-year cocoa accord with 3 buyers.", "agreement"),
    ("The chief executive's exit in March cost the company $4 million.", "departure"),
])
def test_the_events_stay(text, event):
    got = _events(text)
    assert [ev for _, ev in got] == [event], got
