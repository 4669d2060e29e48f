"""Round 32: quantities of both languages (find_quantities on hand-written sentences; each case is
(text, language, [(span, value, unit, qualifier, total)])).

- A price whose head names its unit of sale before the amount ("the price per tonne reached $390", «سعر البرميل
  بلغ 68.5 دولاراً», «سعر الغرام») is a rate per that unit, as "$390 per tonne" is.
- A "number of <noun>" head gives its noun's unit to the total a verb of reaching governs ("has risen to",
  "reached", «بلغ», «ارتفع ... إلى»), however long the modifier between them, within one clause.
"""
from __future__ import annotations

import pytest
from span_checks import approx_rows, quantity_rows


def _check(text, language, expected):
    assert quantity_rows(text, language) == approx_rows(expected)


PRICE_HEADS = [
    ("قال التقرير إن متوسط سعر البرميل الواحد بلغ 68.5 دولاراً.", "ar",
     [("68.5 دولاراً", 68.5, "USD/barrel", "exact", None)]),
    ("ارتفع سعر الغرام من الذهب عيار 21 إلى 3500 جنيه.", "ar", [("3500 جنيه", 3500, "EGP/g", "exact", None)]),
    ("سجل سعر طن الحديد 40 ألف جنيه.", "ar", [("40 ألف جنيه", 4e4, "EGP/tonne", "exact", None)]),
    ("The average price per tonne of urea reached $390 last month.", "en",
     [("$390", 390, "USD/tonne", "exact", None)]),
    ("The price of a barrel of Brent rose to $70.", "en", [("$70", 70, "USD/barrel", "exact", None)]),
    ("Prices per ounce hit $2,650.", "en", [("$2,650", 2650, "USD/ounce", "exact", None)]),
    # kept: a price of no unit of sale, a total value, a unit named after the amount
    ("لا يتجاوز سعر الرغيف الواحد 5 جنيهات.", "ar", [("5 جنيهات", 5, "EGP", "at_most", None)]),
    ("The price of the deal reached $4 billion.", "en", [("$4 billion", 4e9, "USD", "exact", None)]),
    ("The price per barrel rose to $70 a barrel.", "en", [("$70", 70, "USD/barrel", "exact", None)]),
    ("Oil exports worth $5 billion left in barrels.", "en", [("$5 billion", 5e9, "USD", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PRICE_HEADS)
def test_a_price_per_unit_head_makes_the_amount_a_rate(text, language, expected):
    _check(text, language, expected)


COUNT_HEADS = [
    ("The number of people displaced by the fighting in the region has risen to 300,000.", "en",
     [("300,000", 3e5, "person", "exact", None)]),
    ("The number of children who have been forced out of school by the conflict in the east reached 2 million.", "en",
     [("2 million", 2e6, "person", "exact", None)]),
    ("ارتفع عدد الأشخاص الذين نزحوا بسبب القتال العنيف في المنطقة الشمالية من البلاد خلال الأسابيع الماضية إلى 300 ألف.",
     "ar", [("300 ألف", 3e5, "person", "exact", None)]),
    ("بلغ عدد المهاجرين غير النظاميين الذين وصلوا إلى السواحل الإيطالية عبر البحر المتوسط منذ بداية العام 45 ألفا.",
     "ar", [("45 ألفا", 4.5e4, "person", "exact", None)]),
    # kept: a verb of no total, another clause
    ("The number of applicants for the scheme run by the ministry of labour in the capital fell while exports rose to 300.",
     "en", [("300", 300, None, "exact", None)]),
    ("تراجع عدد المتقدمين للبرنامج الذي أطلقته وزارة العمل في العاصمة بينما ارتفعت الصادرات إلى 300.", "ar",
     [("300", 300, None, "exact", None)]),
    ("The number of people displaced by the fighting in the region is unknown, but aid groups counted 300.", "en",
     [("300", 300, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), COUNT_HEADS)
def test_a_count_head_gives_its_noun_to_a_distant_total(text, language, expected):
    _check(text, language, expected)


ABBREVIATED = [
    ("دفع المواطن 500 ج.م رسوما للتسجيل.", "ar", [("500 ج.م", 500, "EGP", "exact", None)]),
    ("يبلغ سعر الاشتراك 250 ر.س شهريا.", "ar", [("250 ر.س", 250, "SAR/month", "exact", None)]),
    ("بلغت قيمة الصفقة 300 مليون د.إ.", "ar", [("300 مليون د.إ", 3e8, "AED", "exact", None)]),
    ("بلغ الراتب 900 د.أ.", "ar", [("900 د.أ", 900, "JOD", "exact", None)]),
    ("ارتفعت الفاتورة إلى 1.5 مليون ل.ل.", "ar", [("1.5 مليون ل.ل", 1.5e6, "LBP", "exact", None)]),
    # kept: a letter of a spaced abbreviation or a longer word is no currency
    ("وصل 3 ج. إلى المستشفى.", "ar", [("3", 3, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ABBREVIATED)
def test_dotted_currency_abbreviations_name_their_currency(text, language, expected):
    _check(text, language, expected)


DECADES = [
    ("لم تنعقد اللجنة منذ عقدين.", "ar", [("عقدين", 2, "decade", "exact", None)]),
    ("ظل المنصب شاغرا على مدى عقدين من الزمن.", "ar", [("عقدين", 2, "decade", "exact", None)]),
    ("يحكم الحزب البلاد منذ ثلاثة عقود.", "ar", [("ثلاثة عقود", 3, "decade", "exact", None)]),
    ("The war lasted two decades.", "en", [("two decades", 2, "decade", "exact", None)]),
    # kept: the same noun without a preposition of duration counts contracts
    ("وقعت الشركة عقدين مع الحكومة.", "ar", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), DECADES)
def test_decades_after_a_preposition_of_duration(text, language, expected):
    _check(text, language, expected)


SUBUNITS = [
    ("The loaf costs 20 piastres.", "en", [("20 piastres", 0.2, "EGP", "exact", None)]),
    ("Petrol rose by 50 halalas.", "en", [("50 halalas", 0.5, "SAR", "exact", None)]),
    ("A Kuwaiti stamp costs 250 fils.", "en", [("250 fils", 0.25, "KWD", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), SUBUNITS)
def test_coins_of_arab_currencies_in_english(text, language, expected):
    _check(text, language, expected)


PRICE_HEAD_BREAKS = [
    ("ارتفعت أسعار الأسهم وبلغ حجم التداول 5 مليارات ريال.", "ar", [("5 مليارات ريال", 5e9, "SAR", "exact", None)]),
    ("Prices per share rose and turnover reached $5 billion.", "en", [("$5 billion", 5e9, "USD", "exact", None)]),
    ("بلغ سعر كيلو اللحم 400 جنيه.", "ar", [("400 جنيه", 400, "EGP/kg", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PRICE_HEAD_BREAKS)
def test_a_price_head_of_another_clause_makes_no_rate(text, language, expected):
    _check(text, language, expected)


POINTS = [
    ("Support for the government fell 3 ppts.", "en", [("3 ppts", 3, "percentage_point", "exact", None)]),
    ("Unemployment rose 2pp to 6%.", "en",
     [("2pp", 2, "percentage_point", "exact", None), ("6%", 6, "percent", "exact", None)]),
    # kept: pages
    ("The report runs to 300 pp.", "en", [("300", 300, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), POINTS)
def test_wire_abbreviations_of_percentage_points(text, language, expected):
    _check(text, language, expected)


LEVELS_AT = [
    ("The death toll stands at 300.", "en", [("300", 300, "person", "exact", None)]),
    ("The number of dead stood at 312 on Monday.", "en", [("312", 312, "person", "exact", None)]),
    ("Unemployment stands at 300,000.", "en", [("300,000", 3e5, None, "exact", None)]),
    ("Brent crude closed at 75.40.", "en", [("75.40", 75.4, None, "exact", None)]),
    # kept: a time of day
    ("The meeting starts at 1430.", "en", []),
    ("He arrived at 9.30.", "en", []),
    ("They met at 3 in the afternoon.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), LEVELS_AT)
def test_a_level_at_a_number_is_no_time_of_day(text, language, expected):
    _check(text, language, expected)
