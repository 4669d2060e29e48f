"""A prison term handed down (قضت بسجن، الحكم بسجن، يقضي بسجن، قضت بالسجن) is a ruling (lawsuit), as 'jailed' is in
English; an arrest or a detention stays an arrest."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _events(text: str) -> list[str | None]:
    return [c.event for c in analyze(text, "ar", date(2026, 2, 9)).claims]


@pytest.mark.parametrize("text, event", [
    ("فيما قضت بسجن موظفين اثنين لمدة عامين بتهمة الإهمال.", "lawsuit"),
    ("الأردن: الحكم بسجن مدير سابق 10 سنوات في قضية اختلاس", "lawsuit"),
    ("وقضى القاضي بسجن المتهم خمس سنوات بعد إدانته بالرشوة.", "lawsuit"),
    ("وأصدرت الدائرة حكما يقضي بسجن الوزير السابق سبع سنوات.", "lawsuit"),
    # arrests and detentions stay arrests
    ("واعتقلت الشرطة 12 شخصا في العاصمة يوم السبت.", "arrest"),
    ("واحتجزت السلطات ثلاثة صحفيين منذ مطلع الشهر.", "arrest"),
])
def test_a_prison_term_handed_down_is_a_ruling(text, event):
    assert event in _events(text), _events(text)
