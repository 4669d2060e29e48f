"""A comma-delimited insertion telling when or where a document came out («أظهرت بيانات وزارة المالية الأردنية، الصادرة
الأحد، ارتفاع عجز الموازنة»، «، المنشورة على موقعها،»، «، التي نشرت الأحد،») belongs to the frame, as a time insertion («، اليوم الأحد،») does:
the data are the source, and a relative clause of publishing («، التي نشرت الأحد،») is no claim of its own. With a
nominal object it left the frame as an unattributed claim of its own, and the content
unattributed too."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

CONTENT = "عجز الموازنة ارتفع إلى نحو 1.5 مليار دينار"


@pytest.mark.parametrize("insertion", ["الصادرة الأحد", "الصادرة صباح الأحد", "المنشورة على موقعها", "التي نشرت الأحد", "التي أصدرتها الأحد"])
def test_a_publication_insertion_is_the_frames(insertion):
    text = f"أظهرت بيانات وزارة المالية الأردنية، {insertion}، أن {CONTENT}."
    claims = analyze(text, "ar", date(2025, 11, 23)).claims
    assert [c.text for c in claims] == [CONTENT]
    a = claims[0].attribution
    assert (a.type, a.source.text) == ("official", "بيانات وزارة المالية الأردنية")


def test_a_nominal_object_after_the_insertion_keeps_the_source():
    text = "أظهرت بيانات وزارة المالية الأردنية، الصادرة الأحد، ارتفاع عجز الموازنة إلى نحو 1.5 مليار دينار."
    claims = analyze(text, "ar", date(2025, 11, 23)).claims
    assert len(claims) == 1
    a = claims[0].attribution
    assert (a.type, a.source.text) == ("official", "بيانات وزارة المالية الأردنية")
