"""Round 22, Arabic attribution leftovers: (1) an announcement whose bare verbal noun object goes on with
an indefinite plural and its preposition (أعلن الاتحاد الأوروبي فرض عقوبات على) is the body's own formal
voice, typed official, the whole clause kept as the claim; (2) a denial or confirmation of a report's
truth or of hearsay (نفى X صحة الأنباء عن Y، نفت الوزارة ما تردد عن Y) is the speaker's frame, Y is the
claim, not negated, as English 'denied reports that Y'; (3) two coordinated past event verbs each with a
count as subject (اعتقل 5 وأصيب 3 آخرون) are two claims, each with its figure, unless an adjunct after
the second count is both events' circumstance (في انفجار، في المواجهات); one event with two figures
(ارتفع من 5 إلى 7) stays one."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 9, 14)


@pytest.mark.parametrize("text,expected", [
    # 1. bare verbal noun + indefinite plural + preposition: official, whole clause
    ("أعلن الاتحاد الأوروبي فرض عقوبات على 12 شركة.",
     [("أعلن الاتحاد الأوروبي فرض عقوبات على 12 شركة", "official", "الاتحاد الأوروبي", "أعلن")]),
    ("أعلنت وزارة التجارة فرض غرامات على 30 متجراً.",
     [("أعلنت وزارة التجارة فرض غرامات على 30 متجراً", "official", "وزارة التجارة", "أعلنت")]),
    ("أعلنت الجامعة تعليق محاضرات في 3 كليات.",
     [("أعلنت الجامعة تعليق محاضرات في 3 كليات", "official", "الجامعة", "أعلنت")]),
    ("وأعلنت وزارة الداخلية ضبط شحنات من المخدرات في 4 موانئ.",
     [("وأعلنت وزارة الداخلية ضبط شحنات من المخدرات في 4 موانئ", "official", "وزارة الداخلية", "وأعلنت")]),
    # a first name after the verb (علي) is still the speaker's
    ("أعلن الرئيس محمد علي في خطاب أمس.",
     [("أعلن الرئيس محمد علي في خطاب أمس", "named", "الرئيس محمد علي", "أعلن")]),
    # 2. denial of a report's truth / of hearsay: the speaker's frame, the denied content is the claim
    ("نفى المتحدث باسم الجيش صحة الأنباء عن انسحاب القوات من المدينة.",
     [("انسحاب القوات من المدينة", "official", "المتحدث باسم الجيش", "نفى")]),
    ("نفت الوزارة صحة ما تردد عن إغلاق 3 مستشفيات.",
     [("إغلاق 3 مستشفيات", "official", "الوزارة", "نفت")]),
    ("ونفت وزارة الداخلية صحة ما تردد عن اعتقال 20 طالباً.",
     [("اعتقال 20 طالباً", "official", "وزارة الداخلية", "ونفت")]),
    ("نفت الشركة ما أشيع بشأن تسريح 200 موظف.",
     [("تسريح 200 موظف", "official", "الشركة", "نفت")]),
    ("نفى النادي صحة التقارير عن رحيل مدربه.",
     [("رحيل مدربه", "official", "النادي", "نفى")]),
    ("أكد الجيش صحة الأنباء عن مقتل 3 جنود.",
     [("مقتل 3 جنود", "official", "الجيش", "أكد")]),
    # the news agency (وكالة الأنباء) is no report denied
    ("ونقلت وكالة الأنباء العمانية عن مسؤول في وزارة الإسكان أن الوزارة وزعت 1500 قطعة أرض.",
     [("الوزارة وزعت 1500 قطعة أرض", "named", "وكالة الأنباء العمانية", "ونقلت")]),
    # a triliteral verbal noun of a measure (فسخ، فرض) from the lexicon, VSO and SVO
    ("أعلن النادي فسخ عقود مع 3 لاعبين.",
     [("أعلن النادي فسخ عقود مع 3 لاعبين", "official", "النادي", "أعلن")]),
    ("الحكومة أعلنت فرض رسوم على الواردات بنسبة 10%.",
     [("الحكومة أعلنت فرض رسوم على الواردات بنسبة 10%", "official", "الحكومة", "أعلنت")]),
    ("أعلنت الحكومة فرض حظر تجول في 4 محافظات.",
     [("أعلنت الحكومة فرض حظر تجول في 4 محافظات", "official", "الحكومة", "أعلنت")]),
    # hearsay with who spread it, an anonymous denier, a present-tense denial, a complement after hearsay
    ("فيما نفت وزارة الصحة صحة ما تداولته مواقع التواصل عن وفاة 10 أطفال.",
     [("وفاة 10 أطفال", "official", "وزارة الصحة", "نفت")]),
    ("نفى مصدر أمني صحة الأنباء عن اعتقال 15 ناشطاً.",
     [("اعتقال 15 ناشطاً", "anonymous", "مصدر أمني", "نفى")]),
    ("تنفي الحكومة صحة الأنباء عن رفع أسعار الخبز بنسبة 20%.",
     [("رفع أسعار الخبز بنسبة 20%", "official", "الحكومة", "تنفي")]),
    ("نفى الوزير ما يشاع بأن الحكومة سترفع الضرائب 5%.",
     [("الحكومة سترفع الضرائب 5%", "official", "الوزير", "نفى")]),
    ("أعلن الجيش الإسرائيلي قصف مواقع في جنوب لبنان.",
     [("أعلن الجيش الإسرائيلي قصف مواقع في جنوب لبنان", "official", "الجيش الإسرائيلي", "أعلن")]),
    # the truth of rumours and news (الأخبار، الشائعات); an adverb (بشدة) ends the source
    ("نفت إدارة النادي صحة الأخبار عن إقالة 3 مدربين.",
     [("إقالة 3 مدربين", "official", "إدارة النادي", "نفت")]),
    ("نفى المتحدث صحة الشائعات عن اعتقال 7 صحفيين.",
     [("اعتقال 7 صحفيين", "official", "المتحدث", "نفى")]),
    ("نفى رئيس الوزراء بشدة صحة ما تردد عن تعديل 5 حقائب وزارية.",
     [("تعديل 5 حقائب وزارية", "official", "رئيس الوزراء", "نفى")]),
    # 3. two past event verbs, each with a count as subject: two claims
    ("اعتقل 5 وأصيب 3 آخرون.",
     [("اعتقل 5", "unattributed", None, None), ("وأصيب 3 آخرون", "unattributed", None, None)]),
    # an adjunct after the second count is both events' circumstance: one claim (claims_ar.jsonl gold)
    ("اعتقل 5 وأصيب 3 آخرون في المواجهات.",
     [("اعتقل 5 وأصيب 3 آخرون في المواجهات", "unattributed", None, None)]),
    ("قتل 4 أشخاص وأصيب 12 آخرون.",
     [("قتل 4 أشخاص", "unattributed", None, None), ("وأصيب 12 آخرون", "unattributed", None, None)]),
    ("توفي 3 أشخاص وأصيب 9 آخرون.",
     [("توفي 3 أشخاص", "unattributed", None, None), ("وأصيب 9 آخرون", "unattributed", None, None)]),
    ("أصيب 8 أشخاص وقتل 2 آخران.",
     [("أصيب 8 أشخاص", "unattributed", None, None), ("وقتل 2 آخران", "unattributed", None, None)]),
    # inside reported content, both claims keep the frame
    ("وقالت الشرطة إنه اعتقل 6 أشخاص وأصيب 2 آخرون.",
     [("إنه اعتقل 6 أشخاص", "official", "الشرطة", "وقالت"), ("وأصيب 2 آخرون", "official", "الشرطة", "وقالت")]),
    # verbal nouns (مقتل، إصابة) coordinated: one claim
    ("مقتل 4 وإصابة 12 في الحادث.",
     [("مقتل 4 وإصابة 12 في الحادث", "unattributed", None, None)]),
    # one event, two figures; an imperfect verb goes on with the same subject
    ("ارتفع عدد القتلى من 5 إلى 7.",
     [("ارتفع عدد القتلى من 5 إلى 7", "unattributed", None, None)]),
    ("يمتد الخط 17 كيلومتراً ويخدم 500 ألف راكب.",
     [("يمتد الخط 17 كيلومتراً ويخدم 500 ألف راكب", "unattributed", None, None)]),
])
def test_round22_arabic_defects(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("نفت الوزارة صحة ما تردد عن إغلاق 3 مستشفيات.", [("إغلاق 3 مستشفيات", False, [3.0])]),
    ("The ministry denied reports that 3 hospitals were closed.", [("3 hospitals were closed", False, [3.0])]),
    ("اعتقل 5 وأصيب 3 آخرون.", [("اعتقل 5", False, [5.0]), ("وأصيب 3 آخرون", False, [3.0])]),
    ("قتل 4 أشخاص وأصيب 12 آخرون.", [("قتل 4 أشخاص", False, [4.0]), ("وأصيب 12 آخرون", False, [12.0])]),
    ("ارتفع عدد القتلى من 5 إلى 7.", [("ارتفع عدد القتلى من 5 إلى 7", False, [5.0, 7.0])]),
])
def test_round22_negation_and_quantities(text, expected):
    language = "en" if text.isascii() else "ar"
    claims = analyze(text, language, PUBLISHED).claims
    for c in claims:
        for q in c.quantities:
            assert text[q.start:q.end] == q.text
    assert [(c.text, c.negated, [q.value for q in c.quantities]) for c in claims] == expected
