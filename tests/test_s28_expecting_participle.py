"""The participle of expecting after a comma (، متوقعاً أن / متوقعة أن) reports what the main clause's subject expects,
like قائلاً إن; without the comma it is the adjective 'expected' (كان النمو متوقعاً أن يصل), no frame."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze(text, "ar", date(2025, 9, 12)).claims]


@pytest.mark.parametrize("text, content, source", [
    ("واستقال الوزير يوم الجمعة، متوقعاً أن تستمر الأسعار في الارتفاع خلال الشهر المقبل.",
     "تستمر الأسعار في الارتفاع خلال الشهر المقبل", "الوزير"),
    ("وخفضت الحكومة توقعاتها للنمو إلى 3%، متوقعة أن يتباطأ الاقتصاد في الربع الأخير.",
     "يتباطأ الاقتصاد في الربع الأخير", "الحكومة"),
])
def test_expecting_participle_after_a_comma(text, content, source):
    got = _claims(text)
    assert (content, "official", source) in got, got


def test_the_adjective_expected_is_no_frame():
    got = _claims("وكان النمو متوقعاً أن يصل إلى 4% هذا العام.")
    assert all(kind == "unattributed" for _, kind, _ in got), got
