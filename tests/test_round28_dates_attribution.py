"""Round 28, dates and attribution in both languages.

- A time adjunct the date extractor reads (a bare month, 'mid-March', 'three days ago', 'over the weekend',
  'between March and May'; في مارس، منتصف الأسبوع، قبل ثلاثة أيام، في تشرين الأول الماضي) dates the saying:
  it is no part of the source before the verb ('The ministry on Tuesday said', وقال مسؤول في مارس إن) nor
  of the content after it ('said over the weekend that X').
- A feminine perfect of a final-weak or hamza-final verb (جرت، مضت؛ بدأت، تباطأت) reads a bare date back, as any
  perfect does; إلى after a verb of postponing or extending (أجلت القرار إلى 3 مايو) reads it ahead.
- Emergency and rescue services (civil defence, الدفاع المدني، خفر السواحل، الهلال الأحمر، الإسعاف) are official in
  both languages; a ruling (في حكمها، في قراره) ends a source as في بيانها does.
- A cited source before the subject or closing the sentence ('Citing Y, X said Z', 'X said Z, citing Y') is cited.
- Dates and attribution phrases of outlets and domains the tests had not met, held as they are.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows, frame_rows

PUB = date(2026, 4, 15)  # a Wednesday


@pytest.mark.parametrize("text, rows", [
    ("قال مسؤول في مارس إن الحكومة ستخفض الدعم بنسبة 10%.",
     [("الحكومة ستخفض الدعم بنسبة 10%", "anonymous", "مسؤول", "قال")]),
    ("وقال وزير المالية محمد الجدعان في مارس إن العجز بلغ 5%.",
     [("العجز بلغ 5%", "official", "وزير المالية محمد الجدعان", "وقال")]),
    ("وقال مسؤول في وزارة الصحة في منتصف مارس إن 20 مستشفى أغلقت.",
     [("20 مستشفى أغلقت", "anonymous", "مسؤول في وزارة الصحة", "وقال")]),
    ("وقالت نقابة الأطباء في أواخر العام الماضي إن 300 طبيب غادروا البلاد.",
     [("300 طبيب غادروا البلاد", "official", "نقابة الأطباء", "وقالت")]),
    ("وذكر الدفاع المدني في تشرين الأول الماضي أن 14 شخصا لقوا حتفهم.",
     [("14 شخصا لقوا حتفهم", "official", "الدفاع المدني", "وذكر")]),
    ("وقال مسؤولون محليون قبل ثلاثة أيام إن 12 قرية عزلت بسبب الثلوج.",
     [("12 قرية عزلت بسبب الثلوج", "anonymous", "مسؤولون محليون", "وقال")]),
    ("وقال مصدر أمني مطلع الشهر الجاري إن 40 مسلحا اعتقلوا.",
     [("40 مسلحا اعتقلوا", "anonymous", "مصدر أمني", "وقال")]),
    ("وأكدت هيئة الطيران المدني منتصف الأسبوع أن 9 رحلات ألغيت.",
     [("9 رحلات ألغيت", "official", "هيئة الطيران المدني", "وأكدت")]),
    # SVO: the adjunct between the verb and its complement
    ("البلدية قالت في آذار إن 20 مدرسة أغلقت.", [("20 مدرسة أغلقت", "official", "البلدية", "قالت")]),
    # kept: an informed source (مطلع على), no date
    ("وقال مصدر مطلع على الملف إن البنك سيسرح 2000 موظف.",
     [("البنك سيسرح 2000 موظف", "anonymous", "مصدر مطلع على الملف", "وقال")]),
])
def test_arabic_time_adjunct_is_not_the_source(text, rows):
    assert frame_rows(text, "ar", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("وأعلنت الشركة في مارس إغلاق 20 فرعا.",
     [("وأعلنت الشركة في مارس إغلاق 20 فرعا", "official", "الشركة", "وأعلنت")]),
    ("وأعلنت وزارة الداخلية في تشرين الأول الماضي توقيف 40 شخصا.",
     [("وأعلنت وزارة الداخلية في تشرين الأول الماضي توقيف 40 شخصا", "official", "وزارة الداخلية", "وأعلنت")]),
])
def test_arabic_announcement_after_a_time_adjunct(text, rows):
    assert frame_rows(text, "ar", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("An official said in mid-March that 20 schools had closed.",
     [("20 schools had closed", "anonymous", "An official", "said")]),
    ("The retailer said over the weekend that 40 stores would close.",
     [("40 stores would close", "official", "The retailer", "said")]),
    ("A hospital spokeswoman said three days ago that 12 nurses had resigned.",
     [("12 nurses had resigned", "official", "A hospital spokeswoman", "said")]),
    ("Police said between March and May that 40 people were arrested.",
     [("40 people were arrested", "official", "Police", "said")]),
    ("The ministry said in a statement in mid-March that 20 schools had closed.",
     [("20 schools had closed", "official", "The ministry", "said")]),
    # before the verb: the adjunct closes the subject
    ("The ministry on Tuesday said 20 schools had closed.",
     [("20 schools had closed", "official", "The ministry", "said")]),
    ("The regulator in mid-March said 14 banks had failed the test.",
     [("14 banks had failed the test", "official", "The regulator", "said")]),
    # round 29: analysts at a named institution speak for it (tests/test_round29_dates_attribution.py)
    ("Analysts at Morgan Stanley on Monday said oil would reach $90.",
     [("oil would reach $90", "named", "Morgan Stanley", "said")]),
    ("Police Tuesday said 40 people were arrested.",
     [("40 people were arrested", "official", "Police", "said")]),
    ("Officials over the weekend told reporters that 20 schools had closed.",
     [("20 schools had closed", "anonymous", "Officials", "told")]),
])
def test_english_time_adjunct_is_neither_source_nor_content(text, rows):
    assert frame_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, expected", [
    ("جرت الانتخابات في 9 مايو.", [("9 مايو", "2025-05-09")]),
    ("جرت الانتخابات من 5 إلى 9 مايو.", [("5", "2025-05-05"), ("9 مايو", "2025-05-09")]),
    ("مضت الحكومة في خطتها في 20 مايو.", [("20 مايو", "2025-05-20")]),
    # a hamza-final verb's feminine perfect folds to an ات ending (بدأت → بدات), as a plural noun does
    ("بدأت الامتحانات في الأول من حزيران.", [("الأول من حزيران", "2025-06-01")]),
    ("تباطأت الصادرات في مايو.", [("مايو", "2025-05")]),
    # kept: the imperfect and the future read ahead
    ("ستجرى الانتخابات في 9 مايو.", [("9 مايو", "2026-05-09")]),
])
def test_feminine_perfect_of_a_weak_or_hamza_final_verb_reads_back(text, expected):
    assert date_rows(text, "ar", PUB) == expected


@pytest.mark.parametrize("text, expected", [
    ("أجلت الحكومة القرار إلى 3 مايو.", [("3 مايو", "2026-05-03")]),
    ("أرجأت اللجنة التصويت إلى 3 مايو.", [("3 مايو", "2026-05-03")]),
    ("مددت السلطات حظر التجول إلى 3 مايو.", [("3 مايو", "2026-05-03")]),
    # kept: after any other past verb إلى closes a past stretch
    ("جرت الانتخابات من 5 إلى 9 مايو.", [("5", "2025-05-05"), ("9 مايو", "2025-05-09")]),
])
def test_postponed_to_a_date_reads_ahead(text, expected):
    """إلى after a verb of postponing or extending is a deadline, as 'to' is in 'postponed the vote to May 3'."""
    assert date_rows(text, "ar", PUB) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The port reopened in mid-March after a strike.", "en", [("mid-March", "2026-03", "month")]),
    ("The refinery will restart early next year.", "en", [("early next year", "2027", "year")]),
    ("The tender closes at the end of the month.", "en", [("the end of the month", "2026-04", "month")]),
    ("The mine was sold late last year.", "en", [("late last year", "2025", "year")]),
    ("Three shops were looted over the weekend.", "en", [("the weekend", "2026-04", "month")]),
    ("Inflation peaked in the 1990s.", "en", []),  # a decade has no ISO value
    # round 29: a past range lies before publication (15 April): both ends a year back, dated together
    ("The museum was closed between March and May.", "en",
     [("March", "2025-03", "month"), ("May", "2025-05", "month")]),
    ("ستبدأ المرحلة الثانية مطلع الشهر المقبل.", "ar", [("مطلع الشهر المقبل", "2026-05", "month")]),
    ("أغلق المصنع أواخر العام الماضي.", "ar", [("أواخر العام الماضي", "2025", "year")]),
    ("غادر الوفد قبل ثلاثة أيام.", "ar", [("قبل ثلاثة أيام", "2026-04-12", "day")]),
    ("افتتح الجسر في تشرين الأول الماضي.", "ar", [("تشرين الأول الماضي", "2025-10", "month")]),
    ("ارتفعت الأسعار في آذار بنسبة 4%.", "ar", [("آذار", "2026-03", "month")]),
    # a Hijri date is never converted: its Gregorian equivalent is the date
    ("بدأ الصيام في 1 رمضان 1447 هـ الموافق 18 فبراير 2026.", "ar", [("18 فبراير 2026", "2026-02-18", "day")]),
    ("وقعت الحادثة في 12 شوال 1446 هـ (10 أبريل 2025).", "ar", [("10 أبريل 2025", "2025-04-10", "day")]),
])
def test_unseen_date_phrases(text, lang, expected):
    assert date_rows(text, lang, PUB, precision=True) == expected


@pytest.mark.parametrize("text, lang, rows", [
    ("A person familiar with the matter said the lender would cut 2,000 jobs.", "en",
     [("the lender would cut 2,000 jobs", "anonymous", "A person familiar with the matter", "said", None)]),
    ("Two people briefed on the talks said the deal was worth $3 billion.", "en",
     [("the deal was worth $3 billion", "anonymous", "Two people briefed on the talks", "said", None)]),
    ("The ministry's spokesman said 14 migrants had drowned.", "en",
     [("14 migrants had drowned", "official", "The ministry's spokesman", "said", None)]),
    ("The company said in a filing that revenue fell 12% to $4.1 billion.", "en",
     [("revenue fell 12% to $4.1 billion", "official", "The company", "said", None)]),
    ("According to a court document, the firm paid $2 million in fines.", "en",
     [("the firm paid $2 million in fines", "official", "a court document", "According to", None)]),
    ("The minister told Reuters, citing internal data, that exports rose 9%.", "en",
     [("exports rose 9%", "official", "The minister", "told", "internal data")]),
    ("وقال مصدر مطلع إن الحكومة ستخفض الدعم بنسبة 10%.", "ar",
     [("الحكومة ستخفض الدعم بنسبة 10%", "anonymous", "مصدر مطلع", "وقال", None)]),
    ("وأفادت مصادر متطابقة بأن 15 شخصا اعتقلوا.", "ar",
     [("15 شخصا اعتقلوا", "anonymous", "مصادر متطابقة", "وأفادت", None)]),
    ("وقال المتحدث باسم الجيش إن 12 جنديا أصيبوا.", "ar",
     [("12 جنديا أصيبوا", "official", "المتحدث باسم الجيش", "وقال", None)]),
    ("ونقلت الوكالة عن صحيفة الوطن أن 40 مصنعا أغلقت.", "ar",
     [("40 مصنعا أغلقت", "official", "الوكالة", "ونقلت", "صحيفة الوطن")]),
    ("وكتب الوزير على حسابه في منصة إكس أن الحكومة خصصت 500 مليون دولار.", "ar",
     [("الحكومة خصصت 500 مليون دولار", "official", "الوزير", "وكتب", None)]),
    ("وقال الوزير لرويترز، نقلاً عن بيانات داخلية، إن الصادرات ارتفعت 9%.", "ar",
     [("الصادرات ارتفعت 9%", "official", "الوزير", "وقال", "بيانات داخلية")]),
])
def test_unseen_attribution_phrases(text, lang, rows):
    assert frame_rows(text, lang, PUB, cited=True) == rows


def test_quote_over_two_sentences_keeps_its_speaker():
    text = '"We have lost 300 homes," the mayor said. "Another 40 are at risk."'
    assert frame_rows(text, "en", PUB) == [
        ("We have lost 300 homes", "official", "the mayor", "said"),
        ("Another 40 are at risk", "official", "the mayor", None),
    ]


@pytest.mark.parametrize("text, lang, rows", [
    ("Civil Defense said 14 people had died in the blaze.", "en",
     [("14 people had died in the blaze", "official", "Civil Defense", "said")]),
    ("وذكر الدفاع المدني أن 14 شخصا لقوا حتفهم.", "ar", [("14 شخصا لقوا حتفهم", "official", "الدفاع المدني", "وذكر")]),
    ("وقال خفر السواحل إن 14 مهاجرا غرقوا.", "ar", [("14 مهاجرا غرقوا", "official", "خفر السواحل", "وقال")]),
    ("وقال الهلال الأحمر إن 300 أسرة نزحت.", "ar", [("300 أسرة نزحت", "official", "الهلال الأحمر", "وقال")]),
    ("وقال الإسعاف الوطني إن 14 شخصا أصيبوا.", "ar", [("14 شخصا أصيبوا", "official", "الإسعاف الوطني", "وقال")]),
])
def test_emergency_services_are_official(text, lang, rows):
    """As the coast guard and the Red Cross already were in English: a rescue or civil-protection service speaks
    for its body, in both languages."""
    assert frame_rows(text, lang, PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("وقالت المحكمة في حكمها الصادر أواخر الشهر الماضي إن المتهمين دفعوا 2 مليون دينار.",
     [("المتهمين دفعوا 2 مليون دينار", "official", "المحكمة", "وقالت")]),
])
def test_ruling_channels_end_the_source(text, rows):
    """A ruling or decision (في حكمها، في قراره) is a channel, as في بيانها is: the source stops before it, as it does
    before 'in its ruling'."""
    assert frame_rows(text, "ar", PUB) == rows


@pytest.mark.parametrize("text, lang, rows", [
    ("أغلقت 20 مدرسة في مارس، بحسب ما قال مسؤول منتصف أبريل.", "ar",
     [("أغلقت 20 مدرسة في مارس", "anonymous", "مسؤول", "بحسب ما قال")]),
    ("أغلقت 20 مدرسة، وفق ما أعلنت الوزارة في آذار.", "ar", [("أغلقت 20 مدرسة", "official", "الوزارة", "وفق ما أعلنت")]),
    ("أغلقت 20 مدرسة، قال مسؤول في آذار.", "ar", [("أغلقت 20 مدرسة", "anonymous", "مسؤول", "قال")]),
    ("Twenty schools closed in March, officials in mid-April said.", "en",
     [("Twenty schools closed in March", "anonymous", "officials", "said")]),
])
def test_time_adjunct_closing_a_trailing_source(text, lang, rows):
    """The rule holds for every frame shape, trailing and prepositional ones too: the date closing the source is
    the saying's."""
    assert frame_rows(text, lang, PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Citing the Wall Street Journal, Reuters said the deal was worth $3 billion.",
     [("the deal was worth $3 billion", "named", "Reuters", "said", "the Wall Street Journal")]),
    ("Quoting two diplomats, the agency said 40 people were detained.",
     [("40 people were detained", "official", "the agency", "said", "two diplomats")]),
    ("Reuters reported the deal was worth $3 billion, citing the Wall Street Journal.",
     [("the deal was worth $3 billion", "named", "Reuters", "reported", "the Wall Street Journal")]),
    # kept: a cause after the content is no cited source, and stays in the claim
    ("The ministry said prices rose 5%, citing higher fuel costs.",
     [("prices rose 5%, citing higher fuel costs", "official", "The ministry", "said", None)]),
])
def test_cited_source_before_or_after_a_leading_frame(text, rows):
    """'Citing Y, X said Z' and 'X said Z, citing Y' cite Y as 'X, citing Y, said Z' does: Z is the claim, not the
    participle phrase, and Y is the cited source."""
    assert frame_rows(text, "en", PUB, cited=True) == rows
