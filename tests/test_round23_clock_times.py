"""A clock time ("9:30", "14:05") is one token for attribution: its colon is no "Source: content" mark and
no clause boundary, so a claim with a trailing reporting clause keeps its opening words."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

CASES = [
    ("en", "The 9:30 train to Leeds was cancelled on Friday, the operator said.",
     "The 9:30 train to Leeds was cancelled on Friday", "the operator"),
    ("en", "The 14:05 flight to Oslo was diverted to Bergen, the airline said.",
     "The 14:05 flight to Oslo was diverted to Bergen", "the airline"),
    ("en", "Polls close at 8:00 p.m. and 4,000 stations will report by midnight, officials said.",
     "Polls close at 8:00 p.m. and 4,000 stations will report by midnight", "officials"),
    ("ar", "وأقلعت رحلة الساعة 9:30 إلى القاهرة متأخرة ساعتين، بحسب شركة الطيران.",
     "وأقلعت رحلة الساعة 9:30 إلى القاهرة متأخرة ساعتين", "شركة الطيران"),
]


@pytest.mark.parametrize(("lang", "text", "claim", "source"), CASES)
def test_clock_time_keeps_the_claim_whole(lang, text, claim, source):
    claims = analyze(text, lang, date(2025, 9, 14)).claims
    assert [c.text for c in claims] == [claim]
    assert claims[0].start == 0
    assert claims[0].attribution.source.text == source

