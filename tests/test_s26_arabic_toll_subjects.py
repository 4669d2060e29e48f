"""A toll whose victims noun is definite («حصيلة القتلى») heads no construct: the word after it is no incident the
toll counts the victims of. «حصيلة القتلى ارتفعت إلى 64 ألف شخص» has no subject (it was the verb ارتفعت); a
preposition after it still opens the incident («حصيلة القتلى جراء الفيضانات»), and an indefinite victims noun
still heads one («حصيلة ضحايا الزلزال»)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, subject", [
    ("حصيلة القتلى ارتفعت إلى 64 ألف شخص.", None),
    ("وأفادت وزارة الصحة بأن حصيلة القتلى ارتفعت إلى 64 ألف شخص منذ بدء الحرب.", None),
    ("وقالت الوزارة إن عدد الجرحى بلغ 300 شخص.", None),
    ("ارتفعت حصيلة القتلى جراء الفيضانات إلى 120 شخصا.", "الفيضانات"),
    ("ارتفعت حصيلة ضحايا الزلزال إلى 2000 قتيل.", "الزلزال"),
])
def test_a_definite_victims_noun_heads_no_incident(text, subject):
    claims = [c for c in analyze(text, "ar", date(2025, 9, 10)).claims if c.event == "casualties"]
    assert len(claims) == 1
    assert (claims[0].subject.text if claims[0].subject else None) == subject
