"""Round 20: four unseen short articles (a rail strike, tourism on the Kenyan coast, a teachers' strike in Jordan,
a metro line in Cairo): whole-claim checks of every quantity (text, value, unit, total) and of the subject.
Counted nouns of people and works (drivers, guards, piers, سائق), parts of a total past فقط / "only", a rate in
shillings with the country named elsewhere in the article, letter-prefixed shillings (Sh352 billion), a
possessive subject cut to its owner (Kenya's tourism earnings → Kenya), a lowercase title joined by "of" (the
governor of Mombasa said she) and an Arabic name that stops at a future verb (لجنة مشتركة ستدرس)."""
from __future__ import annotations

import datetime

import pytest

from factcheck.pipeline import analyze

ARTICLES = {
    'en1': "Rail workers in Leeds walked out on Monday over pay.\nThe union said 1,200 drivers joined the strike and only 40 of the 310 trains ran.\nThe transport secretary of Britain said the government had offered a 4% rise.\nNorthern Rail's revenue fell 8% last year, the company said.\nA spokesman said the firm would hire 150 guards by March.",
    'en2': "Hotels in Mombasa reported 85% occupancy in August.\nThe Kenya Tourism Board said arrivals rose to 210,000, up from 180,000 a year earlier.\nThe shilling traded at 129 per dollar, helping visitors from Europe.\nThe governor of Mombasa said she would build 2 new piers and 14 kilometres of road.\nKenya's tourism earnings reached Sh352 billion in 2024.",
    'ar1': 'أضرب 2500 معلم في محافظة إربد عن العمل يوم الأحد.\nوقالت نقابة المعلمين إن 18 مدرسة فقط من أصل 60 فتحت أبوابها.\nوأضافت أن الحكومة ستدفع علاوة بنسبة 5% اعتبارا من الشهر المقبل.\nوقال وزير التربية إن لجنة مشتركة ستدرس المطالب خلال 10 أيام.',
    'ar2': 'افتتحت وزارة النقل المصرية 3 محطات جديدة لمترو الأنفاق في القاهرة.\nوقالت الوزارة إن الخط الجديد يمتد 17 كيلومترا ويخدم 500 ألف راكب يوميا.\nوبلغت تكلفة المشروع 2.5 مليار دولار، وفق بيان رسمي.\nوتراجع الجنيه إلى 48.7 للدولار الأسبوع الماضي.\nوأشار البيان إلى أن 7 قطارات فقط من أصل 20 دخلت الخدمة.',
}

# not checked: a capitalised common noun opening a sentence ('Rail workers') and a place after 'from' are
# still taken as subjects, and 'arrivals rose to 210,000' counts arrivals named before the verb (no unit)
CLAIMS = [
    ('en1', '1,200 drivers joined the strike and only 40 of the 310 trains ran', None, [('1,200 drivers', 1200.0, 'person', None), ('40 of the 310 trains', 40.0, 'vehicle', 310.0)]),
    ('en1', 'the government had offered a 4% rise', 'the government', [('4%', 4.0, 'percent', None)]),  # round 28: a definite institution noun opening its clause is its subject
    ('en1', "Northern Rail's revenue fell 8% last year", 'Northern Rail', [('8%', 8.0, 'percent', None)]),
    ('en1', 'the firm would hire 150 guards by March', None, [('150 guards', 150.0, 'person', None)]),
    ('en2', '85% occupancy in August', None, [('85%', 85.0, 'percent', None)]),
    ('en2', 'she would build 2 new piers and 14 kilometres of road', 'governor of Mombasa', [('2 new piers', 2.0, 'pier', None), ('14 kilometres', 14.0, 'km', None)]),
    ('en2', "Kenya's tourism earnings reached Sh352 billion in 2024", 'Kenya', [('Sh352 billion', 352000000000.0, 'KES', None)]),
    ('ar1', 'أضرب 2500 معلم في محافظة إربد عن العمل يوم الأحد', None, [('2500 معلم', 2500.0, 'person', None)]),
    ('ar1', '18 مدرسة فقط من أصل 60 فتحت أبوابها', None, [('18 مدرسة فقط من أصل 60', 18.0, 'school', 60.0)]),
    ('ar1', 'الحكومة ستدفع علاوة بنسبة 5% اعتبارا من الشهر المقبل', 'الحكومة', [('5%', 5.0, 'percent', None)]),  # round 28: a definite institution noun opening its clause is its subject
    ('ar1', 'لجنة مشتركة ستدرس المطالب خلال 10 أيام', 'لجنة مشتركة', [('10 أيام', 10.0, 'day', None)]),
    ('ar2', 'افتتحت وزارة النقل المصرية 3 محطات جديدة لمترو الأنفاق في القاهرة', 'وزارة النقل المصرية', [('3 محطات', 3.0, 'station', None)]),
    ('ar2', 'الخط الجديد يمتد 17 كيلومترا ويخدم 500 ألف راكب يوميا', None, [('17 كيلومترا', 17.0, 'km', None), ('500 ألف راكب', 500000.0, 'person/day', None)]),
    ('ar2', 'وبلغت تكلفة المشروع 2.5 مليار دولار', None, [('2.5 مليار دولار', 2500000000.0, 'USD', None)]),
    ('ar2', 'وتراجع الجنيه إلى 48.7 للدولار الأسبوع الماضي', None, [('48.7 للدولار', 48.7, 'EGP/USD', None)]),
    ('ar2', '7 قطارات فقط من أصل 20 دخلت الخدمة', None, [('7 قطارات فقط من أصل 20', 7.0, 'vehicle', 20.0)]),
]


@pytest.mark.parametrize("key, claim, subject, quantities", CLAIMS)
def test_article_claim(key, claim, subject, quantities):
    text = ARTICLES[key]
    got = {c.text: c for c in analyze(text, key[:2], datetime.date(2025, 9, 14)).claims}
    assert claim in got, list(got)
    c = got[claim]
    for sp in (c, c.subject, *c.quantities):
        assert sp is None or text[sp.start:sp.end] == sp.text
    assert (c.subject.text if c.subject else None) == subject
    assert [(q.text, q.value, q.unit, q.total) for q in c.quantities] == quantities
