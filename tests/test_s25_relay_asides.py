"""An aside between the cited source of an Arabic relay and its quotative («نقلت الوكالة عن طبيب في المستشفى، طلب عدم
كشف هويته لأسباب أمنية، قوله إن X») belongs to the reporting frame: X is the one claim, the agency relays it and the
doctor is cited (rests_on anonymous); the aside yields no claim, as in the English "quoted a doctor, who asked not
to be named for security reasons, as saying X"."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, language, claim, source, cited, rests_on", [
    ("ونقلت وكالة الصحافة الفرنسية عن طبيب في المستشفى السعودي، طلب عدم كشف هويته لأسباب أمنية، قوله إن المستشفى "
     "استقبل 47 جريحاً منذ الخميس.", "ar", "المستشفى استقبل 47 جريحاً منذ الخميس", "وكالة الصحافة الفرنسية",
     "طبيب في المستشفى السعودي", "anonymous"),
    ("ونقلت الوكالة عن طبيب، فضل عدم ذكر اسمه، قوله إن المستشفى استقبل 47 جريحاً.", "ar",
     "المستشفى استقبل 47 جريحاً", "الوكالة", "طبيب", "anonymous"),
    ("ونقلت الوكالة عن محمد أحمد، مدير المستشفى، قوله إن المستشفى استقبل 47 جريحاً.", "ar",
     "المستشفى استقبل 47 جريحاً", "الوكالة", "محمد أحمد", "named"),
    ("AFP quoted a doctor at the Saudi hospital, who asked not to be named for security reasons, as saying it had "
     "received 47 wounded since Thursday.", "en", "it had received 47 wounded since Thursday", "AFP",
     "a doctor at the Saudi hospital, who asked not to be named for security reasons", "anonymous"),
])
def test_aside_in_a_relay_is_the_frames(text, language, claim, source, cited, rests_on):
    claims = analyze(text, language, date(2025, 9, 14)).claims
    assert [c.text for c in claims] == [claim]
    a = claims[0].attribution
    assert (a.source.text, a.cited.text, a.rests_on) == (source, cited, rests_on)
