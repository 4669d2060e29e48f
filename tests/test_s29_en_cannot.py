"""'cannot' is one word of negation, as "can't" and 'can not' are: "The price they give us cannot buy fertiliser" is
negated."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _negated(text: str):
    return [(c.text, c.negated) for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims]


@pytest.mark.parametrize("verb", ["cannot", "can't", "can not"])
def test_cannot_negates(verb):
    got = _negated(f"Farmers said the new price of 58,000 cedis {verb} cover the cost of fertiliser.")
    assert got and got[0][1] is True, got


def test_can_alone_does_not():
    got = _negated("Farmers said the new price of 58,000 cedis can cover the cost of fertiliser.")
    assert got and got[0][1] is False, got
