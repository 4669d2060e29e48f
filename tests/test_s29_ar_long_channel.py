"""A channel between commas after a verb-first source may be long («وأوضح الوزير، في عرض قدمه أمام لجنة القطاعات
الإنتاجية بمجلس النواب، أن»): the minister still frames what follows أن, and «وأضاف أن» after it goes on with him."""
from __future__ import annotations

from datetime import date

from factcheck.pipeline import analyze


def test_a_long_channel_keeps_the_frame():
    text = ("عنوان الخبر\n\nوأوضح الوزير، في عرض قدمه أمام لجنة القطاعات الإنتاجية بمجلس النواب، أن المساحة المزروعة "
            "لم تتجاوز 2.5 مليون هكتار.\n\nوأضاف أن الحكومة ستستورد 25 مليون قنطار من القمح اللين.")
    got = [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
           for c in analyze(text, "ar", date(2024, 6, 11)).claims]
    assert got == [("المساحة المزروعة لم تتجاوز 2.5 مليون هكتار", "official", "الوزير"),
                   ("الحكومة ستستورد 25 مليون قنطار من القمح اللين", "official", "الوزير")], got
