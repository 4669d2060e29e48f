"""Round 25 follow-ups across shared modules: the main clause before a participle or 'but said' frame whose
speaker is that clause's subject is the outlet's own claim ('X resigned on Friday, saying that Y': two
claims); a former office holder with no name is named, not the body's voice; an indefinite construct head
before an honorific and a personal name is named; bare data ('according to the data', «بحسب البيانات») is
nobody's word; English document labels and no-comment formulas are no claims; Arabic counted units for
containers, surgeries, provinces and appointments. Texts are new: other outlets, regions and phrasings."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows, quantity_rows

from factcheck.pipeline import analyze

PUB = date(2025, 9, 14)


def _en(sentence: str) -> list[tuple]:
    return frame_rows("Headline\n\n" + sentence, "en", PUB)


# 1. the main clause before a frame spoken by its own subject
@pytest.mark.parametrize("sentence, rows", [
    ("The regulator fined the lender $12 million on Wednesday but said it would not revoke its licence.",
     [("The regulator fined the lender $12 million on Wednesday", "unattributed", None, None),
      ("it would not revoke its licence", "official", "The regulator", "said")]),
    ("Tesla cut prices in China in April, arguing that demand had slowed.",
     [("Tesla cut prices in China in April", "unattributed", None, None),
      ("demand had slowed", "official", "Tesla", "arguing")]),
    ("The governor signed the budget on Monday, adding that schools would get 5% more.",
     [("The governor signed the budget on Monday", "unattributed", None, None),
      ("schools would get 5% more", "official", "The governor", "adding")]),
    ("The union called off the strike on Thursday but warned that talks could collapse within weeks.",
     [("The union called off the strike on Thursday", "unattributed", None, None),
      ("talks could collapse within weeks", "official", "The union", "warned")]),
    # must not change: a plain reporting clause, and a participle with no source-like subject
    ("The ministry said on Friday that 40 people had died in the floods.",
     [("40 people had died in the floods", "official", "The ministry", "said")]),
    ("Prices rose 5% in August, adding to pressure on the central bank.",
     [("Prices rose 5% in August", "unattributed", None, None)]),
])
def test_main_clause_before_subject_frame(sentence, rows):
    assert _en(sentence) == rows


@pytest.mark.parametrize("sentence, own, event, dates", [
    ("The regulator fined the lender $12 million on Wednesday but said it would not revoke its licence.",
     "The regulator fined the lender $12 million on Wednesday", "lawsuit", ["2025-09-10"]),
    ("The union called off the strike on Thursday but warned that talks could collapse within weeks.",
     "The union called off the strike on Thursday", "strike", ["2025-09-11"]),
])
def test_main_clause_keeps_event_and_date(sentence, own, event, dates):
    claim = next(c for c in analyze(sentence, "en", PUB).claims if c.text == own)
    assert sentence[claim.start:claim.end] == own
    assert (claim.event, [d.value for d in claim.dates], claim.attribution.type) == (event, dates, "unattributed")


# 2. former office holders with no name speak for no body; former employees stay anonymous
@pytest.mark.parametrize("text, language, rows", [
    ("The former interior minister said 300 prisoners had escaped since January.", "en",
     [("300 prisoners had escaped since January", "named", "The former interior minister", "said")]),
    ("The outgoing governor told reporters the state had hired 1,200 nurses.", "en",
     [("the state had hired 1,200 nurses", "named", "The outgoing governor", "told")]),
    ("A former engineer at the plant said two valves had failed in June.", "en",
     [("two valves had failed in June", "anonymous", "A former engineer at the plant", "said")]),
    ("A spokeswoman for the former prime minister said he had paid $2 million in taxes.", "en",
     [("he had paid $2 million in taxes", "official", "A spokeswoman for the former prime minister", "said")]),
    ("وقال رئيس الوزراء الأسبق إن الحكومة اقترضت 5 مليارات دولار عام 2023.", "ar",
     [("الحكومة اقترضت 5 مليارات دولار عام 2023", "named", "رئيس الوزراء الأسبق", "وقال")]),
    ("وأكدت وزيرة الصحة السابقة أن 120 مستشفى تعمل بلا كهرباء.", "ar",
     [("120 مستشفى تعمل بلا كهرباء", "named", "وزيرة الصحة السابقة", "وأكدت")]),
    ("وقال عامل سابق في المصنع إن الإدارة سرحت 90 موظفا.", "ar",
     [("الإدارة سرحت 90 موظفا", "anonymous", "عامل سابق في المصنع", "وقال")]),
    ("وقالت المتحدثة باسم الوزير السابق إن 30 شخصا اعتقلوا.", "ar",
     [("30 شخصا اعتقلوا", "official", "المتحدثة باسم الوزير السابق", "وقالت")]),
])
def test_former_office_holders(text, language, rows):
    got = _en(text) if language == "en" else frame_rows(text, language, PUB)
    assert got == rows


# 3. an indefinite construct head, an honorific and a personal name
@pytest.mark.parametrize("text, rows", [
    ("وقال أستاذ الاقتصاد الدكتور نبيل فهمي إن التضخم سيبلغ 12% العام المقبل.",
     [("التضخم سيبلغ 12% العام المقبل", "named", "أستاذ الاقتصاد الدكتور نبيل فهمي", "وقال")]),
    # no name after the construct: still an unnamed official
    ("وقال مسؤول الوزارة إن 40 مدرسة أغلقت.",
     [("40 مدرسة أغلقت", "anonymous", "مسؤول الوزارة", "وقال")]),
])
def test_construct_head_then_name(text, rows):
    assert frame_rows(text, "ar", PUB) == rows


# 4. bare data with no publisher is nobody's word; data of a named body keeps its type
@pytest.mark.parametrize("text, language, rows", [
    ("According to the data, retail sales fell 2.1% in July.", "en",
     [("retail sales fell 2.1% in July", "unattributed", "the data", "According to")]),
    ("Exports to Asia jumped 18% in the second quarter, according to preliminary results.", "en",
     [("Exports to Asia jumped 18% in the second quarter", "unattributed", "preliminary results", "according to")]),
    ("Figures showed that 4,500 homes were sold in August.", "en",
     [("4,500 homes were sold in August", "unattributed", "Figures", "showed")]),
    ("Rents climbed 9% last year, the latest figures showed.", "en",
     [("Rents climbed 9% last year", "unattributed", "the latest figures", "showed")]),
    ("According to figures from the housing ministry, 4,500 homes were sold in August.", "en",
     [("4,500 homes were sold in August", "official", "figures from the housing ministry", "According to")]),
    ("Official figures showed unemployment rose to 7.2% in June.", "en",
     [("unemployment rose to 7.2% in June", "official", "Official figures", "showed")]),
    ("وبحسب الأرقام، تراجعت مبيعات السيارات 8% في يوليو.", "ar",
     [("تراجعت مبيعات السيارات 8% في يوليو", "unattributed", "الأرقام", "وبحسب")]),
    ("وأظهرت الإحصاءات الأولية أن 2.3 مليون سائح زاروا البلاد في أغسطس.", "ar",
     [("2.3 مليون سائح زاروا البلاد في أغسطس", "unattributed", "الإحصاءات الأولية", "وأظهرت")]),
    ("وتشير البيانات إلى أن البطالة ارتفعت إلى 11%.", "ar",
     [("البطالة ارتفعت إلى 11%", "unattributed", "البيانات", "وتشير")]),
    ("وبحسب أرقام وزارة السياحة، زار البلاد 2.3 مليون سائح في أغسطس.", "ar",
     [("زار البلاد 2.3 مليون سائح في أغسطس", "official", "أرقام وزارة السياحة", "وبحسب")]),
    ("وأظهرت الإحصاءات الرسمية أن البطالة ارتفعت إلى 11%.", "ar",
     [("البطالة ارتفعت إلى 11%", "official", "الإحصاءات الرسمية", "وأظهرت")]),
])
def test_bare_data(text, language, rows):
    got = _en(text) if language == "en" else frame_rows(text, language, PUB)
    assert got == rows


# 5. English document labels and requests for comment: no claims without a figure or date
@pytest.mark.parametrize("sentence, rows", [
    ("The company did not respond to a request for comment.", []),
    ("The mayor's office declined to comment on the report.", []),
    ("Officials at the port could not be reached for comment.", []),
    ("Report by the International Energy Agency on oil demand", []),
    ("Joint statement from the finance ministers of Brazil and India", []),
    # a figure and a date make it checkable
    ("The airline did not respond to 25 complaints filed in June.",
     [("The airline did not respond to 25 complaints filed in June", "unattributed", None, None)]),
])
def test_english_labels_and_no_comment(sentence, rows):
    assert _en(sentence) == rows


# 6. Arabic counted units mirroring the English ones
@pytest.mark.parametrize("text, rows", [
    ("ونقلت 800 ألف حاوية عبر الميناء في النصف الأول.", [("800 ألف حاوية", 800000.0, "container", "exact", None)]),
    ("وتعامل الميناء مع 1.2 مليون حاوية نمطية العام الماضي.",
     [("1.2 مليون حاوية نمطية", 1200000.0, "container", "exact", None)]),
    ("وأجرى الأطباء 75 عملية جراحية خلال الحملة.", [("75 عملية جراحية", 75.0, "operation", "exact", None)]),
    ("وامتدت الاحتجاجات إلى 9 محافظات يوم الجمعة.", [("9 محافظات", 9.0, "province", "exact", None)]),
    ("وأعلنت الحكومة إغلاق 14 إقليما أمام السياح.", [("14 إقليما", 14.0, "province", "exact", None)]),
    ("وألغيت 3500 موعد طبي بسبب الإضراب.", [("3500 موعد طبي", 3500.0, "appointment", "exact", None)]),
])
def test_arabic_counted_units(text, rows):
    assert quantity_rows(text, "ar") == rows
