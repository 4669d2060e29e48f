"""Round 31: quantities of both languages (find_quantities on hand-written sentences; each case is
(text, language, [(span, value, unit, qualifier, total)])).

- An amount per something is a rate: its unit is '<unit>/<unit per>' ("3.4 million barrels a day" barrel/day,
  «يومياً»، "per year", "$72.40 a barrel" USD/barrel, «للطن» USD/tonne, "mb/d"), unless the period is a point
  in time ("a year earlier", «في العام الماضي»).
- «البرميل الواحد» (the single barrel) names one unit of the noun, never a count of 1.
- Digits with the article after a noun that counts nothing («دورته الـ62»، «النسخة الـ30») are an ordinal.
- A number word after a noun made definite by a possessive («أيامه العشرة») counts that noun (10 days).
"""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows


def _check(text, language, expected):
    assert quantity_rows(text, language) == approx_rows(expected)


RATES = [
    ("صدرت ليبيا 1.2 مليون برميل يومياً خلال أكتوبر.", "ar",
     [("1.2 مليون برميل", 1.2e6, "barrel/day", "exact", None)]),
    ("Libya shipped 1.2 million barrels a day in October.", "en",
     [("1.2 million barrels", 1.2e6, "barrel/day", "exact", None)]),
    ("The smelter makes 300,000 tonnes per year.", "en", [("300,000 tonnes", 3e5, "tonne/year", "exact", None)]),
    ("ينتج المصنع 300 ألف طن سنوياً.", "ar", [("300 ألف طن", 3e5, "tonne/year", "exact", None)]),
    ("ضخت الشركة 500 ألف برميل في اليوم خلال الربع.", "ar",
     [("500 ألف برميل", 5e5, "barrel/day", "exact", None)]),
    ("The field pumps 90,000 barrels daily.", "en", [("90,000 barrels", 9e4, "barrel/day", "exact", None)]),
    ("Kuwait pumps 2.4 million bpd.", "en", [("2.4 million bpd", 2.4e6, "barrel/day", "exact", None)]),
    ("Output hit 1.2 mb/d.", "en", [("1.2 mb/d", 1.2e6, "barrel/day", "exact", None)]),
    ("Qatar targets 142 mtpa of LNG.", "en", [("142 mtpa", 1.42e8, "tonne/year", "exact", None)]),
    # a price per unit of a traded good
    ("WTI settled at $68.10 a barrel.", "en", [("$68.10", 68.1, "USD/barrel", "exact", None)]),
    ("استقر خام غرب تكساس عند 68.10 دولار للبرميل.", "ar", [("68.10 دولار", 68.1, "USD/barrel", "exact", None)]),
    ("Urea traded at $390 per tonne.", "en", [("$390", 390, "USD/tonne", "exact", None)]),
    ("بيع الأرز بسعر 390 دولارا للطن الواحد.", "ar", [("390 دولارا", 390, "USD/tonne", "exact", None)]),
    ("Gold rose to $2,650 an ounce.", "en", [("$2,650", 2650, "USD/ounce", "exact", None)]),
    ("ارتفع الذهب إلى 2650 دولارا للأوقية.", "ar", [("2650 دولارا", 2650, "USD/ounce", "exact", None)]),
    ("The board declared a dividend of 45 cents per share.", "en", [("45 cents", 0.45, "USD/share", "exact", None)]),
    # past the substance a measure is of
    ("Egypt buys about 12 million tonnes of wheat a year.", "en",
     [("about 12 million tonnes", 1.2e7, "tonne/year", "about", None)]),
    ("تستورد مصر 12 مليون طن من القمح سنوياً.", "ar", [("12 مليون طن", 1.2e7, "tonne/year", "exact", None)]),
    ("The field yields 40,000 barrels of crude oil per day.", "en",
     [("40,000 barrels", 4e4, "barrel/day", "exact", None)]),
    # Arabic-Indic digits and decimal separator
    ("بلغ إنتاج القمح ٣٫٥ مليون طن سنوياً.", "ar", [("٣٫٥ مليون طن", 3.5e6, "tonne/year", "exact", None)]),
    # kept: a point in time, a price for a year, a total
    ("Profit was $5 billion a year earlier.", "en", [("$5 billion", 5e9, "USD", "exact", None)]),
    ("بلغت الأرباح 5 ملايين دولار في العام الماضي.", "ar", [("5 ملايين دولار", 5e6, "USD", "exact", None)]),
    ("خصصت الحكومة 5 ملايين دولار للعام المالي المقبل.", "ar", [("5 ملايين دولار", 5e6, "USD", "exact", None)]),
    ("Iraq exported 102 million barrels in September.", "en",
     [("102 million barrels", 1.02e8, "barrel", "exact", None)]),
    ("Inflation rose 3% a year.", "en", [("3%", 3, "percent", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), RATES)
def test_amounts_per_unit_are_rates(text, language, expected):
    _check(text, language, expected)


SINGLE = [
    ("قالت الشركة إن متوسط سعر البرميل الواحد بلغ 71 دولاراً.", "ar", [("71 دولاراً", 71, "USD/barrel", "exact", None)]),
    ("لا يتجاوز سعر الرغيف الواحد 5 جنيهات.", "ar", [("5 جنيهات", 5, "EGP", "at_most", None)]),
    # kept: two and more after a definite noun count it
    ("أفرج عن الجنود الثلاثة.", "ar", [("الجنود الثلاثة", 3, "person", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), SINGLE)
def test_the_single_unit_is_no_count(text, language, expected):
    _check(text, language, expected)


ORDINALS = [
    ("افتتح المهرجان دورته الـ45 أمس.", "ar", []),
    ("انطلقت النسخة الـ30 من المعرض.", "ar", []),
    ("احتفلت الجامعة بالذكرى الـ75 لتأسيسها.", "ar", []),
    ("عقدت القمة الـ33 في البحرين.", "ar", []),
    # kept: after a plural noun the digits count it
    ("أفرج عن المعتقلين الـ14.", "ar", [("14", 14, "person", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ORDINALS)
def test_digits_with_the_article_after_a_singular_are_ordinals(text, language, expected):
    _check(text, language, expected)


POSSESSED = [
    ("اختتم المعرض أيامه الخمسة بحضور كبير.", "ar", [("أيامه الخمسة", 5, "day", "exact", None)]),
    ("أطلق الخاطفون رهائنهم الأربعة.", "ar", [("رهائنهم الأربعة", 4, "person", "exact", None)]),
    # kept: the article and a span of time name a window, not a count
    ("خلال الأيام الثلاثة الماضية.", "ar", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSSESSED)
def test_a_number_word_after_a_possessed_noun_counts_it(text, language, expected):
    _check(text, language, expected)


COUNTED = [
    # the counted noun of "the number of X" stands farther back when modifiers and a place come between
    ("The number of internally displaced people in Sudan has now reached 9 million.", "en",
     [("9 million", 9e6, "person", "exact", None)]),
    # a verb of exceeding across a construct subject with a prepositional phrase or a describing number word
    ("تجاوز عدد الجرحى في رفح 900.", "ar", [("900", 900, "person", "more_than", None)]),
    ("فاق عدد الإصابات في السودان 20 ألفا.", "ar", [("20 ألفا", 2e4, "case", "more_than", None)]),
    ("لا يتجاوز سعر الرغيف الواحد 5 جنيهات.", "ar", [("5 جنيهات", 5, "EGP", "at_most", None)]),
    # a definite nisba plural after a count head counts people; so does a bare total after a verb of reaching
    # whose clause opens with a plural noun of people
    ("ارتفع عدد اللبنانيين العائدين إلى 400 ألف.", "ar", [("400 ألف", 4e5, "person", "exact", None)]),
    ("Tourists from China to Thailand reached 6 million in 2025.", "en",
     [("6 million", 6e6, "person", "exact", None)]),
    # kept: a second verb between, a verb of no total, a subject of no people
    ("تجاوزت القوات الحدود وقتلت 30 شخصا.", "ar", [("30 شخصا", 30, "person", "exact", None)]),
    ("Volunteers planted 3,000 in May.", "en", [("3,000", 3000, None, "exact", None)]),
    ("Prices rose to 300.", "en", [("300", 300, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), COUNTED)
def test_counted_nouns_and_bounds_across_a_subject(text, language, expected):
    _check(text, language, expected)


ELIDED = [
    ("Labour won 411 seats, while the Liberal Democrats took 72.", "en",
     [("411 seats", 411, "seat", "exact", None), ("72", 72, "seat", "exact", None)]),
    ("The party won 98 seats, eight short of a majority.", "en",
     [("98 seats", 98, "seat", "exact", None), ("eight", 8, "seat", "exact", None)]),
    ("حصل حزب الأحرار على 102 مقعد، بينما حصل حزب الاستقلال على 81.", "ar",
     [("102 مقعد", 102, "seat", "exact", None), ("81", 81, "seat", "exact", None)]),
    # kept: verbs of different classes
    ("Acme sold 300 cars while rivals bought 20.", "en",
     [("300 cars", 300, "vehicle", "exact", None), ("20", 20, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ELIDED)
def test_a_bare_number_in_a_parallel_clause_counts_the_same(text, language, expected):
    _check(text, language, expected)


MULTIPLIERS = [
    ("Dengue cases triple in Bangladesh", "en", [("triple", 3, "times", "exact", None)]),
    ("Electricity bills will double next year.", "en", [("double", 2, "times", "exact", None)]),
    ("Wheat prices quadrupled in a decade.", "en", [("quadrupled", 4, "times", "exact", None)]),
    ("تضاعفت أسعار القمح ثلاث مرات.", "ar", [("ثلاث مرات", 3, "times", "exact", None)]),
    # kept: adjectives and nouns
    ("Police are investigating a triple murder.", "en", []),
    ("The firm posted double-digit growth.", "en", []),
    ("She won the doubles title.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), MULTIPLIERS)
def test_present_verbs_of_multiplying_are_multipliers(text, language, expected):
    _check(text, language, expected)
