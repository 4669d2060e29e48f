"""Future-tense cues: a bare month, weekday or day-month after a future or modal verb resolves ahead."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import calendar as cal
from factcheck.extract.dates import find_dates
from factcheck.extract.tense import ahead

THU = date(2025, 10, 2)  # a Thursday
TUE = date(2025, 9, 30)  # a Tuesday: the coming Friday is 2025-10-03, the last one 2025-09-26


def _found(text: str, language: str, published: date | None) -> list[tuple[str, str]]:
    out = find_dates(text, 0, len(text), language, published)
    assert all(text[d.start:d.end] == d.text for d in out)
    return [(d.text, d.value) for d in out]


EN = [
    ("OPEC+ will raise output in November.", THU, [("November", "2025-11")]),
    ("Prices could rise on Friday.", TUE, [("Friday", "2025-10-03")]),
    ("The new rules will apply from December.", date(2025, 11, 3), [("December", "2025-12")]),
    ("Output rose in November.", THU, [("November", "2024-11")]),
    ("Prices could have risen in November, analysts said.", THU, [("November", "2024-11")]),
    ("The airline is set to resume flights to Cairo in March.", THU, [("March", "2026-03")]),
    ("The central bank is due to decide on Thursday.", TUE, [("Thursday", "2025-10-02")]),
    ("Prices fell due to a strike on Friday.", TUE, [("Friday", "2025-09-26")]),
    ("The company, which will open a plant, said on Friday it had hired 200 workers.", TUE,
     [("Friday", "2025-09-26")]),
    ("Will Smith sings in Paris on Friday.", TUE, [("Friday", "2025-09-26")]),  # a name, not the auxiliary
    ("Will Smith visits Paris on Friday.", TUE, [("Friday", "2025-10-03")]),  # a visit scheduled in the present
    ("We'll know more in January.", THU, [("January", "2026-01")]),
    ("The firm was expected to report results in September.", THU, [("September", "2025-09")]),
    ("The ministry will publish the figures on Sept. 1.", THU, [("Sept. 1", "2026-09-01")]),
    ("Parliament will vote on Oct. 2.", THU, [("Oct. 2", "2025-10-02")]),  # the publication day is ahead
    ("Talks will resume in October.", THU, [("October", "2025-10")]),  # so is the publication month
    ("On Friday, prices will fall.", TUE, [("Friday", "2025-10-03")]),  # a future cue after the date is read
    ("Output will stay high, as it has since March.", THU, [("March", "2025-03")]),
    ("He will testify about what happened last Friday.", TUE, [("last Friday", "2025-09-26")]),
    ("Prices may fall in May.", THU, [("May", "2026-05")]),
    ("The company reported higher sales in November and will hire staff.", THU, [("November", "2024-11")]),
    ("Officials shall announce the winners on Monday.", TUE, [("Monday", "2025-10-06")]),
    ("Exports of refined products will double in December.", THU, [("December", "2025-12")]),
    ("Investors will watch closely; inflation in June matters most.", THU, [("June", "2025-06")]),
    ("The bank plans to cut rates in February.", THU, [("February", "2026-02")]),
    ("Ministers are to meet on Friday.", TUE, [("Friday", "2025-10-03")]),
    ("The fund will sell the stake it bought from rivals who in March cut prices.", THU, [("March", "2025-03")]),
    ("OPEC+ will raise output in November.", None, []),  # nothing relative without a publication date
]

AR = [
    ("سترفع أوبك+ الإنتاج في نوفمبر", THU, [("نوفمبر", "2025-11")]),
    ("ترفع أوبك+ الإنتاج في نوفمبر", THU, [("نوفمبر", "2025-11")]),  # headline: present for future
    ("قد ترتفع الأسعار مساء الجمعة", TUE, [("مساء الجمعة", "2025-10-03")]),
    ("ارتفعت الأسعار يوم الجمعة", TUE, [("يوم الجمعة", "2025-09-26")]),
    ("رفعت أوبك+ الإنتاج في نوفمبر", THU, [("نوفمبر", "2024-11")]),
    ("انفجرت سيارة مفخخة يوم الجمعة", TUE, [("يوم الجمعة", "2025-09-26")]),
    ("قضى سنوات في السجن حتى نوفمبر", THU, [("نوفمبر", "2024-11")]),
    ("سيطرت القوات على المدينة في نوفمبر", THU, [("نوفمبر", "2024-11")]),
    ("بلغ عدد الضحايا ستين شخصا يوم الأحد", THU, [("يوم الأحد", "2025-09-28")]),
    ("ستة قتلى في غارة يوم الجمعة", TUE, [("يوم الجمعة", "2025-09-26")]),
    ("سألت اللجنة الوزير في نوفمبر", THU, [("نوفمبر", "2024-11")]),
    ("من المقرر أن تبدأ المحادثات يوم الأحد", THU, [("يوم الأحد", "2025-10-05")]),
    ("كان من المقرر أن تبدأ المحادثات يوم الأحد", THU, [("يوم الأحد", "2025-09-28")]),
    ("سوف تطبق القواعد الجديدة اعتبارا من ديسمبر", date(2025, 11, 3), [("ديسمبر", "2025-12")]),
    ("يعتزم البنك المركزي خفض الفائدة في سبتمبر", THU, [("سبتمبر", "2026-09")]),
    ("كانت الشركة تعتزم إطلاق المنتج في سبتمبر", THU, [("سبتمبر", "2025-09")]),
    ("لم ترتفع الأسعار في نوفمبر", THU, [("نوفمبر", "2024-11")]),
    ("سنعمل على إعادة فتح المعبر يوم الأحد", THU, [("يوم الأحد", "2025-10-05")]),
    ("سيصل الوفد يوم الأحد", THU, [("يوم الأحد", "2025-10-05")]),
    ("وستبدأ المرحلة الثانية في يناير", THU, [("يناير", "2026-01")]),
    ("ستنظر المحكمة في الطعن المقدم في يوليو الماضي", THU, [("يوليو الماضي", "2025-07")]),
    ("ستظل الأسعار مرتفعة منذ مارس", THU, [("مارس", "2025-03")]),
    ("سَتَرْفَعُ أوبك الإنتاج في نوفمبر", THU, [("نوفمبر", "2025-11")]),
    ("\u200fســترفع أوبك الإنتاج في نوفمبر", THU, [("نوفمبر", "2025-11")]),
    ("ارتفعت الأسعار في أغسطس وستنخفض في نوفمبر", THU, [("أغسطس", "2025-08"), ("نوفمبر", "2025-11")]),
    ("وقال الوزير إن الحكومة ستخفض الضرائب في 1 سبتمبر", THU, [("1 سبتمبر", "2026-09-01")]),
    ("ستواصل الشركة العمل على المشروع الذي أطلقته في مارس", THU, [("مارس", "2025-03")]),  # relative clause
    ("سترفع أوبك+ الإنتاج في نوفمبر", None, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), EN)
def test_english(text, published, expected):
    assert _found(text, "en", published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), AR)
def test_arabic(text, published, expected):
    assert _found(text, "ar", published) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("سيارة", "ar", False), ("سنوات", "ar", False), ("ستين", "ar", False), ("سيطرت", "ar", False),
    ("سبتمبر", "ar", False), ("سيرتفع", "ar", True), ("سأعود", "ar", True), ("سيتم", "ar", True),
    ("فسيكون", "ar", True), ("لن تعود", "ar", True), ("will", "en", True), ("Will", "en", False),
    ("may have", "en", False), ("is going to", "en", True), ("was set to", "en", False),
])
def test_cue_words(text, language, expected):
    assert ahead(text + " ", 0, len(text) + 1, language) is expected


def test_cue_does_not_cross_a_clause_boundary():
    text = "Shares will open higher.\nThe index data for March"
    assert not ahead(text, 0, len(text), "en")
    assert ahead(text, 0, text.index(" higher"), "en")


@pytest.mark.parametrize(("published", "wd", "expected"), [
    (TUE, 4, "2025-10-03"), (date(2025, 10, 3), 4, "2025-10-03"), (date(2025, 10, 4), 4, "2025-10-10"),
])
def test_weekday_ahead(published, wd, expected):
    assert cal.weekday(published, wd, cal.AHEAD) == expected


@pytest.mark.parametrize(("published", "month", "expected"), [
    (THU, 11, "2025-11"), (THU, 10, "2025-10"), (THU, 9, "2026-09"), (date(2025, 12, 31), 1, "2026-01"),
])
def test_month_ahead(published, month, expected):
    assert cal.month(published, month, cal.AHEAD) == expected


@pytest.mark.parametrize(("published", "month", "day", "expected"), [
    (THU, 10, 2, "2025-10-02"), (THU, 10, 1, "2026-10-01"), (THU, 11, 3, "2025-11-03"),
    (date(2025, 3, 1), 2, 29, "2028-02-29"),  # the next 29 February is three years on
])
def test_day_month_ahead(published, month, day, expected):
    assert cal.day_month(published, month, day, cal.AHEAD) == expected
