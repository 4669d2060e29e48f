"""Round 26, English articles from local government, weather and courts: every field users read of each claim
(text, attribution type and source, quantities, dates resolved against a dated dateline) checked at once."""
from __future__ import annotations

from datetime import date

import pytest

from tests.span_checks import article_claims, typed_source

PUB = date(2026, 3, 6)

COUNCIL = (
    "Council Backs Tax Rise\n\n"
    "BRIGHTWATER, March 4, 2026 -- The city council voted 7-2 on Monday night to raise property taxes by 3.5% "
    "from July 1.\n\n"
    "Residents will pay an extra £120 a year on average, a council spokeswoman said.\n\n"
    "The head of the council's finance committee quit on Tuesday, saying the vote had been rushed.\n\n"
    "Heavy rain closed 14 schools in the district today, the education office said.\n\n"
    "The court found on Friday that the 2024 parking levy was unlawful.\n"
)


@pytest.mark.parametrize("needle, row", [
    ("voted", ("The city council voted 7-2 on Monday night to raise property taxes by 3.5% from July 1",
               ("unattributed", None), None, [("3.5%", 3.5, "percent", "exact")], ["2026-03-02", "2026-07-01"])),
    ("£120", ("Residents will pay an extra £120 a year on average", ("official", "a council spokeswoman"), None,
              [("£120", 120.0, "GBP/year", "exact")], [])),
    ("quit", ("The head of the council's finance committee quit on Tuesday", ("unattributed", None), None, [],
              ["2026-03-03"])),
    ("rushed", ("the vote had been rushed", ("official", "The head of the council's finance committee"), None, [], [])),
    ("schools", ("Heavy rain closed 14 schools in the district today", ("official", "the education office"), None,
                 [("14 schools", 14.0, "school", "exact")], ["2026-03-04"])),
    ("levy", ("the 2024 parking levy was unlawful", ("official", "The court"), None, [], ["2024"])),  # round 33
])
def test_council_article(needle, row):
    claims = article_claims(COUNCIL, "en", PUB, 5, 8, ["BRIGHTWATER"])
    c = next(c for text, c in claims.items() if needle in text)
    got = (c.text, typed_source(c), c.subject.text if c.subject else None,
           [(q.text, q.value, q.unit, q.qualifier) for q in c.quantities], [d.value for d in c.dates])
    assert got == row


HEALTH = (
    "Flu Admissions Double as Cold Snap Bites\n\n"
    "Hospital admissions for flu doubled in the week to Sunday, according to NHS England.\n\n"
    "Heavy snow closed 200 schools across the north on Monday, local media reported.\n\n"
    "The chief executive of the regional ambulance trust quit on Tuesday, saying crews had waited up to nine hours "
    "outside hospitals.\n\n"
    "The health minister told parliament last week that 5,000 extra beds would open by April.\n"
)


@pytest.mark.parametrize("needle, row", [
    ("admissions for", ("Hospital admissions for flu doubled in the week to Sunday", ("official", "NHS England"),
                        "organisation", None, [("doubled", 2.0, "times", "exact")], ["2026-03-01"])),
    ("snow", ("Heavy snow closed 200 schools across the north on Monday", ("named", "local media"), "media", None,
              [("200 schools", 200.0, "school", "exact")], ["2026-03-02"])),
    ("quit", ("The chief executive of the regional ambulance trust quit on Tuesday", ("unattributed", None), None,
              None, [], ["2026-03-03"])),
    ("crews", ("crews had waited up to nine hours outside hospitals",
               ("official", "The chief executive of the regional ambulance trust"), "company", None,
               [("up to nine hours", 9.0, "hour", "at_most")], [])),
    ("beds", ("5,000 extra beds would open by April", ("official", "The health minister"), "government", None,
              [("5,000 extra beds", 5000.0, "bed", "exact")], ["2026-04"])),
])
def test_health_article(needle, row):
    claims = article_claims(HEALTH, "en", PUB, 5, 6, [])
    c = next(c for text, c in claims.items() if needle in text)
    got = (c.text, typed_source(c), c.attribution.source_kind, c.subject.text if c.subject else None,
           [(q.text, q.value, q.unit, q.qualifier) for q in c.quantities], [d.value for d in c.dates])
    assert got == row
