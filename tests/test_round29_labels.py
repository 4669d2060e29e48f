"""A source label before a colon, as headlines write it, attributes what follows: an institution is an official
source, unnamed sources are anonymous; the claim is the text after the colon. Labels that name no source
('Breaking:', «عاجل:», 'The numbers:') and people's names leave the sentence as it was."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2025, 10, 16)


@pytest.mark.parametrize("lang, text, kind, source, claim", [
    ("en", "UN: 2.1 million people in Gaza face famine", "official", "UN", "2.1 million people in Gaza face famine"),
    ("en", "Police: 3 dead after shooting at Texas mall", "official", "Police", "3 dead after shooting at Texas mall"),
    ("en", "Health ministry: 40 cholera deaths recorded in Sudan since August", "official", "Health ministry",
     "40 cholera deaths recorded in Sudan since August"),
    ("ar", "الأمم المتحدة: 2.1 مليون شخص في غزة يواجهون خطر المجاعة", "official", "الأمم المتحدة",
     "2.1 مليون شخص في غزة يواجهون خطر المجاعة"),
    ("ar", "وزير المالية: العجز سيتراجع إلى 6% العام المقبل", "official", "وزير المالية", "العجز سيتراجع إلى 6% العام المقبل"),
    ("ar", "مصادر: الحكومة ستخفض الدعم بنسبة 20% الشهر المقبل", "anonymous", "مصادر",
     "الحكومة ستخفض الدعم بنسبة 20% الشهر المقبل"),
])
def test_a_source_label_attributes_what_follows(lang, text, kind, source, claim):
    claims = analyze(text, lang, PUB).claims
    assert [(c.text, c.attribution.type, c.attribution.source and c.attribution.source.text,
             c.attribution.cue and c.attribution.cue.text) for c in claims] == [(claim, kind, source, ":")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Breaking: 3 dead after shooting at Texas mall"),
    ("en", "The numbers: 300 jobs cut at the plant in March"),
    ("en", "Analysis: why 300 jobs were cut at the plant"),
    ("ar", "عاجل: مقتل 5 أشخاص في غارة على غزة"),
    ("ar", "بالأرقام: خسائر الشركة بلغت 3 مليارات دولار"),
    ("en", "Police: 3 dead"),  # too short to be a claim after its label
])
def test_a_label_that_names_no_source_leaves_the_sentence_unattributed(lang, text):
    claims = analyze(text, lang, PUB).claims
    assert all(c.attribution.type == "unattributed" for c in claims)
