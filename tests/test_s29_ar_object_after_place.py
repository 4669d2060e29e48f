"""A verb-first announcement whose subject ends in a place («أعلنت رابطة أساتذة التعليم الثانوي الرسمي في لبنان الإضراب
المفتوح») has its object start at the definite word after the place: a country's name takes no genitive. The source is
the body with its place; a definite genitive after an ordinary noun («في مجلس الوزراء») stays in the source."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _sources(text: str):
    return [(c.text, c.attribution.source.text if c.attribution.source else None)
            for c in analyze("عنوان الخبر\n\n" + text, "ar", date(2025, 9, 2)).claims]


@pytest.mark.parametrize(("text", "source"), [
    ("أعلنت رابطة أساتذة التعليم الثانوي الرسمي في لبنان الإضراب المفتوح بدءاً من الاثنين المقبل.",
     "رابطة أساتذة التعليم الثانوي الرسمي في لبنان"),
    ("أعلنت نقابة عمال النقل البري في مصر الإضراب عن العمل لمدة 3 أيام.", "نقابة عمال النقل البري في مصر"),
])
def test_the_object_starts_after_the_place(text, source):
    got = _sources(text)
    assert got and got[0][1] == source, got


def test_a_genitive_after_a_common_noun_stays():
    got = _sources("أعلن الأمين العام في مجلس الوزراء الاتفاق على موازنة بقيمة 5 مليارات دولار.")
    assert got and got[0][1] is not None and "مجلس الوزراء" in got[0][1], got
