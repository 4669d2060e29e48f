"""Arabic counted nouns that open with a letter that is also a clitic (ب، ل، و، ف: «بلدية», «لجان»,
«ولايات», «فنادق», «وثائق», «بعثات», «بطاقات») and the town «بلدة» (not the country «بلد»): each
takes the unit class English gives the same noun, so the figures compare across languages."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _units(text: str, language: str) -> list[tuple[float, str | None]]:
    claims = analyze("headline words here\n\n" + text, language, date(2025, 9, 21)).claims
    return [(q.value, q.unit) for c in claims for q in c.quantities]


@pytest.mark.parametrize("text,expected", [
    ("وغمرت السيول 40 بلدة في شمال البلاد.", (40.0, "city")),
    ("وشاركت 350 بلدية في المسابقة الوطنية.", (350.0, "municipality")),
    ("وتوزعت المساعدات على 12 بلدية و3 قرى.", (12.0, "municipality")),
    ("وشكل البرلمان 3 لجان للتحقيق في الصفقة.", (3.0, "committee")),
    ("وامتدت الاحتجاجات إلى 7 ولايات خلال يومين.", (7.0, "state")),
    ("وأغلقت السلطات 8 فنادق في المدينة القديمة.", (8.0, "hotel")),
    ("وسرق اللصوص 20 وثيقة من الأرشيف.", (20.0, "document")),
    ("وأرسلت الأمم المتحدة 3 بعثات إلى المنطقة.", (3.0, "mission")),
    ("ووزع البنك 500 بطاقة على المتضررين.", (500.0, "card")),
])
def test_arabic_counted_noun_opening_with_a_clitic_letter(text, expected):
    assert expected in _units(text, "ar")


@pytest.mark.parametrize("ar,en", [
    ("وشاركت 25 بلدية في المسابقة.", "25 municipalities took part in the contest."),
    ("وشكل البرلمان 3 لجان للتحقيق.", "Parliament formed 3 committees to investigate."),
    ("وأغلقت السلطات 8 فنادق.", "The authorities closed 8 hotels."),
    ("وغمرت السيول 40 بلدة.", "Floods swamped 40 towns."),
])
def test_the_same_count_has_one_unit_in_both_languages(ar, en):
    assert _units(ar, "ar") == _units(en, "en")


def test_a_noun_after_a_verb_clitic_is_still_not_counted():
    """«قتل 20 وأصيب 30»: the word after a number opening with و is another clause, not a noun."""
    units = _units("وقتل 20 وأصيب 30 آخرون في الهجوم.", "ar")
    assert [v for v, _ in units] == [20.0, 30.0]
    assert all(u is None or u.isascii() for _, u in units)
