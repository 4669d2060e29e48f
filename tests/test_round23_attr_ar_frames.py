"""Round 23, Arabic frames found in an unseen round: (1) after a prepositional cue that ends in its verb
(بحسب ما أفاد، وفق ما أفادت) the resumptive به/بها belongs to the cue, the source follows it; (2) a
participle right after a reporting verb (وتابع قائلاً إن) is the verb's, not its subject: the frame has no
named source and carries the previous speaker, as وأضاف أن does; (3) between an SVO verb of announcing and
its verbal-noun object may stand time words, a channel or an adverb (أعلنت الأحد، أعلنت في بيان، أعلنت في
وقت سابق، أعلنت الأسبوع الماضي، أعلنت رسمياً): the subject before the verb announces, the clause is the claim.
Each text has a second line so that it reads as an article body."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2025, 9, 14)
TAIL = "\nوقال الوزير إن 5 طائرات هبطت في المطار."
TAIL_ROW = ("5 طائرات هبطت في المطار", "official", "الوزير", "وقال")


@pytest.mark.parametrize("text,expected", [
    # 1. the resumptive pronoun after a cue ending in its verb
    ("ووفق ما أفاد به مراسل الجزيرة، فإن 9 قذائف سقطت على الحي.",
     [("9 قذائف سقطت على الحي", "named", "مراسل الجزيرة", "ووفق ما أفاد به")]),
    ("وبحسب ما أفاد به مراسل قناة العربية، فإن 16 منزلا دمرت.",
     [("16 منزلا دمرت", "named", "مراسل قناة العربية", "وبحسب ما أفاد به")]),
    ("وحسب ما أفادت به وزارة الصحة، فإن 40 جريحا نقلوا إلى المستشفى.",
     [("40 جريحا نقلوا إلى المستشفى", "official", "وزارة الصحة", "وحسب ما أفادت به")]),
    # ... and after a cue ending in a noun, a verb with its resumptive pronoun ('تصريحات أدلى بها X')
    ("وبحسب تصريحات أدلى بها الوزير لقناة «العربية»، فإن الحكومة ستبيع 30 في المئة من أسهم الشركة.",
     [("الحكومة ستبيع 30 في المئة من أسهم الشركة", "official", "الوزير", "وبحسب تصريحات أدلى بها")]),
    ("ووفقا لتصريحات أدلت بها المتحدثة باسم المفوضية، فإن 80 ألف لاجئ عادوا.",
     [("80 ألف لاجئ عادوا", "official", "المتحدثة باسم المفوضية", "ووفقا لتصريحات أدلت بها")]),
    # 3. an SVO announcement with an adjunct before its object
    ("وكانت الوزارة قد أعلنت في وقت سابق إغلاق 5 مدارس.",
     [("الوزارة قد أعلنت في وقت سابق إغلاق 5 مدارس", "official", "الوزارة", "أعلنت")]),
    ("الشرطة أعلنت الأسبوع الماضي اعتقال 7 أشخاص.",
     [("الشرطة أعلنت الأسبوع الماضي اعتقال 7 أشخاص", "official", "الشرطة", "أعلنت")]),
    ("الشرطة أعلنت يوم الأحد الماضي اعتقال 9 أشخاص.",
     [("الشرطة أعلنت يوم الأحد الماضي اعتقال 9 أشخاص", "official", "الشرطة", "أعلنت")]),
    ("الشركة أعلنت في بيان تسريح 300 موظف.",
     [("الشركة أعلنت في بيان تسريح 300 موظف", "official", "الشركة", "أعلنت")]),
    ("الحكومة أعلنت رسميا فرض حظر تجول في 3 مدن.",
     [("الحكومة أعلنت رسميا فرض حظر تجول في 3 مدن", "official", "الحكومة", "أعلنت")]),
    # a circumstance after the source ends it: a حال participle set off by commas, عقب / بعد + an event
    ("وقال وزير النفط، متحدثا أمام البرلمان، إن 12 حقلا ستطرح للاستثمار.",
     [("12 حقلا ستطرح للاستثمار", "official", "وزير النفط", "وقال")]),
    ("وقال الوزير عقب اجتماعه مع السفير الأمريكي إن واشنطن ستمنح 50 مليون دولار.",
     [("واشنطن ستمنح 50 مليون دولار", "official", "الوزير", "وقال")]),
    ("وقالت وزيرة المالية بعد لقائها وفد صندوق النقد الدولي إن العجز تراجع إلى 4 في المئة.",
     [("العجز تراجع إلى 4 في المئة", "official", "وزيرة المالية", "وقالت")]),
    ("وبحسب ما قاله الوزير أمام البرلمان، فإن العجز سيبلغ 40 تريليون دينار.",
     [("العجز سيبلغ 40 تريليون دينار", "official", "الوزير", "وبحسب ما قاله")]),
    # VSO: a time adverbial between the source and the object is not the source's
    ("وأعلنت شركة الطيران في وقت سابق من الشهر الجاري طلب 50 طائرة من إيرباص.",
     [("وأعلنت شركة الطيران في وقت سابق من الشهر الجاري طلب 50 طائرة من إيرباص", "official", "شركة الطيران",
       "وأعلنت")]),
    # a channel with a quoted outlet after a name in apposition: quote marks are no words of the adjunct
    ("وأكد رئيس جمعية منتجي الحليب، محمد بوسعيد، في تصريح لـ«هسبريس»، أن 60 في المئة من الآبار جفت.",
     [("60 في المئة من الآبار جفت", "official", "رئيس جمعية منتجي الحليب، محمد بوسعيد", "وأكد")]),
    ("وقالت مديرة المرصد، سناء العمري، في حديث لـ«العربي الجديد»، إن 14 نهرا جفت.",
     [("14 نهرا جفت", "official", "مديرة المرصد، سناء العمري", "وقالت")]),
    # a time word after a source is no object: the source stays whole
    ("وقال الأمين العام للأمم المتحدة الشهر الماضي إن 3 ملايين شخص نزحوا.",
     [("3 ملايين شخص نزحوا", "official", "الأمين العام للأمم المتحدة", "وقال")]),
])
def test_frames(text, expected):
    assert frame_rows(text + TAIL, "ar", PUBLISHED) == [*expected, TAIL_ROW]


SPEAKER = "وقال المتحدث باسم الخطوط الجوية الكويتية عبد الله الشريف في تصريحات صحفية إن الشركة ألغت 16 رحلة.\n"


@pytest.mark.parametrize("follow,claim", [
    # 2. a participle after the verb is no source: the previous speaker is carried
    ("وتابع قائلا إن الخسائر تقدر بـ3 ملايين دينار.", "الخسائر تقدر بـ3 ملايين دينار"),
    ("وأردف قائلاً إن 2400 مسافر سيحصلون على تعويض.", "2400 مسافر سيحصلون على تعويض"),
    ("وأضاف أن الشركة ستعوض 2400 مسافر.", "الشركة ستعوض 2400 مسافر"),
])
def test_participle_carries_the_speaker(follow, claim):
    rows = frame_rows(SPEAKER + follow, "ar", PUBLISHED)
    assert rows[0] == ("الشركة ألغت 16 رحلة", "official", "المتحدث باسم الخطوط الجوية الكويتية عبد الله الشريف", "وقال")
    assert rows[1][:3] == (claim, "official", "المتحدث باسم الخطوط الجوية الكويتية عبد الله الشريف")
    assert len(rows) == 2
