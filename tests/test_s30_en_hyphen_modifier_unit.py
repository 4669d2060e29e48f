"""'Two unvaccinated school-aged children have died': a countable noun hyphenated to the word after it
('school-aged', 'state-owned', 'family-run') is a modifier of the noun that follows, which is counted."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("sentence", "unit", "text"), [
    ("Two unvaccinated school-aged children have died.", "person", "Two unvaccinated school-aged children"),
    ("Three school-age children were hurt in the crash.", "person", "Three school-age children"),
    ("The regulator fined 12 family-run shops last year.", "store", "12 family-run shops"),
    ("The city has 14 schools and 3 hospitals.", "school", "14 schools"),
])
def test_the_noun_after_the_compound_is_counted(sentence, unit, text):
    claims = analyze(f"Report\n\n{sentence}", "en", date(2025, 3, 4)).claims
    q = claims[-1].quantities[0]
    assert (q.unit, q.text) == (unit, text), claims[-1].quantities
