"""Arabic claim subjects beyond «شركة X»: an organisation named by a construct noun (صندوق النقد الدولي،
مجلس الأمن الدولي، مؤشر البورصة الرئيسي، نادي الأهلي), or by a definite institution noun and its
modifiers (البنك المركزي المصري، الحكومة المصرية، الأمم المتحدة), which stop before the object
(الحكومة المصرية | الدعم) and before a prepositional phrase (نادي الأهلي | بالدوري). A definite company
word still refers back (الشركة الأمريكية names nobody), and a name after a preposition is an object,
not the agent (رحيله عن نادي ليفربول: the subject is the coach)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2024, 11, 21)


def _subjects(text: str) -> list[str | None]:
    out = []
    for c in analyze(text, "ar", PUB).claims:
        if c.subject is not None:
            assert text[c.subject.start:c.subject.end] == c.subject.text
        out.append(c.subject.text if c.subject else None)
    return out


@pytest.mark.parametrize("text, subject", [
    ("البنك المركزي المصري يرفع الفائدة 200 نقطة أساس.", "البنك المركزي المصري"),
    ("رفع البنك المركزي المصري أسعار الفائدة بواقع 200 نقطة أساس يوم الخميس.", "البنك المركزي المصري"),
    ("وافق صندوق النقد الدولي على قرض بقيمة 3 مليارات دولار لمصر.", "صندوق النقد الدولي"),
    ("خفضت الحكومة المصرية الدعم على الوقود بنسبة 15 في المائة.", "الحكومة المصرية"),
    ("فاز نادي الأهلي بالدوري للمرة 44 في تاريخه.", "نادي الأهلي"),
    ("ارتفع مؤشر البورصة الرئيسي بنسبة 2.5% في تعاملات الأحد.", "مؤشر البورصة الرئيسي"),
    ("قررت لجنة السياسة النقدية تثبيت أسعار الفائدة عند 27.25%.", "لجنة السياسة النقدية"),
    ("أعلن الجيش الإسرائيلي مقتل 3 من جنوده في اشتباكات يوم الأحد.", "الجيش الإسرائيلي"),
    ("قضت المحكمة العليا بسجن المتهم 10 سنوات.", "المحكمة العليا"),
    ("وافق مجلس الأمن الدولي على القرار بأغلبية 13 صوتا.", "مجلس الأمن الدولي"),
    ("ارتفعت ودائع العملاء لدى البنك الأهلي المصري إلى 3 تريليونات جنيه.", "البنك الأهلي المصري"),
    ("أقرّ البرلمان الأوروبي ميزانية بقيمة 190 مليار يورو.", "البرلمان الأوروبي"),
    ("فرضت الشرطة البريطانية غرامات على 120 شخصا.", "الشرطة البريطانية"),
    ("ضخ الصندوق السيادي السعودي 5 مليارات دولار في الشركة.", "الصندوق السيادي السعودي"),
    ("أعلنت قوات الدعم السريع سيطرتها على 4 مدن.", "قوات الدعم السريع"),
    ("أعلنت منظمة الصحة العالمية تسجيل 500 إصابة جديدة بالكوليرا.", "منظمة الصحة العالمية"),
    ("سرّحت شركة أمازون 14 ألف موظف الشهر الماضي.", "شركة أمازون"),
])
def test_organisation_subjects(text, subject):
    assert _subjects(text) == [subject]


@pytest.mark.parametrize("text", [
    "خسرت الشركة الأمريكية 2 مليار دولار في الربع الثالث.",  # a definite company word refers back
    "ارتفعت أرباح البنك 12% خلال 2024.",  # a bare definite noun names nobody
    "نقلت صحيفة عن مصادر أن 300 موظف غادروا بنهاية الشهر.",
])
def test_no_name_without_a_modifier_or_for_a_company_word(text):
    assert _subjects(text) == [None]


def test_a_name_after_a_preposition_is_the_object_not_the_subject():
    assert _subjects("أعلن المدرب يورغن كلوب رحيله عن نادي ليفربول بنهاية الموسم.") == ["يورغن كلوب"]


def test_the_org_name_stops_before_a_prepositional_word():
    assert _subjects("توج نادي الزمالك بالكأس بعد فوزه 2-1.")[0] == "نادي الزمالك"


def test_a_lowercase_quotation_is_not_an_english_subject():
    text = 'Judge Helen Park said the carrier had "knowingly misled" customers by offering vouchers.'
    claims = analyze(text, "en", PUB).claims
    assert [c.subject.text if c.subject else None for c in claims] == [None]
    text = 'The startup "Nimbus" raised $20 million in March.'
    assert [c.subject.text for c in analyze(text, "en", PUB).claims] == ["Nimbus"]


def test_the_agent_before_the_verb_not_a_programme_after_the_trigger():
    text = "وكان صندوق النقد الدولي قد وافق في مارس الماضي على زيادة قيمة برنامج القرض المقدم لمصر من 3 مليارات دولار إلى 8 مليارات دولار."
    assert _subjects(text) == ["صندوق النقد الدولي"]


@pytest.mark.parametrize("text, subject", [
    ("Egypt's central bank raised interest rates by 200 basis points on Thursday.", "Egypt's central bank"),
    ("Nigeria's top court upheld the election result on Friday, ruling 7-0.", "Nigeria's top court"),
    ("Japan’s defence ministry recorded 30 incursions in March.", "Japan’s defence ministry"),
    ("Apple's shares fell 5% on Monday.", "Apple"),  # shares are no institution: the owner alone
])
def test_an_english_name_extends_over_the_institution_it_owns(text, subject):
    claims = analyze(text, "en", PUB).claims
    assert [c.subject.text if c.subject else None for c in claims] == [subject]
    assert all(text[c.subject.start:c.subject.end] == c.subject.text for c in claims)


def test_a_construct_chain_ends_at_its_first_definite_noun():
    text = "ونفى المتحدث باسم حزب المستقبل وجود أي اتفاق على تقاسم 12 حقيبة وزارية."
    assert _subjects(text) == ["حزب المستقبل"]
