"""Round 33, attribution in both languages.

- A verb of confirming (أكد) with a bare verbal-noun object after its subject (أكدت الوزارة مقتل 12 شخصا، أكد الجيش
  إصابة 3 جنود) reports that fact as the subject's, the whole clause kept as an announcement's is (round 21); any
  other object (أكد الوزير التزام الحكومة) reports nothing. The simple verbal nouns of death, loss and flight
  (وفاة، غرق، فقدان، نزوح) open such an object as مقتل does. A subject-first announcement goes on past a day set off
  by commas (الوزارة أعلنت، الأربعاء، تسجيل); the conjunction written onto that subject is no part of the source.
- The full stops of a letter-by-letter abbreviation (U.S., U.N.) end no clause and no source; a known body's short
  name written so is that body.
- A state body named by its function (the treasury, customs, the senate, the coroner; الخزانة، الجمارك) is official.
- A headline label naming a non-profit or international body ('Amnesty International:', «منظمة الصحة العالمية:») is
  its source, official; a firm's or a country's name there heads the topic.
- Unnamed groups alike in both languages: a listed group (officials, lawyers, investigators, rescuers; محققون،
  مسعفون، رجال الإنقاذ) is anonymous with or without the article; only a form-derived one refers back with it.
- Trailing 'X told Y': the outlet told closes the reporting clause before ', adding that Z'; a participle saying
  how X spoke (declining to be named) or setting the report against another (contradicting ...; Arabic
  ، خلافا لتصريحات X) is no claim.
- Arabic: the outlet told in quotation marks (لـ«X») before an insertion, a channel fronted before the verb
  (وفي مقابلة مع «X»، قال), the outlet told after 'بحسب ما قال X' and a venue or time after a subjectless verb
  (وأضاف أمام البرلمان أن) all belong to the reporting clause, never to the source or a claim.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2026, 11, 20)


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


@pytest.mark.parametrize("text, rows", [
    ("وأكدت الوزارة مقتل 12 شخصا في القصف.",
     [("وأكدت الوزارة مقتل 12 شخصا في القصف", "official", "الوزارة", "وأكدت")]),
    ("أكد الجيش إصابة 3 جنود في هجوم على نقطة تفتيش.",
     [("أكد الجيش إصابة 3 جنود في هجوم على نقطة تفتيش", "official", "الجيش", "أكد")]),
    ("وأكدت الشرطة اعتقال 7 أشخاص بعد المباراة.",
     [("وأكدت الشرطة اعتقال 7 أشخاص بعد المباراة", "official", "الشرطة", "وأكدت")]),
    ("أكدت الهيئة تسجيل 120 مخالفة خلال الاقتراع.",
     [("أكدت الهيئة تسجيل 120 مخالفة خلال الاقتراع", "official", "الهيئة", "أكدت")]),
    ("وأكدت منظمة الصحة العالمية وفاة 12 شخصا بالكوليرا.",
     [("وأكدت منظمة الصحة العالمية وفاة 12 شخصا بالكوليرا", "official", "منظمة الصحة العالمية", "وأكدت")]),
    ("الشرطة أكدت فقدان 4 صيادين قبالة السواحل.",
     [("الشرطة أكدت فقدان 4 صيادين قبالة السواحل", "official", "الشرطة", "أكدت")]),
    ("وأكد مصدر أمني مقتل 4 عناصر في الكمين.",
     [("وأكد مصدر أمني مقتل 4 عناصر في الكمين", "anonymous", "مصدر أمني", "وأكد")]),
    # the simple verbal nouns of death and flight after an announcement too
    ("أعلنت وزارة الصحة وفاة 3 أطفال بالحصبة.",
     [("أعلنت وزارة الصحة وفاة 3 أطفال بالحصبة", "official", "وزارة الصحة", "أعلنت")]),
    ("أعلنت المفوضية نزوح 40 ألف شخص من المدينة.",
     [("أعلنت المفوضية نزوح 40 ألف شخص من المدينة", "official", "المفوضية", "أعلنت")]),
    # kept: a complement, a report's truth, an object that is no verbal noun
    ("وأكدت الوزارة أن 12 شخصا قتلوا في القصف.",
     [("12 شخصا قتلوا في القصف", "official", "الوزارة", "وأكدت")]),
    ("أكد الجيش صحة الأنباء عن مقتل 3 جنود.", [("مقتل 3 جنود", "official", "الجيش", "أكد")]),
    ("أكد الوزير التزام الحكومة بالاتفاق.", [("أكد الوزير التزام الحكومة بالاتفاق", "unattributed", None, None)]),
    ("أكد الرئيس دعمه للقرار.", [("أكد الرئيس دعمه للقرار", "unattributed", None, None)]),
])
def test_a_confirmed_verbal_noun_is_the_subjects(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # the full stops of a dotted abbreviation (U.S., U.N., U.K.) are no clause end: the trailing source is whole
    ("Prices rose 4%, U.N. officials said.", [("Prices rose 4%", "anonymous", "U.N. officials", "said")]),
    ("Aid deliveries fell by half, a U.N. spokesperson said.",
     [("Aid deliveries fell by half", "official", "a U.N. spokesperson", "said")]),
    ("The strikes killed 14 fighters, officials in the U.S. said.",
     [("The strikes killed 14 fighters", "anonymous", "officials in the U.S.", "said")]),
    ("U.S. officials said 3 ships were hit.", [("3 ships were hit", "anonymous", "U.S. officials", "said")]),
    ("A U.N. spokesperson said 2 million people need food.",
     [("2 million people need food", "official", "A U.N. spokesperson", "said")]),
])
def test_dotted_abbreviations_inside_sources(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a state body named by its function (the treasury, customs, the cabinet, parliament) speaks for the state
    ("The U.K. Treasury said borrowing rose to £20 billion.",
     [("borrowing rose to £20 billion", "official", "The U.K. Treasury", "said")]),
    ("Borrowing fell to $12 billion in May, the Treasury said.",
     [("Borrowing fell to $12 billion in May", "official", "the Treasury", "said")]),
    ("The Senate said the bill would be debated on Tuesday.",
     [("the bill would be debated on Tuesday", "official", "The Senate", "said")]),
    # an envoy speaks for the state that sends them, as an ambassador does (المبعوث in the Arabic state titles)
    ("Talks will resume in May, the U.N. envoy told the Security Council.",
     [("Talks will resume in May", "official", "the U.N. envoy", "told")]),
    ("The special envoy said 2 million people faced hunger.",
     [("2 million people faced hunger", "official", "The special envoy", "said")]),
    ("وقال المبعوث الأممي إن مليوني شخص يواجهون الجوع.",
     [("مليوني شخص يواجهون الجوع", "official", "المبعوث الأممي", "وقال")]),
    ("The coroner said the victim died of smoke inhalation.",
     [("the victim died of smoke inhalation", "official", "The coroner", "said")]),
    ("وقالت الجمارك إن 2 طن من الكوكايين ضبطت في الميناء.",
     [("2 طن من الكوكايين ضبطت في الميناء", "official", "الجمارك", "وقالت")]),
    ("وقالت وزارة الخزانة الأمريكية إن العجز بلغ 1.8 تريليون دولار.",
     [("العجز بلغ 1.8 تريليون دولار", "official", "وزارة الخزانة الأمريكية", "وقالت")]),
    ("وقالت الخزانة الأمريكية إن العجز بلغ 1.8 تريليون دولار.",
     [("العجز بلغ 1.8 تريليون دولار", "official", "الخزانة الأمريكية", "وقالت")]),
])
def test_state_bodies_named_by_their_function(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a headline label naming a non-profit body (an organisation, a watchdog, a charity; منظمة، جمعية) is its source,
    # official as the body is when it speaks ('Amnesty International said'), as a state body's label is
    ("World Health Organization: 12,000 cholera cases recorded in Sudan\n",
     [("12,000 cholera cases recorded in Sudan", "official", "World Health Organization", ":")]),
    ("Amnesty International: 40 protesters were killed\n",
     [("40 protesters were killed", "official", "Amnesty International", ":")]),
    ("Human Rights Watch: 300 prisoners held without charge\n",
     [("300 prisoners held without charge", "official", "Human Rights Watch", ":")]),
    ("منظمة الصحة العالمية: 12 ألف إصابة بالكوليرا في السودان\n",
     [("12 ألف إصابة بالكوليرا في السودان", "official", "منظمة الصحة العالمية", ":")]),
    ("منظمة العفو الدولية: مقتل 40 متظاهرا خلال يومين\n",
     [("مقتل 40 متظاهرا خلال يومين", "official", "منظمة العفو الدولية", ":")]),
    ("الأونروا: 300 ألف نازح في المدارس\n", [("300 ألف نازح في المدارس", "official", "الأونروا", ":")]),
    ("UNICEF: 3 million children need aid\n", [("3 million children need aid", "official", "UNICEF", ":")]),
    ("Doctors Without Borders: 40% of patients are children\n",
     [("40% of patients are children", "official", "Doctors Without Borders", ":")]),
    # kept: a firm's name or a country's heads its topic, not its speaker
    ("Boeing: 737 deliveries halted for 3 weeks\n",
     [("Boeing: 737 deliveries halted for 3 weeks", "unattributed", None, None)]),
    ("Sudan: 3 million people displaced since April\n",
     [("Sudan: 3 million people displaced since April", "unattributed", None, None)]),
])
def test_headline_labels_of_organisations(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # Unnamed groups, one rule in both languages: a listed group of people (officials, doctors, lawyers, paramedics,
    # investigators, rescuers: محققون، مسعفون، رجال الإنقاذ) is anonymous with or without the article, a group known
    # only by its agent form (inspectors, مفتشون) is anonymous bare and refers back with it (named); a body is official
    ("Investigators said the fire started in a kitchen.",
     [("the fire started in a kitchen", "anonymous", "Investigators", "said")]),
    ("The investigators said the pilot had ignored 3 warnings.",
     [("the pilot had ignored 3 warnings", "anonymous", "The investigators", "said")]),
    ("قال محققون إن الحريق بدأ في المطبخ.", [("الحريق بدأ في المطبخ", "anonymous", "محققون", "قال")]),
    ("وقال المحققون إن الطيار تجاهل 3 تحذيرات.", [("الطيار تجاهل 3 تحذيرات", "anonymous", "المحققون", "وقال")]),
    ("The rescuers said 14 bodies were recovered.",
     [("14 bodies were recovered", "anonymous", "The rescuers", "said")]),
    ("وقال رجال الإنقاذ إن 14 جثة انتشلت من تحت الأنقاض.",
     [("14 جثة انتشلت من تحت الأنقاض", "anonymous", "رجال الإنقاذ", "وقال")]),
    ("وقال رجال الإطفاء إن الحريق أتى على 3 مبان.",
     [("الحريق أتى على 3 مبان", "anonymous", "رجال الإطفاء", "وقال")]),
    ("وقال المسعفون إن 6 جرحى نقلوا إلى المستشفى.",
     [("6 جرحى نقلوا إلى المستشفى", "anonymous", "المسعفون", "وقال")]),
    ("وقال المحامون إن الجلسة أجلت 3 أسابيع.", [("الجلسة أجلت 3 أسابيع", "anonymous", "المحامون", "وقال")]),
    ("The lawyers said the hearing was delayed by 3 weeks.",
     [("the hearing was delayed by 3 weeks", "anonymous", "The lawyers", "said")]),
    ("The firefighters said the blaze destroyed 3 buildings.",
     [("the blaze destroyed 3 buildings", "anonymous", "The firefighters", "said")]),
    # kept: the police is a body; an unlisted agent noun with the article refers back
    ("قالت الشرطة إن 14 جثة انتشلت.", [("14 جثة انتشلت", "official", "الشرطة", "قالت")]),
    ("Police said 14 bodies were recovered.", [("14 bodies were recovered", "official", "Police", "said")]),
    ("The founders said the firm would grow.", [("the firm would grow", "named", "The founders", "said")]),
])
def test_unnamed_groups_alike_in_both_languages(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a trailing 'X told Y' frame: the outlet told (any capitalised name) closes the reporting clause before a comma,
    # and ', adding that Z' reports Z as X's (the frame's cue); a participle saying how X spoke (declining to be named) is the frame's
    ("The bank will cut rates in March, a source at the bank told Markets Wire, contradicting the governor's statement.",
     [("The bank will cut rates in March", "anonymous", "a source at the bank", "told")]),
    ("The club will sell 3 players, a person close to the board told The Athletic, adding that talks had begun.",
     [("The club will sell 3 players", "anonymous", "a person close to the board", "told"),
      ("talks had begun", "anonymous", "a person close to the board", "told")]),
    ("The airline will cut 400 jobs, a union official told Sky News, adding that strikes were likely.",
     [("The airline will cut 400 jobs", "anonymous", "a union official", "told"),
      ("strikes were likely", "anonymous", "a union official", "told")]),
    ("The plant will close, the CEO told employees, adding that 300 jobs would go.",
     [("The plant will close", "official", "the CEO", "told"), ("300 jobs would go", "official", "the CEO", "told")]),
    ("The plant will close, the CEO told Bloomberg News on Tuesday, adding that 300 jobs would go.",
     [("The plant will close", "official", "the CEO", "told"), ("300 jobs would go", "official", "the CEO", "told")]),
    ("The court will rule on Monday, a judicial source said, declining to be named.",
     [("The court will rule on Monday", "anonymous", "a judicial source", "said")]),
    ("The court will rule on Monday, a judicial source told AFP, asking not to be identified.",
     [("The court will rule on Monday", "anonymous", "a judicial source", "told")]),
    # kept: a resumed clause after the frame is the source's
    ("The club will sell 3 players, a source told Reuters, adding that talks had begun.",
     [("The club will sell 3 players", "anonymous", "a source", "told"), ("talks had begun", "anonymous", "a source", "told")]),
])
def test_trailing_told_frames(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a participle setting the report against another statement is the writer's, no claim
    ("Rates will rise by June, a source said, contradicting the governor.",
     [("Rates will rise by June", "anonymous", "a source", "said")]),
    ("Output fell 6%, the ministry said, at odds with the central bank's estimate.",
     [("Output fell 6%", "official", "the ministry", "said")]),
    # the Arabic writer setting the report against another statement (، خلافا لتصريحات X، خلافا لما أعلنته Y)
    ("وقال مصدر في البنك لـ«رويترز» إن البنك سيخفض الفائدة في مارس، خلافا لتصريحات المحافظ.",
     [("البنك سيخفض الفائدة في مارس", "anonymous", "مصدر في البنك", "وقال")]),
    ("وقالت مصادر طبية إن 30 شخصا قتلوا، خلافاً لما أعلنته الوزارة.",
     [("30 شخصا قتلوا", "anonymous", "مصادر طبية", "وقالت")]),
    # kept: a participle going on with the source's figures
    ("Ten more people died, the ministry told Reuters, raising the toll to 45.",
     [("Ten more people died", "official", "the ministry", "told"),
      ("raising the toll to 45", "official", "the ministry", "told")]),
])
def test_a_relating_participle_after_a_trailing_frame(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # the outlet told in quotation marks (لـ«الشرق الأوسط») before an anonymity insertion is the reporting clause's
    ("وقال مصدر طبي لـ«الشرق الأوسط»، مفضلا عدم ذكر اسمه، إن 12 مصابا في حالة حرجة.",
     [("12 مصابا في حالة حرجة", "anonymous", "مصدر طبي", "وقال")]),
    ("وأكد مسؤول في الوزارة لـ«النهار»، فضل عدم الكشف عن هويته، أن 40 مدرسة ستغلق.",
     [("40 مدرسة ستغلق", "anonymous", "مسؤول في الوزارة", "وأكد")]),
    # kept: an audience told, no quotation marks
    ("وقال مصدر طبي للصحفيين، طالبا عدم نشر اسمه، إن 12 مصابا في حالة حرجة.",
     [("12 مصابا في حالة حرجة", "anonymous", "مصدر طبي", "وقال")]),
])
def test_a_quoted_outlet_told_before_an_insertion(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a channel fronted before a verb-first reporting clause (وفي مقابلة مع «X»، قال Y) is that clause's, no claim
    ("وفي مقابلة مع «الجزيرة»، قال وزير الخارجية إن 3 مقترحات رفضت.",
     [("3 مقترحات رفضت", "official", "وزير الخارجية", "قال")]),
    ("وفي تصريحات لقناة «العربية»، قال الوزير إن 30 شخصا قتلوا.",
     [("30 شخصا قتلوا", "official", "الوزير", "قال")]),
    ("وفي بيان نشرته على «فيسبوك»، أكدت الوزارة أن 12 مدرسة أغلقت.",
     [("12 مدرسة أغلقت", "official", "الوزارة", "أكدت")]),
    # kept: the same channels with no quotation marks, and the English shape
    ("وفي مقابلة مع الجزيرة، قال وزير الخارجية إن 3 مقترحات رفضت.",
     [("3 مقترحات رفضت", "official", "وزير الخارجية", "قال")]),
    ("In an interview with Al Jazeera, the foreign minister said 3 ceasefire proposals were rejected.",
     [("3 ceasefire proposals were rejected", "official", "the foreign minister", "said")]),
])
def test_a_fronted_channel_before_an_arabic_verb(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # 'بحسب ما قال X لـY': the outlet told is the cue's, not the source's, as after a verb of saying
    ("«خسرنا 3 ملايين دولار»، بحسب ما قال رئيس النادي لـ«الرياضية».",
     [("«خسرنا 3 ملايين دولار»", "official", "رئيس النادي", "بحسب ما قال")]),
    ("وارتفعت الأسعار 8%، بحسب ما قال مسؤول في الوزارة لرويترز.",
     [("وارتفعت الأسعار 8%", "anonymous", "مسؤول في الوزارة", "بحسب ما قال")]),
    ("وفق ما صرح به المتحدث باسم الشرطة للصحفيين، اعتقل 14 شخصا.",
     [("اعتقل 14 شخصا", "official", "المتحدث باسم الشرطة", "وفق ما صرح به")]),
])
def test_the_outlet_told_after_a_relative_cue(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a verb with no subject before a venue or a time (وأضاف أمام البرلمان أن، وأوضح يوم الخميس أن): the last speaker
    # goes on, the adjunct is no source
    ("قال الوزير إن الأسعار ستنخفض. وأضاف أمام البرلمان أن الخطة ستكلف 3 مليارات.",
     [("الأسعار ستنخفض", "official", "الوزير", "قال"), ("الخطة ستكلف 3 مليارات", "official", "الوزير", "وأضاف")]),
    ("قال الوزير إن الأسعار ستنخفض. وأوضح على هامش المعرض أن الخطة ستكلف 3 مليارات.",
     [("الأسعار ستنخفض", "official", "الوزير", "قال"), ("الخطة ستكلف 3 مليارات", "official", "الوزير", "وأوضح")]),
    ("قال الوزير إن الأسعار ستنخفض. وأوضح يوم الخميس أن الخطة ستكلف 3 مليارات.",
     [("الأسعار ستنخفض", "official", "الوزير", "قال"), ("الخطة ستكلف 3 مليارات", "official", "الوزير", "وأوضح")]),
    # kept: a subject after the time word is the source
    ("وقال أمس وزير المالية إن العجز بلغ 4%.", [("العجز بلغ 4%", "official", "وزير المالية", "وقال")]),
    ("قال الوزير إن الأسعار ستنخفض. وأضاف خلال مؤتمر صحفي أن الخطة ستكلف 3 مليارات.",
     [("الأسعار ستنخفض", "official", "الوزير", "قال"), ("الخطة ستكلف 3 مليارات", "official", "الوزير", "وأضاف")]),
])
def test_an_adjunct_after_a_subjectless_verb_is_no_source(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # a known body's short name written with full stops (U.N., U.K.) is that body, as 'UN' is
    ("Aid deliveries fell 30%, the U.N. said.", [("Aid deliveries fell 30%", "official", "the U.N.", "said")]),
    ("Aid deliveries fell 30%, the UN said.", [("Aid deliveries fell 30%", "official", "the UN", "said")]),
    ("The U.N. said 2 million people faced famine.",
     [("2 million people faced famine", "official", "The U.N.", "said")]),
])
def test_a_dotted_short_name_is_the_body(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    # subject first, then the verb, a day set off by commas and a bare verbal noun: the announcement as in the
    # verb-first shape, the whole clause kept (round 21), the day its date
    ("وزارة الصحة أعلنت، الأربعاء، تسجيل 30 إصابة جديدة.",
     [("وزارة الصحة أعلنت، الأربعاء، تسجيل 30 إصابة جديدة", "official", "وزارة الصحة", "أعلنت")]),
    ("والشرطة أكدت، مساء الخميس، اعتقال 7 أشخاص.",
     [("والشرطة أكدت، مساء الخميس، اعتقال 7 أشخاص", "official", "الشرطة", "أكدت")]),
    # the conjunction written onto the subject is no part of the source
    ("والوزارة قالت إن 7 أشخاص اعتقلوا.", [("7 أشخاص اعتقلوا", "official", "الوزارة", "قالت")]),
    ("والشرطة أعلنت اعتقال 7 أشخاص.", [("والشرطة أعلنت اعتقال 7 أشخاص", "official", "الشرطة", "أعلنت")]),
    # kept: the verb-first shape
    ("أعلنت وزارة الصحة، الأربعاء، ارتفاع عدد الوفيات إلى 45 حالة.",
     [("أعلنت وزارة الصحة، الأربعاء، ارتفاع عدد الوفيات إلى 45 حالة", "official", "وزارة الصحة", "أعلنت")]),
])
def test_a_day_between_commas_after_an_svo_announcement(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows

