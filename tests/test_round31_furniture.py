"""Round 31: an interview page's title line ('Interview with the finance minister', «حوار مع وزير المالية») names
the page and who was interviewed: furniture, no claim; a label with a claim after its colon is not."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2026, 11, 20)
BODY = "\n\nThe minister said the deficit would fall to 3% of GDP next year.\n"
BODY_AR = "\n\nوقال الوزير إن العجز سينخفض إلى 3% من الناتج المحلي العام المقبل.\n"


@pytest.mark.parametrize("line, language", [
    ("Interview with the finance minister", "en"),
    ("An exclusive interview with Kenya's central bank governor", "en"),
    ("Q&A with the health minister", "en"),
    ("حوار مع وزير المالية الأردني", "ar"),
    ("مقابلة خاصة مع محافظ البنك المركزي", "ar"),
])
def test_an_interview_title_line_is_no_claim(line, language):
    text = line + (BODY if language == "en" else BODY_AR)
    claims = analyze(text, language, PUB).claims
    assert [c.text for c in claims if c.start < len(line)] == []
    assert len(claims) == 1


def test_a_label_with_a_claim_after_its_colon_stays():
    text = "Interview with the finance minister: the deficit will fall to 3% next year"
    claims = analyze(text, "en", PUB).claims
    assert [c.text for c in claims] != []
