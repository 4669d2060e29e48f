"""A month written with its other name («يوليو/تموز») is no imperfect verb: «في يوليو/تموز، بعد أن خفضها في أبريل» reads
April back by the past verb, as it does after a bare «يوليو»."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates


@pytest.mark.parametrize("july", ["يوليو/تموز", "يوليو", "تموز/يوليو"])
def test_april_reads_back(july):
    text = f"وكان البنك قد أبقى الفائدة في {july}، بعد أن خفضها في أبريل."
    got = [(d.text, d.value) for d in find_dates(text, 0, len(text), "ar", date(2025, 8, 17))]
    assert got == [(july, "2025-07"), ("أبريل", "2025-04")], got
