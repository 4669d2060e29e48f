"""'N more X' and 'N fewer X' count X ('818,000 fewer jobs': job, '500 more workers': person), as 'N additional X' does;
'N more than …' compares and lends no noun."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _units(text: str):
    return [(q.text, q.unit) for c in analyze("Headline words here\n\n" + text, "en", date(2025, 9, 21)).claims
            for q in c.quantities]


@pytest.mark.parametrize(("text", "want"), [
    ("The economy created 818,000 fewer jobs in the year through March.", ("818,000 fewer jobs", "job")),
    ("The company will hire 500 more workers next year.", ("500 more workers", "person")),
])
def test_the_noun_after_the_comparative_is_counted(text, want):
    assert want in _units(text), _units(text)


def test_more_than_lends_no_noun():
    got = _units("Exports rose by 500 more than last year to 3,000 tonnes.")
    assert ("500", None) in got, got
