"""Round 27, Arabic attribution and dates: an expectation verb with an أن + imperfect object reads a later bare
date ahead (توقعت الأرصاد أن تبلغ الحرارة 50 درجة الأحد); a definite body modifier after a data noun keeps it
official (بحسب التقديرات الأممية, as تقديرات أممية); a plural of an official head (منظمات، وكالات) is official, as its singular and the English plural are; a title chain
ending in a country is an official's title (رئيس وزراء لبنان); a bare الاثنين after a verb's object that ends
the clause or precedes a day part is a date."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import date_rows, frame_rows

PUB = date(2025, 10, 8)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("وتوقعت الأرصاد الجوية أن تبلغ درجة الحرارة 50 درجة الأحد.", [("الأحد", "2025-10-12")]),
    ("رجح خبراء أن ترتفع أسعار الوقود الخميس.", [("الخميس", "2025-10-09")]),
    ("توقع المحللون أن يخفض البنك المركزي الفائدة الأحد.", [("الأحد", "2025-10-12")]),
    # the date right after the verb is the expectation's own, before its أن clause
    ("وتوقعت الأرصاد الجوية الأحد أن تنخفض درجات الحرارة.", [("الأحد", "2025-10-05")]),
])
def test_expectation_with_an_imperfect_reads_ahead(text, expected):
    assert date_rows(text, "ar", PUB) == expected


@pytest.mark.parametrize("text, source", [
    ("وارتفع عدد القتلى إلى 30 بحسب التقديرات الأممية.", "التقديرات الأممية"),
    ("وارتفع عدد القتلى إلى 30 بحسب تقديرات أممية.", "تقديرات أممية"),
])
def test_definite_body_modifier_after_data_noun_is_official(text, source):
    assert frame_rows(text, "ar", PUB)[0][1:3] == ("official", source)


@pytest.mark.parametrize("text, kind, source", [
    ("منظمات أممية قالت إن 300 شخص قتلوا.", "official", "منظمات أممية"),
    ("وقالت وكالات أممية إن 300 شخص قتلوا.", "official", "وكالات أممية"),
    # as the English side types 'International organisations' and 'Rights groups': a plural of an official head
    ("وقالت منظمات دولية إن 300 شخص قتلوا.", "official", "منظمات دولية"),
    ("منظمات حقوقية قالت إن 300 شخص قتلوا.", "official", "منظمات حقوقية"),
    ("وقالت المنظمات الإنسانية إن 300 شخص قتلوا.", "official", "المنظمات الإنسانية"),
])
def test_unnamed_plural_bodies_are_not_named(text, kind, source):
    assert frame_rows(text, "ar", PUB)[0][1:3] == (kind, source)


@pytest.mark.parametrize("text, source", [
    ("رئيس وزراء لبنان قال إن 300 شخص قتلوا.", "رئيس وزراء لبنان"),
    ("وقال رئيس وزراء العراق إن 300 شخص قتلوا.", "رئيس وزراء العراق"),
    ("رئيس بلدية صيدا قال إن 300 شخص قتلوا.", "رئيس بلدية صيدا"),
])
def test_title_chain_with_a_place_is_official(text, source):
    assert frame_rows(text, "ar", PUB)[0][1:3] == ("official", source)


@pytest.mark.parametrize("text, expected", [
    ("أكمي تسرح 500 عامل الاثنين.", [("الاثنين", "2025-10-06")]),
    ("وقعت الحكومة الاتفاق الاثنين صباحا.", [("الاثنين صباحا", "2025-10-06")]),
    ("اعتقلت الشرطة الاثنين.", []),  # the two (men): the verb's object
    ("وقع خلاف بين الاثنين.", []),
    ("افتتح الوزير مقهى «نادي الاثنين» في المدينة.", []),
])
def test_bare_monday_after_the_object(text, expected):
    assert date_rows(text, "ar", PUB) == expected


@pytest.mark.parametrize("text, expected", [
    # a definite word heads no construct: the bare end of the week after one is adverbial, a date
    ("وسيزور الملك الإمارات نهاية الأسبوع.", [("نهاية الأسبوع", "2025-10")]),
    ("وتنتهي المفاوضات نهاية الأسبوع.", [("نهاية الأسبوع", "2025-10")]),
    ("وأغلقت المتاجر عطلة نهاية الأسبوع.", [("عطلة نهاية الأسبوع", "2025-10")]),
    ("تزدحم رحلات نهاية الأسبوع بالمسافرين.", []),  # an indefinite head: the weekend's trips
])
def test_bare_end_of_week_after_a_definite_word(text, expected):
    assert date_rows(text, "ar", PUB) == expected


@pytest.mark.parametrize("text, rows", [
    # a dated adjunct (في + day + month, or month + year; Hijri months too) after the verb is the frame's, not the source
    ("وأعلنت السلطات في 15 مارس عن إغلاق 20 مدرسة.",
     [("وأعلنت السلطات في 15 مارس عن إغلاق 20 مدرسة", "official", "السلطات", "وأعلنت")]),
    ("وأعلنت الوزارة في 15 مارس إغلاق 20 مدرسة.",
     [("وأعلنت الوزارة في 15 مارس إغلاق 20 مدرسة", "official", "الوزارة", "وأعلنت")]),
    ("وأعلنت الوزارة في وقت سابق إغلاق 20 مدرسة.",
     [("وأعلنت الوزارة في وقت سابق إغلاق 20 مدرسة", "official", "الوزارة", "وأعلنت")]),
    ("وكانت السلطات قد أعلنت في 15 شعبان 1446 عن إغلاق 20 مدرسة.",
     [("السلطات قد أعلنت في 15 شعبان 1446 عن إغلاق 20 مدرسة", "official", "السلطات", "أعلنت")]),
    ("وقالت الوزارة في 15 مارس إن 20 مدرسة أغلقت.", [("20 مدرسة أغلقت", "official", "الوزارة", "وقالت")]),
])
def test_dated_adjunct_is_not_the_source(text, rows):
    assert frame_rows(text, "ar", PUB) == rows
