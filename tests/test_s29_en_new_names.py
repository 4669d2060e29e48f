"""'New' opening a place's name inside a sentence ('in New York', 'New Delhi', 'New South Wales') is part of the name:
the name is 'New York', never 'York'. A sentence's or headline's first word 'New' is no name ('New rules take effect')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.events import ranked_entities
from factcheck.extract.tokens import tokenize
from factcheck.pipeline import analyze


def _names(text: str):
    toks = tokenize(text, 0, len(text))
    return [text[s:e] for _, s, e in ranked_entities(text, toks, "en")]


@pytest.mark.parametrize(("text", "name"), [
    ("Cocoa futures in New York fell 2% to $6,140 a tonne.", "New York"),
    ("Shares in New Delhi fell 2% on Tuesday.", "New Delhi"),
    ("Floods in New South Wales forced 3,000 people from their homes.", "New South Wales"),
])
def test_new_opens_the_name(text, name):
    assert name in _names(text), _names(text)
    claims = analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims
    assert all(c.subject is None or c.subject.text != name.split(" ", 1)[1] for c in claims), claims


def test_a_first_word_new_is_no_name():
    assert not any(n.startswith("New") for n in _names("New rules on Apple take effect on Monday.")), _names(
        "New rules on Apple take effect on Monday.")
