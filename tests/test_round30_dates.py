"""Round 30: dates of both languages (find_dates; each case is (text, language, [(span, ISO value, precision)])).

- A masculine perfect of form V or VI opening the clause (تراجع، تباطأ، تنامى، تعافى), spelled like an imperfect
  starting with ت, is a past main verb: a bare day-month after publication reads back to last year, as after
  تراجعت; a listed word after another verb is its verbal noun and decides nothing (يتوقع تراجع الأسعار).
- Two quarters under one plural quarter word ("between the first and third quarters", «بين الربعين الأول
  والثالث») are two dates, each at its first month as a single quarter is, the yearless ends resolved together.
- A time of day after a weekday ("Monday night") is part of the one date.
- Hijri months in English copy are read as in Arabic: a yearless day is the occurrence its clause points to (session
  29, ``date_hijri.find_hijri_days``), at the precision the tabular calendar allows.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows

PUB = date(2026, 11, 20)  # a Friday in November


@pytest.mark.parametrize("text, lang, expected", [
    ("تراجع سعر الذهب في 3 ديسمبر.", "ar", [("3 ديسمبر", "2025-12-03", "day")]),
    ("وتباطأ النمو في 3 ديسمبر.", "ar", [("3 ديسمبر", "2025-12-03", "day")]),
    ("تنامى الطلب على الذهب في 3 ديسمبر.", "ar", [("3 ديسمبر", "2025-12-03", "day")]),
    ("تعافى الاقتصاد في ديسمبر.", "ar", [("ديسمبر", "2025-12", "month")]),
    ("تزايد الطلب في 3 ديسمبر.", "ar", [("3 ديسمبر", "2025-12-03", "day")]),
    # kept: the feminine perfect, a verbal noun after a verb of expecting, a form III imperfect in a headline
    ("تراجعت الأسعار في 3 ديسمبر.", "ar", [("3 ديسمبر", "2025-12-03", "day")]),
    ("يتوقع تراجع الأسعار في 3 ديسمبر.", "ar", [("3 ديسمبر", "2026-12-03", "day")]),
    ("تناقش الحكومة الموازنة في 3 ديسمبر.", "ar", [("3 ديسمبر", "2026-12-03", "day")]),
    ("تنطلق القمة في 3 ديسمبر.", "ar", [("3 ديسمبر", "2026-12-03", "day")]),
])
def test_form_v_and_vi_perfects_read_back(text, lang, expected):
    assert date_rows(text, lang, PUB, precision=True) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Prices rose between the first and third quarters.", "en",
     [("the first", "2026-01", "month"), ("third quarters", "2026-07", "month")]),
    ("ارتفعت الأسعار بين الربعين الأول والثالث.", "ar",
     [("الربعين الأول", "2026-01", "month"), ("الثالث", "2026-07", "month")]),
    ("Sales will grow in the second and third quarters.", "en",
     [("the second", "2027-04", "month"), ("third quarters", "2027-07", "month")]),
    ("Sales fell in the second to fourth quarters of 2025.", "en",
     [("the second", "2025-04", "month"), ("fourth quarters of 2025", "2025-10", "month")]),
    ("تراجعت المبيعات في الربعين الثاني والثالث من العام 2025.", "ar",
     [("الربعين الثاني", "2025-04", "month"), ("الثالث من العام 2025", "2025-07", "month")]),
    ("Profit rose in the fourth and first quarters.", "en",
     [("the fourth", "2025-10", "month"), ("first quarters", "2026-01", "month")]),
    # kept: the quarters of a game, one quarter
    ("The first and third quarters of the game were dull.", "en", []),
    ("Sales fell in the third quarter.", "en", [("the third quarter", "2026-07", "month")]),
])
def test_two_quarters_under_one_plural(text, lang, expected):
    assert date_rows(text, lang, PUB, precision=True) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The ministry said in a statement Monday night that 30 people died.", "en",
     [("Monday night", "2026-11-16", "day")]),
    ("The blast happened on Monday night.", "en", [("Monday night", "2026-11-16", "day")]),
    ("وقال الوزير مساء الاثنين إن 30 شخصا قتلوا.", "ar", [("مساء الاثنين", "2026-11-16", "day")]),
    ("The hajj season starts on 8 Dhul Hijjah.", "en", [("8 Dhul Hijjah", "2027-05", "month")]),
    ("The fast ends on 30 Ramadan 1447, or March 19, 2026.", "en", [("March 19, 2026", "2026-03-19", "day")]),
    ("ستعقد القمة منتصف الأسبوع المقبل.", "ar", [("منتصف الأسبوع المقبل", "2026-11", "month")]),
    ("Prices will fall early next year.", "en", [("early next year", "2027", "year")]),
    ("Revenue rose 9% in FY26.", "en", [("FY26", "2026", "year")]),
    # a quarter of a short fiscal year is one ref, dated as 'Q3 fiscal 2026' is
    ("Revenue rose 9% in Q3 FY26.", "en", [("Q3 FY26", "2026-07", "month")]),
    ("Earnings fell in the third quarter of FY25.", "en", [("the third quarter of FY25", "2025-07", "month")]),
])
def test_unseen_date_phrases(text, lang, expected):
    assert date_rows(text, lang, PUB, precision=True) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # two weekdays joined by a range connector are one stretch: the second after the first, the week before in
    # a clause that reads back
    ("ستقام البطولة من الخميس إلى الأحد.", "ar", [("الخميس", "2026-11-26", "day"), ("الأحد", "2026-11-29", "day")]),
    ("أقيمت البطولة من الخميس إلى الأحد.", "ar", [("الخميس", "2026-11-12", "day"), ("الأحد", "2026-11-15", "day")]),
    ("The talks will run from Monday to Wednesday.", "en",
     [("Monday", "2026-11-23", "day"), ("Wednesday", "2026-11-25", "day")]),
    ("The talks ran from Monday to Wednesday.", "en",
     [("Monday", "2026-11-16", "day"), ("Wednesday", "2026-11-18", "day")]),
])
def test_weekday_ranges(text, lang, expected):
    assert date_rows(text, lang, PUB, precision=True) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The race was held on the last Sunday of October.", "en",
     [("the last Sunday of October", "2026-10-25", "day")]),
    ("أقيم السباق في الجمعة الأخيرة من أكتوبر.", "ar", [("الجمعة الأخيرة من أكتوبر", "2026-10-30", "day")]),
    ("The election is held on the first Tuesday in November 2028.", "en",
     [("the first Tuesday in November 2028", "2028-11-07", "day")]),
    ("ستجرى الانتخابات في أول اثنين من شهر مارس.", "ar", [("أول اثنين من شهر مارس", "2027-03-01", "day")]),
    ("Sales rose on the third Monday of January.", "en", [("the third Monday of January", "2026-01-19", "day")]),
    # kept: no month named
    ("Markets close early on the last Friday of the month.", "en", []),
])
def test_ranked_weekday_of_a_month(text, lang, expected):
    assert date_rows(text, lang, PUB, precision=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("تنتهي الهدنة مساء الغد.", [("مساء الغد", "2026-11-21", "day")]),
    ("تنتهي الهدنة منتصف ليل الغد.", [("ليل الغد", "2026-11-21", "day")]),
    ("تصل البعثة بعد الغد.", [("بعد الغد", "2026-11-22", "day")]),
    # kept: الغد alone names a newspaper
    ("وقالت صحيفة الغد إن 3 أشخاص قتلوا.", []),
])
def test_tomorrow_with_a_part_of_the_day(text, expected):
    assert date_rows(text, "ar", PUB, precision=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("The storm hit overnight Tuesday.", [("overnight Tuesday", "2026-11-17", "day")]),
    ("The storm hit Tuesday overnight.", [("Tuesday overnight", "2026-11-17", "day")]),
    ("Markets fell at midday Tuesday.", [("midday Tuesday", "2026-11-17", "day")]),
    ("The deal was signed late Wednesday.", [("late Wednesday", "2026-11-18", "day")]),
    ("He stayed overnight.", []),
])
def test_a_part_of_the_day_belongs_to_the_weekday(text, expected):
    assert date_rows(text, "en", PUB, precision=True) == expected
