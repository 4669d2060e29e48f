"""Round 33: claim units, subjects and events in both languages.

1. A toll whose figure follows its verb directly ('the death toll passes 40,000 in Gaza', 'Gaza death toll tops
   45,000') is about the place or incident named before the toll or after the figure, never the verb; every
   inflection of a verb of the figure ends the incident's phrase, as a word right before the figure does.
2. A non-restrictive relative ('X, which …', 'X, who …') cut as a claim is about the name right before its comma.
3. يؤدي/تؤدي ('leads to') folds to the spelling of يودي ('claims' lives): that one needs the lives (بحياة).
4. A closure is no event type of its own (the API's event enum is generated from the lexicon): the jobs it loses
   make it a layoff; closing alone names no event.
5. Every event keeps its label in the Arabic imperfect and future (يقاضون، تقتل، ستعتقل، يصوت، سيحظر).
6. What a launch frame launches names the event ('unveiled a budget', 'launched a takeover bid').
7. Cutting a supply or a service to people is no layoff.
8-10. A relative set off inside a claim names no event and no subject; one inside a verb-first clause is no claim of
   its own; a coordinated clause opening on its verb shares the subject of the clause before it.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, subject_rows

PUB = date(2025, 6, 18)


# 1. a toll's verb is no part of what it counts the victims of
@pytest.mark.parametrize("sentence, subject", [
    ("The death toll passes 40,000 in Gaza.", "Gaza"),
    ("Death toll hits 1,000 in Sudan.", "Sudan"),
    ("Gaza death toll passes 40,000.", "Gaza"),
    ("Turkey earthquake death toll tops 45,000.", "Turkey"),
    ("The Kathmandu flood death toll nears 200.", "Kathmandu"),
    ("The death toll from the floods in Nepal tops 200.", "Nepal"),
    ("The death toll from the landslide passes 60.", "the landslide"),
    ("The number of people killed in the collapse climbs to 31.", "the collapse"),
    ("The number of dead rises to 120 in Libya.", "Libya"),
    ("The toll from Storm Boris climbs to 24.", "Storm Boris"),
    ("Storm death toll rises to 12 in Poland.", "Poland"),
    ("The casualty toll from Monday's blast climbs to 30.", "Monday's blast"),
])
def test_the_verb_of_a_toll_is_no_subject(sentence, subject):
    assert event_and_subject(sentence, "en", PUB) == ("casualties", subject)


# 2. a non-restrictive relative ('X, which …', 'X, who …') is about the name right before its comma
@pytest.mark.parametrize("sentence, claims", [
    ("The WHO said 3,000 people have died of cholera in Sudan, which declared an outbreak in August.",
     [("3,000 people have died of cholera in Sudan", "casualties", "Sudan"),
      ("which declared an outbreak in August", None, "Sudan")]),
    ("The award went to Maria Lopez, who won 54% of the vote in 2022.",
     [("The award went to Maria Lopez", None, None), ("who won 54% of the vote in 2022", "election", "Maria Lopez")]),
    # a relative on a whole clause, not on a name before its comma, names nobody
    ("Acme cut 300 jobs, which sent its shares down 5%.",
     [("Acme cut 300 jobs", "layoff", "Acme"), ("which sent its shares down 5%", None, None)]),
])
def test_a_relative_is_about_the_name_before_its_comma(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


# 3. the imperfect of أدّى ('leads to': يؤدي، ستؤدي) is no casualty verb, though it folds to the spelling of يودي
# ('claims', of lives): that one names deaths only with the lives it claims (يودي بحياة)
@pytest.mark.parametrize("sentence, event", [
    ("سيؤدي إغلاق الطريق إلى تأخير 300 رحلة.", None),
    ("يؤدي تغير المناخ إلى نزوح 200 مليون شخص بحلول 2050.", None),
    ("وتؤدي الأمطار إلى إغلاق 12 طريقا كل شتاء.", None),
    ("يودي مرض الملاريا بحياة 600 ألف شخص سنويا.", "casualties"),
    ("تودي حوادث الطرق بحياة 5 آلاف شخص كل عام.", "casualties"),
    ("أودى الانفجار بحياة 12 شخصا.", "casualties"),
])
def test_leading_to_is_no_casualty(sentence, event):
    assert event_and_subject(sentence, "ar", PUB)[0] == event


# 4. a closure is no event type of its own: the jobs it loses make it a layoff, as a cut does; a loss of money stays
# earnings, and a closure without a count of jobs names no event
@pytest.mark.parametrize("language, sentence, event", [
    ("en", "The mine closed in 2019 with the loss of 1,200 jobs.", "layoff"),
    ("en", "The closure of the Grangemouth refinery will mean the loss of 400 jobs.", "layoff"),
    ("en", "Job losses at the steelworks reached 2,800 in 2024.", "layoff"),
    ("en", "Acme reported a loss of $2 billion in the third quarter.", "earnings"),
    ("en", "The factory will close next year, the company said.", None),
    ("ar", "سيؤدي إغلاق المصنع إلى فقدان 800 وظيفة.", "layoff"),
    ("ar", "أغلق المنجم أبوابه عام 2019 مع فقدان 1200 وظيفة.", "layoff"),
    ("ar", "سيغلق المصنع أبوابه العام المقبل.", None),
])
def test_a_closure_losing_jobs_is_a_layoff(language, sentence, event):
    assert event_and_subject(sentence, language, PUB)[0] == event


# 5. every event keeps its label in the imperfect and the future as in the perfect and the masdar
@pytest.mark.parametrize("sentence, event", [
    ("ستقاضي الشركة المورد للمطالبة بـ50 مليون دولار.", "lawsuit"),
    ("يقاضون البلدية للمطالبة بتعويض قدره مليون دينار.", "lawsuit"),
    ("تقتل الفيضانات 40 شخصا في كينيا كل عام.", "casualties"),
    ("يموت 5 آلاف طفل سنويا بسبب الملاريا.", "casualties"),
    ("ستعتقل الشرطة 12 مشتبها بهم.", "arrest"),
    ("تحتجز السلطات 30 ناشطا منذ مايو.", "arrest"),
    ("سيصوت الكينيون في 9 أغسطس 2027.", "election"),
    ("يصوت 3 ملايين ناخب يوم الأحد.", "election"),
    ("أعلن حزب الوحدة فوزه بـ45 مقعدا.", "election"),
    ("سيحظر الاتحاد الأوروبي بيع السيارات العاملة بالبنزين اعتبارا من 2035.", "policy"),
    ("فرضت الولايات المتحدة رسوما جمركية بنسبة 25% على الصلب.", "policy"),
    ("أقر البرلمان قانونا يرفع سن التقاعد إلى 64 عاما.", "policy"),
    ("تراجع البيتكوين 8% إلى 60 ألف دولار يوم الاثنين.", "price_change"),
])
def test_an_arabic_event_in_every_tense(sentence, event):
    assert event_and_subject(sentence, "ar", PUB)[0] == event


# 6. what a launch frame launches names the event: a budget, a lawsuit, a takeover bid
@pytest.mark.parametrize("language, sentence, event", [
    ("en", "The government unveiled a $40 billion budget for 2027.", "budget"),
    ("en", "Acme launched a $5 billion takeover bid for Beta.", "acquisition"),
    ("en", "Apple launched the iPhone 18 in September with 3 models.", "launch"),
    ("ar", "أطلقت الحكومة موازنة بقيمة 40 مليار دولار لعام 2027.", "budget"),
])
def test_what_is_launched_names_the_event(language, sentence, event):
    assert event_and_subject(sentence, language, PUB)[0] == event


# 7. cutting a supply or a service to people is no layoff; cutting people or jobs is
@pytest.mark.parametrize("sentence, event", [
    ("Rain flooded 300 homes while winds of 120 km/h cut power to 40,000 people.", ["disaster", None]),
    ("Engineers cut gas supplies to 8,000 people in Kharkiv.", [None]),
    ("The operator cut internet access for 2 million people on Friday.", [None]),
    ("The airline cut 2,000 jobs on Monday.", ["layoff"]),
    ("The bank will cut 300 staff in its retail arm.", ["layoff"]),
])
def test_cutting_a_supply_is_no_layoff(sentence, event):
    assert [e for _, e, _ in subject_rows(sentence, "en", PUB)] == event


# 8. a relative clause set off inside a claim ('Shares of Acme, which cut 300 jobs in May, rose') describes a name:
# the main clause's verb names the claim's event
@pytest.mark.parametrize("sentence, event, subject", [
    ("Shares of Acme, which cut 300 jobs in May, rose 5% on Monday.", "price_change", "Acme"),
    ("Vodafone, whose chief executive resigned in May, cut 1,000 jobs.", "layoff", "Vodafone"),
    ("The Unity Party, which won 45 seats in 2021, was fined $2 million by the court.", "lawsuit", "Unity Party"),
    # with no event of its own, the main clause takes none from the relative
    ("Acme, which cut 300 jobs in May, has 12,000 employees.", None, "Acme"),
])
def test_an_embedded_relative_names_no_event(sentence, event, subject):
    assert event_and_subject(sentence, "en", PUB) == (event, subject)


# 9. a coordinated clause that opens on its verb ('and raised prices', كما اشترت حصة) has no subject of its own: it
# shares the subject of the clause before it; a clause with its own subject, or whose count is who suffered, keeps it
@pytest.mark.parametrize("language, sentence, claims", [
    ("en", "Acme cut 300 jobs in May, and raised prices by 5% in June.",
     [("Acme cut 300 jobs in May", "layoff", "Acme"), ("raised prices by 5% in June", "price_change", "Acme")]),
    ("en", "Police said they arrested 12 people on Monday and seized 3 guns.",
     None),  # one claim: nothing to share
    ("ar", "استحوذت شركة أدنوك على 24.9% من شركة نوفا، كما اشترت حصة في شركة كوفسترو بقيمة 15 مليار دولار.",
     [("استحوذت شركة أدنوك على 24.9% من شركة نوفا", "acquisition", "شركة أدنوك"),
      ("كما اشترت حصة في شركة كوفسترو بقيمة 15 مليار دولار", "acquisition", "شركة أدنوك")]),
    ("ar", "قضت محكمة جنايات القاهرة بسجن 5 متهمين 10 سنوات، كما غرمت كل منهم مليون جنيه.",
     [("قضت محكمة جنايات القاهرة بسجن 5 متهمين 10 سنوات", "lawsuit", "محكمة جنايات القاهرة"),
      ("كما غرمت كل منهم مليون جنيه", "lawsuit", "محكمة جنايات القاهرة")]),
    ("ar", "جمعت شركة تابي 200 مليون دولار في 2024، ثم أطلقت خدمة جديدة في 5 دول.",
     [("جمعت شركة تابي 200 مليون دولار في 2024", "funding", "شركة تابي"),
      ("ثم أطلقت خدمة جديدة في 5 دول", "launch", "شركة تابي")]),
    # its own subject after the verb, a construct subject, or a count of victims: no sharing
    ("ar", "أعلنت شركة أرامكو أرباحا بقيمة 30 مليار دولار، كما ارتفعت أسعار النفط 3%.",
     [("أعلنت شركة أرامكو أرباحا بقيمة 30 مليار دولار", "earnings", "شركة أرامكو"),
      ("كما ارتفعت أسعار النفط 3%", "price_change", None)]),
    ("ar", "قصفت قوات الدعم السريع مدينة الفاشر بـ40 قذيفة، كما قتل 12 شخصا في السوق.",
     [("قصفت قوات الدعم السريع مدينة الفاشر بـ40 قذيفة", None, "قوات الدعم السريع"),
      ("كما قتل 12 شخصا في السوق", "casualties", None)]),
    ("ar", "فاز حزب الوحدة بـ45 مقعدا، ثم حصل حزب التقدم على 30 مقعدا.",
     [("فاز حزب الوحدة بـ45 مقعدا", "election", "حزب الوحدة"), ("ثم حصل حزب التقدم على 30 مقعدا", "election", "حزب التقدم")]),
    ("en", "Acme cut 300 jobs in May, and revenue rose 5% in June.",
     [("Acme cut 300 jobs in May", "layoff", "Acme"), ("revenue rose 5% in June", "earnings", None)]),
])
def test_a_clause_opening_on_its_verb_shares_the_subject(language, sentence, claims):
    rows = subject_rows(sentence, language, PUB)
    if claims is None:
        assert len(rows) == 1
    else:
        assert rows == claims


# 10. a relative clause set off inside a verb-first clause (أعلنت شركة X، التي …، تسريح) is no claim of its own: the
# words after its closing comma are the main verb's object, and the relative names no event of the claim
@pytest.mark.parametrize("language, sentence, claims", [
    ("ar", "أعلنت شركة نوفا، التي استحوذت على شركة بيتا العام الماضي، تسريح 300 موظف.",
     [("أعلنت شركة نوفا، التي استحوذت على شركة بيتا العام الماضي، تسريح 300 موظف", "layoff", "شركة نوفا")]),
    ("ar", "ارتفعت أسهم شركة نوفا، التي سرحت 300 موظف في مايو، بنسبة 5%.",
     [("ارتفعت أسهم شركة نوفا، التي سرحت 300 موظف في مايو، بنسبة 5%", "price_change", "شركة نوفا")]),
    ("en", "Police arrested Jane Doe, who won 2 medals in 2012, on Monday.",
     [("Police arrested Jane Doe, who won 2 medals in 2012, on Monday", "arrest", "Jane Doe")]),
    ("en", "Acme hired Jane Doe, who led Google's cloud unit, as chief executive in 2024.",
     [("Acme hired Jane Doe, who led Google's cloud unit, as chief executive in 2024", "hiring", "Jane Doe")]),
])
def test_a_relative_inside_a_verb_first_clause(language, sentence, claims):
    assert subject_rows(sentence, language, PUB) == claims
