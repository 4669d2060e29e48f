"""«، وهو ما تقول الحكومة إنه …»: the relative «وهو ما» ('which') opens the reporting clause that follows it
and ends no claim: the claim before it stops at its figure, as English 'a 50% pay rise, which the government
says would cost …' does."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _texts(text: str) -> list[str]:
    return [c.text for c in analyze("عنوان الخبر هنا\n\n" + text, "ar", date(2025, 9, 21)).claims]


@pytest.mark.parametrize("text,claim", [
    ("ويطالب المعلمون بزيادة رواتبهم بنسبة 50 في المئة، وهو ما تقول الحكومة إنه سيكلف الخزينة 112 مليون دينار سنوياً.",
     "ويطالب المعلمون بزيادة رواتبهم بنسبة 50 في المئة"),
    ("وارتفعت الأسعار بنسبة 20 في المئة، وهو ما قال المحللون إنه سيضغط على الأسر.",
     "وارتفعت الأسعار بنسبة 20 في المئة"),
    ("وتراجعت الصادرات 12 في المئة العام الماضي، وهي ما يرى خبراء أنها ستتعافى هذا العام.",
     "وتراجعت الصادرات 12 في المئة العام الماضي"),
])
def test_relative_what_before_a_reporting_clause_ends_no_claim(text, claim):
    texts = _texts(text)
    assert claim in texts, texts
    assert not any(t.endswith(" ما") for t in texts), texts
