"""Round 21: an unseen round on dates in both languages (published Sunday 14 September 2025 unless stated).

Each case asserts the span text, the ISO value and its precision. New rules exercised here:
- windows ending at publication (``date_windows``): up to 24 hours is the publication day, the daily figure
  of a bulletin; 48 hours or a count of days is the month those days share; no count ("the past few days",
  في الأيام المقبلة) or a window before "of" / من is no date;
- "end-" before a month or a year (end-June, end-2026), the wire shorthand, as "mid-" is;
- a year between a determiner and an event noun ("the 2021 election") or right after an Arabic event noun
  (انتخابات 2021) is that year, never a count (موازنة 2000 مليون).
The other cases lock forms that already held: relative precision phrases, quarters, halves, seasons and
fiscal years, Hijri dates (turned Gregorian from round 32, no finer than the calendars agree), Levantine and Maghrebi month names, a weekday with
its date, and years alone.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows

from factcheck.pipeline import analyze

PUB = date(2025, 9, 14)


def _rows(text: str, language: str, published: date | None = PUB) -> list[tuple[str, str, str]]:
    return date_rows(text, language, published, precision=True)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("At least 30 people died in the past 24 hours.", "en", [("the past 24 hours", "2025-09-14", "day")]),
    ("Officials logged 112 new infections in the last 24 hours, the ministry said.", "en",
     [("the last 24 hours", "2025-09-14", "day")]),
    ("The past 24 hours were the wettest on record.", "en", [("The past 24 hours", "2025-09-14", "day")]),
    ("More than 500 rockets were fired over the past 48 hours.", "en", [("the past 48 hours", "2025-09", "month")]),
    ("Police made 40 arrests over the past three days.", "en", [("the past three days", "2025-09", "month")]),
    ("سجلت وزارة الصحة 40 إصابة خلال الساعات الـ24 الماضية.", "ar", [("الساعات الـ24 الماضية", "2025-09-14", "day")]),
    ("وأحصت الوزارة ٣٥ وفاة في الـ24 ساعة الماضية.", "ar", [("الـ24 ساعة الماضية", "2025-09-14", "day")]),
    ("قتل 12 شخصا في آخر 24 ساعة بحسب الدفاع المدني.", "ar", [("آخر 24 ساعة", "2025-09-14", "day")]),
    ("سقطت 300 قذيفة خلال الساعات الثماني والأربعين الأخيرة.", "ar",
     [("الساعات الثماني والأربعين الأخيرة", "2025-09", "month")]),
    ("اعتقلت الشرطة 40 شخصا خلال اليومين الماضيين.", "ar", [("اليومين الماضيين", "2025-09", "month")]),
    ("سقطت أمطار غزيرة خلال الأيام الثلاثة الماضية.", "ar", [("الأيام الثلاثة الماضية", "2025-09", "month")]),
    # no count, a window counted from something else, the future, a title: no date
    ("Aftershocks are likely in the coming days.", "en", []),
    ("Prices have climbed over the past few days.", "en", []),
    ("He testified in the last two days of the trial.", "en", []),
    ("The Past 24 Hours show was cancelled.", "en", []),
    ("Sales rose 4% in the past 12 months.", "en", []),
    ("يتوقع هطول أمطار في الأيام المقبلة.", "ar", []),
    ("ارتفعت الأسعار في الأيام الأخيرة.", "ar", []),
    ("غاب اللاعب عن آخر يومين من المعسكر.", "ar", []),
    ("Police arrested 30 people in the past 24 hours.", "en", None),
])
def test_windows_ending_at_publication(text, language, expected):
    if expected is None:  # no publication date: nothing to count back from
        assert _rows(text, language, None) == []
    else:
        assert _rows(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The regulator said in mid-July that fares would rise.", "en", [("mid-July", "2025-07", "month")]),
    ("The merger should close early next month.", "en", [("early next month", "2025-10", "month")]),
    ("Sales slumped late last year.", "en", [("late last year", "2024", "year")]),
    ("Debt will peak at end-2026, the fund forecast.", "en", [("end-2026", "2026", "year")]),
    ("Output fell in the three months to end-June.", "en", [("end-June", "2025-06", "month")]),
    ("Growth slowed in the year to end-March 2025.", "en", [("end-March 2025", "2025-03", "month")]),
    ("The agency's budget rose 6% this fiscal year.", "en", [("this fiscal year", "2025", "year")]),
    ("Attendance hit a record in the 2024/25 season.", "en", [("the 2024/25 season", "2025", "year")]),
    ("Operating profit fell 12% in Q3.", "en", [("Q3", "2025-07", "month")]),
    ("Revenue doubled in H1 2025.", "en", [("H1 2025", "2025", "year")]),
    ("Unemployment peaked in 2019.", "en", [("2019", "2019", "year")]),
    ("The museum reopened on Thursday, September 4.", "en", [("Thursday, September 4", "2025-09-04", "day")]),
    ("Turnout reached 71% in the 2021 election.", "en", [("the 2021 election", "2021", "year")]),
    ("Qatar hosted the 2022 World Cup.", "en", [("the 2022 World Cup", "2022", "year")]),
    ("The 2000 employees were laid off.", "en", []),
    ("The decree is dated 12 Rabi al-Awwal 1447 AH.", "en", [("12 Rabi al-Awwal 1447 AH", "2025-09", "month")]),
    ("The fast began in Ramadan 1446.", "en", [("Ramadan 1446", "2025", "year")]),
    ("تنتهي مهلة تقديم الطلبات منتصف الشهر الجاري.", "ar", [("منتصف الشهر الجاري", "2025-09", "month")]),
    ("تبدأ أعمال التوسعة مطلع العام المقبل.", "ar", [("مطلع العام المقبل", "2026", "year")]),
    ("أغلق المصنع أبوابه أواخر تموز الماضي.", "ar", [("أواخر تموز الماضي", "2025-07", "month")]),
    ("ارتفعت أرباح المصرف في الربع الثالث من العام.", "ar", [("الربع الثالث من العام", "2025-07", "month")]),
    ("فاز النادي بلقب موسم 2024-2025.", "ar", [("موسم 2024-2025", "2025", "year")]),
    ("بلغت نسبة المشاركة 41% في انتخابات 2021.", "ar", [("انتخابات 2021", "2021", "year")]),
    ("استضافت قطر كأس العالم 2022.", "ar", [("كأس العالم 2022", "2022", "year")]),
    ("خصصت الحكومة موازنة 2000 مليون دولار للطرق.", "ar", []),
    ("بلغت البطالة ذروتها عام 2019.", "ar", [("عام 2019", "2019", "year")]),
    ("ارتفعت الصادرات الزراعية في 2019.", "ar", [("2019", "2019", "year")]),
    # Hijri dates are converted no finer than the calendars agree (round 32); a Gregorian date after الموافق is
    # the date
    ("بدأت المعركة في 10 رمضان 1445 هـ.", "ar", [("10 رمضان 1445 هـ", "2024-03", "month")]),
    ("وصل الحجاج في 15 محرم 1447 هـ.", "ar", [("15 محرم 1447 هـ", "2025-07", "month")]),
    ("صدر المرسوم بتاريخ 12 ربيع الأول 1447هـ الموافق 4 سبتمبر 2025.", "ar",
     [("4 سبتمبر 2025", "2025-09-04", "day")]),
    # Levantine and Maghrebi month names
    ("عقد الاجتماع في كانون الثاني الماضي.", "ar", [("كانون الثاني الماضي", "2025-01", "month")]),
    ("ارتفعت أسعار المازوت في شباط 2024.", "ar", [("شباط 2024", "2024-02", "month")]),
    ("زار الرئيس الجزائر في آب 2022.", "ar", [("آب 2022", "2022-08", "month")]),
    ("وقع الزلزال في تشرين الأول 2023.", "ar", [("تشرين الأول 2023", "2023-10", "month")]),
    ("توقف العمل في أواخر كانون الأول 2024.", "ar", [("أواخر كانون الأول 2024", "2024-12", "month")]),
    ("صدر القرار في جانفي 2025.", "ar", [("جانفي 2025", "2025-01", "month")]),
    ("انطلقت الحملة في فيفري الماضي.", "ar", [("فيفري الماضي", "2025-02", "month")]),
    ("ارتفعت الأسعار في أفريل 2024.", "ar", [("أفريل 2024", "2024-04", "month")]),
    ("بدأت الأشغال في ماي 2023.", "ar", [("ماي 2023", "2023-05", "month")]),
    ("أجريت الانتخابات في 12 جوان 2024.", "ar", [("12 جوان 2024", "2024-06-12", "day")]),
    ("انتهت الدورة في جويلية 2025.", "ar", [("جويلية 2025", "2025-07", "month")]),
    ("عاد اللاعب إلى ناديه في أوت الماضي.", "ar", [("أوت الماضي", "2025-08", "month")]),
    # a weekday with its date
    ("وصل الوزير إلى الرياض الخميس 4 سبتمبر.", "ar", [("الخميس 4 سبتمبر", "2025-09-04", "day")]),
    ("أعلنت الوزارة يوم الأحد 7 أيلول/سبتمبر عن خطة.", "ar", [("يوم الأحد 7 أيلول/سبتمبر", "2025-09-07", "day")]),
])
def test_unseen_dates(text, language, expected):
    assert _rows(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second day of a month-day range followed by a preposition or conjunction, not only punctuation
    ("The summit runs Sept. 9-11 in Geneva.", [("Sept. 9", "2025-09-09", "day"), ("11", "2025-09-11", "day")]),
    ("Voting takes place Nov. 3 to 5 and results follow.",
     [("Nov. 3", "2025-11-03", "day"), ("5", "2025-11-05", "day")]),
    ("Talks were held Aug. 18 through 22, 2024 in Doha.",
     [("Aug. 18", "2024-08-18", "day"), ("22, 2024", "2024-08-22", "day")]),
    # never a count or a percentage after the connector
    ("The fair ran from October 2 to 5 people said.", [("October 2", "2024-10-02", "day")]),
    ("Inflation rose from August 2 to 5% in September.",
     [("August 2", "2025-08-02", "day"), ("September", "2025-09", "month")]),
])
def test_range_second_day_before_a_preposition(text, expected):
    assert _rows(text, "en") == expected


@pytest.mark.parametrize(("text", "language", "needle", "expected"), [
    ("Health officials said 41 people died in the past 24 hours.", "en", "41 people", ("2025-09-14", "day")),
    ("وقالت وزارة الصحة إن 41 شخصا توفوا خلال الساعات الـ24 الماضية.", "ar", "41", ("2025-09-14", "day")),
])
def test_windows_reach_the_claim(text, language, needle, expected):
    claims = [c for c in analyze(text, language, PUB).claims if needle in c.text]
    assert [(d.value, d.precision) for c in claims for d in c.dates] == [expected]
