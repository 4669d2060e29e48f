"""Court or regulatory filings are documents a trailing 'show' frame cites, as records are ('..., court filings show',
'..., regulatory filings showed')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, content, source", [
    ("Meta paid $42 million to advertisers, court filings show.", "Meta paid $42 million to advertisers",
     "court filings"),
    ("The fund sold 3.1 million shares in May, regulatory filings showed.", "The fund sold 3.1 million shares in May",
     "regulatory filings"),
])
def test_filings_are_documents(text, content, source):
    claims = analyze(text, "en", date(2025, 9, 12)).claims
    got = [(c.text, c.attribution.source.text if c.attribution.source else None) for c in claims]
    assert got == [(content, source)], got
