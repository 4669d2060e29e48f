"""Session-21 relate() rules, found by probing /v1/compare with new pairs (strikes, prices, trade,
fuel shortages) across the two languages:

- two claims of two languages that agree on a figure or a day but each name a different thing of one
  kind (teachers vs «الأطباء», bread vs «الوقود», exports vs «الواردات»: the ``kind`` of a group in
  ``relate_concepts.json``) are about two things: "related", as one language's substitution of those
  words is not an agreement either;
- across languages, a number both give and concepts of one kind both name keep two claims from being
  "unrelated" (exports vs imports, 8% each, last year).
"""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.compare import compare
from factcheck.match.concepts import concept_kinds, concepts, concepts_apart
from factcheck.match.keys import claim_keys
from factcheck.models import Claim

PUB = date(2026, 11, 20)


def _compare(a: str, b: str):
    return compare(a, b, None, None, PUB, PUB)


def _keys(text: str, language: str):
    return claim_keys(Claim(id="x", article_id="a", text=text, start=0, end=len(text), language=language))


@pytest.mark.parametrize("a,b,reason", [  # (reasons name the words as matched: folded stems)
    ("Teachers went on strike on Monday", "أضرب الأطباء يوم الاثنين", "different things: 'teacher' vs 'اطباء'"),
    ("The price of bread rose 20% in March", "ارتفع سعر الوقود بنسبة 20% في مارس",
     "different things: 'bread' vs 'وقود'"),
    # exports and imports are measures of their own already (match_roles.json), once not unrelated
    ("Exports fell 8% last year", "انخفضت الواردات بنسبة 8% العام الماضي", "different measures: exports vs imports"),
    ("Floods hit 40 schools in the province on Sunday", "ضربت الفيضانات 40 مستشفى في الإقليم يوم الأحد",
     "hospital vs school"),
    ("A fire destroyed the factory on Friday", "دمر زلزال المصنع يوم الجمعة", "different things: 'fire' vs 'زلزال'"),
    ("Inflation rose to 5% in October", "ارتفعت البطالة إلى 5% في أكتوبر", "'inflation' vs 'بطال'"),
])
def test_two_things_of_one_kind_across_languages_are_related(a, b, reason):
    for x, y in ((a, b), (b, a)):  # symmetric
        r = _compare(x, y)
        assert r.relation == "related", r.reasons
        assert any(reason in s for s in r.reasons), r.reasons


@pytest.mark.parametrize("a,b", [
    ("Teachers went on strike on Monday", "أضرب المعلمون يوم الاثنين"),
    ("The price of bread rose 20% in March", "ارتفع سعر الخبز بنسبة 20% في مارس"),
    ("Exports fell 8% last year", "انخفضت الصادرات بنسبة 8% العام الماضي"),
    # one side names a second thing of the kind as well: no substitution
    ("Egypt imported 12 million tonnes of wheat and rice in 2025", "استوردت مصر 12 مليون طن من القمح عام 2025"),
    # things of two kinds (a storm, an airline): what one adds is no other thing of the same kind
    ("The airline cancelled 120 flights on Monday because of the storm", "ألغت شركة الطيران 120 رحلة يوم الاثنين"),
])
def test_one_thing_told_in_two_languages_still_agrees(a, b):
    for x, y in ((a, b), (b, a)):
        r = _compare(x, y)
        assert r.relation == "agrees", r.reasons


def test_concept_kinds_come_from_the_lexicon():
    kinds = concept_kinds()
    teachers = _keys("Teachers went on strike", "en")
    doctors = _keys("أضرب الأطباء", "ar")
    assert concepts_apart(teachers, doctors) == concepts_apart(doctors, teachers) == "different things: 'teacher' vs 'اطباء'"
    assert concepts_apart(teachers, teachers) is None  # one language: substitution reads the words
    assert {"people", "goods", "trade", "facility", "disaster"} <= set(kinds.values())


def test_an_arabic_concept_word_is_read_with_and_without_the_article():
    """«وقود» alone loses its و to the clitic rule (قود); «الوقود» keeps it: the lexicon reads both."""
    fuel = concepts("en", _keys("fuel", "en").content)
    assert len(fuel) == 1
    assert concepts("ar", _keys("الوقود", "ar").content) == concepts("ar", _keys("وقود", "ar").content) == fuel


def test_exports_and_imports_across_languages_were_unrelated():
    """The pair shares a figure, a day and a movement but no concept: it fell below the topic floor."""
    r = _compare("Exports fell 8% last year", "انخفضت الواردات بنسبة 8% العام الماضي")
    assert r.relation != "unrelated", r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("The ministry said 1,200 homes were destroyed", "The ministry said 1,200 homes were damaged", "related"),
    ("The quake destroyed 1,200 homes", "About 1,200 houses were razed by the quake", "agrees"),
    ("دمر الزلزال 1200 منزل", "تضرر 1200 منزل جراء الزلزال", "related"),
    ("دمر الزلزال 1200 منزل", "The quake destroyed 1,200 homes", "agrees"),
    ("The quake damaged 1,200 homes", "تضرر 1200 منزل جراء الزلزال", "agrees"),
    ("The quake damaged 1,200 homes", "دمر الزلزال 1200 منزل", "related"),
])
def test_homes_destroyed_and_homes_damaged_are_two_measures(a, b, relation):
    """Damage reports count buildings destroyed and damaged apart (two roles in match_roles.json):
    one figure for both is no agreement, and their two figures no conflict."""
    for x, y in ((a, b), (b, a)):
        r = _compare(x, y)
        assert r.relation == relation, r.reasons
        if relation == "related":
            assert any("destroyed" in s and "damaged" in s for s in r.reasons), r.reasons


@pytest.mark.parametrize("a,b,relation", [
    # a count named by what befell the people ("40 wounded") says nothing of who they are
    ("The hospital received 40 wounded soldiers", "استقبل المستشفى 40 جنديا جريحا", "agrees"),
    ("The hospital received 40 wounded soldiers", "استقبل المستشفى 40 مدنيا جريحا", "related"),  # soldiers, civilians
    # «مدرسة» (school) is no teacher: «مدرسين» shares its stem and is left out of the teachers
    ("The missile hit a hospital in the city on Friday", "أصاب صاروخ مدرسة في المدينة يوم الجمعة", "related"),
    ("The missile hit a school in the city on Friday", "أصاب صاروخ مدرسة في المدينة يوم الجمعة", "agrees"),
])
def test_counted_nouns_and_kinds_read_the_right_word(a, b, relation):
    for x, y in ((a, b), (b, a)):
        r = _compare(x, y)
        assert r.relation == relation, r.reasons
