"""Round 27: English attribution and subjects in both languages.

1. 'before' / 'after' right after a period noun closes a trailing frame's content ('from the year before, the
   ministry said'), as it closes a claim (classify._trim_content, ``period_nouns`` of clauses.json).
2. An exchange listing in brackets between a source and its cue glosses the source ('Acme Corp (NYSE: ACM) said').
3. A reporting verb after the infinitive marker 'to' is governed by another verb and reports nothing ('voted
   52-48 to confirm the nominee'), unless a verb of going on governs it ('went on to say that').
4. English subjects: a name modifying a possessed noun ('at its Porto plant', "Pfizer's new RSV vaccine") is not
   the subject; a landmark after a preposition of proximity ('near the town of Kassala') never is.
5. Arabic subjects: an elative of a registered name continues a body's name (المحكمة الاتحادية العليا); a body
   named after a titled person keeps the title and name (مستشفى الأمير حمزة); a listed past verb after a title
   is no name (الملك استقبل); a VSO subject stops at its verb's preposition or بـ-verbal noun; a transliterated
   name between an event verb and its preposition is the agent (تعاقد مانشستر يونايتد مع).
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, frame_rows

PUB = date(2024, 3, 10)


@pytest.mark.parametrize("sentence, rows", [
    ("Exports fell 5% from the year before, the ministry said.",
     [("Exports fell 5% from the year before", "official", "the ministry", "said")]),
    ("Sales rose 3% on the week before, the company said.",
     [("Sales rose 3% on the week before", "official", "the company", "said")]),
    ("Acme Corp (NYSE: ACM) said revenue rose 8% to $5 billion.",
     [("revenue rose 8% to $5 billion", "official", "Acme Corp (NYSE: ACM)", "said")]),
    ("Kestrel Holdings (LSE: KSTL; NYSE: KSH) said profit rose 4%.",
     [("profit rose 4%", "official", "Kestrel Holdings (LSE: KSTL; NYSE: KSH)", "said")]),
    ("The Senate voted 52-48 to confirm the nominee.",
     [("The Senate voted 52-48 to confirm the nominee", "unattributed", None, None)]),
    ("The ministry declined to confirm that 40 people died.",
     [("The ministry declined to confirm that 40 people died", "unattributed", None, None)]),
    # unchanged: a verb of going on makes the infinitive a report; a plain report
    ("The minister went on to say that 40 people died.",
     [("40 people died", "official", "The minister", "say")]),
    ("The ministry said 40 people died.", [("40 people died", "official", "The ministry", "said")]),
])
def test_english_frames(sentence, rows):
    assert frame_rows(sentence, "en", PUB) == rows


@pytest.mark.parametrize("sentence, subject", [
    ("Vantora laid off 1,200 workers at its Porto plant.", "Vantora"),
    ("Vantora laid off 1,200 workers at their Porto and Braga plants.", "Vantora"),
    ("Pfizer's new RSV vaccine cut hospital stays by 70%.", "Pfizer"),
    ("A mine blast killed 4 soldiers near the town of Kassala.", None),
    ("A drone strike killed 3 civilians outside Kharkiv.", None),
    # unchanged: a place the fact happens in is the subject when nothing else is named ('Bus fares rose 10% in
    # Accra', round 23); a name before the verb; a possessed object ('its new Galaxy phone', round 17)
    ("A mine blast killed 4 soldiers in the city of Goma.", "Goma"),
    ("Floods in Pakistan killed 1,000 people.", "Pakistan"),
    ("Samsung launched its new Galaxy phone in Seoul.", "Galaxy"),
    ("Egypt's central bank raised rates by 2%.", "Egypt's central bank"),
    ("Acme Corp posted revenue of $5 billion.", "Acme Corp"),
])
def test_english_subjects(sentence, subject):
    assert event_and_subject(sentence, "en", PUB)[1] == subject


@pytest.mark.parametrize("sentence, subject", [
    ("أصدرت المحكمة الاتحادية العليا حكما بسجن 3 متهمين.", "المحكمة الاتحادية العليا"),
    ("قضت المحكمة الدستورية العليا ببطلان 3 مواد.", "المحكمة الدستورية العليا"),
    ("افتتح مستشفى الأمير حمزة جناحا جديدا يضم 40 سريرا.", "مستشفى الأمير حمزة"),
    ("افتتحت جامعة الملك سعود 4 كليات جديدة.", "جامعة الملك سعود"),
    ("الملك استقبل 300 طالب في القصر.", None),
    ("تعاقد مانشستر يونايتد مع مهاجم مقابل 50 مليون يورو.", "مانشستر يونايتد"),
    ("استقبل الأمير حمزة وفدا من 20 طالبا.", "حمزة"),
    ("أعلن الرئيس التنفيذي ساتيا ناديلا تعيين 3 مديرين.", "ساتيا ناديلا"),
    # unchanged: no agent in a common noun phrase; a definite body and its nisba
    ("أصيب جندي في انفجار.", None),
    ("وقع الوزير مع نظيره اتفاقية لتوريد 5 طائرات.", None),
    ("ارتفعت أسعار النفط بنسبة 5%.", None),
    ("خفض البنك المركزي المصري سعر الفائدة بنسبة 2%.", "البنك المركزي المصري"),
])
def test_arabic_subjects(sentence, subject):
    assert event_and_subject(sentence, "ar", PUB)[1] == subject


@pytest.mark.parametrize("sentence, row", [
    ("ودعت نقابة الأطباء إلى إضراب شامل، مؤكدة أن 40 مستشفى ستغلق.",
     ("40 مستشفى ستغلق", "official", "نقابة الأطباء", "مؤكدة")),
    ("وطالب اتحاد العمال بزيادة الأجور، مؤكدا أن 300 عامل فقدوا وظائفهم.",
     ("300 عامل فقدوا وظائفهم", "official", "اتحاد العمال", "مؤكدا")),
])
def test_arabic_subject_stops_at_the_object(sentence, row):
    assert frame_rows(sentence, "ar", PUB)[-1] == row
