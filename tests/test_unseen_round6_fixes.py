"""Fixes from the sixth unseen-article QA round (a stock-market day, dam levels, a train crash; airline
passengers, an aid convoy, central-bank reserves): each case is a text of its own, not the articles'."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2025, 10, 22)  # a Wednesday


def _claim(text: str, needle: str, language: str):
    claims = analyze(text, language, PUB).claims
    hits = [c for c in claims if needle in c.text]
    assert hits, [c.text for c in claims]
    for c in claims:
        assert text[c.start:c.end] == c.text
    return hits[0]


# بحسب/وفق X، <apposition>، فإن Y: the apposition belongs to the source, not to the content.
@pytest.mark.parametrize("text,needle,kind,source", [
    ("وبحسب مصدر في إحدى شركات الوساطة، فضّل عدم ذكر اسمه، فإن الصناديق خفضت مراكزها في البنوك.",
     "الصناديق خفضت", "anonymous", "مصدر في إحدى شركات الوساطة"),
    ("ووفق مصدر أمني، رفض الكشف عن اسمه، فإن 12 شخصاً اعتقلوا في المداهمة.",
     "12 شخصاً", "anonymous", "مصدر أمني"),
    ("وبحسب خالد العلي، المتحدث باسم الشرطة، فإن خمسة أشخاص اعتقلوا.",
     "خمسة أشخاص", "official", "خالد العلي"),
    ("وحسب مسؤول في البلدية، طلب عدم نشر اسمه، فإن الأضرار تجاوزت مليون دينار.",
     "الأضرار تجاوزت", "anonymous", "مسؤول في البلدية"),
    # must not change: no apposition, or a complementizer inside the first clause
    ("وبحسب مصدر في الوزارة، فإن الصناديق خفضت مراكزها.", "الصناديق خفضت", "anonymous", "مصدر في الوزارة"),
    ("وبحسب وزارة الصحة فإن 40 شخصاً أصيبوا.", "40 شخصاً", "official", "وزارة الصحة"),
])
def test_prepositional_frame_with_apposition(text, needle, kind, source):
    claim = _claim(text, needle, "ar")
    assert claim.attribution.type == kind
    assert claim.attribution.source.text == source
    assert claim.text.startswith(needle)
    assert len(analyze(text, "ar", PUB).claims) == 1  # the apposition is no claim of its own


# 'فلان، المتحدث الرسمي باسم الوزارة' is an official voice wherever the title falls in the phrase.
@pytest.mark.parametrize("text,kind", [
    ("وأوضح الدكتور حسام عبد الغفار، المتحدث الرسمي باسم الوزارة، أن حالة ثلاثة مصابين حرجة.", "official"),
    ("وقال حسام عبد الغفار، المتحدث باسم الوزارة، إن خمسة أشخاص اعتقلوا.", "official"),
    ("وقال الدكتور خالد العلي، المتحدث باسم الشرطة، إن خمسة أشخاص اعتقلوا.", "official"),
    ("وأكدت سارة عبد الرحمن المصري، الناطقة باسم المنظمة، أن الأسر نزحت.", "official"),
    ("وقالت ريم حداد، الباحثة في الجامعة الأمريكية، إن النتائج أولية.", "named"),  # unchanged
    # must not change: an analyst in apposition stays a named person; a bare name is named
    ("وقال محمد عبد الله الشميمري، المحلل المالي، إن السوق تراجعت.", "named"),
    ("وقال حسام عبد الغفار إن خمسة أشخاص اعتقلوا.", "named"),
    ("وقال خالد العلي، المتحدث باسم الشرطة، إن خمسة أشخاص اعتقلوا.", "official"),
])
def test_title_in_apposition_after_a_long_name(text, kind):
    claims = analyze(text, "ar", PUB).claims
    assert claims[-1].attribution.type == kind, claims[-1].attribution


@pytest.mark.parametrize("text,language,needle,value,unit,qualifier", [
    ("وبلغ المخزون المائي للسدود حوالي 6430 مليون متر مكعب.", "ar", "6430", 6430e6, "cubic_metre", "about"),
    ("وتستوعب البحيرة 250 مليون متر مكعب من المياه.", "ar", "250", 250e6, "cubic_metre", "exact"),
    ("The reservoir holds about 300 million cubic metres of water.", "en", "300", 300e6, "cubic_metre", "about"),
    ("The tower is 300 metres tall, the council said.", "en", "300", 300, "metre", "exact"),  # unchanged
    ("وأكدت المنظمة أن 300 أسرة نزحت من القرية.", "ar", "300", 300, "household", "exact"),
    ("More than 1,200 families were evacuated from the valley.", "en", "1,200", 1200, "household", "more_than"),
    ("كان القطار يقل نحو 400 راكب لحظة الحادث.", "ar", "400", 400, "person", "about"),
    ("باع المستثمرون أسهماً بقيمة تقارب 1.1 مليار ريال.", "ar", "1.1", 1.1e9, "SAR", "about"),
    ("شهدت المدينة تساقطات ناهزت 120 ملم في يومين.", "ar", "120", 120, "mm", "about"),
    ("ناهز عدد الزوار 40 ألف زائر خلال المعرض.", "ar", "40", 40000, "person", "about"),
    ("وتجاوزت الخسائر 3 ملايين دولار.", "ar", "3", 3e6, "USD", "more_than"),  # unchanged
    ("لقي أربعة أشخاص مصرعهم وأصيب 27 آخرون في حادث سير.", "ar", "27", 27, "person", "exact"),
    ("مصرع 4 أشخاص وإصابة 27 في تصادم حافلتين.", "ar", "27", 27, "person", "exact"),
    ("وأسفر الانفجار عن مقتل شخصين وإصابة 15 بجروح متفاوتة.", "ar", "15", 15, "person", "exact"),
])
def test_units_and_qualifiers(text, language, needle, value, unit, qualifier):
    claims = analyze(text, language, PUB).claims
    qs = [q for c in claims for q in c.quantities if needle in q.text]
    assert any(abs(q.value - value) < 1e-6 * value and q.unit == unit and q.qualifier == qualifier for q in qs), qs
    assert all(text[q.start:q.end] == q.text for q in qs)


@pytest.mark.parametrize("text,language,dates", [
    ("خفضت الصناديق مراكزها بنسبة 5% في النصف الأول من أغسطس.", "ar", [("النصف الأول من أغسطس", "2025-08")]),
    ("وصلت 40 شاحنة في الأسبوع الثاني من مايو.", "ar", [("الأسبوع الثاني من مايو", "2025-05")]),
    ("وصلت 40 شاحنة في الأول من أغسطس.", "ar", [("الأول من أغسطس", "2025-08-01")]),  # a day, unchanged
    ("The bank bought $500 million in the first half of August.", "en", [("the first half of August", "2025-08")]),
    ("The bank bought $500 million in the second week of September.", "en",
     [("the second week of September", "2025-09")]),
    # round 21: a week is the month its days share (was its Monday); a position word joins the span
    ("خفضت الصناديق مراكزها بنسبة 5% مطلع الأسبوع.", "ar", [("مطلع الأسبوع", "2025-10")]),
    ("ارتفع المؤشر 3% في منتصف الأسبوع.", "ar", [("منتصف الأسبوع", "2025-10")]),
    ("ارتفع المؤشر 3% مطلع الأسبوع الماضي.", "ar", [("مطلع الأسبوع الماضي", "2025-10")]),
    ("ارتفع المؤشر 3% خلال الأسبوع.", "ar", []),  # which week is not said
    ("ارتفع المؤشر 3% نهاية الأسبوع.", "ar", []),  # the weekend: past or coming
])
def test_month_parts_and_weeks(text, language, dates):
    claims = analyze(text, language, PUB).claims
    got = [(d.text, d.value) for c in claims for d in c.dates]
    assert got == dates
    assert all(text[d.start:d.end] == d.text for c in claims for d in c.dates)
