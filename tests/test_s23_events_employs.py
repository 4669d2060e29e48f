"""A workforce stated is no hiring: «توظف الشركة 3000 عامل» and "the mine employs 1,200 people" give the
size of a workforce (a state), not people taken on. The present tense of وظّف reads as hiring only
after a particle that makes it an intention or a future (أن، سوف، لن), its past and future forms
and the noun توظيف stay hiring, and English "will employ" is hiring as "will hire" is."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

CASES = [
    ("توظف الشركة 3000 عامل في مصنعها.", "ar", None, 3000.0),
    ("ويوظف المنجم نحو 1200 شخص.", "ar", None, 1200.0),
    ("يوظف القطاع السياحي 2.5 مليون شخص في مصر.", "ar", None, 2.5e6),
    ("وتوظف المجموعة أكثر من 45 ألف موظف حول العالم.", "ar", None, 45000.0),
    ("تعتزم الشركة أن توظف 500 مهندس العام المقبل.", "ar", "hiring", 500.0),
    ("وقالت الوزارة إنها سوف توظف 2000 معلم هذا العام.", "ar", "hiring", 2000.0),
    ("وظفت الشركة 300 مهندس العام الماضي.", "ar", "hiring", 300.0),
    ("ستوظف الشركة 500 شخص في المصنع الجديد.", "ar", "hiring", 500.0),
    ("أعلنت الشركة عن توظيف 800 عامل جديد.", "ar", "hiring", 800.0),
    ("The mine employs nearly 1,200 people.", "en", None, 1200.0),
    ("The company employed 3,000 workers at the end of 2024.", "en", None, 3000.0),
    ("Orbitel will employ 500 people at the new plant.", "en", "hiring", 500.0),
    ("Orbitel hired 300 engineers last year.", "en", "hiring", 300.0),
]


@pytest.mark.parametrize("text,lang,event,value", CASES, ids=[c[0][:40] for c in CASES])
def test_workforce_is_no_hiring(text, lang, event, value):
    claims = analyze(text, lang, date(2025, 6, 10)).claims
    assert len(claims) == 1
    c = claims[0]
    assert c.event == event
    assert [q.value for q in c.quantities] == [value] and c.quantities[0].unit == "person"
