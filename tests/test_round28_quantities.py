"""Round 28: teams, ratios and rates, ranges, mass units and currency
prefixes (find_quantities on hand-written sentences; each case is (text, [(span, value, unit, qualifier,
total)]))."""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows

EN = [
    # clubs and national sides are teams
    ("Twenty clubs compete in the league.", [("Twenty clubs", 20, "team", "exact", None)]),
    # a rate of one in N is a part of a total
    ("One in five adults is obese.", [("One in five adults", 1, "person", "exact", 5)]),
    ("About 1 in 10 children were affected.", [("About 1 in 10 children", 1, "person", "about", 10)]),
    # a ratio of a to b is one factor, not two counts
    ("The bill passed by a ratio of 3 to 1.", [("3 to 1", 3, "times", "exact", None)]),
    ("Women outnumber men by a ratio of 3 to 2.", [("3 to 2", 1.5, "times", "exact", None)]),
    ("Women outnumber men by a ratio of 3:1.", [("3:1", 3, "times", "exact", None)]),
    ("The ratio is 3 to 1.", [("3 to 1", 3, "times", "exact", None)]),
    ("The meeting starts at 3:15.", []),
    # the bounds of a range: the low bound at least, the high bound at most
    ("Inflation is expected between 5 and 7 percent.",
     [("5", 5, "percent", "at_least", None), ("7 percent", 7, "percent", "at_most", None)]),
    ("Inflation will be 5-7% next year.",
     [("5", 5, "percent", "at_least", None), ("7%", 7, "percent", "at_most", None)]),
    ("Between 200 and 300 people died.",
     [("200", 200, "person", "at_least", None), ("300 people", 300, "person", "at_most", None)]),
    ("Wages will rise 5%-7%.", [("5%", 5, "percent", "at_least", None), ("7%", 7, "percent", "at_most", None)]),
    ("Growth of 2 to 3 percent is forecast.",
     [("2", 2, "percent", "at_least", None), ("3 percent", 3, "percent", "at_most", None)]),
    ("Two or three people were hurt.",
     [("Two", 2, "person", "at_least", None), ("three people", 3, "person", "at_most", None)]),
    # a change from one level to another is two exact figures, not a range
    ("The toll rose from 200 to 300.", [("200", 200, "person", "exact", None), ("300", 300, "person", "exact", None)]),
    ("Revenue rose by $312 million to $14.8bn.",
     [("$312 million", 312e6, "USD", "exact", None), ("$14.8bn", 14.8e9, "USD", "exact", None)]),
    ("From 40 to 60 percent of voters stayed home.",
     [("40", 40, "percent", "at_least", None), ("60 percent", 60, "percent", "at_most", None)]),
    ("Prices fell 0.4 to 3.8%.", [("0.4", 0.4, None, "exact", None), ("3.8%", 3.8, "percent", "exact", None)]),
    # mass units of medicine doses
    ("The patient received 500 mg of paracetamol.", [("500 mg", 500, "mg", "exact", None)]),
    ("The dose is 2.5 milligrams per kilogram.", [("2.5 milligrams", 2.5, "mg/kg", "exact", None)]),
    ("Each tablet holds 400 micrograms.", [("400 micrograms", 400, "microgram", "exact", None)]),
    ("The recipe uses 200 grams of flour.", [("200 grams", 200, "g", "exact", None)]),
    # the dirham prefix of the Gulf press
    ("The UAE fined him Dh500.", [("Dh500", 500, "AED", "exact", None)]),
    ("Dubai police fined drivers Dh 5,000.", [("Dh 5,000", 5000, "AED", "exact", None)]),
    ("The Saudi ministry paid SR 500 million.", [("SR 500 million", 5e8, "SAR", "exact", None)]),
    ("Qatar's budget is QR 200bn.", [("QR 200bn", 2e11, "QAR", "exact", None)]),
    ("The ministry paid SR 500 million.", []),  # no Gulf country named: the letters stay unread
    # an area is no length
    ("Floods covered 12,000 square kilometres.", [("12,000 square kilometres", 12000, "square_km", "exact", None)]),
    ("The lake covers 30 km².", [("30 km²", 30, "square_km", "exact", None)]),
    ("The office covers 500 square metres.", [("500 square metres", 500, "square_metre", "exact", None)]),
    ("The road is 30 km long.", [("30 km", 30, "km", "exact", None)]),
    # a hyphenated fraction of a scale is one amount, not a part of a million
    ("A quarter-million tourists visited.", [("A quarter-million tourists", 250000, "person", "exact", None)]),
    ("A half-million people fled.", [("A half-million people", 500000, "person", "exact", None)]),
    # a glued m before a word of dimension is a metre, elsewhere a million
    ("The tower is 300m tall.", [("300m", 300, "metre", "exact", None)]),
    ("He won the 100m sprint.", [("100m", 100, "metre", "exact", None)]),
    ("The athlete ran 400m in 43 seconds.", [("400m", 400, "metre", "exact", None), ("43 seconds", 43, "second", "exact", None)]),
    ("He swam 1,500m.", [("1,500m", 1500, "metre", "exact", None)]),
    ("The campaign ran 300m ads.", [("300m ads", 3e8, "ad", "exact", None)]),  # round 29: the noun is the unit
    ("The firm raised $300m.", [("$300m", 3e8, "USD", "exact", None)]),
    ("The city has 1.2m people.", [("1.2m people", 1.2e6, "person", "exact", None)]),
    ("Patients took 1,000 IU of vitamin D.", [("1,000 IU", 1000, "international_unit", "exact", None)]),
    # imperial lengths and volumes, speeds at sea, energy (not power)
    ("The plane flew at 35,000 feet.", [("35,000 feet", 35000, "foot", "exact", None)]),
    ("The storm dumped 5 inches of rain.", [("5 inches", 5, "inch", "exact", None)]),
    ("The ship sailed at 20 knots.", [("20 knots", 20, "knot", "exact", None)]),
    ("The tank holds 100 gallons.", [("100 gallons", 100, "gallon", "exact", None)]),
    ("The plant produces 40 GWh a year.", [("40 GWh", 40, "gigawatt_hour/year", "exact", None)]),
    ("The plant has a capacity of 40 MW.", [("40 MW", 40, "megawatt", "exact", None)]),
    # a word of position between the part and its total
    ("The team has won 15 of its last 20 games.", [("15 of its last 20 games", 15, "match", "exact", 20)]),
    ("7 of the past 10 years were the hottest.", [("7 of the past 10 years", 7, "year", "exact", 10)]),
    # a fraction joined to a count by hyphens
    ("The trip takes two-and-a-half hours.", [("two-and-a-half hours", 2.5, "hour", "exact", None)]),
    ("It costs one-and-a-half million dollars.", [("one-and-a-half million dollars", 1.5e6, "USD", "exact", None)]),
]

AR = [
    # national teams and clubs are teams
    ("يشارك 16 منتخبا في البطولة.", [("16 منتخبا", 16, "team", "exact", None)]),
    ("تأهلت 8 منتخبات إلى الدور الثاني.", [("8 منتخبات", 8, "team", "exact", None)]),
    ("شاركت 8 أندية في البطولة.", [("8 أندية", 8, "team", "exact", None)]),
    # rates
    ("واحد من كل خمسة بالغين مصاب بالسمنة.", [("واحد من كل خمسة بالغين", 1, "person", "exact", 5)]),
    ("طفل من كل عشرة أطفال يعاني من سوء التغذية.", [("طفل من كل عشرة أطفال", 1, "person", "exact", 10)]),
    # ranges
    ("قتل ما بين 20 و30 قتيلا.",
     [("20", 20, "person", "at_least", None), ("30 قتيلا", 30, "person", "at_most", None)]),
    ("يتراوح النمو بين 5 و7 بالمئة.",
     [("5", 5, "percent", "at_least", None), ("7 بالمئة", 7, "percent", "at_most", None)]),
    ("أصيب شخصان أو ثلاثة أشخاص.", [("شخصان", 2, "person", "at_least", None),
                                   ("ثلاثة أشخاص", 3, "person", "at_most", None)]),
    ("ارتفع عدد القتلى من 20 إلى 30 قتيلا.",
     [("20", 20, "person", "exact", None), ("30 قتيلا", 30, "person", "exact", None)]),
    ("فاز القرار بنسبة 3 إلى 1.", [("3 إلى 1", 3, "times", "exact", None)]),
    ("زادت الأسعار بنسبة 10 إلى 15.", [("10", 10, None, "at_least", None), ("15", 15, None, "at_most", None)]),
    ("ستزيد الأجور 5%-7% العام المقبل.",
     [("5%", 5, "percent", "at_least", None), ("7%", 7, "percent", "at_most", None)]),
    ("أصيب من 200 إلى 300 شخص.",
     [("200", 200, "person", "at_least", None), ("300 شخص", 300, "person", "at_most", None)]),
    # areas
    ("تبلغ مساحة البحيرة 30 كيلومترا مربعا.", [("30 كيلومترا مربعا", 30, "square_km", "exact", None)]),
    ("شقة مساحتها 120 مترا مربعا.", [("120 مترا مربعا", 120, "square_metre", "exact", None)]),
    ("سافر 300 ميل.", [("300 ميل", 300, "mile", "exact", None)]),
    ("تنتج المحطة 500 ميغاواط ساعة يوميا.", [("500 ميغاواط ساعة", 500, "megawatt_hour/day", "exact", None)]),
    ("تبلغ قدرة المحطة 500 ميغاواط.", [("500 ميغاواط", 500, "megawatt", "exact", None)]),
    # martyrs are people; 24 teams in the accusative of 11-99
    ("سقط 12 شهيدا في القصف.", [("12 شهيدا", 12, "person", "exact", None)]),
    ("قتل أكثر من 40 ألف شهيد.", [("أكثر من 40 ألف شهيد", 40000, "person", "more_than", None)]),
    ("تأهل 24 فريقا إلى النهائيات.", [("24 فريقا", 24, "team", "exact", None)]),
    # mass units
    ("يتناول المريض 500 ملغ يوميا.", [("500 ملغ", 500, "mg/day", "exact", None)]),
    ("يحتوي على 5 غرامات من السكر.", [("5 غرامات", 5, "g", "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english(text, expected):
    assert quantity_rows(text, "en") == approx_rows(expected)


@pytest.mark.parametrize(("text", "expected"), AR)
def test_arabic(text, expected):
    assert quantity_rows(text, "ar") == approx_rows(expected)
