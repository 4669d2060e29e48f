"""A bare Arabic imperfect verb of a figure moving (يتراجع، ترتفع، ينمو) before a bare month is the news present of a
reported figure, not a future: the headline «التضخم في مصر يتراجع إلى 12.5% في أكتوبر» of an article of 25 November
2025 gives October's inflation, October 2025 (it read October 2026, the first October not over). The month is the
occurrence nearest publication, so a figure of a coming month stays ahead (ترتفع أسعار البنزين في ديسمبر, written in
November). A modal, س/سوف, أن or a verb of expecting before the verb keeps the future reading."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.pipeline import analyze

PUB = date(2025, 11, 25)


def _dates(text: str, pub: date = PUB):
    return [(d.text, d.value) for d in find_dates(text, 0, len(text), "ar", pub)]


@pytest.mark.parametrize("text, want", [
    ("التضخم في مصر يتراجع إلى 12.5% في أكتوبر", [("أكتوبر", "2025-10")]),
    ("التضخم يتراجع في أكتوبر", [("أكتوبر", "2025-10")]),
    ("الصادرات ترتفع 8% في سبتمبر", [("سبتمبر", "2025-09")]),
    ("الاقتصاد ينمو بنسبة 3% في أكتوبر", [("أكتوبر", "2025-10")]),
    # a coming month stays the coming one
    ("أسعار البنزين ترتفع في ديسمبر", [("ديسمبر", "2025-12")]),
    ("أسعار البنزين ترتفع في يناير", [("يناير", "2026-01")]),
])
def test_a_figure_moving_in_the_news_present_is_the_nearest_month(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize("text, want", [
    # an explicit future, a modal, أن + imperfect or a verb of expecting reads ahead
    ("التضخم سيتراجع في أكتوبر", [("أكتوبر", "2026-10")]),
    ("التضخم قد يتراجع في أكتوبر", [("أكتوبر", "2026-10")]),
    ("يتوقع البنك أن يتراجع التضخم في أكتوبر", [("أكتوبر", "2026-10")]),
    ("من المقرر أن ترتفع الأسعار في أكتوبر", [("أكتوبر", "2026-10")]),
    # another imperfect keeps the rule it had
    ("تنتهي المهلة في أكتوبر", [("أكتوبر", "2026-10")]),
    # a past verb stays past
    ("تراجع التضخم في مصر إلى 12.5% في أكتوبر", [("أكتوبر", "2025-10")]),
])
def test_other_cues_keep_their_reading(text, want):
    assert _dates(text) == want


def test_the_headline_and_the_body_give_the_same_month():
    text = ("التضخم في مصر يتراجع إلى 12.5% في أكتوبر\n\n"
            "تراجع معدل التضخم السنوي في المدن المصرية إلى 12.5 بالمئة في أكتوبر من 11.7 بالمئة في سبتمبر.")
    claims = analyze(text, "ar", PUB).claims
    assert [[d.value for d in c.dates] for c in claims] == [["2025-10"], ["2025-10", "2025-09"]]
