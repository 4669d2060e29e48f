"""A clause-opening Arabic verb spelled with ت is a form VI (تفاعل) or listed form V perfect when a
definite noun of masculine form follows it (تسارع التضخم "inflation accelerated": the present would be
يتسارع), so a bare month after it is the past one; before a feminine noun (تواصل الحكومة "the government
continues") it stays an imperfect that reads ahead."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2026, 11, 20)


def _dates(text: str) -> list[str]:
    return [d.value for c in analyze(text, "ar", PUB).claims for d in c.dates]


@pytest.mark.parametrize("text,value", [
    ("تسارع التضخم إلى 25.5% في أكتوبر", "2026-10"),
    ("تضاعف عدد الزوار في أغسطس", "2026-08"),
    ("تحسن الاقتصاد المصري في مارس", "2026-03"),
    ("تعادل المنتخب مع المغرب في يونيو", "2026-06"),
    ("توقف الإنتاج في المصنع في سبتمبر", "2026-09"),
    ("تأهل الفريق إلى النهائي في مايو", "2026-05"),
])
def test_a_form_v_or_vi_perfect_before_a_masculine_noun_reads_back(text, value):
    assert _dates(text) == [value]


@pytest.mark.parametrize("text,value", [
    ("تواصل الحكومة دعم الخبز حتى يونيو", "2027-06"),  # feminine subject: the imperfect "continues"
    ("تشهد الرياض مؤتمرا دوليا في مارس", "2027-03"),  # form I imperfect, not listed
    ("تستضيف القاهرة المؤتمر في مارس", "2027-03"),
])
def test_an_imperfect_opening_the_clause_still_reads_ahead(text, value):
    assert _dates(text) == [value]
