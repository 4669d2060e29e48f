"""Round 31: claim units, subjects and events in both languages.

0. Coordinated clauses, each with its own subject and an irregular verb (beat, held), are separate claims.
1. An appositive between commas after a name is part of the subject noun phrase: the predicate after it is no claim
   of its own, and a name inside the appositive (the Swedish payments company, backed by Volkswagen) is not the
   subject; the name it describes is.
2. The agent of a participle modifying a noun ('a round led by X', 'a maker backed by X') and a place inside such a
   modifier of the subject ('hostages held in Gaza have been released') are not the clause subject.
3. Judges, justices or a jury voting is a ruling (lawsuit), not an election; a legislature, council or board voting
   holds no election either (its bill names the event).
4. An intent, plot, attempt or threat to kill is no casualty event.
5. A tally of points or a volume (output, production, exports) that rises or falls is no price change; a defeat
   (الخسارة) is no financial loss unless money or a company's period goes with it.
6. A one-word club after a verb of a fixture (يستعد، يستضيف، يلتقي) opening the claim is its subject.
7. A claim span never cuts a bidi isolate or embedding: its closer stays with its opener.
8. A quotation that is the whole claim is its content, not a name; an appraisal of a performance is no claim.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, subject_rows

from factcheck.pipeline import analyze

PUB = date(2025, 6, 18)


@pytest.mark.parametrize("language, sentence, claims", [
    # 1. the appositive and the predicate after it are one claim about the name before it
    ("en", "Flink, the Berlin-based grocery delivery startup, is laying off about 15% of its staff.",
     [("Flink, the Berlin-based grocery delivery startup, is laying off about 15% of its staff", "layoff", "Flink")]),
    ("en", "Klarna, the Swedish payments company, cut 700 jobs in 2023.",
     [("Klarna, the Swedish payments company, cut 700 jobs in 2023", "layoff", "Klarna")]),
    ("en", "Northvolt, the Swedish battery maker backed by Volkswagen, cut 1,600 jobs.",
     [("Northvolt, the Swedish battery maker backed by Volkswagen, cut 1,600 jobs", "layoff", "Northvolt")]),
    ("en", "Ecopetrol, Colombia's state oil company, cut 300 jobs.",
     [("Ecopetrol, Colombia's state oil company, cut 300 jobs", "layoff", "Ecopetrol")]),
    ("en", "Smith, 45, a former soldier, was jailed for 5 years.",
     [("Smith, 45, a former soldier, was jailed for 5 years", "lawsuit", "Smith")]),
    ("en", "Apple, the iPhone maker, and Google, the search giant, agreed to pay $50 million.",
     [("Apple, the iPhone maker, and Google, the search giant, agreed to pay $50 million", None, "Apple")]),
    ("en", "Maria Silva, the mayor of Porto, said she would resign.", [("she would resign", "departure", "Maria Silva")]),
    ("ar", "شركة فلينك، الناشئة الألمانية لتوصيل البقالة، تسرّح نحو 15% من موظفيها.",
     [("شركة فلينك، الناشئة الألمانية لتوصيل البقالة، تسرّح نحو 15% من موظفيها", "layoff", "شركة فلينك")]),
])
def test_an_appositive_is_part_of_the_subject(language, sentence, claims):
    assert subject_rows(sentence, language, PUB) == claims


@pytest.mark.parametrize("sentence, claims", [
    # coordinated clauses, each with its own subject, verb and score, are two claims
    ("Arsenal beat Chelsea 2-1 and Liverpool drew 0-0 with Everton.",
     [("Arsenal beat Chelsea 2-1", "sports_result", "Arsenal"),
      ("Liverpool drew 0-0 with Everton", "sports_result", "Liverpool")]),
    ("The central bank held rates at 5% and inflation rose to 3.1%.",
     [("The central bank held rates at 5%", "rate_change", None), ("inflation rose to 3.1%", "price_change", None)]),
])
def test_coordinated_clauses_with_their_own_subjects(sentence, claims):
    assert subject_rows(sentence, "en", PUB) == claims


@pytest.mark.parametrize("language, sentence, event, subject", [
    # 2. the agent of a participle modifier and a place inside one are not the subject
    ("en", "Acme raised $50 million in a round led by Sequoia.", "funding", "Acme"),
    ("en", "The company raised $150 million in a round led by DoorDash.", "funding", None),
    ("ar", "جمعت الشركة 50 مليون دولار في جولة تمويلية بقيادة «سيكويا كابيتال».", "funding", None),
    ("ar", "جمعت شركة تابي 50 مليون دولار في جولة قادتها شركة سيكويا.", "funding", "شركة تابي"),
    ("en", "The judge, appointed by Trump in 2019, fined the company $5 million.", "lawsuit", None),
    ("en", "Meta, advised by Goldman Sachs, bought 49% of Scale AI for $14 billion.", "acquisition", "Meta"),
    ("en", "Bolsonaro, 70, was sentenced to 27 years in prison.", "lawsuit", "Bolsonaro"),
    ("en", "Some 2,400 cattle owned by Gulf Dairy died in the desert.", "casualties", "Gulf Dairy"),  # the owner (round 19)
    ("en", "Acme was acquired by Google for $2 billion.", "acquisition", "Acme"),  # the clause's own passive
    ("en", "In Kenya, the government cut fuel prices by 10%.", "price_change", "Kenya"),  # a fronted adjunct, no appositive
    ("en", "All 20 living hostages held in Gaza have been released.", None, None),
    ("en", "The prisoners were released on Monday.", None, None),  # freed, no launch (round 29)
    ("en", "Shelling killed 12 civilians in Kharkiv on Monday.", "casualties", "Kharkiv"),  # where it happened
    # 3. judges voting is a ruling
    ("en", "Four of the five justices on the panel voted to convict him.", "lawsuit", None),
    ("en", "The jurors voted 10-2 to acquit the former officer.", "lawsuit", None),
    ("en", "Voters in Ohio voted to raise the minimum wage.", "election", "Ohio"),
    ("ar", "وصوّت القضاة الأربعة على إدانته.", "lawsuit", None),
    ("ar", "وصوتت هيئة المحلفين بالإجماع على إدانة المتهم.", "lawsuit", None),
    ("ar", "وصوت الناخبون في 30 دائرة.", "election", None),
    # a legislature or a board voting holds no election
    ("en", "Parliament voted 300-120 to pass the bill.", "policy", "Parliament"),
    ("en", "The Senate voted 51-49 to confirm him.", None, "Senate"),
    ("en", "Voters in Ireland voted 67% against the amendment.", "election", "Ireland"),
    ("ar", "وصوتت الجمعية العامة بأغلبية 120 صوتا لصالح القرار.", None, None),
    ("ar", "وصوتت لجنة الشؤون الخارجية بأغلبية 12 صوتا على مشروع القانون.", "policy", "لجنة الشؤون الخارجية"),
    # 4. an intent to kill is no casualty
    ("en", "Police said they foiled a plot to kill the president.", None, "Police"),
    ("en", "He attempted to kill his neighbour.", None, None),
    ("ar", "وكشفت الشرطة عن مخطط لقتل الرئيس.", None, None),
    ("ar", "نجا الرئيس من محاولة قتل في العاصمة يوم الأحد.", None, None),
    ("en", "The blast killed 12 people.", "casualties", None),
    # 5. points and volumes are no prices
    ("ar", "وبهذا الفوز رفع الهلال رصيده إلى 19 نقطة.", None, None),
    ("ar", "ارتفع إنتاج النفط بنسبة 9%.", None, None),
    ("en", "Oil output fell 9% in October.", None, "Oil"),
    ("en", "Arsenal's points tally rose to 19.", None, "Arsenal"),
    ("en", "Oil prices fell 9% in October.", "price_change", "Oil"),
    ("ar", "ارتفعت أسعار النفط بنسبة 9%.", "price_change", None),
    ("ar", "ارتفع المؤشر 50 نقطة.", "price_change", None),
    # a defeat is no financial loss; a company's loss with its money or period stays earnings
    ("ar", "وأكد المدرب أن الفريق قدم أداء جيدا رغم الخسارة.", "sports_result", None),
    ("ar", "تكبدت الشركة خسارة بقيمة 5 ملايين دولار في الربع الثالث.", "earnings", None),
    ("ar", "سجلت الشركة خسارة صافية بلغت 20 مليون دولار.", "earnings", None),
    ("ar", "حقق الهلال فوزاً ثميناً على ضيفه الاتحاد بنتيجة 3-1 مساء الجمعة.", "sports_result", None),  # tanween
    ("ar", "حقق الحزب فوزاً بـ 120 مقعداً.", "election", None),
    # 6. a club after a fixture verb
    ("ar", "ويستعد الهلال لمواجهة النصر يوم الجمعة.", None, "الهلال"),
    ("ar", "ويستضيف الأهلي الزمالك يوم السبت.", None, "الأهلي"),
    ("ar", "ويلتقي الهلال مع النصر يوم الجمعة.", None, "الهلال"),
])
def test_events_and_subjects(language, sentence, event, subject):
    assert event_and_subject(sentence, language, PUB) == (event, subject)


@pytest.mark.parametrize("sentence, expected", [
    # 7. a claim ending inside an isolate keeps its closer
    ("وقالت الوزارة إن ٢٬٧٥٠\u200e شخصاً أصيبوا منذ \u2067١٥ أيلول\u2069.",
     "٢٬٧٥٠\u200e شخصاً أصيبوا منذ \u2067١٥ أيلول\u2069"),
    ("أصيب ٤٠ شخصاً في \u2067حلب\u2069.", "أصيب ٤٠ شخصاً في \u2067حلب\u2069"),
    ("قال الوزير إن \u2067الشركة\u2069 ربحت 5 ملايين دولار.", "\u2067الشركة\u2069 ربحت 5 ملايين دولار"),  # the opener kept
    ("ارتفع عدد القتلى إلى \u202b٤٠ شخصا\u202c.", "ارتفع عدد القتلى إلى \u202b٤٠ شخصا\u202c"),  # an embedding
])
def test_a_claim_never_cuts_a_bidi_pair(sentence, expected):
    claims = analyze(sentence, "ar", PUB).claims
    assert [c.text for c in claims] == [expected]
    for c in claims:
        for opener, closer in (("\u2066\u2067\u2068", "\u2069"), ("\u202a\u202b\u202d\u202e", "\u202c")):
            assert sum(c.text.count(o) for o in opener) == c.text.count(closer)


@pytest.mark.parametrize("language, sentence", [
    # 8. an appraisal of a performance is no claim
    ("ar", "وقال المدرب: «اللاعبون قدموا مباراة كبيرة»."),
    ("ar", "قال المدرب إن اللاعبين قدموا أداء رائعا."),
    ("en", "The coach said the players had a great game."),
    ("en", "\"We played an excellent match,\" the coach said."),
])
def test_an_appraisal_is_no_claim(language, sentence):
    assert subject_rows(sentence, language, PUB) == []


@pytest.mark.parametrize("language, sentence, subject", [
    # 8. a quotation that is the whole claim is no name; a short quoted name stays one
    ("ar", "وقال الوزير: «صدّرنا 3 ملايين طن»", None),
    ("ar", "وقعت الحكومة عقدا مع «أرامكو» بقيمة 3 مليارات دولار.", "أرامكو"),
])
def test_a_whole_quotation_is_no_name(language, sentence, subject):
    assert event_and_subject(sentence, language, PUB)[1] == subject
