"""Round 19, dates: unseen phrasings in both languages (quarters and halves, parts of periods, weeks,
seasons, Levantine and Maghrebi months, Hijri dates, English day forms, ranges) and relative forms
without a publication date. Every case asserts the ISO value (so its precision) and the exact span."""
from __future__ import annotations

import datetime

import pytest

from factcheck.extract.dates import find_dates
from factcheck.pipeline import analyze

PUB = datetime.date(2025, 9, 14)  # a Sunday
SPRING_PUB = datetime.date(2025, 3, 10)  # a Monday


def _dates(text: str, language: str, published: datetime.date | None = PUB) -> list[tuple[str, str]]:
    refs = find_dates(text, 0, len(text), language, published)
    for d in refs:
        assert text[d.start:d.end] == d.text
    return [(d.text, d.value) for d in refs]


# ── quarters, halves and parts of periods ─────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Operating profit at the Lagos lender rose 8% in Q3 2025.", "en", [("Q3 2025", "2025-07")]),
    ("Freight volumes dipped in the fourth quarter of 2024, the port said.", "en",
     [("the fourth quarter of 2024", "2024-10")]),
    ("سجلت شركة الاتصالات أرباحا قياسية في الربع الثالث من 2025.", "ar", [("الربع الثالث من 2025", "2025-07")]),
    # a half before "the year" is the publication's year, as "the end of the year" is
    ("Tourist arrivals in Marrakesh fell 6% in the first half of the year.", "en",
     [("the first half of the year", "2025")]),
    ("The insurer expects claims to ease in the second half of the year.", "en",
     [("the second half of the year", "2025")]),
    ("تراجعت مبيعات الإسمنت في النصف الأول من العام بنسبة 4%.", "ar", [("النصف الأول من العام", "2025")]),
    # ... unless the sentence names another year first
    ("In 2019, tourist arrivals fell in the first half of the year.", "en", [("2019", "2019")]),
    # a half before a relative year phrase keeps the phrase's year
    ("تراجعت الصادرات الزراعية في النصف الأول من العام الجاري.", "ar", [("النصف الأول من العام الجاري", "2025")]),
    ("Remittances to Cairo rose in the second half of last year.", "en", [("the second half of last year", "2024")]),
    # a half written before a year keeps the year's precision, spanning the half
    ("Revenue at the telecoms group rose 12% in H1 2025.", "en", [("H1 2025", "2025")]),
    ("The brewer reported strong first-half 2024 results.", "en", [("first-half 2024", "2024")]),
    # a half is no date of its own
    ("The visitors led 2-0 at the end of the first half.", "en", []),
    # parts of months and years keep the period's precision
    ("The central bank is expected to meet in mid-October.", "en", [("mid-October", "2025-10")]),
    ("Diesel prices jumped late last year.", "en", [("late last year", "2024")]),
    ("يعقد مجلس الأمن جلسة طارئة في منتصف أكتوبر.", "ar", [("منتصف أكتوبر", "2025-10")]),
    ("قفزت أسعار الذهب في أواخر الشهر الماضي.", "ar", [("أواخر الشهر الماضي", "2025-08")]),
    ("تبدأ شركة الطيران تشغيل الخط الجديد مطلع العام المقبل.", "ar", [("مطلع العام المقبل", "2026")]),
])
def test_quarters_halves_and_parts(text, language, expected):
    assert _dates(text, language) == expected


# ── weeks and seasons ─────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "language", "published", "expected"), [
    # round 21: a week names no one day: the month its days share, else their year (Arabic weeks over the
    # Saturday, Sunday and Monday starts); a position word before it is part of the span
    ("Union leaders will meet the railway operator early next week.", "en", PUB, [("early next week", "2025-09")]),
    ("Wheat futures slid this week.", "en", PUB, [("this week", "2025-09")]),
    ("The ceasefire was agreed the week before last.", "en", PUB, [("week before last", "2025-08")]),
    ("وقع البلدان اتفاقية للربط الكهربائي هذا الأسبوع.", "ar", PUB, [("هذا الأسبوع", "2025-09")]),
    ("أفرجت السلطات عن الصحفيين الأسبوع قبل الماضي.", "ar", PUB, [("الأسبوع قبل الماضي", "2025")]),
    ("زار الوزير مرفأ طرابلس بداية الأسبوع.", "ar", PUB, [("بداية الأسبوع", "2025-09")]),
    # round 21: a weekend is dated like a week (6-7 September)
    ("Fans queued for tickets last weekend.", "en", PUB, [("last weekend", "2025-09")]),
    # a season after a modifier: its year
    ("The airline expects record passenger numbers this summer.", "en", PUB, [("this summer", "2025")]),
    ("ارتفعت درجات الحرارة إلى مستويات قياسية هذا الصيف.", "ar", PUB, [("هذا الصيف", "2025")]),
    ("Water reserves fell sharply last summer.", "en", SPRING_PUB, [("last summer", "2024")]),
    ("شهدت المنطقة موجة جفاف حادة الصيف الماضي.", "ar", SPRING_PUB, [("الصيف الماضي", "2024")]),
    ("The ministry will open three new schools next autumn.", "en", PUB, [("next autumn", "2026")]),
    ("سيفتتح المتحف الوطني أبوابه الخريف المقبل.", "ar", PUB, [("الخريف المقبل", "2026")]),
    ("Enrolment at the college rose this fall.", "en", PUB, [("this fall", "2025")]),
    # "last summer" after this year's summer is over, and a coming season before it begins, are ambiguous
    ("Water reserves fell sharply last summer.", "en", PUB, []),
    ("شهدت المنطقة موجة جفاف حادة الصيف الماضي.", "ar", PUB, []),
    ("The ministry will open new schools next summer.", "en", SPRING_PUB, []),
    # winter spans two years; a season as a noun is no date
    ("Gas demand peaked last winter.", "en", PUB, []),
    ("Analysts blamed this fall in prices on weak demand.", "en", PUB, []),
])
def test_weeks_and_seasons(text, language, published, expected):
    assert _dates(text, language, published) == expected


# ── Levantine, Iraqi and Maghrebi months, Arabic-Indic digits, ordinal days ──────────────────────────
@pytest.mark.parametrize(("text", "expected"), [
    ("افتتح المعرض الدولي في ١٣ أيلول ٢٠٢٥.", [("١٣ أيلول ٢٠٢٥", "2025-09-13")]),
    ("أقر البرلمان الموازنة في 28 كانون الثاني 2025.", [("28 كانون الثاني 2025", "2025-01-28")]),
    ("انطلقت الحملة في 2 تشرين الأول 2024.", [("2 تشرين الأول 2024", "2024-10-02")]),
    ("تعود المدارس إلى الدوام في السادس من آذار المقبل.", [("السادس من آذار المقبل", "2026-03-06")]),
    ("وقعت الحكومة العقد في العاشر من أيار 2025.", [("العاشر من أيار 2025", "2025-05-10")]),
    ("أعلنت الوزارة النتائج في 9 جوان 2025.", [("9 جوان 2025", "2025-06-09")]),
    ("دخل القانون حيز التنفيذ في 1 جويلية 2025.", [("1 جويلية 2025", "2025-07-01")]),
    ("انطلق موسم الحصاد في ١٢ أوت ٢٠٢٥.", [("١٢ أوت ٢٠٢٥", "2025-08-12")]),
    ("ارتفعت الأسعار في فيفري 2025.", [("فيفري 2025", "2025-02")]),
    ("تم تنصيب المجلس الجديد في 21 أفريل 2025.", [("21 أفريل 2025", "2025-04-21")]),
    ("جرت الانتخابات البلدية في 14 ماي 2025.", [("14 ماي 2025", "2025-05-14")]),
])
def test_arabic_month_names(text, expected):
    assert _dates(text, "ar") == expected


# ── a day of a relative month, and an English day alone ──────────────────────────────────────────────
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("وصل الوفد الأمريكي إلى بيروت في 11 من الشهر الجاري.", "ar", [("11 من الشهر الجاري", "2025-09-11")]),
    ("أعلنت الشركة نتائجها في الثالث والعشرين من الشهر الماضي.", "ar",
     [("الثالث والعشرين من الشهر الماضي", "2025-08-23")]),
    ("تبدأ امتحانات الدور الثاني في 5 من الشهر المقبل.", "ar", [("5 من الشهر المقبل", "2025-10-05")]),
    ("أغلقت السلطات المعبر يوم 9 من الشهر الحالي.", "ar", [("يوم 9 من الشهر الحالي", "2025-09-09")]),
    ("Inspectors visited the refinery on the 20th of last month.", "en", [("20th of last month", "2025-08-20")]),
    ("Bids for the tender close on the 30th of this month.", "en", [("30th of this month", "2025-09-30")]),
    ("Pension payments resume on the 1st of next month.", "en", [("1st of next month", "2025-10-01")]),
    ("The licence lapses on the 31st of this month.", "en", []),  # September has 30 days
    ("انتهت مهلة تقديم الطعون في ٣٠ من الشهر الماضي.", "ar", [("٣٠ من الشهر الماضي", "2025-08-30")]),
    # the article before a day number is part of the span
    ("زار المبعوث الأممي دمشق في الـ15 من الشهر الماضي.", "ar", [("الـ15 من الشهر الماضي", "2025-08-15")]),
    ("وقعت الحكومة الاتفاق في الـ3 من آب الماضي.", "ar", [("الـ3 من آب الماضي", "2025-08-03")]),
    ("حصل الـ15 من المشاركين على جوائز.", "ar", []),
    # the day alone: the most recent on or before publication, or ahead when its clause is future
    ("The health ministry confirmed the outbreak on the 9th.", "en", [("9th", "2025-09-09")]),
    ("The board met on the 20th, according to the filing.", "en", [("20th", "2025-08-20")]),
    ("The council will vote on the 20th.", "en", [("20th", "2025-09-20")]),
    ("The council will vote on the 20th on a plan to cut 300 jobs.", "en", [("20th", "2025-09-20")]),
    ("She works on the 13th floor of the ministry.", "en", []),
    ("Restoration of the 12th century abbey finished.", "en", []),
    ("Talks broke down on the 31st when envoys left.", "en", [("31st", "2025-08-31")]),
])
def test_day_of_month(text, language, expected):
    assert _dates(text, language) == expected


# ── English day forms, numeric dates ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "expected"), [
    ("The regulator fined the bank on Sept. 3.", [("Sept. 3", "2025-09-03")]),
    ("The regulator fined the bank on the 3rd of September.", [("3rd of September", "2025-09-03")]),
    ("On Sunday, Sept. 14, 2025, the minister resigned.", [("Sunday, Sept. 14, 2025", "2025-09-14")]),
    ("The circular is dated 2025/09/13.", [("2025/09/13", "2025-09-13")]),
    # a first number above 12 makes a slashed date day first, as British and Arab outlets write it
    ("The circular is dated 13/09/2025.", [("13/09/2025", "2025-09-13")]),
    ("The summit opens Oct. 2nd.", [("Oct. 2nd", "2025-10-02")]),
])
def test_english_day_forms(text, expected):
    assert _dates(text, "en") == expected


# ── a day-month without a year after a past verb: the last one on or before publication ───────────────
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Scores were level at 2-2 on 9 March.", "en", [("9 March", "2025-03-09")]),
    ("The summit closed Oct. 2nd.", "en", [("Oct. 2nd", "2024-10-02")]),
    ("The finance minister resigned on 14 September.", "en", [("14 September", "2025-09-14")]),
    ("انطلقت المحادثات غير المباشرة في 3 أكتوبر.", "ar", [("3 أكتوبر", "2024-10-03")]),
    ("أغلقت البورصة أبوابها من 24 إلى 26 ديسمبر.", "ar", [("24", "2024-12-24"), ("26 ديسمبر", "2024-12-26")]),
    # a future verb still reads it ahead
    ("قالت الوزارة إن المحادثات ستنطلق في 3 أكتوبر.", "ar", [("3 أكتوبر", "2025-10-03")]),
])
def test_past_verb_reads_day_month_back(text, language, expected):
    assert _dates(text, language) == expected


# ── ranges ────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The jazz festival ran from 3 to 7 August.", "en", [("3", "2025-08-03"), ("7 August", "2025-08-07")]),
    ("Voting takes place 24-26 November 2025.", "en", [("24", "2025-11-24"), ("26 November 2025", "2025-11-26")]),
    ("The exhibition is open from October 2 to 5.", "en", [("October 2", "2025-10-02"), ("5", "2025-10-05")]),
    ("The trial ran from Aug. 18 through 22, 2024.", "en", [("Aug. 18", "2024-08-18"), ("22, 2024", "2024-08-22")]),
    ("Rainfall was below average between March and May 2024.", "en",
     [("March", "2024-03"), ("May 2024", "2024-05")]),
    ("Output was cut from November to February 2025.", "en", [("November", "2024-11"), ("February 2025", "2025-02")]),
    ("يقام معرض الكتاب من 10 إلى 14 أكتوبر المقبل.", "ar", [("10", "2025-10-10"), ("14 أكتوبر المقبل", "2025-10-14")]),
    ("تعطلت الملاحة في القناة بين 3 و7 آب 2024.", "ar", [("3", "2024-08-03"), ("7 آب 2024", "2024-08-07")]),
    ("تراجعت الصادرات بين مارس ومايو 2024.", "ar", [("مارس", "2024-03"), ("مايو 2024", "2024-05")]),
    ("ارتفعت الأسعار من تشرين الثاني إلى شباط 2024.", "ar",
     [("تشرين الثاني", "2023-11"), ("شباط 2024", "2024-02")]),
    # a list of days before a day-month
    ("Polling stations open on 4, 5 and 6 October.", "en",
     [("4", "2025-10-04"), ("5", "2025-10-05"), ("6 October", "2025-10-06")]),
    ("تجرى الامتحانات أيام 7، 8 و9 يونيو 2025.", "ar", [("7", "2025-06-07"), ("8", "2025-06-08"), ("9 يونيو 2025", "2025-06-09")]),
    # a month alone after a cued month and a connector is dated from the first
    ("Rates were held between January and March.", "en", [("January", "2025-01"), ("March", "2025-03")]),
    ("Exports rose in November and January, the agency said.", "en",
     [("November", "2024-11"), ("January", "2025-01")]),
    ("تراجعت الصادرات بين مارس ومايو.", "ar", [("مارس", "2025-03"), ("مايو", "2025-05")]),
    # a dual modifier on the second month dates both
    ("ستجرى الانتخابات المحلية بين أكتوبر ونوفمبر المقبلين.", "ar",
     [("أكتوبر", "2025-10"), ("نوفمبر المقبلين", "2025-11")]),
    ("سجلت أسعار الأسمدة ارتفاعا بين يناير ومارس الماضيين.", "ar",
     [("يناير", "2025-01"), ("مارس الماضيين", "2025-03")]),
    ("The strike lasted from 1 to 3 October 2024.", "en", [("1", "2024-10-01"), ("3 October 2024", "2024-10-03")]),
    ("أغلقت الأسواق المالية من 24 إلى 26 ديسمبر 2024.", "ar",
     [("24", "2024-12-24"), ("26 ديسمبر 2024", "2024-12-26")]),
    # not ranges: a score, a first day after the second
    ("The hosts won 3-1 on 5 May.", "en", [("5 May", "2025-05-05")]),
    ("The curfew was moved from 20 to 4 September.", "en", [("4 September", "2025-09-04")]),
])
def test_ranges(text, language, expected):
    assert _dates(text, language) == expected


# ── Hijri dates: converted no finer than the calendars agree (round 32), never read as Gregorian years ─────────────────────────────────────────────
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("صدر المرسوم الملكي في شهر رمضان من عام 1446.", "ar", [("رمضان من عام 1446", "2025")]),
    ("حدثت الواقعة في رجب عام 1445.", "ar", [("رجب عام 1445", "2024")]),
    ("شيد المسجد سنة 1446 الهجرية.", "ar", []),
    ("صدر القرار بتاريخ 1446/09/15 هـ.", "ar", []),
    ("صدر القرار بتاريخ 15/09/1446.", "ar", []),
    ("يوافق 15 شعبان 1447 هـ الثالث من فبراير 2026.", "ar", [("الثالث من فبراير 2026", "2026-02-03")]),
    ("The pilgrimage season opens in Dhul Hijjah 1446.", "en", [("Dhul Hijjah 1446", "2025")]),
    ("The decree was issued in Ramadan of 1446.", "en", [("Ramadan of 1446", "2025")]),
    # a Gregorian year after a Hijri month, and a year with no Hijri context, stay Gregorian years
    ("تراجعت مبيعات التجزئة خلال شهر رمضان من عام 2025.", "ar", [("عام 2025", "2025")]),
    ("سقطت القسطنطينية عام 1453.", "ar", [("عام 1453", "1453")]),
])
def test_hijri_dates(text, language, expected):
    assert _dates(text, language) == expected


# ── relative forms without a publication date are left out ─────────────────────────────────────────
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The vote is expected in mid-October.", "en", []),
    ("Wheat futures slid this week.", "en", []),
    ("The health ministry confirmed the outbreak on the 9th.", "en", []),
    ("Bids for the tender close on the 30th of this month.", "en", []),
    ("The airline expects record passenger numbers this summer.", "en", []),
    ("Tourist arrivals fell in the first half of the year.", "en", []),
    ("The jazz festival ran from 3 to 7 August.", "en", []),
    ("Rainfall was below average between March and May 2024.", "en", [("May 2024", "2024-05")]),
    ("وصل الوفد إلى بيروت في 11 من الشهر الجاري.", "ar", []),
    ("الأسبوع قبل الماضي أفرجت السلطات عن الصحفيين.", "ar", []),
    ("يقام معرض الكتاب من 10 إلى 14 أكتوبر 2025.", "ar", [("10", "2025-10-10"), ("14 أكتوبر 2025", "2025-10-14")]),
    ("ارتفعت درجات الحرارة هذا الصيف.", "ar", []),
])
def test_without_publication_date(text, language, expected):
    assert _dates(text, language, None) == expected


def test_analyze_carries_day_of_month():
    text = "The refinery restarted on the 20th of last month, the energy ministry said."
    dates = [(d.text, d.value) for c in analyze(text, "en", PUB).claims for d in c.dates]
    assert dates == [("20th of last month", "2025-08-20")]
