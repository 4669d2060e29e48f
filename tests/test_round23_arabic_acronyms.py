"""A short Arabic form in brackets after a name («وكالة أنباء الإمارات (وام)», «الوكالة السورية للأنباء (سانا)») is
the name's acronym, like '(WHO)': it stays inside the source, so the frame before «قد ذكرت» is found."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

CASES = [
    ("وكانت وكالة أنباء الإمارات (وام) قد ذكرت أن الدولة أرسلت 40 طناً من المساعدات إلى السودان.",
     "الدولة أرسلت 40 طناً من المساعدات إلى السودان", "وكالة أنباء الإمارات (وام)", "ذكرت"),
    ("وكانت الوكالة العربية السورية للأنباء (سانا) قد أفادت بأن 7 أشخاص أصيبوا في الانفجار.",
     "7 أشخاص أصيبوا في الانفجار", "الوكالة العربية السورية للأنباء (سانا)", "أفادت"),
    ("وكانت منظمة الصحة العالمية (WHO) قد أعلنت أن 12 مستشفى خرجت عن الخدمة.",
     "12 مستشفى خرجت عن الخدمة", "منظمة الصحة العالمية (WHO)", "أعلنت"),
]


@pytest.mark.parametrize(("text", "claim", "source", "cue"), CASES)
def test_bracketed_acronym_stays_in_the_source(text, claim, source, cue):
    rows = frame_rows(text, "ar", date(2025, 9, 14))
    assert [(r[0], r[2], r[3]) for r in rows] == [(claim, source, cue)]


def test_a_long_bracketed_aside_is_no_acronym():
    text = "وكانت الوزارة (التي تتولى الملف منذ عامين) قد ذكرت أن 300 أسرة نزحت."
    rows = frame_rows(text, "ar", date(2025, 9, 14))
    assert all(r[2] != "الوزارة (التي" for r in rows)
