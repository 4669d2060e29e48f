"""Round 30: quantities of both languages (find_quantities on hand-written sentences; each case is
(text, language, [(span, value, unit, qualifier, total)])).

- A verb of exceeding bounds the number it governs across a VSO subject of any length when the subject is a
  construct phrase (its head, then definite words: «تجاوز عدد الإصابات المسجلة 94 ألف حالة»); a verb of increase
  does so through عن/على («زاد عدد الإصابات عن 94 ألفا»), and a verb of exceeding before a threshold noun ("topped
  the 94,000 mark", «تخطى سعر النفط حاجز 100 دولار»); the negations bound from above.
- A vote tally counts votes on each side ("by a vote of 70 to 29": 70 vote and 29 vote).
- A bare count as the object of a verb whose object is people (killing, wounding, displacing, evacuating,
  rescuing, arresting) or before a phrase only people do ("forced 30,000 to flee") counts people.
- A price's period ("$200 for one night", «لليلة واحدة») is what the price buys, no count (round 31: the price is
  per that period, USD/night).
- A fraction word before an ordinal names a period (الربع الثالث), never a part of the figure after it.
- Units: scaled abbreviations ("70 bcm" = 7e10 cubic metres), slashed yields ("2.5 t/ha"), a count before a
  compound measure ("two 500mg tablets": 2 tablet and 500 mg).
"""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows


def _check(text, language, expected):
    assert quantity_rows(text, language) == approx_rows(expected)


EXCEEDING = [
    ("تجاوز عدد الإصابات المسجلة 94 ألف حالة.", "ar", [("94 ألف حالة", 94e3, "case", "more_than", None)]),
    ("لم يتجاوز عدد الإصابات المسجلة 94 ألف حالة.", "ar", [("94 ألف حالة", 94e3, "case", "at_most", None)]),
    ("تخطت قيمة الصادرات الزراعية المصرية 9 مليارات دولار.", "ar",
     [("9 مليارات دولار", 9e9, "USD", "more_than", None)]),
    ("فاق عدد الزوار الأجانب للمعرض 200 ألف زائر.", "ar", [("200 ألف زائر", 2e5, "person", "more_than", None)]),
    ("تجاوز عدد الإصابات في البلاد 94 ألفا.", "ar", [("94 ألفا", 94e3, "case", "more_than", None)]),
    ("تجاوز حجم التبادل التجاري بين البلدين 10 مليارات دولار.", "ar",
     [("10 مليارات دولار", 1e10, "USD", "more_than", None)]),
    ("لا يتجاوز عدد سكان القرية الصغيرة 500 نسمة.", "ar", [("500 نسمة", 500, "person", "at_most", None)]),
    ("تجاوزت الصادرات الزراعية المصرية 9 مليارات دولار.", "ar", [("9 مليارات دولار", 9e9, "USD", "more_than", None)]),
    # a quarter of the year is no fraction of the figure after it
    ("تجاوزت خسائر الشركة الأم في الربع الثالث 40 مليون دولار.", "ar",
     [("40 مليون دولار", 4e7, "USD", "more_than", None)]),
    ("بلغت الأرباح في الربع الأول 3 ملايين دولار.", "ar", [("3 ملايين دولار", 3e6, "USD", "exact", None)]),
    ("زاد عدد الإصابات عن 94 ألفا.", "ar", [("94 ألفا", 94e3, "case", "more_than", None)]),
    ("لم يزد عدد الإصابات المسجلة عن 94 ألفا.", "ar", [("94 ألفا", 94e3, "case", "at_most", None)]),
    ("زادت الصادرات على 9 مليارات دولار.", "ar", [("9 مليارات دولار", 9e9, "USD", "more_than", None)]),
    ("تخطى سعر النفط حاجز 100 دولار.", "ar", [("100 دولار", 100, "USD", "more_than", None)]),
    ("كسر الذهب حاجز 3000 دولار.", "ar", [("3000 دولار", 3000, "USD", "more_than", None)]),
    ("Infections passed the 94,000 mark.", "en", [("94,000", 94e3, None, "more_than", None)]),
    ("Wheat exports crossed the one-million-tonne threshold.", "en",
     [("one-million-tonne", 1e6, "tonne", "more_than", None)]),
    ("Oil crossed the $100 threshold.", "en", [("$100", 100, "USD", "more_than", None)]),
    ("Infections did not top 94,000.", "en", [("did not top 94,000", 94e3, None, "at_most", None)]),
    ("The number of recorded cases surpassed 94,000.", "en",
     [("surpassed 94,000", 94e3, "case", "more_than", None)]),
    # kept: a second verb or an object between (the number is another verb's), a verb of reaching, a verb alone
    ("تجاوزت القوات الحدود وقتلت 30 شخصا.", "ar", [("30 شخصا", 30, "person", "exact", None)]),
    ("تجاوز الجيش الخط الأخضر بعمق 3 كيلومترات.", "ar", [("3 كيلومترات", 3, "km", "exact", None)]),
    ("تجاوز الجيش خط الهدنة وأسر 30 جنديا.", "ar", [("30 جنديا", 30, "person", "exact", None)]),
    ("Prices hit the 5% level.", "en", [("5%", 5, "percent", "exact", None)]),
    ("Parliament passed 30 laws.", "en", [("30 laws", 30, "law", "exact", None)]),
    ("بلغ التضخم مستوى 5%.", "ar", [("5%", 5, "percent", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), EXCEEDING)
def test_verbs_of_exceeding_bound_from_afar(text, language, expected):
    _check(text, language, expected)


TALLIES = [
    ("The Senate passed the bill by a vote of 70 to 29.", "en",
     [("70", 70, "vote", "exact", None), ("29", 29, "vote", "exact", None)]),
    ("The bill passed 70 to 29.", "en", [("70", 70, "vote", "exact", None), ("29", 29, "vote", "exact", None)]),
    ("The motion was carried by 70 votes to 29.", "en",
     [("70 votes", 70, "vote", "exact", None), ("29", 29, "vote", "exact", None)]),
    ("وافق المجلس على القانون بأغلبية 70 مقابل 29.", "ar",
     [("70", 70, "vote", "exact", None), ("29", 29, "vote", "exact", None)]),
    ("أقر المجلس القانون بأغلبية 70 صوتاً مقابل 29.", "ar",
     [("70 صوتاً", 70, "vote", "exact", None), ("29", 29, "vote", "exact", None)]),
    # counted voters keep their unit; «ضده» (against it) is no counted noun
    ("صوت 70 عضوا لصالح القانون مقابل 29 ضده.", "ar",
     [("70 عضوا", 70, "person", "exact", None), ("29", 29, "person", "exact", None)]),
    # kept: a change from one figure to another
    ("The vote was delayed as prices rose from 20 to 30.", "en",
     [("20", 20, None, "exact", None), ("30", 30, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), TALLIES)
def test_vote_tallies_count_votes(text, language, expected):
    _check(text, language, expected)


PEOPLE = [
    ("The fighting forced 30,000 to flee.", "en", [("30,000", 3e4, "person", "exact", None)]),
    ("The storm forced 12,000 to leave their homes.", "en", [("12,000", 12e3, "person", "exact", None)]),
    ("The floods displaced 30,000.", "en", [("30,000", 3e4, "person", "exact", None)]),
    ("Authorities evacuated 2,000.", "en", [("2,000", 2e3, "person", "exact", None)]),
    ("The quake left 5,000 homeless.", "en", [("5,000", 5e3, "person", "exact", None)]),
    ("Troops rescued 300.", "en", [("300", 300, "person", "exact", None)]),
    ("أجبر القتال 30 ألفاً على الفرار.", "ar", [("30 ألفاً", 3e4, "person", "exact", None)]),
    ("أجبرت الفيضانات 12 ألفا على مغادرة منازلهم.", "ar", [("12 ألفا", 12e3, "person", "exact", None)]),
    ("شرد القصف 30 ألفا.", "ar", [("30 ألفا", 3e4, "person", "exact", None)]),
    ("قتلت الغارة 12.", "ar", [("12", 12, "person", "exact", None)]),
    ("أجلت السلطات 2500.", "ar", [("2500", 2500, "person", "exact", None)]),
    # kept: a count with its own noun, a share, a measure
    ("The floods displaced 300 families.", "en", [("300 families", 300, "household", "exact", None)]),
    ("The plant treated 300 tonnes.", "en", [("300 tonnes", 300, "tonne", "exact", None)]),
    ("قتل 20 جنديا.", "ar", [("20 جنديا", 20, "person", "exact", None)]),
    ("Troops evacuated 3 of the 12 buildings.", "en", [("3 of the 12 buildings", 3, "building", "exact", 12)]),
    ("The virus killed 30% of the flock.", "en", [("30%", 30, "percent", "exact", None)]),
    ("Police arrested 12, including 3 minors.", "en",
     [("12", 12, "person", "exact", None), ("3 minors", 3, "person", "exact", 12)]),  # a part of 12 (s22)
]


@pytest.mark.parametrize(("text", "language", "expected"), PEOPLE)
def test_objects_of_verbs_about_people_count_people(text, language, expected):
    _check(text, language, expected)


TENORS = [
    ("بلغ سعر الغرفة 200 دولار لليلة واحدة.", "ar", [("200 دولار", 200, "USD/night", "exact", None)]),
    ("The room costs $200 for one night.", "en", [("$200", 200, "USD/night", "exact", None)]),
    ("The room costs $200 a night.", "en", [("$200", 200, "USD/night", "exact", None)]),
    ("Tickets cost 200 dirhams for one day.", "en", [("200 dirhams", 200, "AED/day", "exact", None)]),
    # kept: a count of nights of its own
    ("The room costs $200 for one night and 3 nights cost $500.", "en",
     [("$200", 200, "USD/night", "exact", None), ("3 nights", 3, "night", "exact", None),
      ("$500", 500, "USD", "exact", None)]),
    ("The guests stayed for one night.", "en", [("one night", 1, "night", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), TENORS)
def test_a_price_period_is_no_count(text, language, expected):
    _check(text, language, expected)


UNITS = [
    ("Egypt imports 70 bcm of gas.", "en", [("70 bcm", 7e10, "cubic_metre", "exact", None)]),
    ("Reserves stand at 3 tcf.", "en", [("3 tcf", 3e12, "cubic_foot", "exact", None)]),
    ("Output hit 1.2 mb/d.", "en", [("1.2 mb/d", 1.2e6, "barrel/day", "exact", None)]),
    ("Iraq exported 3.4 mbpd.", "en", [("3.4 mbpd", 3.4e6, "barrel/day", "exact", None)]),
    ("Yields reached 2.5 t/ha.", "en", [("2.5 t/ha", 2.5, "tonne", "exact", None)]),
    ("Yields reached 2.5 tonnes per hectare.", "en", [("2.5 tonnes", 2.5, "tonne", "exact", None)]),
    ("Farmers applied 120 kg/ha of nitrogen.", "en", [("120 kg/ha", 120, "kg", "exact", None)]),
    ("بلغ الإنتاج 2.5 طن للهكتار.", "ar", [("2.5 طن", 2.5, "tonne", "exact", None)]),
    ("The speed limit is 120 km/h.", "en", [("120 km/h", 120, "km_per_hour", "exact", None)]),
    ("The plant has a capacity of 1.5 GW.", "en", [("1.5 GW", 1.5, "gigawatt", "exact", None)]),
    ("Take two 500mg tablets daily.", "en", [("two", 2, "tablet", "exact", None), ("500mg", 500, "mg", "exact", None)]),
    ("The ship carried three 40-foot containers.", "en",
     [("three", 3, "container", "exact", None), ("40-foot", 40, "foot", "exact", None)]),
    ("Each patient receives 2 x 500mg doses.", "en",
     [("2", 2, "dose", "exact", None), ("500mg", 500, "mg", "exact", None)]),
    ("Some 70% of the 2,000 respondents agreed.", "en",
     [("Some 70%", 70, "percent", "about", None), ("2,000 respondents", 2000, "person", "exact", None)]),
    ("The scheme helped 3,000 commuters and 500 cyclists.", "en",
     [("3,000 commuters", 3000, "person", "exact", None), ("500 cyclists", 500, "person", "exact", None)]),
    ("Police seized two 20-litre drums.", "en",
     [("two", 2, "drum", "exact", None), ("20-litre", 20, "litre", "exact", None)]),
    # kept: a measure written apart from its number, a megabyte
    ("The file is 3 mb.", "en", [("3 mb", 3, "megabyte", "exact", None)]),
    ("أنتجت المحطة 1.2 تيراواط ساعة.", "ar", [("1.2 تيراواط ساعة", 1.2, "terawatt_hour", "exact", None)]),
    ("Norway generated 150 TWh of hydropower.", "en", [("150 TWh", 150, "terawatt_hour", "exact", None)]),
    ("CO2 levels hit 424 ppm.", "en", [("424 ppm", 424, "parts_per_million", "exact", None)]),
    ("بلغ تركيز ثاني أكسيد الكربون 424 جزءا في المليون.", "ar",
     [("424 جزءا في المليون", 424, "parts_per_million", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), UNITS)
def test_units_of_yields_energy_and_doses(text, language, expected):
    _check(text, language, expected)


HIJRI = [
    # a Hijri date is never converted, and its day and year are no amounts, in English copy too
    ("The hajj season starts on 8 Dhul Hijjah.", "en", []),
    ("The fast ends on 30 Ramadan 1447.", "en", []),
    ("وقعت الحادثة في 15 رمضان 1447.", "ar", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), HIJRI)
def test_hijri_dates_are_no_amounts(text, language, expected):
    _check(text, language, expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Inflation eased to 2.9pc.", "en", [("2.9pc", 2.9, "percent", "exact", None)]),
    ("Rates rose 25bp to 4.5pc.", "en",
     [("25bp", 25, "basis_point", "exact", None), ("4.5pc", 4.5, "percent", "exact", None)]),
])
def test_glued_pc_is_percent(text, language, expected):
    _check(text, language, expected)


def test_pc_apart_is_no_percent():
    assert all(unit != "percent" for (unit,) in quantity_rows("He owns 3 pc games.", "en", ("unit",)))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Sales fell just shy of $2 billion.", "en", [("just shy of $2 billion", 2e9, "USD", "less_than", None)]),
    ("Turnout fell short of 50%.", "en", [("fell short of 50%", 50, "percent", "less_than", None)]),
    ("The toll stood at upward of 300.", "en", [("upward of 300", 300, "person", "more_than", None)]),
    ("Well in excess of 10,000 people attended.", "en",
     [("Well in excess of 10,000 people", 1e4, "person", "more_than", None)]),
    ("أقل بقليل من 50%.", "ar", [("أقل بقليل من 50%", 50, "percent", "less_than", None)]),
    ("أكثر بقليل من 300 شخص.", "ar", [("أكثر بقليل من 300 شخص", 300, "person", "more_than", None)]),
    # kept: 'short of' players is a shortfall, no bound
    ("The team was short of 3 players.", "en", [("3 players", 3, "person", "exact", None)]),
])
def test_bounds_written_as_shortfalls_and_margins(text, language, expected):
    _check(text, language, expected)
