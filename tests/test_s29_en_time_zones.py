"""Time-zone abbreviations after a clock time ('by 1030 GMT', 'at 0900 ET') are no names: never a claim's subject."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("text", "subject"), [
    ("Shell's shares were up 0.6% at 2,710 pence by 1030 GMT.", "Shell"),
    ("Tesla's shares fell 3% to $210 by 0900 ET on Monday.", "Tesla"),
    ("Aramco shares were halted at 1100 UTC after a 5% fall.", "Aramco"),
])
def test_no_time_zone_subject(text, subject):
    claims = analyze("Headline words here\n\n" + text, "en", date(2025, 10, 2)).claims
    assert [c.subject.text if c.subject else None for c in claims] == [subject], claims
