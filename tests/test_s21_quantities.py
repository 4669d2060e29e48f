"""Session 21, Arabic bounds: the future negation لن before a verb of exceeding bounds the figure from above
as لم and لا do («لن يتجاوز محصول الحبوب 3 ملايين طن» → at most 3 million tonnes), and تعدّى (to exceed) is a
verb of exceeding like تجاوز («تعدى العجز 4%» → more than 4%, «لم يتعد العجز 4%» → at most 4%)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2026, 11, 23)


def _quantities(text: str, language: str = "ar") -> list[tuple[float, str | None, str]]:
    out = []
    for c in analyze(text, language, PUB).claims:
        for q in c.quantities:
            assert text[q.start:q.end] == q.text
            out.append((q.value, q.unit, q.qualifier))
    return out


@pytest.mark.parametrize("text, expected", [
    ("لن يتجاوز محصول الحبوب 3 ملايين طن هذا الموسم.", [(3_000_000, "tonne", "at_most")]),
    ("قال مسؤول إن المحصول لن يتجاوز 3 ملايين طن.", [(3_000_000, "tonne", "at_most")]),
    ("لن تتخطى نسبة التضخم 5% هذا العام.", [(5, "percent", "at_most")]),
    ("لم يتعد العجز 4% من الناتج المحلي.", [(4, "percent", "at_most")]),
    ("لا يتعدى عدد السكان 5000 نسمة.", [(5000, "person", "at_most")]),
    ("تعدى العجز 4% من الناتج المحلي.", [(4, "percent", "more_than")]),
    ("تجاوز العجز 4% من الناتج المحلي.", [(4, "percent", "more_than")]),  # unchanged
    ("The harvest will not exceed 3 million tonnes this season.", [(3_000_000, "tonne", "at_most")]),
])
def test_negated_and_plain_verbs_of_exceeding_bound_the_figure(text, expected):
    language = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    assert _quantities(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two former aides were acquitted.", [(2, "person", "exact")]),
    ("Three senators and 12 activists were arrested on Monday.", [(3, "person", "exact"), (12, "person", "exact")]),
    ("The mayor fired 4 advisers last week.", [(4, "person", "exact")]),
])
def test_counts_of_office_holders_and_activists_are_people(text, expected):
    assert _quantities(text, "en") == expected


@pytest.mark.parametrize("text, event", [
    ("الوزارة تستهدف استقطاب 7 ملايين سائح بحلول عام 2027", None),  # attracting tourists is no hiring
    ("تسعى الحكومة إلى استقطاب استثمارات بقيمة 2 مليار دولار", None),
    ("تخطط الشركة لاستقطاب 500 مهندس العام المقبل", "hiring"),  # recruiting engineers is
])
def test_attracting_is_hiring_only_with_staff(text, event):
    assert [c.event for c in analyze(text, "ar", PUB).claims] == [event]
