"""A rate of something other than a price ('The unemployment rate fell', 'the jobless rate rose', 'the participation
rate') names no price change: the word before the head noun names another measure. Interest, mortgage and exchange
rates, and prices, keep the event."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _events(text: str):
    return [c.event for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 2)).claims]


@pytest.mark.parametrize("text", [
    "The unemployment rate fell to 4.2% in August.",
    "The jobless rate rose to 5.1% in March.",
    "The participation rate slipped to 62.3% last month.",
])
def test_no_price_change(text):
    assert _events(text) == [None], _events(text)


@pytest.mark.parametrize("text", [
    "Mortgage rates fell to 6.2% last week.",
    "Fuel prices rose 5% in August.",
])
def test_prices_keep_it(text):
    assert _events(text) == ["price_change"], _events(text)
