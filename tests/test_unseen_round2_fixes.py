"""General fixes called for by the second unseen-article round: strike events, verbs of exceeding as
qualifiers, "over" before a span of time, and the source kinds of unions, news agencies and activists."""
import pytest

from factcheck.extract.events import detect_event
from factcheck.extract.quantities import find_quantities
from factcheck.pipeline import analyze


@pytest.mark.parametrize("text,lang,want", [
    ("أضرب عمال الموانئ عن العمل يومين", "ar", "strike"),
    ("بدأ المعلمون إضراباً مفتوحاً عن العمل", "ar", "strike"),
    ("وشارك 80% من الأطباء في الإضراب", "ar", "strike"),
    ("وواصل المضربون اعتصامهم أمام الوزارة", "ar", "strike"),
    ("صوت أعضاء النقابة لصالح الإضراب", "ar", "strike"),
    ("ضربت غارة جوية منزلا في البلدة", "ar", None),
    ("يضرب الزلزال المنطقة كل عقد", "ar", "disaster"),
    ("Nurses staged a 48-hour walkout", "en", "strike"),
    ("Union members voted for industrial action", "en", "strike"),
    ("Workers went on strike over pay", "en", "strike"),
    ("Bus drivers will strike on Friday", "en", "strike"),
    ("Dockers walked out on Monday", "en", "strike"),
    ("The striker scored twice", "en", None),
    ("A drone strike killed three workers", "en", "casualties"),
    ("Voters elected a new parliament", "en", "election"),
])
def test_strike_event(text, lang, want):
    assert detect_event(text, 0, len(text), lang)[0] == want


def _quantities(text):
    return [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), "ar")]


@pytest.mark.parametrize("text,want", [
    ("Unemployment exceeded 8% last year", ("exceeded 8%", 8.0, "percent", "more_than")),
    ("Turnout topped 60 percent in the capital", ("topped 60 percent", 60.0, "percent", "more_than")),
    ("Exports surpassed 3 billion euros", ("surpassed 3 billion euros", 3e9, "EUR", "more_than")),
    ("Losses did not exceed 5 million dollars", ("did not exceed 5 million dollars", 5e6, "USD", "at_most")),
    ("تجاوزت 80% في بعض الدوائر", ("تجاوزت 80%", 80.0, "percent", "more_than")),
    ("وتجاوزت نسبة المشاركة 80%", ("80%", 80.0, "percent", "more_than")),
    ("تخطت الصادرات 3 مليارات دولار", ("3 مليارات دولار", 3e9, "USD", "more_than")),
    ("فاقت الأضرار 10 ملايين يورو", ("10 ملايين يورو", 1e7, "EUR", "more_than")),
    ("وتجاوز عدد القتلى 40 شخصا", ("40 شخصا", 40.0, "person", "more_than")),
    ("لم تتجاوز الخسائر 5 ملايين دولار", ("5 ملايين دولار", 5e6, "USD", "at_most")),
    ("تجاوزت الشركة التوقعات بنسبة 5%", ("5%", 5.0, "percent", "exact")),
    ("Sales surpassed expectations by 5%", ("5%", 5.0, "percent", "exact")),
])
def test_verbs_of_exceeding(text, want):
    got = _quantities(text)
    assert got == [want]
    q = find_quantities(text, 0, len(text), "ar")[0]
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text,want", [
    ("Costs will fall over five years", ("five years", 5.0, "year", "exact")),
    ("The plan runs over 10 years", ("10 years", 10.0, "year", "exact")),
    ("Prices rose over three months", ("three months", 3.0, "month", "exact")),
    ("The talks ran over 3 days", ("3 days", 3.0, "day", "exact")),
    ("على مدى خمس سنوات", ("خمس سنوات", 5.0, "year", "exact")),
    ("على مدار ثلاثة أشهر", ("ثلاثة أشهر", 3.0, "month", "exact")),
    ("He lived there for over 20 years", ("over 20 years", 20.0, "year", "more_than")),
    ("The mine closed over 30 years ago", ("over 30 years", 30.0, "year", "more_than")),
    ("He served over 20 years in prison", ("over 20 years", 20.0, "year", "more_than")),
    ("a man over 60 years old", ("over 60 years", 60.0, "year", "more_than")),
    ("Over 200 people died", ("Over 200 people", 200.0, "person", "more_than")),
])
def test_over_a_span_of_time(text, want):
    assert _quantities(text) == [want]


def test_over_the_past_months_is_not_a_bound():
    text = "Over the past three months, 40 people died"
    assert _quantities(text) == [("three months", 3.0, "month", "exact"), ("40 people", 40.0, "person", "exact")]


@pytest.mark.parametrize("text,kind,typ,source", [
    ("The union said 3,000 members walked out on Monday.", "organisation", "official", "The union"),
    ("The National Union of Journalists said 200 staff would strike.", "organisation", "official",
     "The National Union of Journalists"),
    ("وقالت نقابة المعلمين إن 80% من المعلمين شاركوا في الإضراب.", "organisation", "official", "نقابة المعلمين"),
    ("وقال الاتحاد العمالي العام إن الإضراب شمل 20 ألف عامل.", "organisation", "official", "الاتحاد العمالي العام"),
    ("The state news agency reported that 5 people died.", "media", "named", "The state news agency"),
    ("وذكرت الوكالة الوطنية للإعلام أن 3 أشخاص قتلوا.", "media", "named", "الوكالة الوطنية للإعلام"),
    ("وأفادت وكالة الأنباء الرسمية بأن 4 جنود أصيبوا.", "media", "named", "وكالة الأنباء الرسمية"),
    ("Campaigners say the plan will cost 4 billion pounds.", "anonymous-group", "anonymous", "Campaigners"),
    ("Activists said 12 people were detained.", "anonymous-group", "anonymous", "Activists"),
    ("Protesters said police detained 30 people.", "anonymous-group", "anonymous", "Protesters"),
    ("وقال نشطاء إن 12 شخصا اعتقلوا.", "anonymous-group", "anonymous", "نشطاء"),
    ("وقال محتجون إن الشرطة اعتقلت 30 شخصا.", "anonymous-group", "anonymous", "محتجون"),
    ("The ministry said 40 schools were closed.", "government", "official", "The ministry"),
    ("The company said it would cut 300 jobs.", "company", "official", "The company"),
])
def test_source_kinds(text, kind, typ, source):
    (claim,) = analyze(text).claims
    att = claim.attribution
    assert (att.source_kind, att.type, att.source.text) == (kind, typ, source)
    assert text[att.source.start:att.source.end] == source


@pytest.mark.parametrize("text,claim,source", [
    ("The teachers' union said 3,000 members walked out on Monday.", "3,000 members walked out on Monday",
     "The teachers' union"),
    ("The workers’ union said 500 staff joined the strike.", "500 staff joined the strike", "The workers’ union"),
    ("Prices rose 5% in March, the workers' union said.", "Prices rose 5% in March", "the workers' union"),
    # a quote closed after a word ending in s is still a quote when one was opened
    ("'Talks have collapsed over the bonuses' the union said.", "'Talks have collapsed over the bonuses'",
     "the union"),
])
def test_plural_possessive_is_not_a_closing_quote(text, claim, source):
    claims = analyze(text, "en", None).claims
    assert [c.text for c in claims] == [claim]
    assert claims[0].attribution.source.text == source
