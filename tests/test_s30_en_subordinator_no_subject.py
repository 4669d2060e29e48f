"""'Because no candidate passed 50%, ...', 'Unless the talks succeed, ...': a subordinator opening a sentence is
capitalised there but names nothing, so it is never a claim's subject."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("sentence", [
    "Because no candidate passed 50%, the top two went to a second count.",
    "Unless the talks succeed, 3,000 workers will strike on Monday.",
    "Whereas exports rose 4%, imports fell 2%.",
    "Once the plant closes, 800 workers will lose their jobs.",
])
def test_no_subordinator_subject(sentence):
    claims = analyze(f"Report\n\n{sentence}", "en", date(2025, 3, 4)).claims
    subjects = [c.subject.text for c in claims if c.subject]
    assert not any(s.split()[0] in ("Because", "Unless", "Whereas", "Once") for s in subjects), subjects
