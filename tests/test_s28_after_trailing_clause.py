"""The writer's clause after a trailing reporting clause (', the company said on Thursday, as it tries to stem losses')
never carries the reporting clause: the claim is the reported content, and the writer's clause, when kept, starts
after the reporting clause."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, first", [
    ("Siemens Gamesa will cut about 4,100 jobs worldwide by 2026, the company said on Thursday, as it tries to stem "
     "losses at the troubled business.", "Siemens Gamesa will cut about 4,100 jobs worldwide by 2026"),
    ("Exports fell 12% in October, the statistics office said, as demand from China weakened.",
     "Exports fell 12% in October"),
])
def test_no_claim_carries_the_reporting_clause(text, first):
    claims = analyze(text, "en", date(2026, 11, 12)).claims
    assert claims[0].text == first, [c.text for c in claims]
    for c in claims[1:]:
        assert " said" not in c.text, [c.text for c in claims]
        assert c.text == text[c.start:c.end]
