"""A later mention by surname of an official whose given name the name lexicon does not know («وزير الصناعة والتجارة
والتموين يعرب القضاة» then «وأضاف القضاة») keeps the official type of the full mention. A surname the article never
gave an official stays a named person."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.attribution.cues import lexicon, tokenize
from factcheck.attribution.mentions import Mentions
from factcheck.attribution.names_ar import written
from factcheck.pipeline import analyze


def _attributions(text: str):
    return [(c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze(text, "ar", date(2025, 9, 21)).claims]


@pytest.mark.parametrize(("full", "short"), [
    ("وزير الصناعة والتجارة والتموين يعرب القضاة", "القضاة"),
    ("محافظ البنك المركزي فراس الشمري", "الشمري"),
    ("المتحدث باسم وزارة الصحة نزار الكرعاوي", "الكرعاوي"),
], ids=["minister", "governor", "spokesman"])
def test_the_surname_keeps_the_official_type(full, short):
    text = (f"عنوان الخبر عن الأسعار\n\nوقال {full} إن كلفة الدعم ارتفعت إلى 240 مليون دينار. "
            f"وأضاف {short} أن الحكومة ستدعم نحو 1.2 مليون أسرة.")
    got = _attributions(text)
    assert got == [("official", full), ("official", short)], got


def test_an_unknown_surname_stays_named():
    text = ("عنوان الخبر عن الأسعار\n\nوقال وزير الصناعة يعرب القضاة إن كلفة الدعم ارتفعت إلى 240 مليون دينار. "
            "وقال التاجر سامر الخطيب إن الأسعار سترتفع 10% الشهر المقبل.")
    got = _attributions(text)
    assert got[0][0] == "official" and got[1] == ("named", "التاجر سامر الخطيب"), got


def test_a_title_ending_in_a_body_lends_no_surname():
    text = "عنوان الخبر عن الأسعار\n\nوقال المتحدث باسم الوزارة إن كلفة الدعم ارتفعت إلى 240 مليون دينار."
    m = Mentions(text, lexicon("ar"))
    toks = [t for t in tokenize(text, text.index("المتحدث"), text.index(" إن")) if t.word]
    assert len(toks) == 3 and m._ar_unknown_given(toks, written(text, toks)) == []
