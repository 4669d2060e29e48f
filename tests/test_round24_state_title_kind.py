"""A bare title of a state office speaks for the state: official, of kind government, like 'the mayor'
or 'the ambassador' in English; with a personal name after it the source is a named person."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _attribution(text: str, language: str):
    claims = analyze(text, language, date(2025, 9, 14)).claims
    assert len(claims) == 1
    return claims[0].attribution


@pytest.mark.parametrize("text, source", [
    ("وقال السفير الأمريكي إن بلاده ستقدم 20 مليون دولار للمدارس.", "السفير الأمريكي"),
    ("وأكد رئيس الحكومة أن التعرفة لن ترتفع قبل 2026.", "رئيس الحكومة"),
    ("بحسب السفير، وصل 4 آلاف لاجئ إلى الحدود.", "السفير"),
    ("وقال العمدة إن المدينة ستزرع 10 آلاف شجرة.", "العمدة"),
    ("وأوضحت سفيرة الاتحاد الأوروبي لدى مصر أن المنحة تبلغ 40 مليون يورو.", "سفيرة الاتحاد الأوروبي لدى مصر"),
])
def test_a_bare_arabic_state_title_is_the_governments_voice(text, source):
    a = _attribution(text, "ar")
    assert (a.type, a.source_kind, a.source.text) == ("official", "government", source)


@pytest.mark.parametrize("text, source", [
    ("وقال السفير الأمريكي توم باراك إن واشنطن ستقدم 20 مليون دولار.", "السفير الأمريكي توم باراك"),
    ("وقال الرئيس السابق إن الدولة دفعت 100 مليون دولار.", "الرئيس السابق"),
])
def test_a_title_with_a_name_or_a_former_marker_stays_a_person(text, source):
    a = _attribution(text, "ar")
    assert (a.type, a.source.text) == ("named", source)


@pytest.mark.parametrize("text, source", [
    ("The ambassador said the embassy would issue 5,000 visas.", "The ambassador"),
    ("The consul said 200 pilgrims were stranded at the airport.", "The consul"),
    ("The mayor said the city would plant 10,000 trees.", "The mayor"),
])
def test_the_english_counterparts_agree(text, source):
    a = _attribution(text, "en")
    assert (a.type, a.source_kind, a.source.text) == ("official", "government", source)
