"""A lower-case word hyphenated to a capitalised one ('mid-May', 'pre-Covid', 'post-Brexit') is no name: it never
becomes a claim's subject. A lower-case word with capitals inside and no hyphen ('iPhone', 'eBay') stays a name."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.event_runs import name_runs
from factcheck.extract.tokens import tokenize
from factcheck.pipeline import analyze


@pytest.mark.parametrize("text", [
    "Annual inflation stood at 5.32% in mid-May, above the 4.5% ceiling.",
    "In mid-March, prices rose 3% on the month.",
    "Exports are still 12% below pre-Covid levels.",
])
def test_no_hyphenated_subject(text):
    claims = analyze("Headline words here\n\n" + text, "en", date(2025, 9, 2)).claims
    assert claims and all(c.subject is None or "-" not in c.subject.text for c in claims), claims


def test_ebay_stays_a_name():
    text = "Shares in eBay rose 3% on Monday."
    toks = tokenize(text, 0, len(text))
    assert "eBay" in [text[toks[i].start:toks[j - 1].end] for i, j in name_runs(text, toks, "en")]
