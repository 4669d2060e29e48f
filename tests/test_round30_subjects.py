"""Round 30: claim units, subjects and events in both languages.

1. A one-word Arabic contestant after a contest verb and before its opponent's preposition, its score or its share
   (فاز/خسر X على/أمام، فاز X 2-0، فاز X بنسبة) is the subject, definite or not, when no lexicon marks it (a club, a
   country, a candidate's surname); a runoff (جولة الإعادة) is an electoral word.
2. A verb is never a subject: a one-word "name" of verb shape, no listed given name, right before the amount it
   governs (راتب اللاعب السنوي يبلغ نحو 15 مليون يورو) is dropped.
3. An organisation cue with a fused preposition (لحزب، لشركة) is the object's possessor, never the subject.
4. When a definite noun opens an Arabic clause right before its verb (SV), the names after the verb are objects,
   never the subject; a definite institution noun there is the subject (الحكومة تتفاوض مع صندوق النقد الدولي), and
   so is one unmarked definite word, no sound plural, before a verb and its partner's or object's preposition
   (الهلال يتعاقد مع).
5. An interest, lending, deposit or policy rate is a rate (rate_change), in both word orders and languages.
6. A prison term is a ruling ('jailed', حكم بالسجن): a lawsuit, not an arrest; a strike by any occupational group
   (controllers, dockers, crews) is a labour strike.
7. A name after 'at' that follows the verb is where, not who: the passive subject named before it wins.
8. Victims after a preposition (returned to victims, compensation for victims) are no casualty event.
9. A name that is the object of a preposition of destination, source or beneficiary after the verb (to Kabul,
   for Ukraine, from villages east of Athens) is never the subject; inside the subject before the verb it stays
   (Exports to China), as do an institution addressed (appeal to the Supreme Court) and an opponent (defeat to X).
10. An evaluation of a decision, act or outcome already reported ('The decision was a betrayal') is no claim.
11. Each sentence of a quotation reported as one is its own claim; a feeling the speaker declares is no claim.
12. An abbreviation's period (St. Louis, Acme Corp. said) ends neither a name nor the speaker's sentence.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, subject_rows

PUB = date(2025, 6, 18)


def _claims(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return subject_rows(text, language, PUB)


@pytest.mark.parametrize("sentence, event, subject", [
    # 1. one-word contestants
    ("خسر برشلونة أمام إشبيلية 2-0 يوم الأحد.", "sports_result", "برشلونة"),
    ("فاز الأهلي على الزمالك 2-0.", "sports_result", "الأهلي"),
    ("تغلب الوداد على الرجاء بهدف نظيف.", "sports_result", "الوداد"),
    ("فاز تبون بنسبة 94% من الأصوات.", "election", "تبون"),  # before its share
    ("فاز أردوغان على كليتشدار أوغلو في جولة الإعادة.", "election", "أردوغان"),  # a runoff is electoral
    ("فاز الأهلي 2-0 على الزمالك.", "sports_result", "الأهلي"),  # before its score
    ("فاز ريال بيتيس على إشبيلية 2-1.", "sports_result", "ريال بيتيس"),  # two words: the name whole
    ("فاز الفريق على منافسه 2-0.", "sports_result", None),  # a marked common noun is no contestant's name
    ("فاز الفريق بهدفين.", "sports_result", None),
    ("أصيب جندي على الحدود.", "casualties", None),  # no contest: the word before على is no agent
    # 2. a verb is no subject
    ("راتب اللاعب السنوي يبلغ نحو 15 مليون يورو.", None, None),
    # 3. a preposition's object
    ("الغارات استهدفت \"بنى تحتية\" لحزب الله في جنوب لبنان.", None, None),  # SV: the strikes, no name
    # 4. SVO with an imperfect verb
    ("الحكومة تتفاوض مع صندوق النقد الدولي على قرض بقيمة 3 مليارات دولار.", None, "الحكومة"),
    ("الهلال يتعاقد مع المهاجم البرازيلي مقابل 40 مليون يورو.", "transfer", "الهلال"),  # a one-word agent before مع
    ("الأسعار ترتفع على نحو حاد بنسبة 4%.", "price_change", None),  # a marked noun is no agent
    # 5. rates
    ("فيما ارتفع سعر الإقراض إلى 28.25%.", "rate_change", None),
    ("وسعر عائد الإيداع ارتفع إلى 27.25%.", "rate_change", None),
    ("ارتفع معدل الفائدة على الودائع إلى 12%.", "rate_change", None),
    # 6. rulings
    ("صدر حكم بالسجن 5 سنوات على الصحفي.", "lawsuit", None),
    ("قضت المحكمة بسجنه خمس سنوات.", "lawsuit", None),
])
def test_arabic_events_and_subjects(sentence, event, subject):
    assert event_and_subject(sentence, "ar", PUB) == (event, subject)


@pytest.mark.parametrize("sentence, event, subject", [
    # 5. rates
    ("The lending rate rose to 8.5%.", "rate_change", None),
    ("The prime rate rose to 8.5%.", "rate_change", None),
    ("The central bank raised the repo rate to 7.5%.", "rate_change", None),
    ("The Bank of England held the bank rate at 5.25%.", "rate_change", "Bank of England"),
    # 6. rulings
    ("A former accountant was jailed for six years on Tuesday.", "lawsuit", None),
    ("He was sentenced to 12 years in prison.", "lawsuit", None),
    ("Police arrested 12 people in Lagos.", "arrest", "Police"),
    # a strike by any occupational group is a labour strike; a military strike stays none
    ("Air traffic controllers in France will strike for 48 hours.", "strike", "Air traffic controllers"),
    ("Dockers at the port of Antwerp ended a four-day strike.", "strike", "Antwerp"),
    ("US strikes hit 3 Houthi targets.", None, "US"),
    # 7. the passive subject, not the court it stood in
    ("Michael Avery, 58, was found guilty at Southwark Crown Court of fraud.", "lawsuit", "Michael Avery"),
    # 9. a destination or a beneficiary is no subject
    ("Greek authorities ordered the evacuation of 30,000 people from villages east of Athens.", None,
     "Greek authorities"),
    ("The bill includes $60 billion for Ukraine.", "policy", None),
    ("Germany deported 28 Afghan men to Kabul on Friday.", None, "Germany"),
    ("Maersk diverted 20 ships to the Cape of Good Hope in March.", None, "Maersk"),
    ("Bangladesh exported 3.2 million tonnes of rice to Indonesia.", None, "Bangladesh"),
    ("Ryanair cancelled 400 flights to Spain.", None, "Ryanair"),
    ("Japan sent 200 tonnes of aid to Gaza.", None, "Japan"),
    ("Toyota shipped 40,000 cars from Nagoya to Europe.", None, "Toyota"),
    # inside the subject, before the verb, the name stays; so does an institution addressed, and an opponent
    ("Exports to China rose 5% in May.", None, "China"),
    ("Imports from Russia fell 30%.", None, "Russia"),
    ("They would appeal to the Supreme Court within 20 days.", "lawsuit", "Supreme Court"),
    ("Some 15,000 fans attended Saturday's 3-0 defeat to Gor Mahia.", None, "Gor Mahia"),
    # the place where it happened stays the subject when nobody is named (round 28)
    ("Shelling killed 12 civilians in Kharkiv on Monday.", "casualties", "Kharkiv"),
    ("Dock workers at the Port of Santos began a 72-hour strike on Monday.", "strike", "Port of Santos"),
])
def test_english_events_and_subjects(sentence, event, subject):
    assert event_and_subject(sentence, "en", PUB) == (event, subject)


def test_victims_after_a_preposition_are_no_casualties():
    text = "The Serious Fraud Office said it had recovered £12.5m and would return the money to victims."
    assert [e for _, e, _ in _claims(text, "en")] == [None, None]


def test_a_quote_keeps_only_its_checkable_sentence():
    text = "'We are shocked. We will appeal,' the club said."
    assert [t for t, _, _ in _claims(text, "en")] == ["We will appeal"]


@pytest.mark.parametrize("language, sentence", [
    # 10. an evaluation of a decision, act or outcome already reported is no claim, as of an event (round 29)
    ("en", "The decision was a betrayal of the workers."),
    ("en", "The result was a triumph for democracy."),
    ("en", "The move is a slap in the face for farmers."),
    ("ar", "وكان القرار خيانة للعمال."),
    ("ar", "وكانت الخطوة خطأ فادحا."),
])
def test_an_evaluation_of_a_reported_act_is_no_claim(language, sentence):
    assert _claims(sentence, language) == []


@pytest.mark.parametrize("language, sentence", [
    ("en", "The deal was a blow to 3,000 workers."),  # a figure: checkable
    ("en", "The decision was made in March."),  # no indefinite predicate noun
    ("ar", "وكان القرار صدر في مارس."),
])
def test_a_reported_act_with_a_fact_stays_a_claim(language, sentence):
    assert len(_claims(sentence, language)) == 1


@pytest.mark.parametrize("language, sentence, claims", [
    # 11. each sentence of a quotation reported as one states its own fact; a declared feeling is no claim
    ("en", "\"We sold 5,000 tickets. Revenue rose 12%,\" the club said.",
     [("We sold 5,000 tickets", None, None), ("Revenue rose 12%", "earnings", "Revenue")]),
    ("en", "\"We are devastated. Three of our players were injured,\" the coach said.",
     [("Three of our players were injured", "casualties", None)]),
    ("en", "'We are shocked. We will appeal,' the club said.", [("We will appeal", None, None)]),
    ("en", "\"Sales at our St. Louis plant rose 5%. We hired 200 workers,\" Smith said.",
     [("Sales at our St. Louis plant rose 5%", "earnings", "St. Louis"), ("We hired 200 workers", "hiring", None)]),
    ("ar", "قال الوزير: \"صدرنا 3 ملايين طن. وارتفعت الإيرادات 12%\".",
     [("صدرنا 3 ملايين طن", None, None), ("وارتفعت الإيرادات 12%", "earnings", None)]),
    ("ar", "قال المتحدث: «نحن مصدومون. خسرنا 3 مباريات».", [("خسرنا 3 مباريات", None, None)]),
])
def test_quoted_sentences(language, sentence, claims):
    assert _claims(sentence, language) == claims


def test_a_quoted_saying_is_no_name():
    assert _claims("قال المتحدث: \"نحن مصدومون. سنستأنف الحكم\".", "ar") == []


@pytest.mark.parametrize("sentence, claims", [
    # 12. the period of an abbreviation ends no name and no sentence: the speaker named before it is found
    ("Acme Corp. said it cut 200 jobs.", [("it cut 200 jobs", "layoff", "Acme Corp")]),
    ("Flooding in St. Louis killed 4 people.", [("Flooding in St. Louis killed 4 people", "casualties", "St. Louis")]),
])
def test_abbreviations_inside_names(sentence, claims):
    assert _claims(sentence, "en") == claims
