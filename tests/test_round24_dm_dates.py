"""Round 24 dates: a part of the day after a weekday or relative day is in the span, and a yearless
day-month inside an event's name (ثورة 25 يناير، the September 11 attacks) is never completed from the
publication date. Published 2025-09-14, a Sunday."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates

PUB = date(2025, 9, 14)


def _found(text: str, language: str) -> list[tuple[str, int, int, str]]:
    return [(d.text, d.start, d.end, d.value) for d in find_dates(text, 0, len(text), language, PUB)]


def _expect(text: str, *pairs: tuple[str, str]) -> list[tuple[str, int, int, str]]:
    out, pos = [], 0
    for phrase, value in pairs:
        start = text.index(phrase, pos)
        pos = start + len(phrase)
        out.append((phrase, start, pos, value))
    return out


# 1. the day part after the day belongs to the date's span; the value stays the day
@pytest.mark.parametrize("language,text,expected", [
    ("en", "Rescue teams reached the flooded village yesterday afternoon, the governor said.",
     [("yesterday afternoon", "2025-09-13")]),
    ("en", "The tanker ran aground on Thursday night off the Cornish coast.", [("Thursday night", "2025-09-11")]),
    ("en", "Shares in the miner slid on Wednesday morning after the profit warning.",
     [("Wednesday morning", "2025-09-10")]),
    ("en", "Negotiators will resume talks tomorrow morning in Doha.", [("tomorrow morning", "2025-09-15")]),
    ("en", "Late Saturday evening, firefighters contained the blaze near Athens.",
     [("Late Saturday evening", "2025-09-13")]),
    ("en", "The senator conceded early Friday morning, hours after polls closed.",
     [("early Friday morning", "2025-09-12")]),
    ("en", "Tuesday evening's session ended without a vote, and the house adjourned.",
     [("Tuesday evening", "2025-09-09")]),
    ("en", "The drone strike hit the depot yesterday evening and again on Monday night.",
     [("yesterday evening", "2025-09-13"), ("Monday night", "2025-09-08")]),
    ("ar", "وصلت قافلة المساعدات إلى مدينة الفاشر أمس مساءً بعد تأخير طويل.", [("أمس مساءً", "2025-09-13")]),
    ("ar", "أعلنت وزارة الصحة المغربية الخميس صباحا تسجيل إصابات جديدة.", [("الخميس صباحا", "2025-09-11")]),
    ("ar", "اندلع الحريق في سوق الحميدية يوم السبت ليلاً وسيطر عليه الدفاع المدني.",
     [("يوم السبت ليلاً", "2025-09-13")]),
    ("ar", "يعقد البرلمان العراقي جلسته غدا ظهرا لمناقشة الموازنة.", [("غدا ظهرا", "2025-09-15")]),
    ("ar", "شنت الطائرات غارات فجر الأربعاء على أطراف المدينة.", [("فجر الأربعاء", "2025-09-10")]),
    ("ar", "التقى رئيس الوزراء الأردني بالسفير الياباني ظهر أمس في عمّان.", [("ظهر أمس", "2025-09-13")]),
    ("ar", "هبطت الطائرة في مطار بيروت اليوم عصراً وعلى متنها الوفد.", [("اليوم عصراً", "2025-09-14")]),
    ("ar", "قالت مصادر محلية إن الاشتباكات تجددت مساء الجمعة في الخرطوم.", [("مساء الجمعة", "2025-09-12")]),
    ("ar", "تعرضت ناقلة نفط لهجوم ليلة الخميس قرب مضيق هرمز.", [("ليلة الخميس", "2025-09-11")]),
])
def test_day_part_is_in_the_span(language, text, expected):
    assert _found(text, language) == _expect(text, *expected)


# the day part is left alone when a noun reading or another day follows
@pytest.mark.parametrize("language,text,expected", [
    ("en", "Flights were grounded on Friday, night services resumed later.", [("Friday", "2025-09-12")]),
    ("en", "Ratings rose on Sunday for the Monday Night Football opener, it said.", [("Sunday", "2025-09-14")]),
    ("ar", "عاد الوفد أمس مساء الجمعة إلى الرباط.", [("أمس", "2025-09-13"), ("مساء الجمعة", "2025-09-12")]),
])
def test_day_part_not_taken_before_another_day(language, text, expected):
    assert _found(text, language) == _expect(text, *expected)


# 2. a yearless day-month inside an event's name is no date of the publication year
@pytest.mark.parametrize("language,text", [
    ("ar", "احتفلت ليبيا سابقا بذكرى ثورة الفاتح من سبتمبر في كل عام."),
    ("ar", "قال الناشط إن مطالب ثورة 25 يناير لم تتحقق بعد."),
    ("ar", "يستعيد السوريون ذكرى ثورة 8 آذار في الكتب المدرسية."),
    ("ar", "شارك العراقيون في إحياء ذكرى ثورة 14 تموز ببغداد."),
    ("ar", "أحيا ناشطو حركة 20 فبراير المغربية ذكراها في الدار البيضاء."),
    ("ar", "يستذكر الفلسطينيون انتفاضة 28 أيلول التي اندلعت من الأقصى."),
    ("ar", "تحدث الكاتب عن تداعيات هجمات 11 أيلول على المنطقة العربية."),
    ("ar", "يطالب الحراك بتحقيق أهداف ثورة 14 جانفي في تونس."),
    ("ar", "ما زالت أحداث 5 أكتوبر حاضرة في ذاكرة الجزائريين."),
    ("ar", "نظمت الجالية وقفة لإحياء ذكرى 17 تشرين الأول في باريس."),
    ("ar", "كتب المؤرخ عن أسباب نكسة 5 حزيران وانعكاساتها."),
    ("ar", "وقال إن لثورة 30 يونيو أثرا في مسار الاقتصاد."),
    ("en", "Relatives of victims of the September 11 attacks gathered in New York."),
    ("en", "The committee investigating the January 6 riot released its report."),
    ("en", "Analysts compared the crisis with the aftermath of the 25 January revolution."),
    ("en", "Historians still debate the July 14 coup and its legacy in Baghdad."),
    ("en", "The exhibition recalls the October 6 war and the crossing of the canal."),
    ("en", "Survivors of the July 7 bombings met the mayor of London."),
])
def test_named_event_is_not_dated(language, text):
    assert _found(text, language) == []


# ... but a named event's own year, an explicit modifier or a plain day-month stays a date
@pytest.mark.parametrize("language,text,expected", [
    ("ar", "اندلعت ثورة 25 يناير 2011 في ميدان التحرير.", [("25 يناير 2011", "2011-01-25")]),
    ("ar", "خرجت مسيرات في ذكرى 14 تموز الماضي في بغداد.", [("14 تموز الماضي", "2025-07-14")]),
    ("ar", "وقعت الحكومة الاتفاق في 3 أيلول بحضور الوسطاء.", [("3 أيلول", "2025-09-03")]),
    ("ar", "أكد المتحدث أن هجوم 3 سبتمبر استهدف مخزنا للأسلحة.", [("3 سبتمبر", "2025-09-03")]),
    ("en", "The September 11, 2001 attacks reshaped US foreign policy.", [("September 11, 2001", "2001-09-11")]),
    ("en", "The ruling coalition will meet on October 7 to pick a leader.", [("October 7", "2025-10-07")]),
    ("en", "Police said the September 3 attack on the depot injured two guards.", [("September 3", "2025-09-03")]),
    ("en", "The deadline of September 30 for bids was extended by the ministry.", [("September 30", "2025-09-30")]),
])
def test_dates_next_to_event_words_stay(language, text, expected):
    assert _found(text, language) == _expect(text, *expected)
