"""Round 19: counted nouns missing from the units lexicon. A count before a person noun is "person";
other counted nouns take their class unit (facilities, vehicles, animals …), the same in singular,
plural, Arabic broken plural and across the two languages; numbers before no counted noun stay
unitless and dates stay dates."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

PERSON = [
    ("Some 400 volunteers combed the hillside near Ooty.", "en", [("Some 400 volunteers", 400.0, "person", "about", None)]),
    ("The clinic hired 35 nurses and 12 paramedics this spring.", "en",
     [("35 nurses", 35.0, "person", "exact", None), ("12 paramedics", 12.0, "person", "exact", None)]),
    ("More than 2,000 pupils sat the exam in Kisumu.", "en", [("More than 2,000 pupils", 2000.0, "person", "more_than", None)]),
    ("The ferry carried 140 passengers and 9 crew.", "en",
     [("140 passengers", 140.0, "person", "exact", None), ("9 crew", 9.0, "person", "exact", None)]),
    ("انضم 300 متطوع إلى فرق البحث في الجبل.", "ar", [("300 متطوع", 300.0, "person", "exact", None)]),
    ("نقلت الهيئة 45 مسعفا إلى موقع الحادث.", "ar", [("45 مسعفا", 45.0, "person", "exact", None)]),
    ("أصيب 7 مسعفين خلال عمليات الإنقاذ.", "ar", [("7 مسعفين", 7.0, "person", "exact", None)]),
    ("استقبلت الجامعة 1200 طالبة جديدة هذا الفصل.", "ar", [("1200 طالبة", 1200.0, "person", "exact", None)]),
    ("وعين المستشفى 18 ممرضة و6 صيادلة.", "ar",
     [("18 ممرضة", 18.0, "person", "exact", None), ("6 صيادلة", 6.0, "person", "exact", None)]),
]

CLASSES = [
    ("The lender closed 12 branches across Ontario.", "en", [("12 branches", 12.0, "branch", "exact", None)]),
    ("It still runs one branch in Leeds and 40 outlets abroad.", "en",
     [("one branch", 1.0, "branch", "exact", None), ("40 outlets", 40.0, "branch", "exact", None)]),
    ("أغلق المصرف 9 فروع في الصعيد.", "ar", [("9 فروع", 9.0, "branch", "exact", None)]),
    ("افتتح البنك 15 فرعا جديدا في المغرب.", "ar", [("15 فرعا", 15.0, "branch", "exact", None)]),
    ("The group shut 5 factories and two plants in Ohio.", "en",
     [("5 factories", 5.0, "factory", "exact", None), ("two plants", 2.0, "factory", "exact", None)]),
    ("أغلقت الشركة 5 مصانع في المنطقة الصناعية.", "ar", [("5 مصانع", 5.0, "factory", "exact", None)]),
    ("وتدير المجموعة 14 مصنعا في عدة دول.", "ar", [("14 مصنعا", 14.0, "factory", "exact", None)]),
    ("The chain will open 60 stores and 25 shops next year.", "en",
     [("60 stores", 60.0, "store", "exact", None), ("25 shops", 25.0, "store", "exact", None)]),
    ("أغلقت البلدية 30 محلا و8 متاجر مخالفة.", "ar",
     [("30 محلا", 30.0, "store", "exact", None), ("8 متاجر", 8.0, "store", "exact", None)]),
    ("The county bought 20 ambulances and 6 tractors.", "en",
     [("20 ambulances", 20.0, "vehicle", "exact", None), ("6 tractors", 6.0, "vehicle", "exact", None)]),
    ("وزعت الوزارة 50 جرارا على التعاونيات.", "ar", [("50 جرارا", 50.0, "vehicle", "exact", None)]),
    ("Floods killed 3,000 cattle and 800 sheep in the valley.", "en",
     [("3,000 cattle", 3000.0, "livestock", "exact", None), ("800 sheep", 800.0, "livestock", "exact", None)]),
    ("نفق 1500 رأس ماشية بسبب الجفاف.", "ar", [("1500 رأس ماشية", 1500.0, "livestock", "exact", None)]),
    ("The fund will rebuild 14 clinics and 3 bridges.", "en",
     [("14 clinics", 14.0, "clinic", "exact", None), ("3 bridges", 3.0, "bridge", "exact", None)]),
    ("وأعادت الحكومة تأهيل 7 عيادات و4 جسور.", "ar",
     [("7 عيادات", 7.0, "clinic", "exact", None), ("4 جسور", 4.0, "bridge", "exact", None)]),
    ("The ministry planted 25,000 trees along the canal.", "en", [("25,000 trees", 25000.0, "tree", "exact", None)]),
    ("زرعت البلدية 10 آلاف شجرة على طول الطريق.", "ar", [("10 آلاف شجرة", 10000.0, "tree", "exact", None)]),
    ("The hospital added 120 beds to its wing.", "en", [("120 beds", 120.0, "bed", "exact", None)]),
    ("وأضاف المستشفى 120 سريرا إلى الجناح الجديد.", "ar", [("120 سريرا", 120.0, "bed", "exact", None)]),
    ("Regulators approved 4 power stations and drilled 11 wells.", "en",
     [("4 power stations", 4.0, "station", "exact", None), ("11 wells", 11.0, "well", "exact", None)]),
    ("وحفرت الشركة 11 بئرا وأنشأت 4 محطات.", "ar",
     [("11 بئرا", 11.0, "well", "exact", None), ("4 محطات", 4.0, "station", "exact", None)]),
    ("The team won 3 medals and two titles.", "en",
     [("3 medals", 3.0, "medal", "exact", None), ("two titles", 2.0, "title", "exact", None)]),
    ("أحرز المنتخب 5 ميداليات و3 ألقاب.", "ar",
     [("5 ميداليات", 5.0, "medal", "exact", None), ("3 ألقاب", 3.0, "title", "exact", None)]),
    ("Prosecutors filed 14 charges against the mayor.", "en", [("14 charges", 14.0, "charge", "exact", None)]),
    ("ووجهت النيابة 14 تهمة إلى رئيس البلدية.", "ar", [("14 تهمة", 14.0, "charge", "exact", None)]),
    ("The agency delivered 2 million doses last month.", "en", [("2 million doses", 2e6, "dose", "exact", None)]),
    ("وسلمت الوكالة مليوني جرعة الشهر الماضي.", "ar", [("مليوني جرعة", 2e6, "dose", "exact", None)]),
]

NOT_NOUNS = [
    ("He turned 40 in March.", "en", [("40", 40.0, None, "exact", None)]),
    ("The striker, 23, scored in the 89th minute.", "en", []),  # round 26: an age in apposition is no amount
    ("The lender opened its 5th branch in Leeds and 3 more in Hull.", "en", [("3", 3.0, None, "exact", None)]),
    ("MPs met for the 21st session since 40 members quit.", "en", [("40 members", 40.0, "person", "exact", None)]),
    ("افتتح المصرف فرعه الخامس في طنجة عام 2024.", "ar", []),
]


@pytest.mark.parametrize("text, language, expected", PERSON + CLASSES + NOT_NOUNS)
def test_counted_noun_units(text, language, expected):
    assert quantity_rows(text, language) == expected


SAME_UNIT = [
    ("1 branch", "12 branches", "فرع واحد", "12 فرعا", "3 فروع"),
    ("1 factory", "12 factories", "مصنع واحد", "12 مصنعا", "3 مصانع"),
    ("1 store", "12 stores", "متجر واحد", "12 متجرا", "3 متاجر"),
    ("1 clinic", "12 clinics", "عيادة واحدة", "12 عيادة", "3 عيادات"),
]


@pytest.mark.parametrize("forms", SAME_UNIT)
def test_unit_is_the_same_across_number_and_language(forms):
    units = set()
    for form in forms:
        language = "en" if form.isascii() else "ar"
        rows = quantity_rows(f"It counted {form} there." if language == "en" else f"أحصى التقرير {form} هناك.",
                             language, ("unit",))
        units.update(u for (u,) in rows)
    assert len(units) == 1 and None not in units, units


MORE_UNITS = [
    ("The solar farm covers 2,000 feddans near Aswan.", "en", [("2,000 feddans", 2000.0, "feddan", "exact", None)]),
    ("وتغطي المحطات مساحة 2000 فدان في أسوان.", "ar", [("2000 فدان", 2000.0, "feddan", "exact", None)]),
    ("The city will build 12 parks.", "en", [("12 parks", 12.0, "park", "exact", None)]),
    ("وتتضمن الخطة إنشاء 12 حديقة عامة.", "ar", [("12 حديقة عامة", 12.0, "park", "exact", None)]),
    ("بلغ المحصول 31 مليون قنطار.", "ar", [("31 مليون قنطار", 31e6, "quintal", "exact", None)]),
    ("The utility spent 420 million rand on diesel.", "en", [("420 million rand", 4.2e8, "ZAR", "exact", None)]),
    ("Lagos collected 95 billion naira in taxes.", "en", [("95 billion naira", 9.5e10, "NGN", "exact", None)]),
    # a bare dinar in an article about Amman is Jordan's
    ("أقر مجلس أمانة عمان موازنة بقيمة 420 مليون دينار.", "ar", [("420 مليون دينار", 4.2e8, "JOD", "exact", None)]),
]


@pytest.mark.parametrize("text, language, expected", MORE_UNITS)
def test_more_units(text, language, expected):
    assert quantity_rows(text, language) == expected
