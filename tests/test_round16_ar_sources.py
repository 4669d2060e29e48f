"""Arabic sources, round 16: a title with a personal name in apposition ('محامي المتهم، أحمد فوزي') keeps the
name; أظهر 'showed' frames official figures (its present يظهر 'appears' is left out); a ل + bare name closing
an unnamed source is the outlet told (لهسبريس), not an affiliation (مقرب لحماس); 'حسب ما أفادت به X' drops the
resumptive به; 'المصدر ذاته' keeps the previous sentence's source; regional official voices (والي، العصبة، دائرة،
الأمن العام) and a data head annexed to a body (تقديرات الأمن العام) are official; ما زال 'still' and an
attributive غير ('بطرق غير شرعية') do not negate. Quantity and date forms (fixed in round 17): فاتح + month is
its first day; a day list before a month holds no count; a counted noun gives its unit; «عشرات الآلاف» is vague,
as «عشرات» and "dozens of" are, so it yields no quantity."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 7, 16)


def _claims(text):
    return [(c.text, c.attribution.type, c.attribution.source and c.attribution.source.text)
            for c in analyze(text, "ar", PUBLISHED).claims]


@pytest.mark.parametrize("text, want", [
    ("وقال محامي المتهم، أحمد فوزي، إن موكله سيطعن على الحكم أمام محكمة النقض.",
     [("موكله سيطعن على الحكم أمام محكمة النقض", "named", "محامي المتهم، أحمد فوزي")]),
    ("وقالت محامية الشركة، سارة العلي، إن الشركة ستدفع 3 ملايين دينار.",
     [("الشركة ستدفع 3 ملايين دينار", "official", "محامية الشركة، سارة العلي")]),
    ("وأظهرت أرقام رسمية أن نسبة التطعيم انخفضت إلى 84 بالمئة.",
     [("نسبة التطعيم انخفضت إلى 84 بالمئة", "official", "أرقام رسمية")]),
    ("أظهرت بيانات رسمية أن الصادرات ارتفعت 12% في يونيو.",
     [("الصادرات ارتفعت 12% في يونيو", "official", "بيانات رسمية")]),
    ("وأفادت مصادر مطلعة لهسبريس بأن الصفقة بلغت 3 ملايين درهم.",
     [("الصفقة بلغت 3 ملايين درهم", "anonymous", "مصادر مطلعة")]),
    ("وقال مصدر مقرب لحماس إن الهدنة ستمدد 3 أيام.",
     [("الهدنة ستمدد 3 أيام", "anonymous", "مصدر مقرب لحماس")]),
    ("وقال مسؤول لرويترز إن الصفقة بلغت 3 ملايين دولار.",
     [("الصفقة بلغت 3 ملايين دولار", "anonymous", "مسؤول")]),
    ("قتل 9 أشخاص في الفيضانات، حسب ما أفادت به المديرية العامة للحماية المدنية.",
     [("قتل 9 أشخاص في الفيضانات", "official", "المديرية العامة للحماية المدنية")]),
    ("ارتفع العجز إلى 6%، وفق ما أعلنته وزارة المالية.",
     [("ارتفع العجز إلى 6%", "official", "وزارة المالية")]),
    ("وقال والي قسنطينة إن السلطات خصصت 500 مليون دينار للطرقات.",
     [("السلطات خصصت 500 مليون دينار للطرقات", "official", "والي قسنطينة")]),
    ("وأعلنت العصبة الاحترافية أن البطولة ستنطلق في 12 شتنبر.",
     [("البطولة ستنطلق في 12 شتنبر", "official", "العصبة الاحترافية")]),
    ("وبحسب تقديرات الأمن العام، يقيم في البلاد نحو مليون سوري.",
     [("يقيم في البلاد نحو مليون سوري", "official", "تقديرات الأمن العام")]),
    ("وقالت دائرة الأراضي والأملاك إن الأسعار ارتفعت 19%.",
     [("الأسعار ارتفعت 19%", "official", "دائرة الأراضي والأملاك")]),
])
def test_source(text, want):
    assert _claims(text) == want


@pytest.mark.parametrize("text, source", [
    ("وأوضحت الحماية المدنية في بيان أن وحداتها أجلت 140 عائلة. وأشار المصدر ذاته إلى أن الأمطار بلغت 85 ملم.",
     "الحماية المدنية"),
    ("وقالت وزارة الصحة إن المستشفيات استقبلت 300 مريض. وأضاف المصدر نفسه أن 12 منهم في العناية المركزة.",
     "وزارة الصحة"),
])
def test_same_source_is_carried(text, source):
    last = analyze(text, "ar", PUBLISHED).claims[-1].attribution
    assert (last.type, last.source.text, last.carried) == ("official", source, True)


@pytest.mark.parametrize("text, negated", [
    ("الطلب على الفلل الفاخرة ما زال قوياً في دبي هذا العام", False),
    ("دخل عشرات الآلاف إلى البلاد بطرق غير شرعية العام الماضي", False),
    ("الرقم الذي أعلنته الوزارة غير دقيق، بحسب خبراء", True),
    ("لم ترتفع الأسعار في مايو", True),
])
def test_negation(text, negated):
    assert [c.negated for c in analyze(text, "ar", PUBLISHED).claims] == [negated]


@pytest.mark.parametrize("text, kind, want", [
    ("ينطلق المعسكر في فاتح غشت المقبل", "date", "2025-08-01"),
    ("وستجرى جولة الإعادة يومي ٢٤ و٢٥ نوفمبر الجاري", "quantities", []),
    ("وتلقت الهيئة ٤٥٠ شكوى خلال الانتخابات", "quantity", (450.0, "complaint")),
    ("وارتفع عدد الصفقات إلى 42 ألف صفقة", "quantity", (42000.0, "deal")),
    # vague like «عشرات الأشخاص» and "dozens of" (test_round14): no value is guessed for «عشرات الآلاف»
    ("دخل عشرات الآلاف من اللاجئين البلاد خلال العام", "quantities", []),
])
def test_quantity_date_forms(text, kind, want):
    claims = analyze(text, "ar", PUBLISHED).claims
    c = claims[0] if claims else None
    if kind == "date":
        assert [d.value for d in c.dates] == [want]
    elif kind == "quantities":
        assert [q.text for c in claims for q in c.quantities] == want
    else:
        assert [(q.value, q.unit) for q in c.quantities][:1] == [want]


@pytest.mark.parametrize("text, language, want", [
    ("سجلت الوزارة 1.245 إصابة جديدة بالحصبة", "ar", (1245.0, "case")),  # no fraction of a case
    ("قتل 2.500 شخص في الزلزال", "ar", (2500.0, "person")),
    ("The ministry recorded 1.245 new cases", "en", (1245.0, "case")),
    ("نقل 2.500 طن من المساعدات", "ar", (2.5, "tonne")),  # a measure may be fractional
    ("ارتفع السهم 1.250 دولار", "ar", (1.25, "USD")),
    ("بلغت الصادرات 1.245 مليار دولار", "ar", (1.245e9, "USD")),
])
def test_a_dot_groups_thousands_only_in_whole_counts(text, language, want):
    qs = analyze(text, language, PUBLISHED).claims[0].quantities
    assert [(q.value, q.unit) for q in qs][:1] == [want]
