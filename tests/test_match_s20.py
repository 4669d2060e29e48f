"""Session-20 relate() rules, each found by probing /v1/compare with new pairs (disasters, sport,
harvests, flights, tourism, courts, inflation):

- claims of two languages share no spelling: the bilingual concepts of ``relate_concepts.json``
  (airline/الطيران, talks/المحادثات) stand for the words they share;
- in one language, a number both give and a concept both name in any of its synonyms ("500 workers"
  / "500 employees … at the firm") keep two claims from being "unrelated";
- the pace of a rate is a movement ("inflation slowed" vs "accelerated", تباطأ vs تسارع);
- production, imports, exports and consumption are measures of their own ("the harvest reached 10
  million tonnes" vs "imported 12 million tonnes").
"""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.compare import compare
from factcheck.match.concepts import concepts, shared_concepts
from factcheck.match.keys import claim_keys
from factcheck.models import Claim

PUB = date(2026, 11, 20)


def _compare(a: str, b: str):
    return compare(a, b, None, None, PUB, PUB)


@pytest.mark.parametrize("a,b,relation,reason", [
    ("The airline cancelled 120 flights on Monday.", "ألغت شركة الطيران 120 رحلة يوم الاثنين",
     "agrees", "both say 120 flight"),
    ("The airline cancelled 120 flights on Monday.", "ألغت شركة الطيران 80 رحلة يوم الاثنين",
     "conflicts", "120 flight vs 80 flight"),
    ("North and South Korea agreed to resume military talks",
     "اتفقت الكوريتان على استئناف المحادثات العسكرية", "agrees", "'resume'"),
])
def test_concepts_tie_claims_of_two_languages(a, b, relation, reason):
    r = _compare(a, b)
    assert r.relation == relation, r.reasons
    assert any(reason in x for x in r.reasons), r.reasons
    r = _compare(b, a)  # symmetric
    assert r.relation == relation, r.reasons


def test_the_airline_pair_was_unrelated_without_concepts():
    """What the concepts change: with no word shared, the pair was below the topic floor."""
    ka = claim_keys(_claim("The airline cancelled 120 flights on Monday", "en"))
    kb = claim_keys(_claim("ألغت شركة الطيران 120 رحلة يوم الاثنين", "ar"))
    assert not ka.content & kb.content
    assert shared_concepts(ka, kb) == 2  # airline / الطيران, flights / رحلة
    assert shared_concepts(ka, ka) == 0  # one language: its words are compared as spelt
    assert shared_concepts(ka, ka, across=False) == 2


def _claim(text: str, language: str) -> Claim:
    return Claim(id="x", article_id="a", text=text, start=0, end=len(text), language=language)


@pytest.mark.parametrize("language,text,concept_words", [
    ("en", "Vaccines have run out in the camps", {"vaccines", "camps"}),
    ("ar", "نفاد اللقاحات في المخيمات", {"اللقاحات", "المخيمات"}),
    ("en", "Doctors treated patients at the hospital", {"doctors", "patients", "hospital"}),
    ("ar", "عالج الأطباء المرضى في المستشفى", {"الأطباء", "المرضى", "المستشفى"}),
])
def test_concepts_read_inflected_forms(language, text, concept_words):
    found = concepts(language, claim_keys(_claim(text, language)).content)
    assert len(found) == len(concept_words)


@pytest.mark.parametrize("a,b", [
    ("Vaccines have run out in the camps", "نفاد اللقاحات في المخيمات"),
    ("Doctors treated patients at the hospital", "عالج الأطباء المرضى في المستشفى"),
])
def test_one_concept_set_in_both_languages(a, b):
    ka, kb = claim_keys(_claim(a, "en")), claim_keys(_claim(b, "ar"))
    assert concepts("en", ka.content) == concepts("ar", kb.content)


@pytest.mark.parametrize("a,b", [
    ("The company laid off 500 workers.", "500 employees lost their jobs at the firm."),
    ("Unemployment rose to 7.1%.", "The jobless rate climbed to 7.1%."),
    ("Two million people face hunger, the UN said.", "The UN said 2 million people need food aid."),
])
def test_paraphrases_of_one_figure_agree(a, b):
    r = _compare(a, b)
    assert r.relation == "agrees", r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("Inflation slowed to 25.5% in October.", "Inflation accelerated to 25.5% in October.", "conflicts"),
    ("تباطأ نمو الاقتصاد إلى 2.1%", "تسارع نمو الاقتصاد إلى 2.1%", "conflicts"),
    ("Inflation eased to 25.5% in October.", "Inflation slowed to 25.5% in October.", "agrees"),
    ("Growth accelerated to 4% in the third quarter.", "Growth quickened to 4% in the third quarter.", "agrees"),
])
def test_the_pace_of_a_rate_is_a_movement(a, b, relation):
    r = _compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("a,b", [
    ("Egypt's wheat harvest reached 10 million tonnes this season.",
     "Egypt imported 12 million tonnes of wheat this season."),
    ("Egypt exported 2 million tonnes of oranges last year.", "Egypt imported 300,000 tonnes of oranges last year."),
    ("بلغ إنتاج مصر من القمح 10 ملايين طن هذا الموسم", "استوردت مصر 12 مليون طن من القمح هذا الموسم"),
    ("Saudi Arabia produced 9 million barrels a day in May.", "Saudi Arabia exported 6 million barrels a day in May."),
])
def test_production_imports_and_exports_are_different_measures(a, b):
    r = _compare(a, b)
    assert r.relation == "related", r.reasons


@pytest.mark.parametrize("a,b", [
    ("Egypt's wheat harvest reached 10 million tonnes this season.",
     "Egypt's wheat harvest reached 9.5 million tonnes this season."),
    ("Egypt imported 12 million tonnes of wheat this season.", "Egypt imported 10 million tonnes of wheat this season."),
])
def test_one_measure_told_twice_still_conflicts(a, b):
    assert _compare(a, b).relation == "conflicts"


@pytest.mark.parametrize("a,b,relation", [
    # found by the same probes, already right: kept as guards
    ("A 6.2-magnitude earthquake struck southern Turkey on Tuesday.",
     "A 5.8-magnitude earthquake struck southern Turkey on Tuesday.", "conflicts"),
    ("Al Ahly beat Zamalek 2-1 on Saturday.", "Al Ahly lost to Zamalek 2-1 on Saturday.", "conflicts"),
    ("Tourist arrivals rose 12% in the first half of 2025.", "Tourist arrivals rose 8% in the first half of 2024.",
     "related"),
    ("The court acquitted the former governor of corruption charges.",
     "The court convicted the former governor of corruption charges.", "conflicts"),
    ("The storm left 300,000 homes without power.", "The storm left 30,000 homes without power.", "conflicts"),
    ("The factory employs 2,000 workers.", "The factory employs about 2,000 workers.", "agrees"),
])
def test_guards_from_the_probes(a, b, relation):
    assert _compare(a, b).relation == relation


@pytest.mark.parametrize("a,b,reason", [
    ("Police arrested 50 protesters in Tunis.", "اعتقلت الشرطة 50 صحفيا في تونس", "different things counted"),
    ("The ministry opened 15 new schools this year.", "افتتحت الوزارة 15 مستشفى جديدا هذا العام", "different units"),
])
def test_one_figure_counting_different_things_across_languages_is_no_agreement(a, b, reason):
    r = _compare(a, b)
    assert r.relation == "related", r.reasons
    assert any(x.startswith(reason) for x in r.reasons), r.reasons


@pytest.mark.parametrize("a,b", [
    ("Police arrested 50 protesters in Tunis.", "اعتقلت الشرطة 50 متظاهرا في تونس"),
    ("Vantora laid off 1,200 workers on Tuesday.", "سرحت فانتورا 1200 موظف يوم الثلاثاء"),
    ("The floods destroyed 1,200 homes.", "دمرت الفيضانات 1200 منزل"),
    ("Egypt received 15 million tourists in 2024.", "استقبلت مصر 15 مليون سائح في 2024"),
])
def test_one_figure_counting_one_thing_across_languages_agrees(a, b):
    r = _compare(a, b)
    assert r.relation == "agrees", r.reasons


def test_a_lone_negation_not_tied_to_the_matter_is_no_agreement():
    """Before: 'agrees' with 'negation and opposite wording cancel out', for a single negation."""
    r = _compare("The hospital ran out of fuel on Monday.", "لم ينفد الوقود في المستشفى يوم الاثنين")
    assert r.relation == "related", r.reasons
    assert "negation and opposite wording cancel out" not in r.reasons


@pytest.mark.parametrize("a,b", [
    ("The firm hired 300 new staff in 2024.", "The firm cut 300 staff in 2024."),
    ("Acme recruited 1,000 workers last year.", "Acme laid off 1,000 workers last year."),
    ("وظفت الشركة 300 عامل في 2024", "سرحت الشركة 300 عامل في 2024"),
])
def test_taking_staff_on_and_shedding_them_conflict(a, b):
    r = _compare(a, b)
    assert r.relation == "conflicts", r.reasons


@pytest.mark.parametrize("a,b,told", [
    ("The president signed the budget into law on Friday.", "The president vetoed the budget on Friday.", "'law/sign' vs 'veto'"),
    ("The strike was called off on Thursday.", "The strike went ahead on Thursday.", "'ahead/went' vs 'call/off'"),
    ("The talks collapsed on Sunday.", "The talks ended with an agreement on Sunday.", "'agreement/end' vs 'collaps'"),
])
def test_a_shared_day_alone_is_no_agreement_when_each_says_another_thing(a, b, told):
    """Before: 'agrees' on 'both date it …' alone."""
    r = _compare(a, b)
    assert r.relation == "related", r.reasons
    assert f"only the day is told alike: {told}" in r.reasons


@pytest.mark.parametrize("a,b", [
    ("ارتفعت أسعار الذهب يوم الاثنين.", "صعدت أسعار الذهب يوم الاثنين في التعاملات الآسيوية."),  # one pole
    ("The strike was called off on Thursday.", "Unions called off the strike on Thursday."),  # nothing new on one side
    ("Gold prices rose on Monday.", "Gold prices climbed on Monday."),
])
def test_a_shared_day_with_the_same_thing_said_still_agrees(a, b):
    r = _compare(a, b)
    assert r.relation == "agrees", r.reasons


@pytest.mark.parametrize("a,b,relation,reason", [
    ("Prices of rice doubled in a month.", "Rice prices rose 100% in a month.", "agrees", "both say 100%"),
    ("Exports tripled in 2024.", "Exports jumped 200% in 2024.", "agrees", "both say 200%"),
    ("تضاعفت أسعار الأرز خلال شهر", "ارتفعت أسعار الأرز بنسبة 100% خلال شهر", "agrees", "both say 100%"),
    ("Exports tripled in 2024.", "Exports jumped 50% in 2024.", "conflicts", "200% vs 50%"),
])
def test_a_multiplier_is_the_rise_it_makes(a, b, relation, reason):
    """Before: 'different units: percent vs times'."""
    r = _compare(a, b)
    assert r.relation == relation, r.reasons
    assert reason in r.reasons


@pytest.mark.parametrize("a,b,relation", [
    ("Al Ahly won the African Champions League for the 12th time.",
     "Al Ahly won the African Champions League for the 11th time.", "conflicts"),
    ("Al Ahly won the African Champions League for the 12th time.",
     "توج الأهلي بدوري أبطال أفريقيا للمرة الثانية عشرة", "agrees"),
    ("The president won a third term.", "The president won a second term.", "conflicts"),
    ("Turnout was 44% in the first round.", "Turnout was 52% in the second round.", "related"),
])
def test_an_ordinal_that_is_the_figure_numbers_no_occurrence(a, b, relation):
    """Ordinals of occurrence are quantities since round 34 ("for the 12th time": 12 times); one that
    is itself the figure is no numbered occurrence (``places.occurrences``)."""
    r = _compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("text,value,unit", [
    ("قال الجيش إنه أسقط 12 طائرة مسيرة", 12.0, "drone"),
    ("أسقط الجيش 5 طائرات بدون طيار", 5.0, "drone"),
    ("أسقط الجيش 3 طائرات", 3.0, "aircraft"),
])
def test_a_drone_is_counted_as_one_in_arabic_too(text, value, unit):
    """«طائرة مسيرة» is a drone (was aircraft, from طائرة alone), so it meets "12 drones"."""
    from factcheck.pipeline import analyze
    qs = [(q.value, q.unit) for c in analyze(text, "ar", PUB).claims for q in c.quantities]
    assert qs == [(value, unit)]


def test_drones_meet_across_languages():
    r = _compare("The army said it shot down 12 drones.", "قال الجيش إنه أسقط 12 طائرة مسيرة")
    assert r.relation == "agrees", r.reasons
