"""Session 22, ranks: a position in a ranking is a quantity of unit ``rank`` whose total is the size of the
ranking when the text gives it ("ranked 145th out of 180 countries" → 145 of 180; «احتلت مصر المرتبة 170 من
أصل 180 دولة» → 170 of 180). Before, "145th" was no quantity (an ordinal is a position) and "out of 180
countries" a count of countries, so two outlets giving two positions in one index could not conflict."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.compare import compare
from factcheck.pipeline import analyze

PUB = date(2026, 11, 23)


def _rows(text: str, language: str) -> list[tuple[str, float, str | None, float | None]]:
    out = []
    for c in analyze(text, language, PUB).claims:
        for q in c.quantities:
            assert text[q.start:q.end] == q.text
            out.append((q.text, q.value, q.unit, q.total))
    return out


@pytest.mark.parametrize("text, expected", [
    ("The country ranked 145th out of 180 countries in the press freedom index.",
     [("145th out of 180 countries", 145, "rank", 180)]),
    ("Eritrea came last, 180th of 180 countries.", [("180th of 180 countries", 180, "rank", 180)]),
    ("India was placed 151st.", [("151st", 151, "rank", None)]),
    ("Nigeria is the world's 10th-largest oil producer.", [("10th-largest", 10, "rank", None)]),
    ("She finished third in the final.", [("third", 3, "rank", None)]),
    ("Spain rose to third place in the table.", [("third place", 3, "rank", None)]),
    ("Alcaraz is ranked No. 2 in the world.", [("No. 2", 2, "rank", None)]),
    ("The team slipped to 12th in the table.", [("12th", 12, "rank", None)]),
    ("Brazil climbed two places to 42nd.", [("two places", 2, "place", None), ("42nd", 42, "rank", None)]),
    ("Finland ranked first in the World Happiness Report.", [("first", 1, "rank", None)]),
])
def test_english_positions_are_ranks(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("احتلت مصر المرتبة 170 من أصل 180 دولة في مؤشر حرية الصحافة.",
     [("المرتبة 170 من أصل 180 دولة", 170, "rank", 180)]),
    ("جاء الأردن في المركز الـ58 عالميا في مؤشر السعادة.", [("المركز الـ58", 58, "rank", None)]),
    ("حلت فنلندا في المرتبة الأولى.", [("المرتبة الأولى", 1, "rank", None)]),
    ("وتراجع لبنان إلى المرتبة الخامسة والعشرين.", [("المرتبة الخامسة والعشرين", 25, "rank", None)]),
    ("أنهى الرجاء الموسم بالمركز الثالث.", [("المركز الثالث", 3, "rank", None)]),
    ("وجاءت المغرب في المرتبة 120 من بين 193 دولة.", [("المرتبة 120 من بين 193 دولة", 120, "rank", 193)]),
])
def test_arabic_positions_are_ranks(text, expected):
    assert _rows(text, "ar") == expected


@pytest.mark.parametrize("text, language, expected", [
    # idioms and adverbs of order are no positions
    ("In the first place, the court must rule.", "en", []),
    ("He moved first to London in 2010.", "en", []),
    ("The first of 12 suspects was sentenced on Monday.", "en", [("12 suspects", 12, "person", None)]),
    # an ordinal of occurrence stays a count of times; an ordinal label no quantity
    ("She won the title for the 12th time.", "en", [("12th time", 12, "times", None)]),
    ("The bank opened its 5th branch.", "en", []),
    # a centre, named by the indefinite noun, is a place
    ("افتتح مركز صحي جديد في المدينة.", "ar", []),
])
def test_what_is_no_rank(text, language, expected):
    assert _rows(text, language) == expected


def test_verb_first_country_before_a_rank_is_the_subject():
    claim, = analyze("احتلت مصر المرتبة 170 من أصل 180 دولة في مؤشر حرية الصحافة.", "ar", PUB).claims
    assert claim.subject is not None and claim.subject.text == "مصر"


@pytest.mark.parametrize("a, b, relation", [
    ("Egypt ranked 170th out of 180 countries in the press freedom index.",
     "احتلت مصر المرتبة 170 من أصل 180 دولة في مؤشر حرية الصحافة.", "agrees"),
    ("Egypt ranked 170th out of 180 countries in the press freedom index.",
     "احتلت مصر المرتبة 165 في مؤشر حرية الصحافة.", "conflicts"),
    ("Egypt ranked 170th in the press freedom index.", "Egypt ranked 166th in the press freedom index.", "conflicts"),
    ("Egypt ranked 170th in the press freedom index in 2024.",
     "Egypt ranked 166th in the press freedom index in 2025.", "related"),
    ("جاء الأردن في المركز الـ58 عالميا في مؤشر السعادة.", "حل الأردن في المرتبة 60 عالميا في مؤشر السعادة.",
     "conflicts"),
    ("جاء الأردن في المركز الـ58 عالميا في مؤشر السعادة.", "حل الأردن في المرتبة 58 عالميا في مؤشر السعادة.",
     "agrees"),
])
def test_two_tellings_of_one_ranking(a, b, relation):
    got = compare(a, b, None, None, PUB, PUB)
    assert got.relation == relation, got.reasons
