"""A political party speaks for itself as a union does: 'The party said', «قال الحزب», «أحزاب المعارضة» are official
sources of kind organisation (they were named, 'Opposition parties' even a person). So a party that is the subject of
a clause reports what a participle after it says: «دعت أحزاب المعارضة إلى إلغاء النتائج، معتبرة أن X» is X in the
parties' voice, as «طالبت الأحزاب …، معتبرة أن X» already was."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, lang, source", [
    ("وقال الحزب في بيان إن 40 من أعضائه اعتقلوا.", "ar", "الحزب"),
    ("وقالت أحزاب المعارضة إن نسبة المشاركة لم تتجاوز 12%.", "ar", "أحزاب المعارضة"),
    ("وقال حزب النهضة إن 40 من أعضائه اعتقلوا.", "ar", "حزب النهضة"),
    ("The party said 40 of its members had been arrested.", "en", "The party"),
    ("Opposition parties said turnout was below 12%.", "en", "Opposition parties"),
])
def test_a_party_is_an_official_organisation(text, lang, source):
    (claim,) = analyze(text, lang, date(2025, 9, 10)).claims
    a = claim.attribution
    assert (a.type, a.source.text, a.source_kind) == ("official", source, "organisation")


@pytest.mark.parametrize("text, source", [
    ("دعت أحزاب المعارضة إلى إلغاء النتائج، معتبرة أن ثلاثة أرباع التونسيين رفضوا المسار.", "أحزاب المعارضة"),
    ("انتقدت الأحزاب القرار، معتبرة أن ثلاثة أرباع التونسيين رفضوا المسار.", "الأحزاب"),
])
def test_a_party_subject_reports_the_participle_after_it(text, source):
    claims = analyze(text, "ar", date(2025, 9, 10)).claims
    reported = [c for c in claims if c.text.startswith("ثلاثة أرباع")]
    assert len(reported) == 1
    a = reported[0].attribution
    assert (a.type, a.source.text if a.source else None) == ("official", source)
