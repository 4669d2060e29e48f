"""Teachers (أستاذ، أساتذة، مدرس، مدرسين، معلمة) are people and refineries (مصفاة، مصاف، مصافي) a unit of their own:
«نحو أربعين ألف أستاذ» counts 40,000 people, «ثلاث مصاف» three refineries."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _units(text: str):
    return [(q.value, q.unit) for c in analyze("عنوان الخبر\n\n" + text, "ar", date(2025, 9, 2)).claims
            for q in c.quantities]


@pytest.mark.parametrize(("text", "want"), [
    ("ويبلغ عدد الأساتذة في التعليم الرسمي نحو أربعين ألف أستاذ.", (40000.0, "person")),
    ("وتوظف الوزارة 3 آلاف مدرس في المدارس الرسمية.", (3000.0, "person")),
    ("وأضرب 1200 مدرسا عن العمل في المحافظة.", (1200.0, "person")),
    ("وعينت الوزارة 500 معلمة جديدة هذا العام.", (500.0, "person")),
    ("وتدير الشركة ثلاث مصاف في البلاد.", (3.0, "refinery")),
    ("وتملك الدولة 5 مصافي نفط.", (5.0, "refinery")),
])
def test_counted(text, want):
    assert want in _units(text), _units(text)
