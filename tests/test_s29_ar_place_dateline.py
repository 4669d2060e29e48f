"""An Arabic wire dateline with neither date nor agency («الموصل - اندلع حريق ...», «عمان - قررت الحكومة ...»)
opening a body paragraph is furniture: no claim starts with the place and its dash. A headline's pair of places
(«السعودية - الإمارات: ...»), a dash before a number («القاهرة - 12 مارس (رويترز) -» keeps its own rule) and prose
dashes inside a sentence are left alone."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze
from factcheck.text.segment import segment


def _claims(text: str):
    return [c.text for c in analyze(text, "ar", date(2025, 9, 21)).claims]


@pytest.mark.parametrize(("place", "rest"), [
    ("الموصل", "اندلع حريق كبير فجر الثلاثاء في سوق باب السراي وسط المدينة ما أدى إلى احتراق 80 محلا."),
    ("طرابلس", "أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في حقل الشرارة بعد إغلاقه."),
    ("عمان", "قررت الحكومة الأردنية رفع سعر الخبز إلى 34 قرشا للكيلو."),
    ("شرم الشيخ", "افتتحت وزارة السياحة فندقا جديدا يضم 400 غرفة."),
], ids=["mosul", "tripoli", "amman", "two-words"])
def test_a_place_and_a_dash_open_no_claim(place, rest):
    text = f"عنوان الخبر هنا عن حدث مهم\n\n{place} - {rest}"
    got = _claims(text)
    assert got, got
    assert not any(place in c for c in got), got
    first = text.index(rest)
    segs = segment(text)
    dateline = [s for s in segs if s.furniture and s.paragraph == 1]
    assert [s.text for s in dateline] == [f"{place} -"], segs
    assert any(s.start == first and not s.furniture for s in segs), segs


def test_a_headline_pair_of_places_is_kept():
    segs = segment("السعودية - الإمارات تتفقان على ربط شبكتي الكهرباء\n\nوقعت الدولتان اتفاقا بقيمة 500 مليون دولار.")
    assert segs[0].text.startswith("السعودية - الإمارات") and not segs[0].furniture, segs


def test_a_dated_dateline_keeps_its_rule():
    text = "عنوان الخبر هنا عن حدث مهم\n\nالقاهرة - 12 مارس (رويترز) - قال البنك المركزي إن التضخم تراجع إلى 12%."
    got = _claims(text)
    assert got and got[0].startswith("التضخم"), got


def test_a_dash_later_in_the_sentence_is_prose():
    text = "عنوان الخبر هنا عن حدث مهم\n\nقال الوزير إن الحكومة - رغم الأزمة - سترفع الأجور 10% العام المقبل."
    segs = segment(text)
    assert not any(s.furniture for s in segs), segs
