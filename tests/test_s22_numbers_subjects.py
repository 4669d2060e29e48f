"""Session 22, from two unseen articles (Jordanian tourism, Kenyan inflation):

- «مليونا سائح»، «ألفا شخص»: a scale word in its alif form opening a number and followed by an indefinite noun
  is the dual in construct (two million tourists), where it was read as one million; the accusative singular
  («15 مليونا»، «أنفقت مليونا») takes no noun after it and stays one;
- a one-word country name right after the verb opening an Arabic claim is its subject, article and all
  («واحتل الأردن المرتبة 45»، «سجل العراق 45 إصابة»), as an unmarked transliterated name was (VSO), and a
  masculine perfect verb, which has no shape of its own, is read as one before a country's name.
"""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2026, 11, 23)


def _quantities(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for c in analyze(text, "ar", PUB).claims for q in c.quantities]


@pytest.mark.parametrize("text, expected", [
    ("زار البلاد مليونا سائح العام الماضي.", [("مليونا سائح", 2e6, "person")]),
    ("قتل ألفا شخص في الزلزال.", [("ألفا شخص", 2000, "person")]),
    ("بلغت الخسائر مليارا دولار.", [("مليارا دولار", 2e9, "USD")]),
    # the accusative singular: after digits, alone, or before a fraction joined to it
    ("بلغ عدد الزوار 15 مليونا العام الماضي.", [("15 مليونا", 15e6, "person")]),
    ("جمعت الحملة مليونا ونصف المليون دولار.", [("مليونا ونصف المليون دولار", 1.5e6, "USD")]),
    ("بلغت الخسائر مليوني دولار.", [("مليوني دولار", 2e6, "USD")]),  # unchanged
])
def test_construct_dual_of_a_scale_word(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize("text, subject", [
    ("واحتل الأردن المرتبة 45 من أصل 119 دولة في مؤشر تنافسية السياحة.", "الأردن"),
    ("وسجل العراق 45 إصابة جديدة يوم الأحد.", "العراق"),
    ("صدرت السعودية 7 ملايين برميل يوميا.", "السعودية"),
    ("احتلت مصر المرتبة 170 من أصل 180 دولة.", "مصر"),
])
def test_country_after_the_opening_verb_is_the_subject(text, subject):
    claim, = analyze(text, "ar", PUB).claims
    assert claim.subject is not None and claim.subject.text == subject



@pytest.mark.parametrize("text, subject", [
    ("Kenya ranked 12th out of 54 African countries in the latest Ibrahim Index of African Governance.", "Kenya"),
    ("Spain climbed to 8th in the FIFA World Ranking.", "Spain"),
    # unchanged: a possessive or an apposition after the opening name is no verb after it
    ("Kenya's inflation eased to 4.1% in October.", "Kenya"),
])
def test_english_name_before_an_opening_verb_is_the_subject(text, subject):
    claim, = analyze(text, "en", PUB).claims
    assert claim.subject is not None and claim.subject.text == subject
