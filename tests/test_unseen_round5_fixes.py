"""General fixes called for by the fifth unseen-article round: a month followed by a relative year
phrase is one date; the week before last / after next; the purpose form of 'reach' (ليصل إلى) is the
new level, not a bound; more currency and counted-noun units; more Arabic anonymity phrases."""
from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.quantities import find_quantities
from factcheck.pipeline import analyze

PUB = date(2025, 10, 8)  # a Wednesday


def _dates(text, lang):
    return [(d.text, d.value) for d in find_dates(text, 0, len(text), lang, PUB)]


def _quantities(text):
    out = []
    for q in find_quantities(text, 0, len(text), "ar"):
        assert text[q.start:q.end] == q.text
        out.append((q.text, q.value, q.unit, q.qualifier))
    return out


@pytest.mark.parametrize("text,lang,want", [
    ("The plant closed in September last year.", "en", [("September last year", "2024-09")]),
    ("Sales fell in March of last year.", "en", [("March of last year", "2024-03")]),
    ("Output peaked on 5 September last year.", "en", [("5 September last year", "2024-09-05")]),
    ("The line opens in March next year.", "en", [("March next year", "2026-03")]),
    ("أغلق المصنع في سبتمبر من العام الماضي.", "ar", [("سبتمبر من العام الماضي", "2024-09")]),
    ("وقعت الحادثة في 12 سبتمبر من العام الماضي.", "ar", [("12 سبتمبر من العام الماضي", "2024-09-12")]),
    ("ستفتتح المحطة في مارس من العام المقبل.", "ar", [("مارس من العام المقبل", "2026-03")]),
    ("شُكلت الحكومة في أيلول من العام الماضي.", "ar", [("أيلول من العام الماضي", "2024-09")]),
    # must not change: a separate year phrase, an explicit year, a month with its own modifier
    ("Prices rose in September, and last year they fell.", "en", [("September", "2025-09"), ("last year", "2024")]),
    ("Prices rose in September 2023.", "en", [("September 2023", "2023-09")]),
    ("ارتفعت الأسعار في مارس الماضي، والعام الماضي انخفضت.", "ar",
     [("مارس الماضي", "2025-03"), ("العام الماضي", "2024")]),
])
def test_month_and_relative_year_are_one_date(text, lang, want):
    assert _dates(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # round 21: a week is the month its days share, else their year (was its Monday)
    ("The breach was detected the week before last.", "en", [("week before last", "2025-09")]),
    ("Talks resume the week after next.", "en", [("week after next", "2025-10")]),
    ("اندلع الحريق الأسبوع قبل الماضي.", "ar", [("الأسبوع قبل الماضي", "2025-09")]),
    ("وقع الهجوم في الأسبوع ما قبل الماضي.", "ar", [("الأسبوع ما قبل الماضي", "2025-09")]),
    ("تستأنف المحادثات الأسبوع بعد المقبل.", "ar", [("الأسبوع بعد المقبل", "2025-10")]),
    # must not change
    ("Sales rose last week.", "en", [("last week", "2025")]),  # 29 September - 5 October
    ("Sales rose in the last week.", "en", []),
    ("ارتفعت المبيعات الأسبوع الماضي.", "ar", [("الأسبوع الماضي", "2025")]),
])
def test_two_week_steps(text, lang, want):
    assert _dates(text, lang) == want


@pytest.mark.parametrize("text,want", [
    ("ارتفع عدد الزوار بنسبة 8% ليصل إلى 4.6 مليون سائح", [("8%", 8, "percent", "exact"),
                                                           ("4.6 مليون سائح", 4.6e6, "person", "exact")]),
    ("وارتفعت الصادرات لتصل إلى 5 ملايين طن", [("5 ملايين طن", 5e6, "tonne", "exact")]),
    ("وتراجعت الاحتياطيات لتصل الى 30 مليار دولار", [("30 مليار دولار", 30e9, "USD", "exact")]),
    # must not change: "up to" stays a bound
    ("قد يصل عدد المصابين إلى ما يصل إلى 300 شخص", [("ما يصل إلى 300 شخص", 300, "person", "at_most")]),
    ("وتصل الغرامة إلى ما يصل إلى 5 آلاف دينار أردني", [("ما يصل إلى 5 آلاف دينار أردني", 5000, "JOD", "at_most")]),
    ("يمكن أن يصل إلى 200 شخص", [("يصل إلى 200 شخص", 200, "person", "at_most")]),
])
def test_purpose_reach_is_exact(text, want):
    assert _quantities(text) == want


@pytest.mark.parametrize("text,want", [
    ("The hackers demanded a ransom of 350 bitcoin", [("350 bitcoin", 350, "BTC", "exact")]),
    ("طالب القراصنة بفدية قدرها 50 بيتكوين", [("50 بيتكوين", 50, "BTC", "exact")]),
    ("Shares fell 6.8% to 214 pence", [("6.8%", 6.8, "percent", "exact"), ("214 pence", 214, "GBX", "exact")]),
    ("The subsidy cost some 8 billion Kenyan shillings", [("some 8 billion Kenyan shillings", 8e9, "KES", "about")]),
    ("أنفقت الحكومة 40 ألف شلن أوغندي", [("40 ألف شلن أوغندي", 40000, "UGX", "exact")]),
    ("Hotels sold 3.1 million nights", [("3.1 million nights", 3.1e6, "night", "exact")]),
    ("بلغ عدد الليالي السياحية 38.2 مليون ليلة", [("38.2 مليون ليلة", 38.2e6, "night", "exact")]),
    # must not change: bare shillings name no single country
    # round 29: shillings of no named country are money of no country (XXX)
    ("Petrol rose by 21.5 shillings", [("21.5 shillings", 21.5, "XXX", "exact")]),
    ("He bought 3 pounds of rice", [("3 pounds", 3, "lb", "exact")]),
])
def test_more_units(text, want):
    assert _quantities(text) == want


@pytest.mark.parametrize("text,kind", [
    ("وقال نائب في البرلمان، فضل عدم ذكر اسمه، إن 40 نائبا طالبوا بتغيير أوسع.", "anonymous"),
    ("وأكد مسؤول أمني، شريطة عدم ذكر اسمه، أن 12 شخصا اعتقلوا.", "anonymous"),
    ("وقال موظف في الشركة، فضل عدم نشر اسمه، إن الرواتب تأخرت 3 أشهر.", "anonymous"),
    # must not change: a named official
    ("وقال المتحدث باسم الوزارة، أحمد سالم، إن 40 نائبا طالبوا بتغيير أوسع.", "official"),
])
def test_arabic_anonymity_phrases(text, kind):
    claims = analyze(text, "ar", PUB).claims
    assert claims and claims[0].attribution.type == kind
