"""A claim cut off by a reporting frame that follows a coordinator ("X rose 5% and officials said Y") ends
with its own last word: the dangling "and"/"or" belongs to neither claim."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

CASES = [
    ("Exports rose 5% in August and officials said the trade deficit narrowed to $2 billion.",
     ["Exports rose 5% in August", "the trade deficit narrowed to $2 billion"]),
    ("The plant will close in March or analysts expect 400 jobs to go, the union said.",
     None),  # only the first claim's end is asserted below
    ("Sales fell 12% last quarter and the company said it would cut 300 jobs.",
     ["Sales fell 12% last quarter", "it would cut 300 jobs"]),
]


@pytest.mark.parametrize(("text", "want"), [c for c in CASES if c[1] is not None])
def test_no_claim_ends_with_a_dangling_coordinator(text, want):
    claims = analyze(text, "en", date(2025, 9, 14)).claims
    assert [c.text for c in claims] == want
    for c in claims:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_claim_text_never_ends_in_and_or(text):
    for c in analyze(text, "en", date(2025, 9, 14)).claims:
        assert not c.text.endswith((" and", " or")), c.text
