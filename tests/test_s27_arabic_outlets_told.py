"""The outlet an Arabic source spoke to, when the gazetteer does not know it (لوكالة الأنباء الكورية، لصحيفة الصباح
الجديد، لإذاعة مونت كارلو) or knows it under another name (وكالة الأنباء الفرنسية for AFP, وكالة الأنباء الألمانية for
dpa), is the reporting clause's, and so is an aside on the source's anonymity after it: «وقال مسؤول في المفوضية لوكالة
الأنباء الفرنسية، مشترطا عدم الكشف عن هويته، إن …» left the frame as a claim of its own. After a title or an
affiliation the ل-outlet is the office's genitive, part of the source: «المدير العام لوكالة الطاقة الذرية رافائيل غروسي»
is one source (it was «المدير العام»), and so is «مسؤول تابع لوكالة الأنباء الكورية»."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

CONTENT = "النتائج الأولية ستعلن خلال 48 ساعة"


def _claims(text: str):
    return analyze(text, "ar", date(2025, 11, 12)).claims


@pytest.mark.parametrize("told", [
    "لوكالة الأنباء الفرنسية",
    "لوكالة الأنباء الألمانية",
    "لوكالة الأنباء الكورية",
    "لصحيفة الصباح الجديد",
    "لإذاعة مونت كارلو",
    "لمجلة الإيكونوميست",
])
@pytest.mark.parametrize("aside", ["مشترطا عدم الكشف عن هويته", "طالبا عدم نشر اسمه", "شريطة عدم ذكر اسمه"])
def test_the_outlet_told_and_the_aside_are_the_frame(told, aside):
    claims = _claims(f"وقال مسؤول في المفوضية {told}، {aside}، إن {CONTENT}.")
    assert [c.text for c in claims] == [CONTENT]
    a = claims[0].attribution
    assert (a.type, a.source.text) == ("anonymous", "مسؤول في المفوضية")


def test_the_outlet_told_without_an_aside():
    claims = _claims(f"وقال مسؤول في المفوضية لوكالة الأنباء الكورية إن {CONTENT}.")
    assert [c.text for c in claims] == [CONTENT]
    assert claims[0].attribution.source.text == "مسؤول في المفوضية"


@pytest.mark.parametrize("source, kind", [
    ("المدير العام لوكالة الطاقة الذرية رافائيل غروسي", "official"),
    ("مسؤول تابع لوكالة الأنباء الكورية", "anonymous"),
    ("رئيس تحرير لصحيفة الصباح", None),
])
def test_an_outlet_after_a_title_or_an_affiliation_is_the_source(source, kind):
    claims = _claims(f"وقال {source} إن {CONTENT}.")
    assert [c.text for c in claims] == [CONTENT]
    a = claims[0].attribution
    assert a.source.text == source
    if kind:
        assert a.type == kind


def test_afp_and_dpa_are_known_by_their_arabic_agency_names():
    from factcheck.attribution.sources import find_alias
    assert find_alias("وكالة الأنباء الفرنسية")[2] == "Agence France-Presse"
    assert find_alias("وكالة الأنباء الألمانية")[2] == "Deutsche Presse-Agentur"
