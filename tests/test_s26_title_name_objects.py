"""An Arabic announcement or denial whose subject is a title and a full name with the article in the family name
(«نفى وزير المالية محمد العسعس وجود أي نية …», «أكد وزير الخارجية أيمن الصفدي رفض الأردن …») is the official's: the
object opens at the verbal noun after the name, as it did after a name without the article («محمد معيط زيادة»)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, source, obj", [
    ("ونفى وزير المالية محمد العسعس وجود أي نية لفرض ضرائب جديدة.", "وزير المالية محمد العسعس", "وجود"),
    ("وأعلن وزير المالية محمد العسعس زيادة رواتب الموظفين بنسبة 5 بالمئة.", "وزير المالية محمد العسعس", "زيادة"),
    ("وأكد وزير الخارجية أيمن الصفدي رفض الأردن القاطع لأي تهجير للفلسطينيين.", "وزير الخارجية أيمن الصفدي", "رفض"),
    ("وأعلن وزير المالية محمد معيط زيادة رواتب الموظفين بنسبة 5 بالمئة.", "وزير المالية محمد معيط", "زيادة"),
])
def test_a_title_and_full_name_speak_before_the_object(text, source, obj):
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert len(claims) == 1
    a = claims[0].attribution
    assert (a.type, a.source.text if a.source else None) == ("official", source)
    assert text[a.source.start:a.source.end] == source
    assert obj in claims[0].text


def test_a_name_without_an_object_after_it_is_no_speaker_of_one():
    # the definite name ends the subject, but nothing announced follows: no verbal noun, no frame of an object
    text = "وزار وزير المالية محمد العسعس مدينة العقبة الأحد."
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    assert all(c.attribution.type == "unattributed" for c in claims)
