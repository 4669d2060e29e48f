"""Round 23: an unseen round of date forms in both languages (published Sunday 2025-09-14).

Decisions recorded here:
- A decade ("the 1990s", التسعينيات, "the early 2000s") has no YYYY / YYYY-MM / YYYY-MM-DD value: no date.
- "9/11" alone names the attacks, not a day of the claim (no year): no date; 9/11/2001 is a date.
- Hijri dates: round 32 converts those with a year; session 29 dates a day and month without one (1 رمضان الماضي) by
  its modifier or tense, no finer than the tabular calendar allows (1 Ramadan 1446 may be 27 February to 3 March).
- A count of decades back from publication ("two decades ago", قبل عقدين) is read as the same count of
  years is ("20 years ago" → 2005), at year precision; a vague one ("decades ago") is no date.
- "The first N months of" a year (الأشهر التسعة الأولى من العام) is that year, spanning the phrase, as "the
  first half of" is.
- «المنقضي» (Maghrebi press: "past") is a past modifier like الماضي / المنصرم; «الفاتح من» a month is its
  first day, as الأول من is.
- "The end of the decade" may mean 2029 or 2030: no date.
- «شهري يوليو وأغسطس» (the dual "the months of") dates both months.
- Parts of the publication day ("this morning", "tonight") are that day, "last night" / الليلة الماضية the
  day before; ليل is a day prefix like ليلة.
- A window of weeks ending at publication ("the past two weeks", الأسبوعين الماضيين) covers its days, as a
  window of days does.
- A slashed day and month after an Arabic day prefix (يوم 10/9) is a date, day first.
- A count ahead of publication: "two years from now" always; "in two weeks" / بعد أسبوعين only in a clause
  that reads ahead (in a past one it is a duration or counts from another event), and never after a
  superlative or "first time" ("the highest in 20 years"); the span includes the marker.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.span_checks import date_rows

PUB = date(2025, 9, 14)

CASES = [
    # ranges and nights
    ("en", "Drones struck the port on the night of 3-4 September, the army said.",
     [("3", "2025-09-03", "day"), ("4 September", "2025-09-04", "day")]),
    ("en", "The festival runs from 3 to 5 October in Lyon.",
     [("3", "2025-10-03", "day"), ("5 October", "2025-10-05", "day")]),
    ("ar", "يقام المعرض من 3 إلى 5 أكتوبر في الرياض.",
     [("3", "2025-10-03", "day"), ("5 أكتوبر", "2025-10-05", "day")]),
    ("en", "The talks, held Sept. 3-5 in Doha, ended without a deal.",
     [("Sept. 3", "2025-09-03", "day"), ("5", "2025-09-05", "day")]),
    ("ar", "وقعت الاشتباكات ليل الجمعة إلى السبت.",
     [("ليل الجمعة", "2025-09-12", "day"), ("السبت", "2025-09-13", "day")]),
    # decades: no value at any of the three precisions
    ("en", "Inflation last reached that level in the 1990s.", []),
    ("en", "The reforms date back to the early 2000s.", []),
    ("ar", "بلغ التضخم هذا المستوى في التسعينيات.", []),
    ("ar", "ارتفع عدد السكان منذ سبعينيات القرن الماضي.", []),
    # counts of decades back from publication
    ("en", "The plant closed two decades ago.", [("two decades ago", "2005", "year")]),
    ("en", "The mine shut a decade ago, union officials said.", [("a decade ago", "2015", "year")]),
    ("en", "The bridge was built nearly three decades ago.", [("three decades ago", "1995", "year")]),
    ("en", "The company was founded decades ago.", []),
    ("ar", "أغلق المصنع قبل عقدين.", [("قبل عقدين", "2005", "year")]),
    ("ar", "توقف العمل في المنجم قبل ثلاثة عقود.", [("قبل ثلاثة عقود", "1995", "year")]),
    ("ar", "افتتح الجسر قبل عقد من الزمن.", [("قبل عقد من الزمن", "2015", "year")]),
    ("ar", "انسحبت الشركة قبل عقد الاجتماع بيومين.", []),
    ("ar", "شهد القطاع تحولات كبيرة قبل عقود.", []),
    # since / by a year, a target year, the end of the decade
    ("en", "The company has cut 3,000 jobs since 2019.", [("2019", "2019", "year")]),
    ("ar", "خفضت الشركة 3 آلاف وظيفة منذ عام 2019.", [("عام 2019", "2019", "year")]),
    ("en", "The government aims to halve emissions by 2030.", [("2030", "2030", "year")]),
    ("ar", "تعتزم الحكومة خفض الانبعاثات بحلول عام 2030.", [("عام 2030", "2030", "year")]),
    ("en", "The city will build 5,000 homes by the end of the decade.", []),
    # written forms of a day
    # round 29: a present schedule ('is set for') reads ahead, as 'is set to' does (published 14 September)
    ("en", "The vote is set for Sept. 3, officials said.", [("Sept. 3", "2026-09-03", "day")]),
    ("en", "The vote took place on 3rd September.", [("3rd September", "2025-09-03", "day")]),
    ("en", "The vote took place on Sep 3rd.", [("Sep 3rd", "2025-09-03", "day")]),
    ("en", "The law came into force on September 3rd, 2024.", [("September 3rd, 2024", "2024-09-03", "day")]),
    ("en", "Wednesday's vote was delayed.", [("Wednesday", "2025-09-10", "day")]),
    ("en", "Last Wednesday's vote was annulled.", [("Last Wednesday", "2025-09-10", "day")]),
    # Arabic times of day
    ("ar", "قصفت الطائرات المدينة ليلة الجمعة.", [("ليلة الجمعة", "2025-09-12", "day")]),
    ("ar", "قصفت الطائرات المدينة فجر اليوم.", [("فجر اليوم", "2025-09-14", "day")]),
    ("ar", "قصفت الطائرات المدينة صباح أمس.", [("صباح أمس", "2025-09-13", "day")]),
    ("ar", "قصفت الطائرات المدينة مساء الخميس الماضي.", [("مساء الخميس الماضي", "2025-09-11", "day")]),
    ("ar", "وصل الوفد إلى الرياض عصر اليوم.", [("عصر اليوم", "2025-09-14", "day")]),
    ("ar", "أعلن الجيش مساء أمس السبت مقتل 3 جنود.", [("مساء أمس السبت", "2025-09-13", "day")]),
    # Hijri dates are converted no finer than the calendars agree (round 32), a yearless day by its modifier too
    ("ar", "تنتهي المهلة في 15 شعبان 1447 هـ.", [("15 شعبان 1447 هـ", "2026-02", "month")]),
    ("ar", "بدأ الإضراب في 1 رمضان الماضي.", [("1 رمضان الماضي", "2025", "year")]),
    ("ar", "صدر القرار في 12 ربيع الأول 1447 هـ الموافق 4 سبتمبر 2025.", [("4 سبتمبر 2025", "2025-09-04", "day")]),
    # Maghrebi month names
    ("ar", "ارتفعت الأسعار في جانفي الماضي بنسبة 3%.", [("جانفي الماضي", "2025-01", "month")]),
    ("ar", "ارتفعت الأسعار في فيفري 2025 بنسبة 3%.", [("فيفري 2025", "2025-02", "month")]),
    ("ar", "تراجعت الصادرات في أفريل 2024.", [("أفريل 2024", "2024-04", "month")]),
    ("ar", "سجلت البطالة ارتفاعا في ماي 2025.", [("ماي 2025", "2025-05", "month")]),
    ("ar", "انطلقت الحملة في 5 جوان 2025.", [("5 جوان 2025", "2025-06-05", "day")]),
    ("ar", "بلغت الحرارة 48 درجة في جويلية الماضي.", [("جويلية الماضي", "2025-07", "month")]),
    ("ar", "ارتفعت الأسعار في أوت 2025.", [("أوت 2025", "2025-08", "month")]),
    ("ar", "تنطلق الدورة في الفاتح من أكتوبر المقبل.", [("الفاتح من أكتوبر المقبل", "2025-10-01", "day")]),
    ("ar", "دخل القانون حيز التنفيذ في الفاتح من جويلية 2024.", [("الفاتح من جويلية 2024", "2024-07-01", "day")]),
    ("ar", "ارتفعت الأسعار في غشت الماضي.", [("غشت الماضي", "2025-08", "month")]),
    ("ar", "تنطلق الدورة في 20 شتنبر المقبل.", [("20 شتنبر المقبل", "2025-09-20", "day")]),
    # المنقضي: a Maghrebi past modifier
    ("ar", "أطلقت الحملة في 20 جويلية المنقضي.", [("20 جويلية المنقضي", "2025-07-20", "day")]),
    ("ar", "ارتفعت الأسعار في ديسمبر المنقضي.", [("ديسمبر المنقضي", "2024-12", "month")]),
    ("ar", "تراجع العجز التجاري خلال الشهر المنقضي.", [("الشهر المنقضي", "2025-08", "month")]),
    ("ar", "سجلت السياحة رقما قياسيا في السنة المنقضية.", [("السنة المنقضية", "2024", "year")]),
    # the dual 'the months of'
    ("ar", "انخفض الإنتاج في شهري يوليو وأغسطس.",
     [("شهري يوليو", "2025-07", "month"), ("أغسطس", "2025-08", "month")]),
    ("ar", "انخفض الإنتاج خلال شهري مارس وأبريل 2024.",
     [("شهري مارس", "2024-03", "month"), ("أبريل 2024", "2024-04", "month")]),
    # 9/11
    ("en", "Security was tightened after 9/11.", []),
    ("en", "Attacks on 9/11/2001 killed nearly 3,000 people.", [("9/11/2001", "2001-09-11", "day")]),
    ("en", "The report was published on 9/11.", []),
    # a slashed day and month after an Arabic day prefix: day first, its year as a day-month's
    ("ar", "أقر البرلمان القانون في جلسته يوم 10/9.", [("يوم 10/9", "2025-09-10", "day")]),
    ("ar", "تبدأ الدراسة يوم 21/9 في جميع المدارس.", [("يوم 21/9", "2025-09-21", "day")]),
    ("ar", "وقع الانفجار مساء ١٠/٩.", [("مساء ١٠/٩", "2025-09-10", "day")]),
    ("ar", "فاز الفريق بنتيجة 3/1.", []),
    ("ar", "سجلت الحكومة يوم 31/2 عجزا.", []),
    # named events of a year
    ("en", "Morocco will host 6 matches of the 2030 World Cup.", [("the 2030 World Cup", "2030", "year")]),
    ("ar", "تستضيف المغرب كأس العالم 2030.", [("كأس العالم 2030", "2030", "year")]),
    # periods to a month, the past year
    ("en", "Prices rose 4% in the year to June.", [("June", "2025-06", "month")]),
    ("en", "GDP grew 1.2% in the three months to July.", [("July", "2025-07", "month")]),
    ("ar", "ارتفعت الأسعار بنسبة 4% خلال العام الماضي.", [("العام الماضي", "2024", "year")]),
    # the first N months of a year
    ("en", "Exports rose 5% in the first six months of the year.",
     [("the first six months of the year", "2025", "year")]),
    ("en", "Exports rose 5% in the first eight months of 2024.",
     [("the first eight months of 2024", "2024", "year")]),
    ("en", "Car sales fell 7% in the first 9 months of this year.",
     [("the first 9 months of this year", "2025", "year")]),
    ("ar", "ارتفعت الصادرات في الأشهر الستة الأولى من 2025.",
     [("الأشهر الستة الأولى من 2025", "2025", "year")]),
    ("ar", "تراجعت الصادرات خلال الأشهر التسعة الأولى من العام.",
     [("الأشهر التسعة الأولى من العام", "2025", "year")]),
    ("ar", "زاد عدد السياح في الأشهر الثمانية الأولى من العام الماضي.",
     [("الأشهر الثمانية الأولى من العام الماضي", "2024", "year")]),
    # parts of the publication day and of the day before
    ("en", "The minister resigned this morning.", [("this morning", "2025-09-14", "day")]),
    ("en", "Protesters gathered outside parliament this afternoon.", [("this afternoon", "2025-09-14", "day")]),
    ("en", "The president will address the nation tonight.", [("tonight", "2025-09-14", "day")]),
    ("en", "Last night's storm cut power to 3,000 homes.", [("Last night", "2025-09-13", "day")]),
    ("en", "Two people were arrested last night, police said.", [("last night", "2025-09-13", "day")]),
    ("ar", "غادر الوفد الليلة الماضية.", [("الليلة الماضية", "2025-09-13", "day")]),
    ("ar", "وقع الهجوم ليل أمس.", [("ليل أمس", "2025-09-13", "day")]),
    ("ar", "اشتدت الاشتباكات ليل السبت.", [("ليل السبت", "2025-09-13", "day")]),
    # windows of weeks ending at publication (the days they cover: 31 August to 14 September)
    ("en", "Cases rose over the past two weeks.", [("the past two weeks", "2025", "year")]),
    ("en", "Fuel prices climbed 6% in the last 2 weeks.", [("the last 2 weeks", "2025", "year")]),
    ("ar", "ارتفع عدد الحالات خلال الأسبوعين الماضيين.", [("الأسبوعين الماضيين", "2025", "year")]),
    ("ar", "تراجعت الليرة في الأسابيع الثلاثة الأخيرة.", [("الأسابيع الثلاثة الأخيرة", "2025", "year")]),
    ("en", "The trial heard evidence over the last two weeks of August.", [("August", "2025-08", "month")]),
    # counts ahead of publication: "from now" always; "in" / بعد only in a clause that reads ahead
    ("en", "The bridge will open two years from now.", [("two years from now", "2027", "year")]),
    ("en", "The factory will reopen in two weeks.", [("in two weeks", "2025-09", "month")]),
    ("en", "Elections will be held in three months, the commission said.", [("in three months", "2025-12", "month")]),
    ("en", "The line is expected to reopen in 10 days' time.", [("in 10 days' time", "2025-09-24", "day")]),
    ("en", "The work was completed in two weeks.", []),
    ("en", "Turnout will be the highest in 20 years, pollsters said.", []),
    ("en", "For the first time in 10 years, the league will expand.", []),
    ("ar", "ستعقد الانتخابات بعد شهرين.", [("بعد شهرين", "2025-11", "month")]),
    # Arab weeks start on Saturday, Sunday or Monday: the days two weeks on straddle September and October
    ("ar", "سيعاد افتتاح المصنع بعد أسبوعين.", [("بعد أسبوعين", "2025", "year")]),
    ("ar", "ستنتهي الأشغال بعد ثلاث سنوات.", [("بعد ثلاث سنوات", "2028", "year")]),
    ("ar", "وبعد يومين أعلنت الحكومة الحداد.", []),
    ("ar", "ستبدأ المحاكمة بعد يومين من الانتخابات.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_unseen_date_forms(language, text, expected):
    assert date_rows(text, language, PUB, precision=True) == expected
