"""An anonymity aside closed by a colon before a quotation («وقال أحد سكان الحي لوكالة فرانس برس، طالباً عدم ذكر
اسمه: "نحن نعيش على الخبز"») is the frame's: the resident speaks the quotation anonymously; the aside is no source and
the reporting clause no claim."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("told", [" لوكالة فرانس برس", ""])
def test_the_quote_is_the_residents(told):
    text = (f'عنوان الخبر\n\nوقال أحد سكان حي الميدان في دمشق{told}، طالباً عدم ذكر اسمه: "نحن نعيش على الخبز، '
            'وأي زيادة تعني أننا سنأكل أقل".')
    got = [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
           for c in analyze(text, "ar", date(2024, 6, 15)).claims]
    assert got and all(t == "anonymous" and s == "أحد سكان حي الميدان في دمشق" for _, t, s in got), got
    assert not any("وقال" in c for c, _, _ in got), got
