"""A subject before an estimating verb with an amount after its object («لكن الوزارة قدّرت الخسائر بنحو 5 ملايين
دولار», «لكن محللين في القطاع قدّروا قيمتها بأكثر من 60 مليار دولار») is the estimate's source, as it is after the
verb («وقدّر محللون قيمة الصفقة بأكثر من ...»). Before, the object («الخسائر») was taken for the source or no frame
was found. The whole clause stays the claim."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("sentence", "kind", "source"), [
    ("لكن الوزارة قدّرت الخسائر بنحو 5 ملايين دولار.", "official", "الوزارة"),
    ("لكن محللين في القطاع قدّروا قيمتها بأكثر من 60 مليار دولار.", "anonymous", "محللين في القطاع"),
    ("والوزارة قدرت حجم الأضرار بما يزيد على 200 مليون دولار.", "official", "الوزارة"),
])
def test_the_subject_estimates(sentence, kind, source):
    claims = analyze(f"صفقة الغاز\n\n{sentence}", "ar", date(2025, 9, 11)).claims
    c = claims[-1]
    assert (c.attribution.type, c.attribution.source and c.attribution.source.text) == (kind, source), c.attribution
    assert c.quantities and c.quantities[-1].unit == "USD", c.quantities


def test_an_object_noun_is_never_the_source():
    c = analyze("خسائر\n\nلكن الوزارة قدرت الخسائر بنحو 5 ملايين دولار.", "ar", date(2025, 9, 11)).claims[-1]
    assert c.attribution.source is None or c.attribution.source.text != "الخسائر"


def test_a_passive_estimate_after_a_relative_has_no_source():
    text = ("النازحون\n\nوقالت المنظمة الدولية للهجرة إن النازحين، الذين يقدر عددهم بنحو 1.2 مليون شخص، "
            "يعيشون في مخيمات.")
    got = [(c.text, c.attribution.source and c.attribution.source.text)
           for c in analyze(text, "ar", date(2025, 9, 11)).claims]
    assert all(source != "الذين" for _, source in got), got
