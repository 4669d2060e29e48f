"""Round 21: weeks and weekends name no single day.

Representation (within the contract: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``): a stretch of days named as a
whole ("last week", الأسبوع المقبل, "over the weekend", عطلة نهاية الأسبوع) resolves to the month all its days
lie in, else to their year (for a week over New Year, the year of its middle day: the ISO week-year). It used
to be the week's Monday at day precision, a day the text never gave, which made "on Sunday" conflict with
"last week" in matching (dates agree when equal at the coarser precision).

- English weeks run Monday to Sunday (ISO 8601, the working week of English news copy).
- Arabic weeks are the union of the Saturday, Sunday and Monday starts Arab outlets use, so the value
  holds whichever one the outlet follows.
- A weekend is Saturday–Sunday in English; in Arabic Friday to Sunday, the union of the Friday–Saturday
  weekend of most Arab states and the Saturday–Sunday one of Morocco, Tunisia, Lebanon and the UAE.
  "last weekend" is the latest one over before the publication day, "next weekend" the first one starting
  after it, "this weekend" the one publication falls in or else the coming one (the latest one when a past
  verb decides); a bare "over the weekend" is the latest one begun by publication, or the first not over
  when a future cue decides. A bare phrase needs a preposition before it ("the weekend edition" is none).
- An end word before a bare week ("by the end of the week", بنهاية الأسبوع) names its last days
  (Friday–Sunday in English, Thursday–Sunday in Arabic), read as a weekend; a start or middle word
  (مطلع الأسبوع، "early in the week") the publication week. A position word before a week with a
  modifier ("late last week", أواخر الأسبوع الماضي) is part of the span and keeps the week's value.
"""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import calendar as cal
from factcheck.pipeline import analyze
from tests.span_checks import date_rows

SUN = date(2025, 9, 14)


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # past weekends
    ("Emergency crews rescued 17 hikers over the weekend.", "en", SUN, [("the weekend", "2025-09")]),
    ("Two ferries were cancelled last weekend because of high winds.", "en", date(2025, 9, 1),
     [("last weekend", "2025-08")]),  # Monday 1 September: 30-31 August
    ("Turnout at the polls was low at the weekend, observers said.", "en", date(2025, 10, 29),
     [("the weekend", "2025-10")]),  # a Wednesday: 25-26 October
    ("Shoppers spent a record $11bn this weekend.", "en", date(2025, 12, 1),
     [("this weekend", "2025-11")]),  # read on a Monday with a past verb: 29-30 November
    ("Crowds packed the seafront this past weekend.", "en", date(2025, 6, 9), [("this past weekend", "2025-06")]),
    ("واستقبلت المستشفيات 63 مصاباً خلال عطلة نهاية الأسبوع.", "ar", SUN, [("عطلة نهاية الأسبوع", "2025-09")]),
    ("اندلعت اشتباكات في طرابلس نهاية الأسبوع الماضي.", "ar", date(2025, 9, 1),
     [("نهاية الأسبوع الماضي", "2025-08")]),  # 23-31 August over the three week starts
    ("شهدت الأسواق إقبالاً كبيراً في عطلة نهاية الأسبوع الماضية.", "ar", date(2025, 11, 5),
     [("عطلة نهاية الأسبوع الماضية", "2025")]),  # Friday 31 October - Sunday 2 November: two months
    # coming weekends
    ("Thunderstorms are forecast for this weekend across the Midlands.", "en", date(2025, 10, 29),
     [("this weekend", "2025-11")]),  # 1-2 November
    ("The festival will return next weekend.", "en", date(2025, 5, 25), [("next weekend", "2025")]),  # 31 May - 1 June
    ("The ferry service will resume over the weekend.", "en", date(2025, 7, 16), [("the weekend", "2025-07")]),
    ("ستقام المباراة النهائية في عطلة نهاية الأسبوع المقبلة.", "ar", date(2025, 10, 29),
     [("عطلة نهاية الأسبوع المقبلة", "2025")]),  # Friday 31 October to Sunday 2 November
    ("سيصل الوفد الأردني إلى دمشق في نهاية الأسبوع.", "ar", date(2025, 10, 14),
     [("نهاية الأسبوع", "2025-10")]),  # Thursday 16 - Sunday 19 October
    ("The contract is expected to be signed by the end of the week.", "en", date(2025, 9, 30),
     [("the end of the week", "2025-10")]),  # Friday 3 - Sunday 5 October
    # not dates: no preposition before a bare weekend, a weekend as a modifier, another weekend
    ("The weekend edition sold 80,000 copies.", "en", SUN, []),
    ("A weekend curfew was lifted.", "en", SUN, []),
    ("He stayed for the weekend of 20 September.", "en", SUN, [("20 September", "2024-09-20")]),
    ("تزدحم رحلات نهاية الأسبوع بالمسافرين.", "ar", SUN, []),
    ("Police arrested 12 people over the weekend.", "en", None, []),
])
def test_weekends(text, language, published, expected):
    assert date_rows(text, language, published) == expected


@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    ("Copper prices slid last week.", "en", date(2025, 10, 8), [("last week", "2025")]),  # 29 Sep - 5 Oct
    ("The union will ballot its members next week.", "en", date(2025, 10, 24), [("next week", "2025")]),
    ("Regulators fined two lenders this week.", "en", date(2025, 9, 11), [("this week", "2025-09")]),
    ("The index fell 3% late last week.", "en", date(2025, 7, 23), [("late last week", "2025-07")]),
    ("The board met earlier this week.", "en", date(2026, 2, 4), [("earlier this week", "2026-02")]),
    ("Ministers will meet early next week.", "en", date(2025, 12, 31), [("early next week", "2026-01")]),
    ("Talks resumed at the start of the week.", "en", date(2025, 11, 19), [("the start of the week", "2025-11")]),
    ("ارتفعت أسعار الخبز الأسبوع الماضي.", "ar", date(2025, 9, 17), [("الأسبوع الماضي", "2025-09")]),
    ("يبدأ الاكتتاب الأسبوع المقبل.", "ar", date(2025, 9, 28), [("الأسبوع المقبل", "2025")]),  # 29 Sep - 11 Oct
    ("تنتهي المفاوضات بنهاية الأسبوع الجاري.", "ar", date(2025, 3, 12), [("نهاية الأسبوع الجاري", "2025-03")]),
    ("أغلقت البورصة على تراجع أواخر الأسبوع الماضي.", "ar", date(2025, 4, 16),
     [("أواخر الأسبوع الماضي", "2025-04")]),
    ("وقعت الوزارة العقد في منتصف الأسبوع.", "ar", date(2025, 4, 16), [("منتصف الأسبوع", "2025-04")]),
    ("Prices rose last week.", "en", None, []),
])
def test_weeks_name_no_day(text, language, published, expected):
    assert date_rows(text, language, published) == expected


@pytest.mark.parametrize(("published", "direction", "days", "expected"), [
    (date(2025, 9, 14), None, (5, 6), "2025-09"),
    (date(2025, 5, 31), cal.NEXT, (5, 6), "2025-06"),  # Saturday 31 May: next is 7-8 June
    (date(2025, 5, 31), cal.CURRENT, (5, 6), "2025"),  # 31 May - 1 June
    (date(2025, 6, 2), cal.PAST, (5, 6), "2025"),  # Monday: 31 May - 1 June just over
    (date(2025, 6, 1), cal.PAST, (5, 6), "2025-05"),  # Sunday: the weekend before, 24-25 May
    (date(2025, 10, 1), cal.AHEAD, (4, 5, 6), "2025-10"),  # 3-5 October
    (date(2025, 10, 1), None, (4, 5, 6), "2025-09"),  # 26-28 September
])
def test_weekend_rule(published, direction, days, expected):
    assert cal.weekend(published, direction, days) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("The hospital treated more than 40 children over the weekend.", "en"),
    ("واستقبل المستشفى أكثر من أربعين طفلاً خلال عطلة نهاية الأسبوع.", "ar"),
])
def test_weekend_reaches_the_claim(text, language):
    claims = analyze(text, language, SUN).claims
    assert [(d.text, d.value, d.precision) for c in claims for d in c.dates] == [
        (text[text.index("the weekend" if language == "en" else "عطلة"):-1], "2025-09", "month")]
