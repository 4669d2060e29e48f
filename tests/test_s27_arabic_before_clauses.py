"""«قبل أن» opens a subordinate clause like «بعد أن»: a name inside it is no subject of the main clause. «وكانت الشركة
قد جمعت 42 مليون دولار …، قبل أن تتراجع قيمتها … منذ إدراجها في بورصة ناسداك» had the subject «بورصة ناسداك»."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text", [
    "وكانت الشركة قد جمعت 42 مليون دولار في جولة تمويلية العام الماضي، قبل أن تتراجع قيمتها السوقية بأكثر من 80 بالمئة منذ إدراجها في بورصة ناسداك عام 2022.",
    "جمعت الشركة 42 مليون دولار قبل أن تدرج أسهمها في بورصة ناسداك.",
])
def test_a_name_after_qabla_an_is_no_subject(text):
    claims = analyze(text, "ar", date(2025, 11, 20)).claims
    assert all(c.subject is None or "ناسداك" not in c.subject.text for c in claims), [
        (c.text, c.subject) for c in claims]
