"""', who said Z' / ', who added that Z' after an inverted trailing source and its title ('"Q," said Kwame Mensah, a
farmer in the Western North region, who said he lost half his trees') is the same source going on: Z is a claim of
its own, attributed to that source, without 'who said'. A 'who' clause with no verb of saying stays the source's
description."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims]


@pytest.mark.parametrize(("text", "first", "second", "source"), [
    ('"The price they give us cannot buy fertiliser," said Kwame Mensah, a farmer in the Western North region, '
     "who said he lost half his trees to the disease.",
     "The price they give us cannot buy fertiliser", "he lost half his trees to the disease", "Kwame Mensah"),
    ("Copper prices rose 5% on Monday, said John Smith, an analyst at Citi, who added that demand would fall 3% "
     "next year.",
     "Copper prices rose 5% on Monday", "demand would fall 3% next year", "John Smith"),
])
def test_who_said_goes_on(text, first, second, source):
    got = _claims(text)
    assert [g[0] for g in got] == [first, second], got
    assert all(g[2] == source for g in got), got


def test_a_who_clause_without_saying_is_the_title():
    got = _claims('"We will not go back," said Kwame Mensah, a farmer who lost half his trees to the disease.')
    assert got == [("We will not go back", "named", "Kwame Mensah")], got
