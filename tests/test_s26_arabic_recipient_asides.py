"""An Arabic reporting clause opened by a connective or adverbial («في المقابل،», «من جهته،», «وفي الأثناء،»), with the
outlet spoken to and an aside on the source's anonymity before إن, is all frame: the claim is what was reported, and
no claim is left holding «في المقابل، قال مسؤول إسرائيلي لوكالة رويترز»."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

CONTENT = "إسرائيل سمحت بدخول 1,200 شاحنة الأسبوع الماضي"


@pytest.mark.parametrize("opening", [
    "في المقابل، قال مسؤول إسرائيلي لوكالة رويترز، شريطة عدم الكشف عن هويته، إن ",
    "من جهته، قال مسؤول إسرائيلي لوكالة رويترز، طالبا عدم نشر اسمه، إن ",
    "وفي الأثناء، قال مسؤول إسرائيلي لرويترز، مفضلا عدم الكشف عن اسمه، إن ",
    "في المقابل قال مسؤول إسرائيلي لفرانس برس، طالبا عدم نشر اسمه، إن ",
    "وقال مسؤول إسرائيلي لوكالة رويترز، شريطة عدم الكشف عن هويته، إن ",
])
def test_the_outlet_told_and_an_aside_belong_to_the_frame(opening):
    text = opening + CONTENT + "."
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [CONTENT]
    a = claims[0].attribution
    assert (a.type, a.source.text) == ("anonymous", "مسؤول إسرائيلي")
