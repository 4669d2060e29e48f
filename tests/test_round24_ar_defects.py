"""Round 24, Arabic extraction defects: an organisation's name made of a cue, a sector noun and a proper name
(شركة طيران الإمارات، بنك قطر الوطني، محكمة جنايات القاهرة), a bare title of a state office as an official
source (السفير الأمريكي، الرئيس، رئيس الحكومة; named with a personal name after it), a و + past verb whose
subject is a count opening a second claim (ونزح نحو 12 مليونا، وتضرر أكثر من 300 منزل), a count before an
organisation noun (12 مستشفى) and a preposition fused to one (بوزارة) naming no subject, an anonymity formula
with عن after an 'inform' verb (أفاد مصدر فضّل عدم الكشف عن هويته بأن), and a press seminar (في ندوة صحفية)
ending the source. Texts are new: other outlets, regions and phrasings than the reported defects."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import event_and_subject, frame_rows

from factcheck.pipeline import analyze

PUBLISHED = date(2025, 9, 14)


@pytest.mark.parametrize("text,event,subject", [
    ("وسرحت شركة طيران الإمارات 300 موظف من مركز الصيانة.", "layoff", "شركة طيران الإمارات"),
    ("ووظفت شركة كهرباء الأردن 120 مهندسا جديدا.", "hiring", "شركة كهرباء الأردن"),
    ("ورفع بنك قطر الوطني سعر الفائدة على الودائع 0.25%.", "rate_change", "بنك قطر الوطني"),
    ("وحصلت شركة المراعي القابضة على قرض بقيمة 500 مليون ريال.", "funding", "شركة المراعي القابضة"),
    ("وسرحت شركة نون الإماراتية 200 موظف.", "layoff", "شركة نون"),  # a descriptive nisba stays out
    ("ووظفت شركة مصر للطيران 500 مضيف جديد.", "hiring", "شركة مصر للطيران"),
    ("قضت محكمة جنايات القاهرة بالسجن 10 سنوات على 3 متهمين في قضية فساد بوزارة التموين.", "lawsuit",
     "محكمة جنايات القاهرة"),
    ("ورفعت شركة أرامكو أسعار الوقود 5%.", "price_change", "شركة أرامكو"),
    ("وسرحت شركة اتصالات الجزائر 150 موظفا.", "layoff", "شركة اتصالات الجزائر"),
    ("ورفع مصرف لبنان المركزي سعر الفائدة 1%.", "rate_change", "مصرف لبنان المركزي"),
])
def test_construct_chain_subjects(text, event, subject):
    assert event_and_subject(text, "ar", PUBLISHED) == (event, subject)


@pytest.mark.parametrize("text,expected", [
    ("وقال السفير الفرنسي في الرياض إن بلاده ستسلم 6 طائرات.",
     [("بلاده ستسلم 6 طائرات", "official", "السفير الفرنسي في الرياض", "وقال")]),
    ("وقال الرئيس إن الدولة ستدفع 100 مليون دولار لتأهيل المعمل.",
     [("الدولة ستدفع 100 مليون دولار لتأهيل المعمل", "official", "الرئيس", "وقال")]),
    ("وأكد رئيس الحكومة أن التعرفة لن ترتفع قبل 2026.",
     [("التعرفة لن ترتفع قبل 2026", "official", "رئيس الحكومة", "وأكد")]),
    ("وقال المبعوث الأممي إن 3 ملايين شخص يحتاجون إلى الغذاء.",
     [("3 ملايين شخص يحتاجون إلى الغذاء", "official", "المبعوث الأممي", "وقال")]),
    ("وأوضحت سفيرة الاتحاد الأوروبي لدى مصر أن المنحة تبلغ 40 مليون يورو.",
     [("المنحة تبلغ 40 مليون يورو", "official", "سفيرة الاتحاد الأوروبي لدى مصر", "وأوضحت")]),
    ("وقال السفير الأمريكي توم باراك إن واشنطن ستقدم 20 مليون دولار.",
     [("واشنطن ستقدم 20 مليون دولار", "named", "السفير الأمريكي توم باراك", "وقال")]),
    ("وقال الرئيس التونسي قيس سعيد إن البطالة تراجعت إلى 15%.",
     [("البطالة تراجعت إلى 15%", "named", "الرئيس التونسي قيس سعيد", "وقال")]),
    ("وقال الرئيس السابق إن الدين بلغ 90 مليار دولار.",
     [("الدين بلغ 90 مليار دولار", "named", "الرئيس السابق", "وقال")]),
    ("وقالت الخطوط الجوية القطرية إن عدد ركابها ارتفع 12%.",
     [("عدد ركابها ارتفع 12%", "official", "الخطوط الجوية القطرية", "وقالت")]),
    ("وقال الوزير في ندوة صحفية إن أكثر من 8 ملايين ناخب أدلوا بأصواتهم.",
     [("أكثر من 8 ملايين ناخب أدلوا بأصواتهم", "official", "الوزير", "وقال")]),
    ("وأفاد مصدر مطلع فضّل عدم الكشف عن هويته بأن الشركة ستوظف 400 طيار.",
     [("الشركة ستوظف 400 طيار", "anonymous", "مصدر مطلع فضّل عدم الكشف عن هويته", "وأفاد")]),
    ("وأعلن مسؤول رفض الكشف عن اسمه أن 30 جنديا قتلوا.",
     [("30 جنديا قتلوا", "anonymous", "مسؤول رفض الكشف عن اسمه", "وأعلن")]),
    ("وقال القنصل المصري في جدة إن 200 معتمر عالقون في المطار.",
     [("200 معتمر عالقون في المطار", "official", "القنصل المصري في جدة", "وقال")]),
    ("وقال العمدة إن المدينة ستزرع 10 آلاف شجرة.",
     [("المدينة ستزرع 10 آلاف شجرة", "official", "العمدة", "وقال")]),
    ("وقال الأمين العام إن المنظمة تحتاج إلى 3 مليارات دولار.",
     [("المنظمة تحتاج إلى 3 مليارات دولار", "official", "الأمين العام", "وقال")]),
    ("بحسب السفير، وصل 4 آلاف لاجئ إلى الحدود.",
     [("وصل 4 آلاف لاجئ إلى الحدود", "official", "السفير", "بحسب")]),
    ("وقالت طيران الإمارات إن أرباحها ارتفعت 15%.",
     [("أرباحها ارتفعت 15%", "official", "طيران الإمارات", "وقالت")]),
    ("وقال الرئيس عبد المجيد تبون إن الجزائر ستنتج 3 ملايين برميل.",
     [("الجزائر ستنتج 3 ملايين برميل", "named", "الرئيس عبد المجيد تبون", "وقال")]),
    ("وقال الرئيس السيسي إن مصر ستبني 4 مدن جديدة.",  # an ال-surname, not a nationality
     [("مصر ستبني 4 مدن جديدة", "named", "الرئيس السيسي", "وقال")]),
    ("وقالت السفيرة الأمريكية إن بلادها ستقدم 5 منح دراسية.",
     [("بلادها ستقدم 5 منح دراسية", "official", "السفيرة الأمريكية", "وقالت")]),
    ("وقال سفير فرنسا إن 12 شركة فرنسية ستستثمر في المغرب.",
     [("12 شركة فرنسية ستستثمر في المغرب", "official", "سفير فرنسا", "وقال")]),
])
def test_sources(text, expected):
    assert frame_rows(text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("قتل أكثر من 150 ألف شخص ونزح نحو 12 مليونا داخل البلاد وخارجها.",
     [("قتل أكثر من 150 ألف شخص", [(150000.0, "person", "more_than")]),
      ("ونزح نحو 12 مليونا داخل البلاد وخارجها", [(12000000.0, "person", "about")])]),
    ("غمرت السيول 12 قرية وتضرر أكثر من 300 منزل.",
     [("غمرت السيول 12 قرية", [(12.0, "village", "exact")]),
      ("وتضرر أكثر من 300 منزل", [(300.0, "home", "more_than")])]),
    ("قتل 20 مهاجرا في غرق القارب ونجا 45 آخرون.",
     [("قتل 20 مهاجرا في غرق القارب", [(20.0, "person", "exact")]),
      ("ونجا 45 آخرون", [(45.0, "person", "exact")])]),
    ("أصيب 40 شخصا في الاشتباكات وهرب 200 سجين من السجن المركزي.",
     [("أصيب 40 شخصا في الاشتباكات", [(40.0, "person", "exact")]),
      ("وهرب 200 سجين من السجن المركزي", [(200.0, "person", "exact")])]),
    ("نزح 5 آلاف شخص وعاد نحو 900 إلى قراهم.",
     [("نزح 5 آلاف شخص", [(5000.0, "person", "exact")]),
      ("وعاد نحو 900 إلى قراهم", [(900.0, "person", "about")])]),
    # the verb's subject goes on (same subject, imperfect) or a noun follows: no cut
    ("يمتد الخط 17 كيلومترا ويخدم 500 ألف راكب.",
     [("يمتد الخط 17 كيلومترا ويخدم 500 ألف راكب", [(17.0, "km", "exact"), (500000.0, "person", "exact")])]),
])
def test_count_subject_verbs_split(text, expected):
    claims = analyze(text, "ar", PUBLISHED).claims
    got = [(c.text, [(q.value, q.unit, q.qualifier) for q in c.quantities]) for c in claims]
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert got == expected


@pytest.mark.parametrize("text,subject", [
    ("وأفادت وزارة الصحة بأن 12 مستشفى خرجت عن الخدمة.", None),
    ("أغلقت 3 شركات مصانعها في المنطقة الصناعية.", None),
])
def test_counted_organisation_noun_is_no_subject(text, subject):
    claims = analyze(text, "ar", PUBLISHED).claims
    assert len(claims) == 1
    assert (claims[0].subject.text if claims[0].subject else None) == subject


@pytest.mark.parametrize("text,expected", [
    ("غرق القارب ونجا 45 راكبا.", [(45.0, "person", "exact")]),  # القارب: the boat, not قارب 'approached'
    ("قارب عدد الناجين 45 شخصا.", [(45.0, "person", "about")]),
])
def test_definite_noun_is_no_qualifier_verb(text, expected):
    claims = analyze(text, "ar", PUBLISHED).claims
    assert [(q.value, q.unit, q.qualifier) for c in claims for q in c.quantities] == expected


def test_follow_line_naming_x_is_furniture():
    text = "ارتفعت صادرات الغاز 12% في أغسطس.\nتابعونا على منصة إكس\n"
    assert [c.text for c in analyze(text, "ar", PUBLISHED).claims] == ["ارتفعت صادرات الغاز 12% في أغسطس"]
