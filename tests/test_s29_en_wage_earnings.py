"""Wages are no company results: 'Average hourly earnings rose 0.4%', 'average weekly earnings', 'real earnings' name no
earnings event; a company's earnings keep theirs."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _events(text: str):
    return [c.event for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 2)).claims]


@pytest.mark.parametrize("text", [
    "Average hourly earnings rose 0.4% after gaining 0.2% in July.",
    "Average weekly earnings grew 5.2% in the three months to June.",
    "Real earnings fell 1.1% last year.",
])
def test_wages_are_no_earnings(text):
    assert _events(text) == [None], _events(text)


def test_company_earnings_stay():
    assert _events("The company's earnings rose 12% to $3 billion in the second quarter.") == ["earnings"]
