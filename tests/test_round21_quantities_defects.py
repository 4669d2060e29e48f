"""Round 21, quantities and events: defects reported by the lead, each rule in both languages.

- Vague large counts ("tens of thousands of", "hundreds of", "scores of", «عشرات الآلاف»، «مئات الآلاف»،
  «آلاف»): the project's policy (test_round14 ``test_vague_counts``, test_round16 sources) is that a vague
  count is no figure, so none of them yields a quantity, a bare plural scale included; what was wrong was
  the subject: a capitalised quantifier ("Tens", "Scores") opening the sentence names nobody.
- A fraction after a word giving a change's size (بمقدار، بنسبة، بواقع) is a share in percent, as "by a
  third" is, the definite fraction (بمقدار الثلث العام الماضي) and one spelled like a number (بمقدار الخمس)
  included; الثلثين is two-thirds.
- Person nouns count people in every form: singular, sound plural in both cases (مشجعون as مشجعين),
  feminine plural (مريضات), broken plural, and a noun ending in ن with the accusative alef (سجينا is no "our").
- ألغى/يلغي/ستلغي + a job word is a layoff; وقع/يوقع + a player or club word is a transfer, but وقع
  'occurred' before what occurred (ووقع انفجار) is no signing.
"""
from __future__ import annotations

import datetime

import pytest
from span_checks import event_and_subject, quantity_rows

from factcheck.pipeline import analyze

DAY = datetime.date(2025, 9, 14)

VAGUE = [
    ("Tens of thousands of fans attended the final in Lisbon on Saturday.", "en"),
    ("Hundreds of thousands of pilgrims arrived in Mecca.", "en"),
    ("Scores of homes were destroyed by the storm.", "en"),
    ("Thousands of nurses walked out in Ontario.", "en"),
    ("Hundreds of workers protested outside the plant.", "en"),
    ("وحضر عشرات الآلاف من المشجعين المباراة النهائية يوم السبت.", "ar"),
    ("ووصل مئات الآلاف من الحجاج إلى مكة.", "ar"),
    ("وتظاهر آلاف الممرضين أمام وزارة الصحة.", "ar"),
    ("وغمرت المياه عشرات القرى في الدلتا.", "ar"),
]


@pytest.mark.parametrize(("text", "language"), VAGUE)
def test_vague_counts_are_no_figure_and_name_nobody(text, language):
    assert quantity_rows(text, language) == []
    for c in analyze(text, language, DAY).claims:
        assert c.subject is None or c.subject.text.split()[0].lower() not in {"tens", "hundreds", "scores",
                                                                              "thousands", "dozens"}


SHARES = [
    ("وتراجع إنتاج القمح بمقدار الثلث العام الماضي.", "ar", [("الثلث", 33.333333, "percent", "exact", None)]),
    ("وارتفعت أسعار الأرز بنسبة النصف خلال عام.", "ar", [("النصف", 50.0, "percent", "exact", None)]),
    ("وتقلصت المساحات المزروعة بواقع الربع.", "ar", [("الربع", 25.0, "percent", "exact", None)]),
    ("وانخفضت صادرات الفوسفات بمقدار الخمس مقارنة بالعام السابق.", "ar", [("الخمس", 20.0, "percent", "exact", None)]),
    ("وزادت مبيعات الدراجات بمقدار الثلثين.", "ar", [("الثلثين", 66.666667, "percent", "exact", None)]),
    ("Wheat output fell by a third last year.", "en", [("a third", 33.333333, "percent", "exact", None)]),
    ("Rice prices rose by half within a year.", "en", [("half", 50.0, "percent", "exact", None)]),
    # no change word before it: a definite number word stays a count, "the five"
    ("وصل الخمس إلى المطار.", "ar", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), SHARES)
def test_fraction_after_a_change_word_is_a_share(text, language, expected):
    got = quantity_rows(text, language)
    assert [g[0] for g in got] == [e[0] for e in expected]
    assert [g[1] for g in got] == pytest.approx([e[1] for e in expected], abs=1e-4)
    assert [g[2:] for g in got] == [e[2:] for e in expected]


PEOPLE = [
    ("وصوّت ثلثا المندوبين البالغ عددهم 300 لصالح القرار.", "ar",
     [("ثلثا المندوبين البالغ عددهم 300", 200.0, "person", "exact", 300.0)]),
    ("Two-thirds of the 300 delegates voted for the motion.", "en",
     [("Two-thirds of the 300 delegates", 200.0, "person", "exact", 300.0)]),
    ("وفاز المرشح بأصوات 120 مندوبا من أصل 200.", "ar", [("120 مندوبا من أصل 200", 120.0, "person", "exact", 200.0)]),
    ("وأفرجت السلطات عن 75 سجينا بينهم 12 امرأة.", "ar",
     [("75 سجينا", 75.0, "person", "exact", None), ("12 امرأة", 12.0, "person", "exact", 75.0)]),  # a part (s22)
    ("وشارك 40 نائبا و15 عضوة في الجلسة.", "ar",
     [("40 نائبا", 40.0, "person", "exact", None), ("15 عضوة", 15.0, "person", "exact", None)]),
    ("وعاد 300 لاجئة و200 لاجئ إلى قراهم.", "ar",
     [("300 لاجئة", 300.0, "person", "exact", None), ("200 لاجئ", 200.0, "person", "exact", None)]),
    ("وحضر المباراة 45 ألف مشجع.", "ar", [("45 ألف مشجع", 45000.0, "person", "exact", None)]),
    ("ويعالج المستشفى 30 مريضة.", "ar", [("30 مريضة", 30.0, "person", "exact", None)]),
    ("وقال إن 12 مستوطنا و3 مشرعين حضروا.", "ar",
     [("12 مستوطنا", 12.0, "person", "exact", None), ("3 مشرعين", 3.0, "person", "exact", None)]),
    ("وتلقى 900 فلاح و250 شابا تدريبا.", "ar",
     [("900 فلاح", 900.0, "person", "exact", None), ("250 شابا", 250.0, "person", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PEOPLE)
def test_person_nouns(text, language, expected):
    assert quantity_rows(text, language) == expected


@pytest.mark.parametrize(("word", "unit"), [
    ("المشجعون", "person"), ("معلمون", "person"), ("مريضات", "person"), ("لاجئات", "person"), ("فتيات", "person"),
    ("مندوبين", "person"), ("ناخبون", "person"), ("سجينا", "person"), ("مواطنا", "person"), ("ساعات", "hour"),
])
def test_person_noun_forms(word, unit):
    from factcheck.extract.quantity_tables import noun_unit
    from factcheck.text.normalize import fold
    assert noun_unit(fold(word)) == unit


EVENTS = [
    ("وستلغي شركة الطيران 1200 وظيفة.", "ar", "layoff", "شركة الطيران"),
    ("وألغت شركة التأمين 800 وظيفة العام الماضي.", "ar", "layoff", "شركة التأمين"),
    ("The airline will cut 1,200 of its 9,000 staff.", "en", "layoff", None),
    ("ووقع النادي مع المهاجم مقابل 45 مليون جنيه إسترليني.", "ar", "transfer", None),
    ("The club signed the striker for a fee of £45m.", "en", "transfer", "The club"),  # round 28: a definite institution noun opening its clause is its subject
    ("ووقعت الحكومة اتفاقية بقيمة 5 ملايين دولار.", "ar", "agreement", None),
    # وقع 'occurred': what occurred follows it, no signing
    ("ووقع انفجار قرب ملعب النادي أسفر عن إصابة 3 أشخاص.", "ar", "casualties", None),
    ("وقعت اشتباكات بين مشجعي النادي أسفرت عن إصابة 12 شخصا.", "ar", "casualties", None),
    # cancelled flights are no job cut (the storm is the event)
    ("وألغت شركة الطيران 40 رحلة بسبب العاصفة.", "ar", "disaster", "شركة الطيران"),
    ("وألغت البلدية 40 رحلة مدرسية.", "ar", None, None),
]


@pytest.mark.parametrize(("text", "language", "event", "subject"), EVENTS)
def test_events(text, language, event, subject):
    assert event_and_subject(text, language, DAY) == (event, subject)
