"""A singular unit noun right before a plural noun modifies it ('22 fire units', '40 fire engines', '10 car bombs'): the
plural is what is counted, so the modifier lends no unit ('fire', 'vehicle'); the head's own unit is taken when it has
one ('fire engines': engine, 'car bombs': bomb, 'police officers': person). A unit noun alone keeps its unit ('3 fires',
'12 police were hurt')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _units(text: str):
    return {q.text: q.unit for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims
            for q in c.quantities}


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("Some 40 fire engines were sent to the factory on Tuesday.", "40", "engine"),
    ("Police said 10 car bombs exploded in the city on Friday.", "10", "bomb"),
    ("The ministry sent 12 police officers to the port on Monday.", "12", "person"),
])
def test_the_plural_head_is_counted(text, number, unit):
    got = _units(text)
    hits = {k: v for k, v in got.items() if number in k}
    assert hits and all(v == unit for v in hits.values()), got


def test_the_modifier_lends_no_unit():
    got = _units("It took 22 fire units nearly six hours to bring the blaze under control.")
    assert "fire" not in got.values(), got


@pytest.mark.parametrize(("text", "unit"), [
    ("Firefighters battled 3 fires across the region on Tuesday.", "fire"),
    ("At least 12 police were hurt in the clashes on Friday.", "person"),
    ("More than 300 staff lost their jobs at the plant.", "person"),
])
def test_a_unit_noun_alone_keeps_its_unit(text, unit):
    got = _units(text)
    assert unit in got.values(), got
