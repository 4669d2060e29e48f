"""Claim units: clause cutting, frames, lead-ins, checkworthiness filtering, events and subjects.

The tables in tests/data/claims_{ar,en}.jsonl list, per sentence, the exact claim texts, their
events and (where a careful reader agrees) their subjects.
"""
import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.claims import checkworthiness
from factcheck.extract.clauses import clause_spans
from factcheck.pipeline import analyze

DATA = Path(__file__).parent / "data"
PUBLISHED = date(2025, 9, 13)


def _cases(lang):
    rows = [json.loads(line) for line in (DATA / f"claims_{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
    return [pytest.param(lang, r, id=f"{lang}-{i:02d}") for i, r in enumerate(rows)]


@pytest.mark.parametrize("lang,case", _cases("ar") + _cases("en"))
def test_claim_table(lang, case):
    text = case["text"]
    a = analyze(text, lang, PUBLISHED)
    assert [c.text for c in a.claims] == [c["text"] for c in case["claims"]]
    assert [c.event for c in a.claims] == [c["event"] for c in case["claims"]]
    for got, want in zip(a.claims, case["claims"], strict=True):
        assert text[got.start:got.end] == got.text
        if "subject" in want:
            assert got.subject is not None and got.subject.text == want["subject"]
            assert text[got.subject.start:got.subject.end] == got.subject.text


def test_corpus_size():
    assert len(_cases("ar")) >= 60 and len(_cases("en")) >= 60


@pytest.mark.parametrize("text,lang,want", [
    ("أعلنت الشركة عن خطة جديدة، حيث تعتزم توظيف 300 مهندس خلال العام.", "ar",
     ["أعلنت الشركة عن خطة جديدة", "حيث تعتزم توظيف 300 مهندس خلال العام"]),
    ("وخلال الأسبوع الماضي، باعت المجموعة حصتها في البنك.", "ar",
     ["وخلال الأسبوع الماضي، باعت المجموعة حصتها في البنك"]),
    ("تضم الشركة ثلاثة أقسام: الهندسة، التسويق، والمبيعات الدولية في أوروبا.", "ar",
     ["تضم الشركة ثلاثة أقسام: الهندسة، التسويق، والمبيعات الدولية في أوروبا"]),
    ("نمت المبيعات 8% بهدف الوصول إلى حصة سوقية أكبر في المنطقة.", "ar",
     ["نمت المبيعات 8%", "بهدف الوصول إلى حصة سوقية أكبر في المنطقة"]),
    ("تجدر الإشارة إلى أن البنك افتتح 40 فرعاً جديداً.", "ar", ["أن البنك افتتح 40 فرعاً جديداً"]),
    ("The firm cut 300 jobs; it also closed two plants in Ohio.", "en",
     ["The firm cut 300 jobs", "it also closed two plants in Ohio"]),
    ("Sales rose 8%, which beat analysts' forecasts by a wide margin.", "en",
     ["Sales rose 8%", "which beat analysts' forecasts by a wide margin"]),
    ("In March, the airline added 12 routes, such as Cairo, Lagos and Accra.", "en",
     ["In March, the airline added 12 routes, such as Cairo, Lagos and Accra"]),
    ("He said \"profits fell. Costs rose.\" and left.", "en", ["He said \"profits fell. Costs rose.\" and left"]),
])
def test_clause_spans(text, lang, want):
    assert [text[s:e] for s, e in clause_spans(text, 0, len(text), lang)] == want


@pytest.mark.parametrize("text,lang", [
    ("تعيش الشركة أياماً عصيبة.", "ar"),
    ("يمر القطاع بمرحلة صعبة وسط حالة من القلق.", "ar"),
    ("على الرغم من الاضطرابات.", "ar"),
    ("هل تنجح الشركة في تجاوز الأزمة؟", "ar"),
    ("The company is going through a turbulent time.", "en"),
    ("Investors are anxious amid the chaos.", "en"),
    ("Can the startup survive?", "en"),
])
def test_vague_or_evaluative_yields_no_claim(text, lang):
    assert analyze(text, lang).claims == ()


@pytest.mark.parametrize("kwargs,low,high", [
    (dict(has_quantity=True, has_date=True, has_event=True, n_words=10), 0.9, 1.0),
    (dict(has_quantity=False, has_date=False, has_event=False, n_words=10, evaluative=True), 0.0, 0.29),
    (dict(has_quantity=True, has_date=False, has_event=False, n_words=10, question=True), 0.0, 0.0),
    (dict(has_quantity=False, has_date=False, has_event=False, n_words=2), 0.0, 0.1),
    (dict(has_quantity=False, has_date=False, has_event=False, n_words=8, attributed=True, predicate=True),
     0.3, 0.6),
])
def test_checkworthiness_bounds(kwargs, low, high):
    assert low <= checkworthiness(**kwargs) <= high


def test_quantity_overlapping_a_date_is_dropped():
    text = "استقال المدير في يوليو 2023 بعد خلاف مع 3 أعضاء."
    claims = analyze(text, "ar", PUBLISHED).claims
    for c in claims:
        for q in c.quantities:
            assert not any(q.start < d.end and d.start < q.end for d in c.dates)


def test_negation_flag():
    a = analyze("The company said it would not lay off any employees this year.", "en")
    assert a.claims and a.claims[0].negated


@pytest.mark.parametrize("text,lang,negated", [
    ("ارتفع عدد الضحايا إلى ما لا يقل عن 85 قتيلاً في المدينة.", "ar", False),
    ("وصلت حصة الشركة إلى ما لا تقل عن الثلث في السوق المحلية.", "ar", False),
    ("بلغت قيمة الصفقة مبلغاً لا يزيد عن 3 مليارات دولار.", "ar", False),
    ("نما الاقتصاد 3% مدفوعاً بالقطاعات غير النفطية خلال الربع الأول.", "ar", False),
    ("لم تغلق الشركة أي مصنع من مصانعها الخمسة خلال العام الماضي.", "ar", True),
    ("لن ترفع الحكومة أسعار الوقود في شهر يناير المقبل.", "ar", True),
    ("لا تملك الشركة أي مصانع في أوروبا حتى الآن.", "ar", True),
    ("The storm killed no fewer than 40 people in the coastal province.", "en", False),
    ("Exports reached not less than $2 billion in the first quarter.", "en", False),
    ("Non-oil exports grew 5% in the third quarter of 2024.", "en", False),
    ("The ministry did not publish its budget figures for 2025.", "en", True),
    ("Exports have never exceeded $5 billion in a single year.", "en", True),
])
def test_negation_only_when_the_predicate_is_negated(text, lang, negated):
    claims = analyze(text, lang, PUBLISHED).claims
    assert claims and claims[0].negated is negated


@pytest.mark.parametrize("text,lang,absent", [
    ("A police officer, who asked not to be named, said 12 people were arrested in the raid.", "en",
     "who asked not to be named"),
    ("A ministry official, who spoke on condition of anonymity, said 300 jobs would go by June.", "en",
     "who spoke on condition of anonymity"),
])
def test_a_relative_clause_about_the_source_is_not_a_claim(text, lang, absent):
    texts = [c.text for c in analyze(text, lang, PUBLISHED).claims]
    assert texts and absent not in texts and not any(t.startswith("who ") for t in texts)


@pytest.mark.parametrize("text,lang,want", [
    ("The striker joined Lazio from Torino in 2021 and has scored 40 goals in 90 games.", "en",
     ["The striker joined Lazio from Torino in 2021", "has scored 40 goals in 90 games"]),
    ("The bank opened 12 branches in 2022 and had hired 800 staff by March.", "en",
     ["The bank opened 12 branches in 2022", "had hired 800 staff by March"]),
])
def test_and_with_an_auxiliary_opens_a_second_fact(text, lang, want):
    assert [c.text for c in analyze(text, lang, PUBLISHED).claims] == want
