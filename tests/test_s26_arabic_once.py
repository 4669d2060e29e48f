"""«مرة واحدة» is 'once': the number word describes the noun of occurrence, it counts no one. «نزحت الأسرة مرة واحدة
على الأقل» was 1 person (at least); like English 'at least once' it now gives no quantity. «مرتين» stays 2 times and
«قتل واحد على الأقل» still counts one person."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _q(text: str):
    return [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), "ar")]


@pytest.mark.parametrize("text, want", [
    ("نزحت الأسرة مرة واحدة على الأقل.", []),
    ("نزح 90 في المائة من السكان مرة واحدة على الأقل منذ بدء الحرب.", [("90 في المائة", 90.0, "percent", "exact")]),
    ("زار الوزير المدينة مرة واحدة فقط خلال ولايته.", []),
    ("نزح السكان مرتين على الأقل.", [("مرتين", 2.0, "times", "exact")]),
    ("قتل واحد على الأقل في الهجوم.", [("واحد على الأقل", 1.0, "person", "at_least")]),
])
def test_once_is_one_time(text, want):
    assert _q(text) == want
