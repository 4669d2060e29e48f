"""A day or date set off by commas inside a clause ("قرر التحالف، الأحد، تمديد …", "decided, on
Monday, to cut …") is an insertion: the clause goes on after it, and the claim keeps its object and
its figures with the date."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

MON = date(2024, 12, 2)


@pytest.mark.parametrize("text, language, claim, quantities, dates", [
    ("قرر تحالف «أوبك+» خلال اجتماعه الوزاري، الأحد، تمديد خفض الإنتاج بمقدار 2.2 مليون برميل يوميا حتى نهاية مارس.",
     "ar", "قرر تحالف «أوبك+» خلال اجتماعه الوزاري، الأحد، تمديد خفض الإنتاج بمقدار 2.2 مليون برميل يوميا حتى نهاية مارس",
     ["2.2 مليون برميل"], ["2024-12-01", "2025-03"]),
    ("قرر مجلس الوزراء، الخميس، رفع سعر الخبز المدعم إلى 20 جنيها.", "ar",
     "قرر مجلس الوزراء، الخميس، رفع سعر الخبز المدعم إلى 20 جنيها", ["20 جنيها"], ["2024-11-28"]),
    ("The board decided, on Monday, to cut 300 jobs.", "en", "The board decided, on Monday, to cut 300 jobs",
     ["300 jobs"], ["2024-12-02"]),
])
def test_a_day_between_commas_does_not_cut_the_clause(text, language, claim, quantities, dates):
    claims = analyze(text, language, MON).claims
    assert [c.text for c in claims] == [claim]
    assert [q.text for q in claims[0].quantities] == quantities
    assert [d.value for d in claims[0].dates] == dates
    assert text[claims[0].start:claims[0].end] == claims[0].text


def test_two_facts_after_a_longer_aside_still_split():
    text = "ارتفعت صادرات مصر إلى 40 مليار دولار، بحسب بيانات رسمية صدرت الأحد، وتراجعت الواردات 5%."
    assert len(analyze(text, "ar", MON).claims) == 2

