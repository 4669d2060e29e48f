"""One act told from either side: the subject of one telling is the object of the other ("The court
sentenced the former minister" / "The former minister was jailed"). Such subjects are not "different
subjects"; the figures decide."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.compare import compare

DAY = date(2026, 11, 20)


@pytest.mark.parametrize("a,b,relation", [
    ("The court sentenced the former minister to seven years in prison.", "The former minister was jailed for 7 years.",
     "agrees"),
    ("The court sentenced the former minister to seven years in prison.",
     "The former minister was sentenced to five years.", "conflicts"),
    ("Police arrested 14 protesters in the capital.", "14 protesters were arrested in the capital.", "agrees"),
    ("Police arrested 14 protesters in the capital.", "Twenty protesters were arrested in the capital.", "conflicts"),
])
def test_subject_of_one_is_object_of_the_other(a, b, relation):
    r = compare(a, b, a_published=DAY, b_published=DAY)
    assert r.relation == relation, r.reasons
    assert "different subjects" not in r.reasons


@pytest.mark.parametrize("a,b", [
    ("Police arrested 14 protesters in the capital.", "Soldiers arrested 20 farmers in the north."),
])
def test_two_different_objects_stay_apart(a, b):
    assert compare(a, b, a_published=DAY, b_published=DAY).relation != "conflicts"
