"""Arabic bounds below a figure: يقل/تقل عن and دون before a number are less_than (the negation
لا يقل عن stays at_least), so 'more than 80' and 'fewer than 80' can conflict."""
import datetime

import pytest

from factcheck.match.compare import compare
from factcheck.pipeline import analyze

PUB = datetime.date(2025, 9, 14)


@pytest.mark.parametrize("text, expected", [
    ("وسجلت المدينة عدداً يقل عن 200 إصابة.", ("يقل عن 200 إصابة", 200.0, "case", "less_than")),
    ("وقالت الوزارة إن الإصابات تقل عن 500 حالة يومياً.", ("تقل عن 500 حالة", 500.0, "case/day", "less_than")),
    ("وبلغت نسبة المشاركة دون 30% في الانتخابات.", ("دون 30%", 30.0, "percent", "less_than")),
    ("وقتل ما يقل عن 80 شخصاً في الفيضانات.", ("ما يقل عن 80 شخصاً", 80.0, "person", "less_than")),
    ("وأصيب عدد لا يقل عن 40 شخصاً في الحادث.", ("لا يقل عن 40 شخصاً", 40.0, "person", "at_least")),
    ("وقتل ما لا يقل عن 80 شخصاً في الفيضانات.", ("ما لا يقل عن 80 شخصاً", 80.0, "person", "at_least")),
])
def test_arabic_bounds_below(text, expected):
    quantities = [q for c in analyze(f"عنوان\n{text}", "ar", PUB).claims for q in c.quantities]
    assert [(q.text, q.value, q.unit, q.qualifier) for q in quantities] == [expected]


def test_more_than_and_fewer_than_the_same_figure_conflict():
    r = compare("قتل أكثر من 80 شخصاً في الفيضانات", "قتل عدد يقل عن 80 شخصاً في الفيضانات")
    assert r.relation == "conflicts", r.reasons
