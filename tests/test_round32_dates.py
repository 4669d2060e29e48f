"""Round 32: dates of both languages (find_dates; each case is (text, language, [(span, ISO value)])).

- A Hijri date is converted on the tabular Islamic calendar, no finer than the calendars outlets follow allow (they
  may differ by two days): a day of a Hijri month is the Gregorian month its candidate days share, else their year;
  a Hijri month the Gregorian month or year it lies in; a Hijri year alone the Gregorian year holding most of its
  days, none when the two hold nearly as many (1446 AH: July 2024 to June 2025); an occasion of one Hijri month
  before a bare year (موسم الحج، Eid al-Fitr) dates it by that month. A Hijri year is never an amount.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows, quantity_rows

from factcheck.extract.dates import may_hold_dates

PUB = date(2026, 11, 20)  # a Friday

HIJRI = [
    ("قال إن عام 1445 هـ شهد تحولات كبيرة.", "ar", [("عام 1445 هـ", "2024")]),
    ("صدر القرار في العام 1447 للهجرة.", "ar", [("العام 1447 للهجرة", "2025")]),
    ("أقيم المعرض سنة ١٤٤٥هـ.", "ar", [("سنة ١٤٤٥هـ", "2024")]),
    ("The ministry said 1447 AH would see record numbers.", "en", [("1447 AH", "2025")]),
    ("The mosque was restored in AH 1445.", "en", [("AH 1445", "2024")]),
    # an occasion of one Hijri month dates the bare year by it: the Hajj of 1446 was in June 2025
    ("يبدأ موسم الحج 1446هـ بمشاركة 1.8 مليون حاج.", "ar", [("1446هـ", "2025")]),
    ("Eid al-Fitr 1447 AH falls in spring.", "en", [("1447 AH", "2026")]),
    # a day or a month of a Hijri month
    ("وقع ذلك في 10 رمضان 1445 هـ.", "ar", [("10 رمضان 1445 هـ", "2024-03")]),
    ("افتتح المسجد في 5 محرم 1446هـ.", "ar", [("5 محرم 1446هـ", "2024-07")]),
    ("صام المسلمون شهر رمضان من عام 1446.", "ar", [("رمضان من عام 1446", "2025")]),
    ("The decree is dated 12 Rajab 1446 AH.", "en", [("12 Rajab 1446 AH", "2025-01")]),
    # kept: a year split evenly between two Gregorian years, a number with a thousands separator, Gregorian years
    ("قال إن عام 1446 هـ شهد تحولات كبيرة.", "ar", []),
    ("بلغت الرواتب 1,446 هـ.", "ar", []),
    ("نص البند 250 ه من القانون على العقوبة.", "ar", []),
    ("The 500 H-bomb tests ended.", "en", []),
    ("صدر القرار عام 2025 م.", "ar", [("عام 2025", "2025")]),
    ("The decree was issued in 2025.", "en", [("2025", "2025")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), HIJRI)
def test_hijri_dates_are_dated_no_finer_than_their_calendars_agree(text, language, expected):
    assert date_rows(text, language, PUB) == expected
    if expected:
        assert may_hold_dates(text, 0, len(text), language)
        assert all(not 1000 < q[1] < 1600 for q in quantity_rows(text, language))


WIRE_PERIODS = [
    # the digit before the code, as wire copy writes a quarter or a half: dated as "Q3 2025" and "H2 2025" are
    ("Revenue rose 9% in 3Q25.", "en", [("3Q25", "2025-07")]),
    ("Profit fell in 2Q 2025.", "en", [("2Q 2025", "2025-04")]),
    ("Sales rose in 2H 2025.", "en", [("2H 2025", "2025")]),
    ("ارتفعت الأرباح في 4Q 2024.", "ar", [("4Q 2024", "2024-10")]),
    # kept: the code first, a pencil grade
    ("Revenue rose in Q3 2025.", "en", [("Q3 2025", "2025-07")]),
    ("He drew with a 2H pencil.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), WIRE_PERIODS)
def test_a_quarter_or_half_with_the_digit_first(text, language, expected):
    assert date_rows(text, language, PUB) == expected
    assert may_hold_dates(text, 0, len(text), language) or not expected
    assert quantity_rows(text, language) == [] or "%" in text


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a year-first numeric date after a year cue is that day, not the year
    ("صدر القرار في 2025/11/3.", "ar", [("2025/11/3", "2025-11-03")]),
    ("بدأ التطبيق في 2025-11-03 رسميا.", "ar", [("2025-11-03", "2025-11-03")]),
    ("The rule took effect in 2025-11-03.", "en", [("2025-11-03", "2025-11-03")]),
    # a year range after «الفترة» (the period) is read as after «عام»
    ("ارتفعت الصادرات في الفترة 2019-2021.", "ar", [("الفترة 2019", "2019"), ("2021", "2021")]),
    # kept: a year alone and a split season
    ("ارتفعت الصادرات في 2019 بنسبة 5%.", "ar", [("2019", "2019")]),
    ("فاز النادي بلقب موسم 2024/25.", "ar", [("موسم 2024/25", "2025")]),
])
def test_year_first_numeric_dates_and_year_ranges_after_a_cue(text, language, expected):
    assert date_rows(text, language, PUB) == expected
