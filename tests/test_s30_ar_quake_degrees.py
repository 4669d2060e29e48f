"""«زلزال بقوة 5.8 درجات», «هزة ارتدادية بلغت 4.2 درجات»: degrees in a clause about an earthquake are its
magnitude, as «درجات على مقياس ريختر» are; in a clause about the weather they stay Celsius, and elsewhere (a grade)
they have no unit."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("زلزال بقوة 5.8 درجات يضرب جنوب تركيا.", 5.8, "magnitude"),
    ("وأعقبته 38 هزة ارتدادية أقواها بلغت 4.2 درجات.", 4.2, "magnitude"),
    ("ضرب زلزال بلغت قوته ست درجات جزيرة سومطرة.", 6.0, "magnitude"),
    ("وبلغت درجة الحرارة 45 درجة في بغداد.", 45.0, "celsius"),
    ("حصل الطالب على 95 درجة في الامتحان.", 95.0, None),
])
def test_degrees_by_clause(sentence, value, unit):
    claims = analyze(f"خبر\n\n{sentence}", "ar", date(2025, 11, 20)).claims
    got = [(q.value, q.unit) for c in claims for q in c.quantities]
    assert (value, unit) in got, got
