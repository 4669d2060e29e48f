"""«كان X … قد فعل» is one Arabic verb, the pluperfect: an insertion set off by commas between its subject and قد (بزعامة
مقتدى الصدر، بقيادة محمد حمدان دقلو، الذي افتتح عام 2019) does not cut the clause. «وكان التيار الصدري، بزعامة مقتدى
الصدر، قد أعلن مقاطعة الاقتراع» gave two fragments, «وكان التيار الصدري، بزعامة مقتدى الصدر» and «قد أعلن مقاطعة
الاقتراع»; it is one claim about التيار الصدري, and a second clause after it stays its own."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return analyze(text, "ar", date(2025, 11, 12)).claims


@pytest.mark.parametrize("text, claim", [
    ("وكان التيار الصدري، بزعامة مقتدى الصدر، قد أعلن مقاطعة الاقتراع في أكتوبر.",
     "وكان التيار الصدري، بزعامة مقتدى الصدر، قد أعلن مقاطعة الاقتراع في أكتوبر"),
    ("وكانت قوات الدعم السريع، بقيادة محمد حمدان دقلو، قد سيطرت على مدينة الفاشر في أكتوبر.",
     "وكانت قوات الدعم السريع، بقيادة محمد حمدان دقلو، قد سيطرت على مدينة الفاشر في أكتوبر"),
    ("وكان المصنع، الذي افتتح عام 2019، قد سرح 300 عامل في أكتوبر.",
     "وكان المصنع، الذي افتتح عام 2019، قد سرح 300 عامل في أكتوبر"),
])
def test_an_insertion_before_qad_keeps_the_pluperfect_whole(text, claim):
    assert [c.text for c in _claims(text)] == [claim]


def test_the_subject_is_the_one_before_the_insertion():
    claims = _claims("وكانت قوات الدعم السريع، بقيادة محمد حمدان دقلو، قد سيطرت على مدينة الفاشر في أكتوبر.")
    assert claims[0].subject.text == "قوات الدعم السريع"
    assert [d.value for d in claims[0].dates] == ["2025-10"]


def test_a_second_clause_after_the_pluperfect_stays_its_own():
    claims = _claims("وكان التيار الصدري، بزعامة مقتدى الصدر، قد أعلن مقاطعة الاقتراع، "
                     "فيما حصل تحالف الإعمار والتنمية على 46 مقعدا.")
    assert [c.text for c in claims] == ["وكان التيار الصدري، بزعامة مقتدى الصدر، قد أعلن مقاطعة الاقتراع",
                                        "فيما حصل تحالف الإعمار والتنمية على 46 مقعدا"]


def test_qad_after_a_full_clause_still_opens_its_own():
    # the piece before the comma has a verb of its own besides كان: قد opens a new clause
    claims = _claims("وكان الاقتصاد ينمو بنسبة 3 بالمئة سنويا، قد يتباطأ النمو إلى 1 بالمئة العام المقبل.")
    assert len(claims) == 2
