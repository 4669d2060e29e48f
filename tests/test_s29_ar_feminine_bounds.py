"""The feminine forms of the negated bounds read as the masculine ones: «زيادة لا تقل عن 20%» is at least 20% (as «لا يقل
عن»), «لا تزيد عن 5%» at most 5%; the bare «تقل عن» stays less than."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _qualifiers(text: str):
    return [(q.text, q.qualifier) for c in analyze("عنوان الخبر\n\n" + text, "ar", date(2025, 9, 2)).claims
            for q in c.quantities]


@pytest.mark.parametrize(("text", "want"), [
    ("وطالبت النقابة بزيادة لا تقل عن 20% على الرواتب.", ("لا تقل عن 20%", "at_least")),
    ("وطالبت النقابة بزيادة لا تقل عن خمسة أضعاف الراتب الحالي.", ("لا تقل عن خمسة أضعاف", "at_least")),
    ("وطالبت الحكومة بزيادة ما لا تقل عن 20% على الرواتب.", ("ما لا تقل عن 20%", "at_least")),
    ("وتعهدت الحكومة بزيادة لا تزيد عن 5% على الأسعار.", ("لا تزيد عن 5%", "at_most")),
    ("وبلغت نسبة الزيادة في الأسعار نسبة تقل عن 5% فقط.", ("تقل عن 5%", "less_than")),
])
def test_feminine_bounds(text, want):
    assert want in _qualifiers(text), _qualifiers(text)
