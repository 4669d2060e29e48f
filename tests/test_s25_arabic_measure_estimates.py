"""قدّر with a nominal object puts a measure at a figure, and the estimate is its subject's whoever speaks
(«ويقدر المبعوث الأمريكي السابق عدد القتلى بنحو 150 ألف شخص» is the envoy's, named; «قدّر محللون حجم الخسائر
بنحو 3 مليارات دولار» the analysts', anonymous), as English 'The former US envoy estimates the death toll at
150,000' is. The object opens at its measure noun (عدد، حجم، قيمة), so the source is only the subject. توقع with a
nominal object stays the writer's unless an official body speaks, and the impersonal يُقدّر is nobody's."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, typ, source", [
    ("ويقدر المبعوث الأمريكي السابق عدد القتلى بنحو 150 ألف شخص.", "named", "المبعوث الأمريكي السابق"),
    ("ويقدر محللون حجم الخسائر بنحو 3 مليارات دولار.", "anonymous", "محللون"),
    ("وقدر ناشطون عدد المعتقلين بأكثر من 300 شخص.", "anonymous", "ناشطون"),
    ("وقدر الخبراء في الشركة قيمة الصفقة بنحو 3 مليارات دولار.", "anonymous", "الخبراء في الشركة"),
    ("وتقدر وزارة الصحة عدد القتلى بنحو 150 ألف شخص.", "official", "وزارة الصحة"),
    ("ويتوقع محللون ارتفاع الأسعار بنسبة 5%.", "unattributed", None),
    ("ويقدر عدد سكان المدينة بنحو مليوني نسمة.", "unattributed", None),
])
def test_measure_estimate_is_its_subjects(text, typ, source):
    claims = analyze(text, "ar", date(2025, 9, 14)).claims
    assert len(claims) == 1
    a = claims[0].attribution
    assert (a.type, a.source.text if a.source else None) == (typ, source)
    assert claims[0].quantities, "the estimated figure stays in the claim"
