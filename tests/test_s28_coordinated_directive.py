"""A verb of telling coordinated with a report and followed by who was told and 'to' + a verb ('and warned passengers
to check before they travel', 'and urged residents to stay indoors') gives an order: no reported clause, no claim;
the report before it keeps its speaker."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, kept", [
    ('A spokesperson for the Rail Delivery Group said services would be "severely disrupted" and warned passengers '
     'to check before they travel.', 'services would be "severely disrupted"'),
    ("The ministry said 40 roads were flooded and told residents to stay indoors until Friday.",
     "40 roads were flooded"),
    # in the writer's own voice too: the order closes the claim
    ("Police closed 40 roads on Monday and urged residents to stay indoors.", "Police closed 40 roads on Monday"),
])
def test_a_coordinated_order_is_no_claim(text, kept):
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    assert [c.text for c in claims] == [kept], [c.text for c in claims]


def test_an_order_with_a_figure_stays():
    text = ("The judge fined the company £480m and ordered it to pay a further £720m into a river restoration fund "
            "over five years.")
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    assert [c.text for c in claims] == [text[:-1]], [c.text for c in claims]


def test_a_coordinated_report_to_someone_stays():
    claims = analyze("The bank held rates and told reporters that inflation would ease by March.", "en",
                     date(2025, 9, 12)).claims
    assert "inflation would ease by March" in [c.text for c in claims]
