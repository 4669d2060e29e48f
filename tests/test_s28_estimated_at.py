"""An estimating verb followed at once by the amount (عجز في الكهرباء يقدر بنحو ١٠ آلاف ميغاواط، خسائر تقدر بـ 5 ملايين
دولار) is the passive 'estimated at': no frame, and the amount is no source. A body estimating an amount keeps its frame
(قدرت الوزارة الخسائر بنحو 5 ملايين دولار)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze(text, "ar", date(2026, 11, 22)).claims]


@pytest.mark.parametrize("text", [
    "ويعاني العراق من عجز في الكهرباء يقدر بنحو ١٠ آلاف ميغاواط خلال أشهر الصيف.",
    "وتسببت الفيضانات في خسائر تقدر بـ 5 ملايين دولار في المحافظة.",
    "وتملك الشركة احتياطيات تقدر بأكثر من 3 مليارات برميل.",
])
def test_estimated_at_is_no_frame(text):
    got = _claims(text)
    assert got and all(source is None for _, _, source in got), got


def test_a_body_estimating_keeps_its_frame():
    got = _claims("وقدرت الوزارة الخسائر بنحو 5 ملايين دولار.")
    assert got and got[0][2] == "الوزارة", got
