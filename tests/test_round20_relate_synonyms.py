"""A word replaced by its synonym is the same report, not a contradiction: the substitution rule
("worded alike but for X vs Y") stands down when both words name one act (relate_synonyms.json)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.relate import relate
from factcheck.pipeline import analyze

PUBLISHED = date(2025, 9, 14)


def _relation(a: str, b: str, language: str):
    return relate(analyze(a, language, PUBLISHED).claims[0], analyze(b, language, PUBLISHED).claims[0])


@pytest.mark.parametrize("a,b,language", [
    ("Thousands of protesters gathered in the capital on Sunday.",
     "Thousands of protesters rallied in the capital on Sunday.", "en"),
    ("The company bought the startup on Monday.", "The company acquired the startup on Monday.", "en"),
    ("Police arrested the two suspects in Lagos on Friday.", "Police detained the two suspects in Lagos on Friday.", "en"),
    ("The bank hired new engineers in Dubai on Tuesday.", "The bank recruited new engineers in Dubai on Tuesday.", "en"),
    ("اعتقلت الشرطة المشتبه بهما في القاهرة يوم الجمعة.", "احتجزت الشرطة المشتبه بهما في القاهرة يوم الجمعة.", "ar"),
    ("اشترت الشركة المنصة الناشئة في دبي يوم الاثنين.", "استحوذت الشركة على المنصة الناشئة في دبي يوم الاثنين.", "ar"),
])
def test_a_synonym_is_no_substitution(a, b, language):
    r = _relation(a, b, language)
    assert r.relation != "conflicts", r.reasons
    assert not any(reason.startswith("worded alike but for") for reason in r.reasons)


@pytest.mark.parametrize("a,b,language", [
    ("The minister was charged with fraud on Monday.", "The minister was charged with espionage on Monday.", "en"),
    ("The strike closed the hospital in Gaza on Monday.", "The strike closed the school in Gaza on Monday.", "en"),
])
def test_other_words_still_make_a_substitution(a, b, language):
    r = _relation(a, b, language)
    assert r.relation == "conflicts"
    assert any(reason.startswith("worded alike but for") for reason in r.reasons), r.reasons
