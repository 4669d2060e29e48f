"""Round 32: claim units, subjects and events in both languages.

1. A two-word statement with its future verb (العجز سينخفض) quoted from someone is checkable: no short-unit penalty;
   a future verb by shape (ستستأنف) is never a name.
2. The tail of a ranking after a comma ('followed by X with N', 'ahead of X', تلتها، يليه) completes the ranking:
   it is no claim of its own.
3. An acronym written in capitals is a name even when it spells a stop word (WHO, US, IT).
4. A toll ('the death toll from X', حصيلة ضحايا X، عدد قتلى X) is a count of the victims of X: X is the subject.
5. A sports injury (a player hurt, at a body part or in a match) is no casualty event; people harmed by an incident
   (a crash, shelling) or counted stay casualties.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, subject_rows

from factcheck.extract.claims import MIN_CHECKWORTHINESS, checkworthiness
from factcheck.extract.clause_lexicon import lexicon
from factcheck.extract.tokens import tokenize
from factcheck.extract.verb_shape import future_like

PUB = date(2025, 6, 18)


# 1. a short quoted statement with its verb
def test_a_two_word_attributed_statement_with_its_verb_is_checkable():
    assert checkworthiness(False, False, False, 2, attributed=True, predicate=True) >= MIN_CHECKWORTHINESS
    assert checkworthiness(False, False, False, 2, attributed=False, predicate=True) < MIN_CHECKWORTHINESS
    assert checkworthiness(False, False, False, 2, attributed=True, predicate=False) < MIN_CHECKWORTHINESS


@pytest.mark.parametrize("word, verb", [
    ("سينخفض", True), ("ستستأنف", True), ("سنواصل", True), ("وستفتتح", True),
    ("سياسي", False), ("سنوات", False), ("سيارة", False), ("ستة", False), ("سوق", False), ("سنويا", False),
])
def test_a_future_verb_by_shape(word, verb):
    toks = tokenize(word, 0, len(word))
    assert future_like(toks, 0, lexicon("ar").non_verbs) is verb


@pytest.mark.parametrize("sentence", [
    "وزير الخارجية: المفاوضات ستستأنف",
    "رئيس الوزراء: الأسعار سترتفع",
])
def test_a_future_verb_is_no_subject(sentence):
    assert all(subject != "ستستأنف" and subject != "سترتفع" for _, _, subject in subject_rows(sentence, "ar", PUB))


# 2. a ranking's tail stays in its claim
@pytest.mark.parametrize("language, sentence, claims", [
    ("en", "Romania reported the most cases, with 30,692, followed by Kazakhstan with 28,147.",
     [("Romania reported the most cases, with 30,692, followed by Kazakhstan with 28,147", None, "Romania")]),
    ("en", "Germany led the medal table with 12 golds, ahead of France with 9.",
     [("Germany led the medal table with 12 golds, ahead of France with 9", None, "Germany")]),
    ("ar", "سجلت رومانيا أكبر عدد من الحالات بـ30692 حالة، تلتها كازاخستان بـ28147 حالة.",
     [("سجلت رومانيا أكبر عدد من الحالات بـ30692 حالة، تلتها كازاخستان بـ28147 حالة", None, None)]),
    ("ar", "احتل الهلال الصدارة برصيد 40 نقطة، يليه النصر بـ38 نقطة.",
     [("احتل الهلال الصدارة برصيد 40 نقطة، يليه النصر بـ38 نقطة", None, None)]),
])
def test_a_ranking_tail_stays_in_its_claim(language, sentence, claims):
    assert subject_rows(sentence, language, PUB) == claims


# 3. an acronym in capitals is a name
@pytest.mark.parametrize("sentence, event, subject", [
    ("The WHO declared the outbreak a global health emergency in 2024.", None, "WHO"),
    ("IT spending rose 8% in 2025.", None, "IT"),
])
def test_an_acronym_spelling_a_stop_word_is_a_name(sentence, event, subject):
    assert event_and_subject(sentence, "en", PUB) == (event, subject)


# 4. the subject of a toll is what it counts the victims of
@pytest.mark.parametrize("language, sentence, subject", [
    ("en", "The death toll from the earthquake in Turkey rose to 5,000.", "Turkey"),
    ("en", "The death toll from Hurricane Melissa rose to 50.", "Hurricane Melissa"),
    ("en", "The number of dead in Libya reached 4,000.", "Libya"),
    ("en", "Pakistan's death toll from the floods rose to 1,100.", "Pakistan"),
    ("en", "The number of people killed in the stampede rose to 56.", "the stampede"),
    ("ar", "ارتفعت حصيلة ضحايا الزلزال في أفغانستان إلى 2200 قتيل.", "الزلزال في أفغانستان"),
    ("ar", "عدد قتلى الفيضانات في ليبيا بلغ 4000 شخص.", "الفيضانات في ليبيا"),
    ("ar", "ارتفع عدد القتلى جراء إعصار ميليسا إلى 50 شخصا.", "إعصار ميليسا"),
])
def test_the_subject_of_a_toll(language, sentence, subject):
    assert event_and_subject(sentence, language, PUB) == ("casualties", subject)


# 5. a sports injury is no casualty
@pytest.mark.parametrize("language, sentence, event", [
    ("en", "Salah suffered a knee injury.", None),
    ("en", "Salah was injured in the match against Chelsea.", None),
    ("ar", "تعرض اللاعب لإصابة في الركبة خلال المباراة.", None),
    ("ar", "أصيب محمد صلاح في الركبة خلال مباراة الأحد.", None),
    # people harmed by an incident, or counted, stay casualties
    ("en", "Two fans were injured in the match.", "casualties"),
    ("en", "The striker was injured in a car crash.", "casualties"),
    ("ar", "أصيب 3 مشجعين في تدافع بالملعب.", "casualties"),
    ("ar", "أصيب جندي في قصف على المدينة.", "casualties"),
])
def test_a_sports_injury_is_no_casualty(language, sentence, event):
    assert event_and_subject(sentence, language, PUB)[0] == event


# 6. a short past form (died, hurt, shot) is a verb: ', and two people died' is a clause of its own
@pytest.mark.parametrize("sentence, claims", [
    ("Heavy rain flooded 300 homes in Valencia on Tuesday, and two people died.",
     [("Heavy rain flooded 300 homes in Valencia on Tuesday", "disaster", "Valencia"),
      ("two people died", "casualties", None)]),
])
def test_a_short_past_form_opens_a_clause(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


# 7. a pronoun opening a coordinated clause refers back to the first name of the sentence
@pytest.mark.parametrize("sentence, claims", [
    ("Acme beat forecasts, and its shares rose 5%.",
     [("Acme beat forecasts", None, "Acme"), ("its shares rose 5%", "price_change", "Acme")]),
    ("Apple cut prices, but its margins rose to 46%.",
     [("Apple cut prices", "price_change", "Apple"), ("but its margins rose to 46%", None, "Apple")]),
    ("Norway's wealth fund returned 13% in 2025 and its value hit $2 trillion.",
     [("Norway's wealth fund returned 13% in 2025", None, "Norway"), ("its value hit $2 trillion", None, "Norway")]),
    ("Its shares rose 5%.", [("Its shares rose 5%", "price_change", None)]),  # nothing to refer back to
])
def test_a_pronoun_after_a_coordinator_refers_back(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


# 8. a connector opening a chained Arabic clause (ثم، فيما) stands before its verb and agent
@pytest.mark.parametrize("sentence, claims", [
    ("تغلب الأهلي على الزمالك 2-1، ثم فاز الهلال على النصر 3-1.",
     [("تغلب الأهلي على الزمالك 2-1", "sports_result", "الأهلي"),
      ("ثم فاز الهلال على النصر 3-1", "sports_result", "الهلال")]),
    ("فاز حزب العدالة والتنمية بـ120 مقعدا، فيما حصل حزب الشعب الجمهوري على 90 مقعدا.",
     [("فاز حزب العدالة والتنمية بـ120 مقعدا", "election", "حزب العدالة والتنمية"),
      ("فيما حصل حزب الشعب الجمهوري على 90 مقعدا", "election", "حزب الشعب الجمهوري")]),
])
def test_a_connector_before_the_verb_and_its_agent(sentence, claims):
    assert subject_rows(sentence, "ar", PUB) == claims


# 9. a relative clause of place after a name ('in Wales, where …') is about that place
@pytest.mark.parametrize("sentence, claims", [
    ("The Met Office issued a red warning for wind in Wales, where gusts reached 100 mph.",
     [("The Met Office issued a red warning for wind in Wales", None, "Met Office"),
      ("where gusts reached 100 mph", None, "Wales")]),
    ("Fighting spread to Khartoum, where 40 civilians were killed on Monday.",
     [("Fighting spread to Khartoum", None, "Khartoum"), ("where 40 civilians were killed on Monday", "casualties", "Khartoum")]),
])
def test_a_relative_of_place_is_about_the_place(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


# 10. lowering a price is a price change, as raising one is; a rate cut and a job cut keep their own events
@pytest.mark.parametrize("language, sentence, event", [
    ("en", "Shell cut petrol prices by 5 cents a litre.", "price_change"),
    ("en", "The airline lowered fares by 10%.", "price_change"),
    ("ar", "خفضت الحكومة سعر الخبز إلى 5 جنيهات.", "price_change"),
    ("ar", "وخفضت أرامكو سعر البيوتان إلى 580 دولارا.", "price_change"),
    ("en", "The Fed cut interest rates by 25 basis points.", "rate_change"),
    ("ar", "خفض البنك المركزي سعر الفائدة 25 نقطة أساس.", "rate_change"),
    ("en", "Acme cut 300 jobs.", "layoff"),
    ("ar", "خفضت الشركة 300 وظيفة.", "layoff"),
    ("en", "OPEC+ cut output by 400,000 barrels a day.", None),  # a volume, no price
])
def test_lowering_a_price_is_a_price_change(language, sentence, event):
    assert event_and_subject(sentence, language, PUB)[0] == event


# 11. ثم after a comma opens the next event of a chained sentence: it never ends the clause before it
def test_then_opens_the_next_clause():
    sentence = ("أعلنت الهيئة الوطنية للانتخابات فوز المرشح بنسبة 62% من الأصوات، وبلغت نسبة المشاركة 48%، "
                "ثم أعلنت المحكمة الدستورية رفض الطعون.")
    texts = [text for text, _, _ in subject_rows(sentence, "ar", PUB)]
    assert "وبلغت نسبة المشاركة 48%" in texts
    assert not any(text.endswith("ثم") for text in texts)
