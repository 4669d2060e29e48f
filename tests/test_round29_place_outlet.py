"""A place-and-outlet line ('بيروت - الوكالة الوطنية للإعلام', 'LAGOS - Premium Times') is a dateline even where it
opens the page in the headline's place: a place of one to three words, a dash, and an outlet's name (a wire agency
or a name headed by agency / news / channel / paper words), with no figure and no verb. Headlines with a dash
(«غزة - مقتل 5 في غارة», 'Trump - Putin summit set for Alaska') stay claims."""
from __future__ import annotations

import pytest

from factcheck.pipeline import analyze
from factcheck.text.furniture import paragraph_furniture

BODY = {"ar": "أعلنت الشركة عن تسريح 300 موظف من مصنعها في الإسكندرية يوم الخميس.",
        "en": "The company said it would cut 300 jobs at its plant in Ohio on Thursday."}


@pytest.mark.parametrize("line, lang", [
    ("بيروت - الوكالة الوطنية للإعلام", "ar"),
    ("القاهرة - سكاي نيوز عربية", "ar"),
    ("الرباط – وكالة المغرب العربي للأنباء", "ar"),
    ("عمّان - صحيفة الغد", "ar"),
    ("الخرطوم - رويترز", "ar"),
    ("دبي — قناة العربية", "ar"),
    ("LAGOS - Premium Times", "en"),
    ("NAIROBI — Daily Nation", "en"),
    ("New Delhi - Press Trust of India", "en"),
    ("WASHINGTON - The Associated Press", "en"),
])
@pytest.mark.parametrize("headline", [True, False])
def test_place_and_outlet_line_is_a_dateline(line, lang, headline):
    text = f"{line}\n{BODY[lang]}"
    assert paragraph_furniture(text, 0, len(line), lang, headline=headline, last=False) == "dateline"


@pytest.mark.parametrize("line, lang", [
    ("بيروت - الوكالة الوطنية للإعلام", "ar"),
    ("LAGOS - Premium Times", "en"),
])
def test_opening_place_and_outlet_line_yields_no_claim(line, lang):
    text = f"{line}\n{BODY[lang]}"
    claims = analyze(text, lang).claims
    assert claims and all(c.start > len(line) for c in claims)


@pytest.mark.parametrize("line, lang", [
    ("غزة - مقتل 5 في غارة إسرائيلية", "ar"),
    ("ترامب - بوتين: قمة في ألاسكا الشهر المقبل", "ar"),
    ("مصر - ارتفاع التضخم إلى 24% في فبراير", "ar"),
    ("Trump - Putin summit set for Alaska next month", "en"),
    ("Kenya - central bank cuts key rate to 10.75%", "en"),
    ("Fox News - CNN ratings war heats up as viewers leave", "en"),
])
def test_a_headline_with_a_dash_is_not_a_dateline(line, lang):
    text = f"{line}\n{BODY[lang]}"
    assert paragraph_furniture(text, 0, len(line), lang, headline=True, last=False) is None
