"""An English verb of a scheduled event in the present simple ('Voting ends on the 15th', 'Talks resume on Monday',
'The company reports earnings on Thursday') reads a bare weekday or day forward, as the Arabic imperfect already
does (ينتهي التصويت يوم الجمعة). A past verb, or a present verb of saying, still reads back."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows

PUB = date(2025, 6, 10)  # a Tuesday


@pytest.mark.parametrize("text,want", [
    ("Voting ends on the 15th.", [("15th", "2025-06-15")]),
    ("Talks resume on Monday.", [("Monday", "2025-06-16")]),
    ("The company reports earnings on Thursday.", [("Thursday", "2025-06-12")]),
    ("The festival opens on the 20th.", [("20th", "2025-06-20")]),
    ("The new rules take effect on Sunday.", [("Sunday", "2025-06-15")]),
], ids=["ends", "resume", "reports", "opens", "take-effect"])
def test_a_scheduled_present_reads_forward(text, want):
    assert date_rows(text, "en", PUB) == want


@pytest.mark.parametrize("text,want", [
    ("Voting ended on the 5th.", [("5th", "2025-06-05")]),
    ("Talks resumed on Monday.", [("Monday", "2025-06-09")]),
    ("Police say the attack happened on Sunday.", [("Sunday", "2025-06-08")]),
], ids=["ended", "resumed", "says-happened"])
def test_a_past_still_reads_back(text, want):
    assert date_rows(text, "en", PUB) == want
