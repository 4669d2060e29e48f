"""Round 34: claim units, subjects and events in both languages.

1. A count set off between commas inside a clause ('including 85 deaths', 'among them 20 children', بينهم 12 طفلا) is
   part of the claim it qualifies, also when the subject before it holds a participle used as an adjective after a
   figure ('3,000 suspected cases', '200 injured people') or runs longer than a name, as a counted group with its
   modifiers may ('3,000 suspected cholera cases in North Darfur'): one claim carries both figures.
2. A subordinate clause opened by a time conjunction after a comma ('…, when it overturned', '…، حين سقطت') with no
   figure and no subject of its own (a pronoun, or in Arabic the verb right after the conjunction) sets the time of
   the clause before it and belongs to it.
3. A toll's cause written with a fused preposition (عدد الوفيات بوباء الكوليرا، بالكوليرا) is no subject: the place after
   its في is (في إقليم دارفور, a construct place of two words), else the claim's other names.
5. In 'X's Y noun' ("Nissan's Sunderland factory", "Pfizer's RSV vaccine") the name Y only says which of X's things:
   the owner X is the subject; a run before a verb stays whole ("McDonald's Corp cut").
4. A one-word Arabic name with no cue right after the verb opening the clause (VSO: سرحت تسلا 500 موظف) is its subject
   when what follows can only be an object (a figure, a noun whose pronoun suffix refers back, an indefinite
   accusative, the preposition of an object); adverbs and common nouns there (``vso_not_names``) name nobody.
6. A month written with a capital after 'and' ('in April and May') is no modal: no second clause starts there; nor
   does a fronted time phrase holding it ('In early May last year,', 'By the end of May,', 'Between March and May,')
   stand as a claim of its own: it leads into the clause after it, as one holding June does.
7. An Arabic clause after a comma opening on its verb with the clitic و (، وغرمت كلا منهم) shares the subject of the
   clause before it, as after كما/ثم; a phrase opened by وذلك with no verb (، وذلك بتكلفة 800 مليون دولار) is an
   adjunct of the clause before it, not a claim of its own.
8. An English participle clause after a comma (', killing at least 9 people') has the subject of the clause before it.
9. The speaker a pronoun refers to stands in its reporting verb's clause: a name before the comma closing an earlier
   clause ('The court upheld X, and the defendant's lawyers said they would appeal') is not it.
10. An -ed form after a determiner, a possessive or a degree adverb and before its noun ("the world's most visited
   museum", 'its newly elected leader') is an adjective: an apposition holding one keeps its subject's predicate.
11. A participle insertion set off by commas inside a claim ('The company, founded in 1998, employs') is a reduced
   relative: like 'X, which …,' it names no event of the claim.
12. A phrase of several words that undoes a trigger ('released on bail', 'released from prison') is read in a row
   after it, as a single word is.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, subject_rows

from factcheck.pipeline import analyze

PUB = date(2025, 11, 20)


def _claims(text: str, language: str) -> list[str]:
    out = analyze(text, language, PUB).claims
    assert all(text[c.start:c.end] == c.text for c in out)
    return [c.text for c in out]


# 1. a count set off inside a clause is part of its claim
@pytest.mark.parametrize("language, sentence, claim, values", [
    ("en", "More than 3,000 suspected cholera cases, including 85 deaths, have been recorded in Darfur since August.",
     "More than 3,000 suspected cholera cases, including 85 deaths, have been recorded in Darfur since August",
     [3000, 85]),
    ("en", "About 200 injured people, among them 40 children, were taken to hospitals in Beirut.",
     "About 200 injured people, among them 40 children, were taken to hospitals in Beirut", [200, 40]),
    ("en", "Some 60 armed men, including 12 foreigners, were detained near the border on Sunday.",
     "Some 60 armed men, including 12 foreigners, were detained near the border on Sunday", [60, 12]),
    ("en", "At least 70 people, among them 20 children, have died in the floods since Monday.",
     "At least 70 people, among them 20 children, have died in the floods since Monday", [70, 20]),
    # a counted subject may run longer than a name before its insertion
    ("en", "More than 3,000 suspected cholera cases in North Darfur, including 85 deaths, have been recorded since "
           "August.",
     "More than 3,000 suspected cholera cases in North Darfur, including 85 deaths, have been recorded since August",
     [3000, 85]),
    ("en", "Nearly 1,500 migrants from Sudan and Eritrea, among them 300 children, reached Lampedusa last week.",
     "Nearly 1,500 migrants from Sudan and Eritrea, among them 300 children, reached Lampedusa last week", [1500, 300]),
    ("ar", "قتل 30 شخصا، بينهم 12 طفلا، في غارة على خان يونس.",
     "قتل 30 شخصا، بينهم 12 طفلا، في غارة على خان يونس", [30, 12]),
    ("ar", "نزح 1200 شخص، منهم 300 طفل، بسبب الفيضانات في ولاية كسلا.",
     "نزح 1200 شخص، منهم 300 طفل، بسبب الفيضانات في ولاية كسلا", [1200, 300]),
])
def test_an_inserted_count_stays_in_its_claim(language, sentence, claim, values):
    claims = analyze(sentence, language, PUB).claims
    assert [c.text for c in claims] == [claim]
    assert [q.value for q in claims[0].quantities] == values


# 2. a time clause with no figure of its own belongs to the clause it dates
@pytest.mark.parametrize("language, sentence, claims", [
    ("en", "The inflatable boat was carrying about 86 people, most of them from Sudan, when it overturned in rough seas, "
           "the agency said.",
     ["The inflatable boat was carrying about 86 people, most of them from Sudan, when it overturned in rough seas"]),
    ("en", "The bus was carrying 52 passengers, when it plunged into a ravine near Cusco.",
     ["The bus was carrying 52 passengers, when it plunged into a ravine near Cusco"]),
    ("en", "The ferry carried 300 passengers, as it neared the coast of Zanzibar.",
     ["The ferry carried 300 passengers, as it neared the coast of Zanzibar"]),
    ("ar", "كان القارب يقل 86 شخصا، عندما انقلب قبالة السواحل الليبية.",
     ["كان القارب يقل 86 شخصا، عندما انقلب قبالة السواحل الليبية"]),
    ("ar", "كانت الحافلة تقل 40 راكبا، حين سقطت في واد قرب مدينة أبها.",
     ["كانت الحافلة تقل 40 راكبا، حين سقطت في واد قرب مدينة أبها"]),
    # a clause with its own subject or figure stays a claim of its own
    ("en", "Sales rose 5%, when the company cut prices.", ["Sales rose 5%", "when the company cut prices"]),
    ("en", "The plant was producing 400 cars a day, when it stopped 12 lines.",
     ["The plant was producing 400 cars a day", "when it stopped 12 lines"]),
])
def test_a_time_clause_belongs_to_the_clause_it_dates(language, sentence, claims):
    assert _claims(sentence, language) == claims


# 6. a capitalised month after 'and' is no modal opening a second clause
@pytest.mark.parametrize("sentence, claims", [
    ("Exports rose 5% in April and May to reach $3 billion.", ["Exports rose 5% in April and May to reach $3 billion"]),
    ("The airline carried 2 million passengers between March and May last year.",
     ["The airline carried 2 million passengers between March and May last year"]),
    ("Prices rose in April and May as fuel costs climbed 8%.", ["Prices rose in April and May as fuel costs climbed 8%"]),
    # a lowercase modal after 'and' still opens the subject's second predicate
    ("Acme cut 300 jobs in 2024 and may cut 200 more in 2025.",
     ["Acme cut 300 jobs in 2024", "may cut 200 more in 2025"]),
])
def test_a_month_after_and_is_no_modal(sentence, claims):
    assert _claims(sentence, "en") == claims


# 3. a preposition's object is no toll's subject: the place is, or the claim's other names
@pytest.mark.parametrize("sentence, subject", [
    ("أعلنت وزارة الصحة السودانية ارتفاع عدد الوفيات بوباء الكوليرا في إقليم دارفور إلى 85.", "إقليم دارفور"),
    ("ارتفع عدد الوفيات بالكوليرا في ولاية كسلا إلى 40 حالة.", "ولاية كسلا"),
    ("أعلنت وزارة الصحة اليمنية ارتفاع عدد الوفيات بالحمى النزفية إلى 12.", "وزارة الصحة اليمنية"),
    ("ارتفع عدد ضحايا الفيضانات في مدينة درنة إلى 5 آلاف.", "الفيضانات في مدينة درنة"),
    # a place of one word, then the verb: the place ends there
    ("عدد قتلى الفيضانات في ليبيا ارتفع إلى 4000 شخص.", "الفيضانات في ليبيا"),
])
def test_a_preposition_object_is_no_toll_subject(sentence, subject):
    assert event_and_subject(sentence, "ar", PUB) == ("casualties", subject)


# 5. the owner of a named thing is the subject
@pytest.mark.parametrize("sentence, event, subject", [
    ("Nissan's Sunderland factory will cut 400 jobs.", "layoff", "Nissan"),
    ("Tesla's Berlin plant will hire 2,000 workers next year.", "hiring", "Tesla"),
    ("Workers at Siemens's Erlangen site will strike for 3 days.", "strike", "Siemens"),
    ("Apple's iPhone sales rose 5% in 2024.", "earnings", "Apple"),
    # a name before its verb stays whole
    ("McDonald's Corp cut 300 jobs.", "layoff", "McDonald's Corp"),
])
def test_the_owner_of_a_named_thing_is_the_subject(sentence, event, subject):
    assert event_and_subject(sentence, "en", PUB) == (event, subject)


# 4. a one-word name with no cue right after the verb opening an Arabic clause (VSO) is its subject, when what follows it
# can only be an object; an adverb or a common noun there names nobody
@pytest.mark.parametrize("sentence, subject", [
    ("ستغلق فورد مصنعها في ألمانيا عام 2027.", "فورد"),
    ("سرّحت تسلا 500 موظف.", "تسلا"),
    ("خفضت أوبك إنتاجها بمقدار مليون برميل يوميا.", "أوبك"),
    ("ستفتتح إيكيا 3 متاجر في مصر.", "إيكيا"),
    ("وقعت تويوتا عقدا بقيمة 3 مليارات دولار.", "تويوتا"),
    ("ستفتتح نوكيا مصنعها الجديد في الهند.", "نوكيا"),
    # no name: an adverb, a common noun, a count, a plural, a second verb
    ("سجلت أيضا 3 حالات في الخرطوم.", None),
    ("قتل مسلح 5 أشخاص في ولاية تكساس.", None),
    ("قتل 5 أشخاص في انفجار.", None),
    ("اعتقل مسلحون 12 شخصا.", None),
    ("بدأت تسرح 500 موظف.", None),
])
def test_a_vso_name_with_no_cue(sentence, subject):
    assert event_and_subject(sentence, "ar", PUB)[1] == subject


# 7. a و-verb after a comma shares the subject before it; وذلك + a verbless phrase is the clause's adjunct
@pytest.mark.parametrize("sentence, claims", [
    ("قضت محكمة جنايات الجيزة بالسجن المؤبد على 3 متهمين، وغرمت كلا منهم 100 ألف جنيه.",
     [("قضت محكمة جنايات الجيزة بالسجن المؤبد على 3 متهمين", "lawsuit", "محكمة جنايات الجيزة"),
      ("وغرمت كلا منهم 100 ألف جنيه", "lawsuit", "محكمة جنايات الجيزة")]),
    ("استحوذت شركة أدنوك على 24.9% من شركة نوفا، واشترت حصة في شركة كوفسترو بقيمة 15 مليار دولار.",
     [("استحوذت شركة أدنوك على 24.9% من شركة نوفا", "acquisition", "شركة أدنوك"),
      ("واشترت حصة في شركة كوفسترو بقيمة 15 مليار دولار", "acquisition", "شركة أدنوك")]),
    # its own subject after the verb: no sharing
    ("فاز الأهلي على الزمالك 2-1، وارتفعت أسعار التذاكر 20%.",
     [("فاز الأهلي على الزمالك 2-1", "sports_result", "الأهلي"), ("وارتفعت أسعار التذاكر 20%", "price_change", None)]),
    ("افتتح رئيس الوزراء محطة كهرباء بقدرة 1200 ميغاوات في أسوان، وذلك بتكلفة 800 مليون دولار.",
     [("افتتح رئيس الوزراء محطة كهرباء بقدرة 1200 ميغاوات في أسوان، وذلك بتكلفة 800 مليون دولار", "launch",
       "رئيس الوزراء")]),
])
def test_an_arabic_clause_after_a_comma(sentence, claims):
    assert subject_rows(sentence, "ar", PUB) == claims


# 8. a participle clause shares the subject of the clause before it
@pytest.mark.parametrize("sentence, claims", [
    ("Typhoon Yagi hit northern Vietnam on Saturday, killing 59 people and forcing 50,000 to flee.",
     [("Typhoon Yagi hit northern Vietnam on Saturday", "disaster", "Typhoon Yagi"),
      ("killing 59 people and forcing 50,000 to flee", "casualties", "Typhoon Yagi")]),
    ("A magnitude 6.8 earthquake struck Morocco's High Atlas mountains in September 2023, killing nearly 3,000 people.",
     [("A magnitude 6.8 earthquake struck Morocco's High Atlas mountains in September 2023", "disaster", "Morocco"),
      ("killing nearly 3,000 people", "casualties", "Morocco")]),
])
def test_a_participle_clause_shares_the_subject(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


# 9. a pronoun's speaker is in the reporting verb's own clause
@pytest.mark.parametrize("sentence, claims", [
    ("The Supreme Court upheld the 10-year sentence on Tuesday, and the defendant's lawyers said they would appeal.",
     [("The Supreme Court upheld the 10-year sentence on Tuesday", "lawsuit", "Supreme Court"),
      ("they would appeal", None, None)]),
    ("Acme said it would cut 300 jobs in 2026.", [("it would cut 300 jobs in 2026", "layoff", "Acme")]),
])
def test_a_speaker_stands_in_the_reporting_clause(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


# 10. a prenominal participle in an apposition is no verb: the subject keeps its predicate
@pytest.mark.parametrize("sentence, subject", [
    ("The Louvre, the world's most visited museum, received 8.7 million visitors last year.", "Louvre"),
    ("Kenya, the region's most indebted economy, borrowed $1.5 billion in 2024.", "Kenya"),
    ("Arsenal, the league's most decorated club, signed 3 players in January.", "Arsenal"),
    ("Shell, the country's biggest listed company, paid $3 billion in taxes in 2023.", "Shell"),
])
def test_a_prenominal_participle_is_no_verb(sentence, subject):
    rows = subject_rows(sentence, "en", PUB)
    assert [(r[0], r[2]) for r in rows] == [(sentence.rstrip("."), subject)]


# 11. a participle insertion names no event of the claim
@pytest.mark.parametrize("sentence, event, subject", [
    ("The company, founded in 1998 by two engineers, now employs 12,000 people in 40 countries.", None, None),
    ("Tesla, founded in 2003, cut 14,000 jobs in April.", "layoff", "Tesla"),
    ("The museum, reopened in March after a $40 million renovation, welcomed 200,000 visitors.", None, None),
])
def test_a_participle_insertion_names_no_event(sentence, event, subject):
    assert event_and_subject(sentence, "en", PUB) == (event, subject)


# 12. several words after a trigger undo it as one word does
@pytest.mark.parametrize("sentence, event", [
    ("Two of the suspects were later released on bail.", None),
    ("The activists were released from prison on Friday after 40 days.", None),
    ("Apple released 3 new iPhones in September.", "launch"),
])
def test_a_phrase_undoes_a_trigger(sentence, event):
    assert event_and_subject(sentence, "en", PUB)[0] == event


# 6b. a fronted time phrase holding 'May' leads into its clause
@pytest.mark.parametrize("sentence", [
    "In early May last year, Acme cut 300 jobs.",
    "By the end of May, exports had risen 4%.",
    "On May 3, the strike entered its 10th day.",
    "From May 1, fares will rise 5%.",
    "Between March and May, 40 people died in the floods.",
])
def test_a_fronted_may_phrase_is_no_clause(sentence):
    assert _claims(sentence, "en") == [sentence.rstrip(".")]
