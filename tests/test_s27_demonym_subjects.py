"""A nationality adjective before the noun it modifies ('Turkish bonds', 'on Chinese servers', 'the Greek island of Evia')
names nobody: it is no claim's subject. The noun phrase's own name is (Evia), and so is a demonym fused with an
institution ('Kenyan police') or a demonym that is a name's first word ('Turkish Airlines')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _subject(text: str):
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    assert len(claims) == 1, [c.text for c in claims]
    s = claims[0].subject
    return s.text if s else None


@pytest.mark.parametrize("text, want", [
    ("Turkish bonds rallied 3% on Thursday.", None),
    ("The company said data was not stored on Chinese servers until 2023.", None),
    ("A wildfire on the Greek island of Evia destroyed 40 homes on Tuesday.", "Evia"),
    ("Egyptian wheat imports fell 12% in August.", None),
    # an adjective of scope opening the sentence names nobody either
    ("Foreign investors sold a net $1.2 billion of Turkish bonds in the week to Sept 5.", None),
    ("Local residents said 30 homes were destroyed.", None),
])
def test_a_demonym_before_its_noun_is_no_subject(text, want):
    assert _subject(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kenyan police arrested 40 protesters on Tuesday.", "Kenyan police"),
    ("Turkish Airlines ordered 225 Boeing jets on Tuesday.", "Turkish Airlines"),
    ("Nigeria's central bank raised rates to 27.5% on Tuesday.", "Nigeria's central bank"),
])
def test_names_around_demonyms_stay(text, want):
    assert _subject(text) == want
