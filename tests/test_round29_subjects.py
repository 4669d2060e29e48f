"""Round 29: claim units, subjects and events in both languages.

1. A title in construct with its office (وزير المالية، رئيس الوزراء، محافظ البنك المركزي) with no personal name after
   it is the subject; an English definite title opening its clause before its verb likewise ('The finance minister
   resigned'); a definite title alone (استقال الوزير) names a person the article fixes: the claim stands.
2. A trigger inside a fronted adjunct (Amid/After/Despite …, في ظل، وسط، رغم … up to its comma) is not the clause's
   event when the main clause has one; a word right after a preposition is a noun, never a verb (في ظل، وسط تراجع),
   so such an adjunct stays attached to its clause.
3. A capitalised first word before a lowercase plural noun of a group of people ('Railway workers', 'Nurses')
   is no name: the group is the subject.
4. A claim led by a pronoun (its troops) with no named speaker has no subject: never the place it names.
5. An Arabic transliterated agent after the verb and before the preposition of its object or opponent (على، أمام)
   is the subject (فاز ريال مدريد على برشلونة; see the xfail in test_round28_subjects.py).
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, subject_rows

PUB = date(2025, 6, 18)


def _claims(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return subject_rows(text, language, PUB)


@pytest.mark.parametrize("language, sentence, event, subject", [
    # 1. titles
    ("ar", "استقال الوزير.", "departure", None),
    ("ar", "استقالت الوزيرة يوم الاثنين.", "departure", None),
    ("ar", "استقال وزير المالية.", "departure", "وزير المالية"),
    ("ar", "استقال محافظ البنك المركزي يوم الخميس.", "departure", "محافظ البنك المركزي"),
    ("ar", "عين رئيس الوزراء وزيرا جديدا للمالية.", "appointment", "رئيس الوزراء"),
    ("ar", "استقالت وزيرة الصحة بعد تفشي الكوليرا.", "departure", "وزيرة الصحة"),
    ("ar", "استقال وزير المالية محمد معيط.", "departure", "محمد معيط"),
    ("en", "The finance minister resigned.", "departure", "The finance minister"),
    ("en", "The health minister resigned on Monday.", "departure", "The health minister"),
    ("en", "The minister resigned on Monday.", "departure", "The minister"),
    ("en", "Kenya's finance minister resigned on Wednesday.", "departure", "Kenya's finance minister"),
    ("en", "Acme's chief executive resigned on Monday.", "departure", "Acme's chief executive"),
    ("en", "Kenya's economy grew 5%.", None, "Kenya"),
    # 2. fronted adjuncts
    ("en", "Amid rising costs, Acme cut 200 jobs.", "layoff", "Acme"),
    ("en", "Despite rising prices, Nestle hired 300 workers in Vevey.", "hiring", "Nestle"),
    ("ar", "في ظل ارتفاع الأسعار، سرحت شركة فورد 200 موظف.", "layoff", "شركة فورد"),
    ("ar", "وسط تراجع الطلب، سرحت شركة تويوتا 300 موظف.", "layoff", "شركة تويوتا"),
    ("en", "After the merger, the company employed 500 people.", None, None),  # the scene's event is not the claim's
    ("ar", "بعد أن خفضت الشركة 200 وظيفة، ارتفعت أسهمها 5%.", "price_change", None),
    ("ar", "في ظل ارتفاع الأسعار، رفع البنك المركزي سعر الفائدة بمقدار 200 نقطة أساس.", "rate_change", "البنك المركزي"),
    # 3. groups of people
    ("en", "Railway workers will strike on Monday.", "strike", "Railway workers"),
    ("en", "Ambulance workers walked out on Wednesday.", "strike", "Ambulance workers"),
    ("en", "Nurses in Ontario walked out on Monday.", "strike", "Ontario"),
    ("en", "Junior doctors will strike for five days in July.", "strike", "Junior doctors"),
    ("en", "Forty-two miners were trapped in the Zonguldak mine.", None, "Zonguldak"),  # a count is no modifier
    ("ar", "أضرب عمال السكك الحديدية يوم الاثنين.", "strike", "عمال السكك الحديدية"),
    ("ar", "أضرب أطباء المستشفيات الحكومية عن العمل لمدة 10 أيام.", "strike", "أطباء المستشفيات الحكومية"),
    ("ar", "أضرب العمال يوم الاثنين.", "strike", None),
    # 4. a pronoun-led claim is never about the place
    ("en", "Its troops killed 12 militants in Khan Younis.", "casualties", None),
    # 5. an Arabic agent before its object's preposition
    ("ar", "استحوذت شركة أمازون على 3 شركات ناشئة.", "acquisition", "شركة أمازون"),
])
def test_event_and_subject(language, sentence, event, subject):
    assert event_and_subject(sentence, language, PUB) == (event, subject)


def test_a_possessive_pronoun_after_an_unnamed_speaker_is_no_place():
    text = "The army said its troops killed 12 militants in Khan Younis."
    assert _claims(text, "en") == [("its troops killed 12 militants in Khan Younis", "casualties", None)]


def test_arabic_agent_before_the_opponent_is_the_subject():
    assert event_and_subject("فاز ريال مدريد على برشلونة 3-1 يوم السبت", "ar", PUB) == ("sports_result", "ريال مدريد")


@pytest.mark.parametrize("language, sentence, event, subject", [
    # a dismissal is a departure; the dismissed title in construct is the subject, not the one who dismisses
    ("en", "The head coach was sacked on Sunday.", "departure", "The head coach"),
    ("en", "Chelsea sacked their manager on Sunday.", "departure", "Chelsea"),
    ("ar", "أقيل مدرب المنتخب بعد الهزيمة.", "departure", "مدرب المنتخب"),
    ("ar", "أقال الرئيس وزير المالية.", "departure", None),
    ("ar", "وزير المالية سيستقيل.", "departure", "وزير المالية"),
    ("ar", "استقال رئيس مجلس إدارة الشركة بعد خسائر بلغت 2 مليار دولار.", "departure", "رئيس مجلس إدارة الشركة"),
    ("ar", "أقال رئيس الوزراء محافظ البنك المركزي.", "departure", "رئيس الوزراء"),
    # the word after an office is no name of the title's holder (a verbal noun: تسجيل)
    ("ar", "أعلن وزير الصحة تسجيل 12 وفاة بالكوليرا.", "casualties", "وزير الصحة"),
    # an agreement signed with a fund is no player transfer (الدولي 'international' is no football word)
    ("ar", "وقع وزير المالية اتفاقا مع صندوق النقد الدولي بقيمة 3 مليارات دولار.", "agreement", "وزير المالية"),
    # an institution with a modifier stays no subject (round 26); a title takes its modifiers
    ("en", "The city council voted 7-2 on Monday to raise taxes by 3.5%.", None, None),  # no election (round 31)
    ("en", "The board plans to hire 450 nurses.", "hiring", None),
    # a raise of a rate, an age or a limit is no funding round
    ("en", "The government raised the retirement age to 67.", None, "The government"),
    ("en", "Acme raised $20 million from investors.", "funding", "Acme"),
    # opinion polls are no name
    ("en", "Opinion polls put the ruling party at 38%.", "election", None),
    ("en", "Exit polls gave Labour 410 seats.", "election", "Labour"),
    # a name modifying a lowercase institution noun says which one: the institution is the subject
    ("en", "A Paris court sentenced Nicolas Sarkozy to five years in prison on Thursday.", "lawsuit", "Paris court"),
    ("en", "Kenyan police arrested 45 protesters in Nairobi on Tuesday.", "arrest", "Kenyan police"),
    ("en", "Meta was fined by a Paris court on Monday.", "lawsuit", "Meta"),
    ("en", "Egypt's central bank raised rates by 2%.", "rate_change", "Egypt's central bank"),
    # a concessive phrase alone is no claim; the main clause keeps its own event
    ("en", "Despite the challenges, Acme made a profit of 300 million dirhams.", "earnings", "Acme"),
    ("ar", "رغم ارتفاع التضخم، أبقى البنك المركزي الفائدة دون تغيير.", "rate_change", "البنك المركزي"),
])
def test_more_events_and_subjects(language, sentence, event, subject):
    assert event_and_subject(sentence, language, PUB) == (event, subject)


@pytest.mark.parametrize("language, sentence", [
    ("en", "The strike was a shameful betrayal of patients."),
    ("en", "The verdict was a travesty of justice."),
    ("en", "The election was a farce."),
    ("en", "The verdict came as a shock to the opposition."),
    ("en", "The election result is a disaster for the ruling party."),
    ("ar", "وكان الإضراب خيانة مخزية للمرضى."),
    ("ar", "وكانت الانتخابات مهزلة."),
])
def test_an_evaluation_of_a_reported_event_is_no_claim(language, sentence):
    assert _claims(sentence, language) == []


@pytest.mark.parametrize("language, sentence, claims", [
    ("en", "The strike was called off on Monday.", [("The strike was called off on Monday", None, None)]),
    ("en", "The election was held in March.", [("The election was held in March", "election", None)]),
    ("ar", "سجلت وزارة الصحة 1400 إصابة بالكوليرا وتوفي 12 شخصا.",
     [("سجلت وزارة الصحة 1400 إصابة بالكوليرا", None, "وزارة الصحة"), ("وتوفي 12 شخصا", "casualties", None)]),
    ("ar", "انقلبت حافلة قرب أسوان ولقي 14 شخصا حتفهم.",
     [("انقلبت حافلة قرب أسوان ولقي 14 شخصا حتفهم", "casualties", None)]),
    ("ar", "ارتفعت أسعار الخبز بنسبة 20% بينما تراجعت أسعار الأرز بنسبة 5%.",
     [("ارتفعت أسعار الخبز بنسبة 20%", "price_change", None), ("بينما تراجعت أسعار الأرز بنسبة 5%", "price_change", None)]),
    ("en", "Despite rising prices, Nestle hired 300 workers in Vevey.",
     [("Nestle hired 300 workers in Vevey", "hiring", "Nestle")]),
    ("ar", "في ظل ارتفاع الأسعار، سرحت شركة فورد 200 موظف.",
     [("في ظل ارتفاع الأسعار، سرحت شركة فورد 200 موظف", "layoff", "شركة فورد")]),
])
def test_claim_units(language, sentence, claims):
    assert _claims(sentence, language) == claims


@pytest.mark.parametrize("sentence, claims", [
    # 'following' opens a verbless phrase like 'after' and names nobody
    ("Following the crash, the airline grounded 12 planes.",
     [("Following the crash, the airline grounded 12 planes", None, None)]),
    # people released are freed, no product launched
    ("Following talks with Qatar, Hamas released 3 hostages.",
     [("Following talks with Qatar, Hamas released 3 hostages", None, "Hamas")]),
    ("Israel released 90 Palestinian prisoners on Sunday.",
     [("Israel released 90 Palestinian prisoners on Sunday", None, "Israel")]),
])
def test_english_units(sentence, claims):
    assert _claims(sentence, "en") == claims


@pytest.mark.parametrize("sentence, claims", [
    # 'and' before a new subject with its own verb and figure joins two facts
    ("Exports rose 5% and imports fell 2% in October.",
     [("Exports rose 5%", None, None), ("imports fell 2% in October", None, None)]),
    ("Inflation rose to 3.2% and the central bank raised rates to 5%.",
     [("Inflation rose to 3.2%", "price_change", None), ("the central bank raised rates to 5%", "rate_change", None)]),
    # one subject, two verbs: one claim; a noun list after a comma is no clause
    ("Police arrested 12 people and seized 40 kilograms of cocaine.",
     [("Police arrested 12 people and seized 40 kilograms of cocaine", "arrest", "Police")]),
    ("Output rose in 2023, prices and wages fell by 2%.",
     [("Output rose in 2023", None, None), ("prices and wages fell by 2%", "price_change", None)]),
])
def test_english_coordinated_facts(sentence, claims):
    assert _claims(sentence, "en") == claims


@pytest.mark.parametrize("sentence, event, subject", [
    # an infection with a disease named in construct (جدري القردة، إنفلونزا الطيور) is a case, no casualty
    ("أعلنت منظمة الصحة العالمية تسجيل 230 إصابة بجدري القردة في كينشاسا.", None, "منظمة الصحة العالمية"),
    ("أصيب 12 شخصا بجروح في انفجار.", "casualties", None),
])
def test_arabic_cases_and_casualties(sentence, event, subject):
    assert event_and_subject(sentence, "ar", PUB) == (event, subject)


@pytest.mark.parametrize("sentence, claims", [
    # فيما before a verb opens a second fact, with or without a comma; فيما يتعلق ('regarding') does not
    ("فاز حزب العدالة بـ 120 مقعدا فيما حصل حزب الأمة على 80 مقعدا.",
     [("فاز حزب العدالة بـ 120 مقعدا", "election", "حزب العدالة"),
      ("فيما حصل حزب الأمة على 80 مقعدا", "election", "حزب الأمة")]),
    ("ارتفعت الأسعار 4% فيما يتعلق بالوقود.", [("ارتفعت الأسعار 4% فيما يتعلق بالوقود", "price_change", None)]),
    # a fronted adjunct closed by its comma does not swallow the second fact after فيما
    ("في ظل ارتفاع الأسعار، رفع البنك المركزي سعر الفائدة بمقدار 200 نقطة أساس فيما تراجع الجنيه إلى 50 جنيها.",
     [("في ظل ارتفاع الأسعار، رفع البنك المركزي سعر الفائدة بمقدار 200 نقطة أساس", "rate_change", "البنك المركزي"),
      ("فيما تراجع الجنيه إلى 50 جنيها", None, None)]),
])
def test_arabic_units(sentence, claims):
    assert _claims(sentence, "ar") == claims
