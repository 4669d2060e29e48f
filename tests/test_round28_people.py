"""Round 28 (held back until match/roles.py reads the people of a person count, see roles.patch): plural
demonyms and nisba nouns as counted nouns."""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows

EN = [
    # a capitalised plural demonym after a number counts people (-ans, -ians, -ese, -is, -ons)
    ("Police arrested three Americans and two Britons on Monday.",
     [("three Americans", 3, "person", "exact", None), ("two Britons", 2, "person", "exact", None)]),
    ("The strike killed 40 Palestinians, officials said.", [("40 Palestinians", 40, "person", "exact", None)]),
    ("Troops detained 12 Syrians near the border.", [("12 Syrians", 12, "person", "exact", None)]),
    ("Five Pakistanis and 7 Lebanese were hurt.",
     [("Five Pakistanis", 5, "person", "exact", None), ("7 Lebanese", 7, "person", "exact", None)]),
    # not a common noun in a title-cased line, nor a plural in -sons / -ions
    ("He listed 10 Reasons Why It Failed.", [("10", 10, None, "exact", None)]),
    ("The panel answered 5 Questions on Monday.", [("5", 5, None, "exact", None)]),
]

AR = [
    # a nisba plural (ـيون / ـيين) after a number counts people; so does the accusative singular after 11-99
    ("اعتقلت الشرطة ثلاثة أمريكيين.", [("ثلاثة أمريكيين", 3, "person", "exact", None)]),
    ("اعتقل 4 سوريين.", [("4 سوريين", 4, "person", "exact", None)]),
    ("أصيب 3 لبنانيون في الحادث.", [("3 لبنانيون", 3, "person", "exact", None)]),
    ("قتل 20 فلسطينيا في الغارة.", [("20 فلسطينيا", 20, "person", "exact", None)]),
    ("أفرج عن 12 مصريا.", [("12 مصريا", 12, "person", "exact", None)]),
    # an adverb of scope or frequency after a number is no counted noun
    ("احتل المنتخب المركز 80 عالميا.", [("المركز 80", 80, "rank", "exact", None)]),  # a rank (session 22)
    ("يموت 100 يوميا.", [("100", 100, None, "exact", None)]),
    # the genitive singular nisba after a scale word
    ("يعيش نحو 3.5 مليون سوري في تركيا.", [("نحو 3.5 مليون سوري", 3.5e6, "person", "about", None)]),
    ("يعمل 100 ألف مصري في الكويت.", [("100 ألف مصري", 1e5, "person", "exact", None)]),
    # a root ي is no nisba; round 29: a noun of no known class is its own unit
    ("اشترى الملعب 5 آلاف كرسي.", [("5 آلاف كرسي", 5000, "كرسي", "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english(text, expected):
    assert quantity_rows(text, "en") == approx_rows(expected)


@pytest.mark.parametrize(("text", "expected"), AR)
def test_arabic(text, expected):
    assert quantity_rows(text, "ar") == approx_rows(expected)
