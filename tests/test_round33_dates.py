"""Round 33: dates of both languages (find_dates; each case is (text, language, [(span, ISO value)])).

- An English year as a modifier between a determiner or a possessive and a singular noun ("a 2019 collision",
  "The 2008 crisis", "Qatar's 2022 budget", "its 2014 listing") is that year, spanning the year: never a count
  before a plural or a unit ("the 2000 employees", "a 2000 metre race"), a level ("the 2000 mark"), a time of
  day ("the 2000 GMT deadline"), a number with a separator or a hyphen ("the 2,019 delegates", "a 2000-strong
  crowd") or a number after a noun ("Route 2019"); such a year is no amount ("a 1967 law").
- An Arabic noun of a dated event or document in construct with a year (دستور 2014، انتفاضة 1987، انقلاب 1952،
  اتفاق 2015) names that year, as انتخابات 2021 does.
- A Hijri date written with its Gregorian year and the marker م («1446هـ/2025م», «2023م - 1445هـ») is one date:
  the Gregorian year the text gives, unless the Hijri date is finer and lies in that year («1 رجب 1447هـ/2025م»).
- A quarter of a split (fiscal) year is a quarter of the year it ends ("Q3 of fiscal 2025-26" → 2026-07).
- A half's wire code glued to a two-digit year ("1H25") is that year.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows, quantity_rows

from factcheck.extract.dates import may_hold_dates

PUB = date(2026, 11, 20)  # a Friday

ATTRIBUTIVE = [
    ("A 2019 collision on the same line killed 22 people.", [("2019", "2019")]),
    ("The 2008 crisis cost 8.7 million jobs.", [("2008", "2008")]),
    ("Qatar's 2022 budget rose 5%.", [("2022", "2022")]),
    ("The company cut jobs a decade after its 2014 listing.", [("2014", "2014")]),
    ("The 2011 uprising toppled the government.", [("2011", "2011")]),
    ("The regulators' 2021 ruling was overturned.", [("2021", "2021")]),
    ("Officials cited an earlier 2017 study.", [("earlier 2017", "2017")]),
    ("The 2006 war displaced a million people, the report said.", [("2006", "2006")]),
    ("A 1967 law still applies.", [("1967", "1967")]),
    ("The 1994 genocide killed 800,000 people.", [("1994", "1994")]),
    ("He drove a 2015 Toyota.", [("2015", "2015")]),
    ("The company posted its 2025 results.", [("2025", "2025")]),
    ("Turkey's 2023 elections drew 88% turnout.", [("2023", "2023")]),
    # kept: counts, units, levels, times, separators, hyphens, labels
    ("Parliament passed a 2000 page bill.", []),
    ("The company's 2000 shareholders met.", []),
    ("Police seized 2019 cars last year.", [("last year", "2025")]),
    ("The 2000 employees went on strike.", []),
    ("He won a 2000 metre race.", []),
    ("The index broke the 2000 mark.", []),
    ("The 2000 GMT deadline passed.", []),
    ("The 2,019 delegates voted.", []),
    ("A 2000-strong crowd gathered.", []),
    ("The bus crashed on Route 2019.", []),
    ("Prices jumped a 2000 percent in a decade.", []),
    ("The 2019 to 2021 period was hard.", []),
    ("The 2025 budget was approved.", [("The 2025 budget", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIVE)
def test_a_year_modifying_a_singular_noun_is_a_date(text, expected):
    assert date_rows(text, "en", PUB) == expected
    if expected:
        assert may_hold_dates(text, 0, len(text), "en")
    years = {int(v) for _, v in expected if v.isdigit()}
    assert not any(q[1] in years for q in quantity_rows(text, "en"))


CONSTRUCT = [
    ("نص دستور 2014 على حرية التعبير.", [("دستور 2014", "2014")]),
    ("اندلعت انتفاضة 1987 في غزة.", [("انتفاضة 1987", "1987")]),
    ("غير انقلاب 1952 وجه مصر.", [("انقلاب 1952", "1952")]),
    ("انسحبت واشنطن من اتفاق 2015 النووي.", [("اتفاق 2015", "2015")]),
    ("تضررت المدينة من إعصار 2023.", [("إعصار 2023", "2023")]),
    ("شارك الآلاف في احتجاجات 2019.", [("احتجاجات 2019", "2019")]),
    # kept: a count after a noun of an act, and a count of a counted noun
    ("بيع 2000 سيارة في المعرض.", []),
    ("ينص الاتفاق على 2000 وظيفة.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCT)
def test_an_event_noun_in_construct_with_a_year(text, expected):
    assert date_rows(text, "ar", PUB) == expected
    if expected:
        assert may_hold_dates(text, 0, len(text), "ar")


GREGORIAN_PAIRS = [
    ("صدر القرار في 1446هـ/2025م.", [("2025م", "2025")]),
    ("صدر القرار في 1447هـ/2025م.", [("2025م", "2025")]),
    ("تأسست الجمعية عام 1445هـ - 2023م.", [("2023م", "2023")]),
    ("صدر القرار في 2025م/1447هـ.", [("2025م", "2025")]),
    ("صدر القرار في 1447 هـ / 2025 م.", [("2025 م", "2025")]),
    # a finer Hijri date inside the Gregorian year stays, one date
    ("افتتح المسجد في 1 رجب 1447هـ/2025م.", [("1 رجب 1447هـ", "2025-12")]),
    # kept: a year with its marker alone, a Hijri year alone
    ("ارتفع الإنتاج في عام 2025م.", [("عام 2025م", "2025")]),
    ("قال إن عام 1445 هـ شهد تحولات كبيرة.", [("عام 1445 هـ", "2024")]),
]


@pytest.mark.parametrize(("text", "expected"), GREGORIAN_PAIRS)
def test_a_hijri_date_with_its_gregorian_year_is_one_date(text, expected):
    assert date_rows(text, "ar", PUB) == expected
    assert may_hold_dates(text, 0, len(text), "ar")
    assert quantity_rows(text, "ar") == []


SPLIT_YEAR_QUARTERS = [
    # a quarter of a split (fiscal) year is a quarter of the year it ends, as the split year alone is dated
    ("Inflation eased in the third quarter of fiscal 2025/26.", "en", [("the third quarter of fiscal 2025/26", "2026-07")]),
    ("Sales rose in Q3 of fiscal 2025-26.", "en", [("Q3 of fiscal 2025-26", "2026-07")]),
    ("The economy grew 4% in Q1 FY25/26.", "en", [("Q1 FY25/26", "2026-01")]),
    ("نما الاقتصاد في الربع الأول من العام المالي 2025/2026.", "ar",
     [("الربع الأول من العام المالي 2025/2026", "2026-01")]),
    # kept: one year, and two years that do not follow each other
    ("Sales rose in Q3 2025.", "en", [("Q3 2025", "2025-07")]),
    ("Sales rose in fiscal 2025/26.", "en", [("fiscal 2025/26", "2026")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), SPLIT_YEAR_QUARTERS)
def test_a_quarter_of_a_split_year(text, language, expected):
    assert date_rows(text, language, PUB) == expected
    assert may_hold_dates(text, 0, len(text), language)


HALF_CODES = [
    # a half's wire code glued to a two-digit year is that year, as "2H 2025" and "FY25" are
    ("Profit rose in 1H25.", "en", [("1H25", "2025")]),
    ("Profit rose 5% in 2H24.", "en", [("2H24", "2024")]),
    # kept: a four-digit year, a virus, a pencil grade
    ("Profit rose in 2H 2025.", "en", [("2H 2025", "2025")]),
    ("The H1N1 virus spread.", "en", []),
    ("He drew with a 2H pencil.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), HALF_CODES)
def test_a_half_code_with_a_two_digit_year(text, language, expected):
    assert date_rows(text, language, PUB) == expected
    assert may_hold_dates(text, 0, len(text), language) or not expected
    assert [q for q in quantity_rows(text, language) if q[2] != "percent"] == []
