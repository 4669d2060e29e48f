"""A public body's name with "and" inside it ("Securities and Exchange Commission", "Food and Drug
Administration") is one name, the claim's subject whole: the capitalised words on both sides of a
lowercase "and" join when the words after it run on to a public body's head noun (``name_and_heads``).
Two names coordinated ("Kenya and Uganda", "Orbitel and Lumina Holdings") stay two."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

JOINED = [
    ("The Economic and Financial Crimes Commission arrested 12 suspects on Monday.", "Economic and Financial Crimes Commission"),
    ("The Securities and Exchange Commission fined Orbitel $40 million.", "Securities and Exchange Commission"),
    ("The Food and Drug Administration approved the drug in March.", "Food and Drug Administration"),
    ("Britain's Competition and Markets Authority fined Orbitel £40 million.", "Britain's Competition and Markets Authority"),
    ("The Ethics and Anti-Corruption Commission seized assets worth 1.2 billion shillings.", "Ethics and Anti-Corruption Commission"),
]
APART = [
    ("Kenya and Uganda signed a trade deal worth $200 million.", "Kenya and Uganda"),
    ("Orbitel and Lumina Holdings agreed to merge in a $3 billion deal.", "Orbitel and Lumina Holdings"),
    ("Orbitel and Lumina Authority signed a $3 million contract.", "Orbitel and Lumina Authority"),
]


def _subject(text: str) -> str | None:
    claims = analyze(text, "en", date(2025, 6, 10)).claims
    assert len(claims) == 1
    s = claims[0].subject
    if s is not None:
        assert text[s.start:s.end] == s.text
    return s.text if s else None


@pytest.mark.parametrize("text,name", JOINED, ids=[n for _, n in JOINED])
def test_a_body_named_with_and_is_one_subject(text, name):
    assert _subject(text) == name


@pytest.mark.parametrize("text,joined", APART, ids=[j for _, j in APART])
def test_two_names_coordinated_stay_two(text, joined):
    assert _subject(text) != joined
