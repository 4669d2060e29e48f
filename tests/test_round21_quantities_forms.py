"""Round 21, quantity forms found on unseen text, both languages where the form exists in both:

- a fraction before a comparative is a share ("a fifth higher than in 2024" → 20 percent), as one after a
  change noun is («بزيادة الخمس عن 2024»); "the second half more than doubled" stays a period;
- «أسرة من كل خمس أسر» (a counted noun standing for one before «من كل») is one of five, like "one in five
  households"; «3 من المتهمين العشرة لعدم …»: a definite number word after the part's noun is its total even
  when a word follows it;
- a number right after a size intro takes the unit of the noun before the intro («أعضاءها البالغ عددهم 45 ألفا»);
  a bare number after a change noun ("a rise of", «بزيادة») counts what the figure before it counts;
- gigawatts, kilowatts, tickets, flights (رحلة) and court cases are units of their own; Kenyan cities name the shilling;
- a fraction before a preposition that is no modifier ("by half within a year") is a share, and so is the level
  a change reaches ("shrank to a fifth", «إلى النصف»), unless an ordinal follows («إلى الربع الثاني»: a period);
  a trailing qualifier joins a fraction («بمقدار النصف تقريبا» → about); lakh and crore are scales;
- future verbs (سيتعاقد، سيضربون) trigger the events their present forms do; غرّم 'fined' is a lawsuit, as
  "fined" is; a capitalised name running into an amount stops before it ("fined Vodacom R50 million");
- short nouns keep their accusative alef form (طنا) and pilots and crews count people (طيار، مضيفة، بحارة).
"""
from __future__ import annotations

import datetime

import pytest
from span_checks import event_and_subject, quantity_rows

DAY = datetime.date(2025, 9, 14)

CASES = [
    ("Exports rose to £3.5bn, a fifth higher than in 2024.", "en",
     [("£3.5bn", 3.5e9, "GBP", "exact", None), ("a fifth", 20.0, "percent", "exact", None)]),
    ("Ticket sales were a third lower in May.", "en", [("a third", 33.333333, "percent", "exact", None)]),
    ("وارتفعت الصادرات إلى 3.5 مليار جنيه إسترليني، بزيادة الخمس عن 2024.", "ar",
     [("3.5 مليار جنيه إسترليني", 3.5e9, "GBP", "exact", None), ("الخمس", 20.0, "percent", "exact", None)]),
    ("وتراجعت مبيعات الإسمنت بانخفاض الربع.", "ar", [("الربع", 25.0, "percent", "exact", None)]),
    ("The second half more than doubled.", "en", [("more than doubled", 2.0, "times", "more_than", None)]),
    ("Rice prices rose by half within a year.", "en", [("half", 50.0, "percent", "exact", None)]),
    # the level a change reaches ("to", إلى), a trailing qualifier; an ordinal after the fraction makes it a period
    ("The company's market share shrank to a fifth.", "en", [("a fifth", 20.0, "percent", "exact", None)]),
    ("وتراجعت حصة الشركة في السوق إلى الخمس.", "ar", [("الخمس", 20.0, "percent", "exact", None)]),
    ("وانخفض عدد السياح إلى النصف مقارنة بالعام الماضي.", "ar", [("النصف", 50.0, "percent", "exact", None)]),
    ("وتقلص الإنتاج بمقدار النصف تقريبا.", "ar", [("النصف تقريبا", 50.0, "percent", "about", None)]),
    ("وارتفعت المبيعات من الربع الأول إلى الربع الثاني.", "ar", []),
    ("وانتقلت الإدارة إلى النصف الآخر من المبنى.", "ar", []),
    ("The Indian firm will invest 500 crore rupees in the plant.", "en", [("500 crore rupees", 5e9, "INR", "exact", None)]),
    ("Farmers were paid 2 lakh rupees each.", "en", [("2 lakh rupees", 2e5, "INR", "exact", None)]),
    ("وتعجز أسرة من كل خمس أسر عن دفع فواتير التدفئة.", "ar",
     [("أسرة من كل خمس أسر", 1.0, "household", "exact", 5.0)]),
    ("Nearly one in five households cannot afford heating.", "en",
     [("Nearly one in five households", 1.0, "household", "about", 5.0)]),
    ("ويعاني طفل من كل أربعة أطفال من فقر الدم.", "ar", [("طفل من كل أربعة أطفال", 1.0, "person", "exact", 4.0)]),
    ("وأيد اثنان من كل ثلاثة ناخبين الخطة.", "ar", [("اثنان من كل ثلاثة ناخبين", 2.0, "person", "exact", 3.0)]),
    # a definite noun before من كل is no "one": the number alone
    ("وزار المستشفى من كل المحافظات 300 مريض.", "ar", [("300 مريض", 300.0, "person", "exact", None)]),
    ("وبرأت المحكمة 3 من المتهمين العشرة لعدم كفاية الأدلة.", "ar",
     [("3 من المتهمين العشرة", 3.0, "person", "exact", 10.0)]),
    ("واستقال 4 من الأعضاء التسعة احتجاجا على القرار.", "ar", [("4 من الأعضاء التسعة", 4.0, "person", "exact", 9.0)]),
    ("وقالت النقابة إن أعضاءها البالغ عددهم 45 ألفا سيضربون لمدة 48 ساعة.", "ar",
     [("45 ألفا", 45000.0, "person", "exact", None), ("48 ساعة", 48.0, "hour", "exact", None)]),
    ("The union said its 45,000 members would strike for 48 hours.", "en",
     [("45,000 members", 45000.0, "person", "exact", None), ("48 hours", 48.0, "hour", "exact", None)]),
    ("The wind farm will add 2.4 gigawatts and 300 kW of batteries.", "en",
     [("2.4 gigawatts", 2.4, "gigawatt", "exact", None), ("300 kW", 300.0, "kilowatt", "exact", None)]),
    ("وتبلغ قدرة المحطة 2.4 غيغاواط.", "ar", [("2.4 غيغاواط", 2.4, "gigawatt", "exact", None)]),
    ("The club sold 18,000 season tickets.", "en", [("18,000 season tickets", 18000.0, "ticket", "exact", None)]),
    ("وباع النادي 18 ألف تذكرة اشتراك موسمي.", "ar", [("18 ألف تذكرة", 18000.0, "ticket", "exact", None)]),
    ("وأحالت الهيئة 42 قضية فساد إلى القضاء.", "ar", [("42 قضية", 42.0, "case", "exact", None)]),
    # a bare number after a change noun counts what the figure before it counts
    ("Flights fell to 1,200 flights in March.", "en", [("1,200 flights", 1200.0, "flight", "exact", None)]),
    ("وبلغ عدد الرحلات 1200 رحلة في مارس.", "ar", [("1200 رحلة", 1200.0, "flight", "exact", None)]),
    ("The scheme reached 2.1 million pupils, a rise of 300,000 on last year.", "en",
     [("2.1 million pupils", 2.1e6, "person", "exact", None), ("300,000", 300000.0, "person", "exact", None)]),
    ("ويستفيد 2.1 مليون تلميذ من الوجبات، بزيادة 300 ألف عن العام الماضي.", "ar",
     [("2.1 مليون تلميذ", 2.1e6, "person", "exact", None), ("300 ألف", 300000.0, "person", "exact", None)]),
    ("وتسلمت مستشفيات غزة 40 طنا من المستلزمات الطبية.", "ar", [("40 طنا", 40.0, "tonne", "exact", None)]),
    ("Hospitals in Gaza received 40 tonnes of medical supplies.", "en", [("40 tonnes", 40.0, "tonne", "exact", None)]),
    ("وستوظف شركة رايان إير 500 طيار العام المقبل.", "ar", [("500 طيار", 500.0, "person", "exact", None)]),
    ("Ryanair will hire 500 pilots next year.", "en", [("500 pilots", 500.0, "person", "exact", None)]),
    ("Prosecutors in Nakuru said the gang stole cattle worth 180 million shillings.", "en",
     [("180 million shillings", 1.8e8, "KES", "exact", None)]),
    ("وقالت النيابة في ناكورو إن العصابة سرقت ماشية قيمتها 180 مليون شلن.", "ar",
     [("180 مليون شلن", 1.8e8, "KES", "exact", None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_forms(text, language, expected):
    got = quantity_rows(text, language)
    assert [g[0] for g in got] == [e[0] for e in expected]
    assert [g[1] for g in got] == pytest.approx([e[1] for e in expected], rel=1e-6)
    assert [g[2:] for g in got] == [e[2:] for e in expected]


EVENTS = [
    ("وأضاف أن النادي سيتعاقد مع 4 لاعبين جدد قبل نهاية الشهر.", "ar", "transfer"),
    ("The club will sign four new players before the end of the month.", "en", "transfer"),
    ("وقال إن المعلمين سيضربون لمدة 48 ساعة.", "ar", "strike"),
    ("Teachers will strike for 48 hours, the union said.", "en", "strike"),
]


@pytest.mark.parametrize(("text", "language", "event"), EVENTS)
def test_future_verbs(text, language, event):
    assert event_and_subject(text, language, DAY)[0] == event


SUBJECTS = [
    # a name running into an amount ends before it; a fine is a court or regulator penalty in both languages
    ("The regulator fined Vodacom R50 million in South Africa.", "en", "lawsuit", "Vodacom"),
    ("وغرمت الهيئة شركة فوداكوم 50 مليون راند.", "ar", "lawsuit", "شركة فوداكوم"),
    ("Ryanair will hire 500 pilots next year.", "en", "hiring", "Ryanair"),
    ("وستوظف شركة رايان إير 500 طيار العام المقبل.", "ar", "hiring", "شركة رايان إير"),
]


@pytest.mark.parametrize(("text", "language", "event", "subject"), SUBJECTS)
def test_events_and_subjects(text, language, event, subject):
    assert event_and_subject(text, language, DAY) == (event, subject)
