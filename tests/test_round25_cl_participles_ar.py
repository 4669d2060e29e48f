"""Round 25 cleanup: an Arabic participle cue (قائلاً إن، مضيفاً أن، مشيراً إلى أن، مؤكداً أن) after a verb-first
main clause whose subject is a source reports that subject, as 'X resigned on Friday, saying that Y' does in
English: the main clause is the outlet's own claim, the participle's content is the subject's, and the cue
stays out of both. A participle after a subject that is no source (prices, a currency, rain) makes no frame.
Also: the lexicon classes that replaced word lists in code (``bare_data``, باسم in ``role_links``)."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

from factcheck.attribution.cues import lexicon
from factcheck.pipeline import analyze

PUB = date(2025, 9, 14)


def _ar(sentence: str) -> list[tuple]:
    return frame_rows("عنوان الخبر\n\n" + sentence, "ar", PUB)


@pytest.mark.parametrize("sentence, rows", [
    ("استقال الرئيس التنفيذي لشركة نور يوم الجمعة، قائلا إن مجلس الإدارة فقد الثقة به.",
     [("استقال الرئيس التنفيذي لشركة نور يوم الجمعة", "unattributed", None, None),
      ("مجلس الإدارة فقد الثقة به", "official", "الرئيس التنفيذي لشركة نور", "قائلا")]),
    ("خفّض البنك المركزي المصري سعر الفائدة 100 نقطة أساس يوم الخميس، مشيراً إلى أن التضخم تباطأ في أغسطس.",
     [("خفّض البنك المركزي المصري سعر الفائدة 100 نقطة أساس يوم الخميس", "unattributed", None, None),
      ("التضخم تباطأ في أغسطس", "official", "البنك المركزي المصري", "مشيراً")]),
    ("أجّلت وزارة التربية امتحانات الدورة الثانية حتى أكتوبر، مضيفةً أن 12 مدرسة تضررت من السيول.",
     [("أجّلت وزارة التربية امتحانات الدورة الثانية حتى أكتوبر", "unattributed", None, None),
      ("12 مدرسة تضررت من السيول", "official", "وزارة التربية", "مضيفةً")]),
    ("أوقفت الشركة الوطنية للكهرباء محطة الزرقاء أمس، مؤكدة أن الأعطال ستُصلح خلال أسبوع.",
     [("أوقفت الشركة الوطنية للكهرباء محطة الزرقاء أمس", "unattributed", None, None),
      ("الأعطال ستُصلح خلال أسبوع", "official", "الشركة الوطنية للكهرباء", "مؤكدة")]),
    ("أغلقت السلطات المحلية ثلاثة معابر حدودية صباح الثلاثاء، قائلة إن الوضع الأمني تدهور.",
     [("أغلقت السلطات المحلية ثلاثة معابر حدودية صباح الثلاثاء", "unattributed", None, None),
      ("الوضع الأمني تدهور", "official", "السلطات المحلية", "قائلة")]),
    ("أغلقت الشرطة الطريق السريع صباح الأحد، مضيفة أن حادثا وقع قرب المخرج الرئيسي.",
     [("أغلقت الشرطة الطريق السريع صباح الأحد", "unattributed", None, None),
      ("حادثا وقع قرب المخرج الرئيسي", "official", "الشرطة", "مضيفة")]),
    ("استقال وزير الصحة مساء الأحد، مضيفا أن الحكومة تجاهلت تحذيراته المتكررة.",
     [("استقال وزير الصحة مساء الأحد", "unattributed", None, None),
      ("الحكومة تجاهلت تحذيراته المتكررة", "official", "وزير الصحة", "مضيفا")]),
    ("استقال محمد العلي من منصبه يوم الاثنين، قائلا إن الإدارة لم تدعمه.",
     [("استقال محمد العلي من منصبه يوم الاثنين", "unattributed", None, None),
      ("الإدارة لم تدعمه", "named", "محمد العلي", "قائلا")]),
])
def test_participle_after_source_subject(sentence, rows):
    assert _ar(sentence) == rows


@pytest.mark.parametrize("sentence, rows", [
    ("ارتفعت الأسعار 5% في أغسطس، مشيرة إلى ضغوط على العملة.",
     [("ارتفعت الأسعار 5% في أغسطس", "unattributed", None, None)]),
    ("تراجع الدينار مقابل الدولار يوم الاثنين، مشيراً إلى أن الاحتياطيات انخفضت.",
     [("تراجع الدينار مقابل الدولار يوم الاثنين", "unattributed", None, None)]),
    ("سجل المنتخب الوطني هدفين في الشوط الأول، مؤكدا أن الفوز كان مستحقا.",
     [("سجل المنتخب الوطني هدفين في الشوط الأول", "unattributed", None, None)]),
    ("هطلت أمطار غزيرة على العاصمة مساء السبت، مضيفة أن السيول جرفت عشرات السيارات.",
     [("هطلت أمطار غزيرة على العاصمة مساء السبت", "unattributed", None, None)]),
    # a reporting verb keeps its own frame; the participle after it adds nothing
    ("قال وزير النقل يوم الأربعاء إن 30 قطارا جديدا ستدخل الخدمة، مضيفا أن الأسعار لن ترتفع.",
     [("30 قطارا جديدا ستدخل الخدمة", "official", "وزير النقل", "قال"),
      ("الأسعار لن ترتفع", "official", "وزير النقل", "مضيفا")]),
])
def test_participle_without_source_subject_makes_no_frame(sentence, rows):
    assert _ar(sentence)[:len(rows)] == rows
    if rows[0][1] == "unattributed":  # nobody's frame: the participle's content is not attributed either
        assert all(c.attribution.type == "unattributed" for c in analyze(sentence, "ar", PUB).claims)


@pytest.mark.parametrize("sentence, own, event, dates, source", [
    ("استقال الرئيس التنفيذي لشركة نور يوم الجمعة، قائلا إن مجلس الإدارة فقد الثقة به.",
     "استقال الرئيس التنفيذي لشركة نور يوم الجمعة", "departure", ["2025-09-12"], "الرئيس التنفيذي لشركة نور"),
    ("استقال وزير الصحة مساء الأحد، مضيفا أن الحكومة تجاهلت تحذيراته المتكررة.",
     "استقال وزير الصحة مساء الأحد", "departure", ["2025-09-14"], "وزير الصحة"),
])
def test_own_clause_keeps_values_and_source_span(sentence, own, event, dates, source):
    claims = analyze(sentence, "ar", PUB).claims
    assert claims[0].text == own and claims[0].event == event
    assert [d.value for d in claims[0].dates] == dates
    src = claims[1].attribution.source
    start = sentence.index(source)
    assert (src.start, src.end) == (start, start + len(source)) and sentence[src.start:src.end] == src.text
    cue = claims[1].attribution.cue
    assert cue is not None and sentence[cue.start:cue.end] == cue.text and cue.end <= claims[1].start


def test_whole_article():
    text = ("اقتصاد\n\n"
            "استقال الرئيس التنفيذي لشركة نور للطاقة يوم الجمعة، قائلا إن مجلس الإدارة فقد الثقة به. "
            "وارتفعت أسهم الشركة 4% في تعاملات الأحد، مشيرة إلى أن المستثمرين رحبوا بالخطوة.")
    rows = frame_rows(text, "ar", PUB)
    assert rows[:3] == [
        ("استقال الرئيس التنفيذي لشركة نور للطاقة يوم الجمعة", "unattributed", None, None),
        ("مجلس الإدارة فقد الثقة به", "official", "الرئيس التنفيذي لشركة نور للطاقة", "قائلا"),
        ("وارتفعت أسهم الشركة 4% في تعاملات الأحد", "unattributed", None, None),
    ]
    # the second participle is the shares' clause's, not the last speaker's: no frame carries him there
    assert all(r[1] == "unattributed" for r in rows[2:])


@pytest.mark.parametrize("language, words", [
    ("en", {"data", "figure", "statistic", "number", "result", "estimate"}),
    ("ar", {"بيانات", "ارقام", "احصاءات", "احصاييات", "معطيات", "نتايج", "تقديرات"}),
])
def test_bare_data_class(language, words):
    assert lexicon(language)["bare_data"].singles == frozenset(words)


@pytest.mark.parametrize("sentence, rows", [
    ("وقال المتحدث باسم الرئيس السابق إن 200 شخص حضروا الاجتماع في تونس.",
     [("200 شخص حضروا الاجتماع في تونس", "official", "المتحدث باسم الرئيس السابق", "وقال")]),
    ("وقالت الناطقة باسم الحزب الحاكم سابقاً إن 15 نائبا انسحبوا من الجلسة.",
     [("15 نائبا انسحبوا من الجلسة", "official", "الناطقة باسم الحزب الحاكم سابقاً", "وقالت")]),
])
def test_spokesperson_for_a_former_body_stays_official(sentence, rows):
    assert _ar(sentence) == rows
