"""Round 10 date fixes: a bare date after a deadline word (until, by, حتى، بحلول) with a continuing present
(remains, is in place, مستمر، سارية) or an announcing verb (extended, أعلنت) reads ahead; expectation phrases
with a copula (is projected to, are forecast to) are future cues; a bare quarter after a future cue is the
first such quarter not yet over. Past statements, explicit years and the earlier conventions do not move."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.pipeline import analyze

SEP15 = date(2025, 9, 15)  # a Monday
SEP10 = date(2025, 9, 10)


def _found(text: str, language: str, published: date | None) -> list[tuple[str, str]]:
    out = find_dates(text, 0, len(text), language, published)
    assert all(text[d.start:d.end] == d.text for d in out)
    return [(d.text, d.value) for d in out]


AHEAD_EN = [
    ("The grain deal stays in force until the end of November.", SEP15, [("the end of November", "2025-11")]),
    ("The minister said the curfew remains in place till December.", SEP15, [("December", "2025-12")]),
    ("The discount is valid until the end of October, the retailer said.", SEP15,
     [("the end of October", "2025-10")]),
    ("Import licences extended until the end of October", SEP15, [("the end of October", "2025-10")]),
    ("The regulator extended the price cap until Friday.", SEP15, [("Friday", "2025-09-19")]),
    ("The programme runs until 3 September.", date(2025, 8, 20), [("3 September", "2025-09-03")]),
    ("Exports are projected to reach $4 billion by the end of the fiscal year in June.", SEP10,
     [("June", "2026-06")]),
    ("Arrivals are forecast to top 2 million by March.", SEP10, [("March", "2026-03")]),
    ("The refinery will restart in the second quarter.", SEP10, [("the second quarter", "2026-04")]),
    ("The airline plans to take delivery of the jets by the end of the first quarter.", SEP10,
     [("the end of the first quarter", "2026-03")]),
    ("The pipeline is expected to open in the third quarter.", SEP10, [("the third quarter", "2025-07")]),
    ("The fuel subsidy will stay in place until the end of October.", SEP15, [("the end of October", "2025-10")]),
    ("Reserves are expected to exceed $15 billion by the end of the fiscal year in June.", SEP10,
     [("June", "2026-06")]),
]

AHEAD_AR = [
    ("الهدنة سارية حتى نهاية نوفمبر.", SEP15, [("نهاية نوفمبر", "2025-11")]),
    ("قال الوزير إن حظر التصدير مستمر حتى ديسمبر.", SEP15, [("ديسمبر", "2025-12")]),
    ("أعلنت الوزارة تمديد العمل بالتسعيرة لغاية نهاية أكتوبر.", SEP15, [("نهاية أكتوبر", "2025-10")]),
    ("وقررت الحكومة إبقاء الرسوم حتى يوم الجمعة.", SEP15, [("يوم الجمعة", "2025-09-19")]),
    ("ستبقى المدارس مغلقة حتى نهاية أكتوبر.", SEP15, [("نهاية أكتوبر", "2025-10")]),
    ("سوف تنخفض الواردات بحلول نهاية يونيو.", SEP15, [("نهاية يونيو", "2026-06")]),
    ("من المتوقع أن يتراجع العجز بحلول نهاية يونيو.", SEP15, [("نهاية يونيو", "2026-06")]),
    ("يُتوقع أن يرتفع الإنتاج حتى أواخر الشهر المقبل.", SEP15, [("أواخر الشهر المقبل", "2025-10")]),
    ("سينخفض العجز في الربع الثاني.", SEP10, [("الربع الثاني", "2026-04")]),
    ("من المقرر أن يبدأ التشغيل بنهاية الربع الأول.", SEP10, [("نهاية الربع الأول", "2026-03")]),
]

UNCHANGED_EN = [
    ("Prices rose until the end of October.", SEP15, [("the end of October", "2024-10")]),
    ("Prices remained high until the end of October.", SEP15, [("the end of October", "2024-10")]),
    ("The curfew was in place until December.", SEP15, [("December", "2024-12")]),
    ("The fuel subsidy will stay in place until the end of October 2024.", SEP15,
     [("the end of October 2024", "2024-10")]),
    ("Exports were up 5% through October.", SEP15, [("October", "2024-10")]),
    ("Reserves reached $15 billion by the end of June.", SEP10, [("the end of June", "2025-06")]),
    ("The IMF cut its growth forecast to 2.5% in June.", SEP10, [("June", "2025-06")]),
    ("Growth slowed in the second quarter.", SEP10, [("the second quarter", "2025-04")]),
    ("Sales will rise in the second quarter of 2025.", SEP10, [("the second quarter of 2025", "2025-04")]),
    ("The strike lasted until Friday.", SEP15, [("Friday", "2025-09-12")]),
    ("Exports held up until October, when demand collapsed.", SEP15, [("October", "2024-10")]),
]

UNCHANGED_AR = [
    ("ارتفعت الأسعار حتى نهاية أكتوبر.", SEP15, [("نهاية أكتوبر", "2024-10")]),
    ("قضى سنوات في السجن حتى نوفمبر", SEP15, [("نوفمبر", "2024-11")]),
    ("بدأ الإضراب يوم الاثنين واستمر حتى الأربعاء", SEP15, [("يوم الاثنين", "2025-09-15"), ("الأربعاء", "2025-09-10")]),
    ("كان الحظر سارياً حتى ديسمبر.", SEP15, [("ديسمبر", "2024-12")]),
    ("ستبقى المدارس مغلقة حتى نهاية أكتوبر 2024.", SEP15, [("نهاية أكتوبر 2024", "2024-10")]),
    ("تراجعت مبيعات الإسمنت في الربع الثاني.", SEP10, [("الربع الثاني", "2025-04")]),
    ("سينخفض العجز في الربع الثاني من العام الجاري.", SEP10, [("الربع الثاني من العام الجاري", "2025-04")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), AHEAD_EN + UNCHANGED_EN)
def test_english(text, published, expected):
    assert _found(text, "en", published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), AHEAD_AR + UNCHANGED_AR)
def test_arabic(text, published, expected):
    assert _found(text, "ar", published) == expected


@pytest.mark.parametrize(("text", "language", "published", "date_text", "value"), [
    ("The finance ministry said on Monday that the bread subsidy remains in place until the end of "
     "November, and officials added that prices would be reviewed.", "en", SEP15, "the end of November", "2025-11"),
    ("وقالت وزارة المالية يوم الاثنين إن دعم الخبز مستمر حتى نهاية نوفمبر، وأضاف مسؤولون أن الأسعار "
     "ستراجع لاحقاً.", "ar", SEP15, "نهاية نوفمبر", "2025-11"),
])
def test_in_the_pipeline(text, language, published, date_text, value):
    found = [(d.text, d.value) for c in analyze(text, language=language, published=published).claims
             for d in c.dates]
    assert (date_text, value) in found
