"""ضعف after a qualifier (أي ما يزيد على ضعف إنتاج الموسم السابق، أكثر من ضعف، نحو ضعف) is 'double': 2 times with the
qualifier's bound. Alone it may be 'weakness' (بسبب ضعف الطلب): no quantity."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _q(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), "ar")]


@pytest.mark.parametrize("text, want", [
    ("أي ما يزيد على ضعف إنتاج الموسم السابق", [(2.0, "times", "more_than")]),
    ("ارتفع الإنتاج إلى أكثر من ضعف إنتاج العام الماضي", [(2.0, "times", "more_than")]),
    ("وبلغت المبيعات نحو ضعف مستواها قبل عامين", [(2.0, "times", "about"), (2.0, "year", "exact")]),
    ("وتراجعت الأسعار بسبب ضعف الطلب العالمي", []),
    ("وأدى ذلك إلى ضعف الإقبال على السندات", []),
])
def test_double_after_a_qualifier(text, want):
    assert _q(text) == want
