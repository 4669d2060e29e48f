"""Round 27: temperatures, signed values, names and ages that are no amounts, counted -men nouns, Arabic parts
and duals (find_quantities on hand-written sentences; each case is (text, [(span, value, unit, total)]))."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

_FIELDS = ("text", "value", "unit", "total")

EN = [
    # a capital C or F glued to the figure, or after it in a clause about the weather, is a temperature
    ("Temperatures reached 41C in Seville on Monday.", [("41C", 41, "celsius", None)]),
    ("Phoenix recorded 104F on Sunday.", [("104F", 104, "fahrenheit", None)]),
    ("It hit 41°C in the shade.", [("41°C", 41, "celsius", None)]),
    ("Forecasters expect temperatures of 38 C on Friday.", [("38 C", 38, "celsius", None)]),
    ("He scored 3 c of them.", [("3", 3, None, None)]),
    ("Under Section 3 C of the act, he was charged.", []),
    # signs written as words or symbols
    ("Temperatures fell to minus 12°C overnight.", [("minus 12°C", -12, "celsius", None)]),
    ("Temperatures fell to -5C overnight.", [("-5C", -5, "celsius", None)]),
    ("The margin of error is plus or minus 3 percentage points.", [("3 percentage points", 3, "percentage_point", None)]),
    # a number word inside a name, an age
    ("Manchester United sacked Erik ten Hag on Monday.", []),
    ("The 29-year-old was arrested on Tuesday.", []),
    ("The 25-year-old, who scored twice, signed on Friday.", [("twice", 2, "times", None)]),
    ("A 29-year-old man was arrested.", [("29-year", 29, "year", None)]),  # an adjective keeps its amount
    # compounds in -man / -men count people
    ("Police said three policemen were injured.", [("three policemen", 3, "person", None)]),
    ("Five firemen and two congresswomen attended.", [("Five firemen", 5, "person", None),
                                                       ("two congresswomen", 2, "person", None)]),
    ("Gunmen killed 12 tribesmen.", [("12 tribesmen", 12, "person", None)]),
    ("Three sailors and two US Marines were killed.", [("Three sailors", 3, "person", None),
                                                      ("two US Marines", 2, "person", None)]),
    ("Temperatures dropped to 5 below zero.", [("5 below zero", -5, None, None)]),
    ("John ten Brink attended.", []),
    # a proper fraction in digits before "of" is a share; other slashed digits are no amount
    ("About 1/3 of respondents agreed.", [("About 1/3", 33.333333, "percent", None)]),
    ("The 9/11 attacks killed 2,977 people.", [("2,977 people", 2977, "person", None)]),
    ("The shop is open 24/7.", []),
    # a score is no total
    ("The striker, who scored 2 goals in the 4-1 win, left.", [("2 goals", 2, "goal", None)]),
]

AR = [
    ("انخفضت درجة الحرارة إلى 3 تحت الصفر", [("3 تحت الصفر", -3, "celsius", None)]),
    ("أفرج عن 3 من بين المعتقلين الـ14", [("3 من بين المعتقلين الـ14", 3, "person", 14)]),
    ("قتل طفلان اثنان في القصف", [("طفلان اثنان", 2, "person", None)]),
    ("واستمر الإضراب يومين اثنين.", [("يومين", 2, "day", None)]),  # اثنين after a span of time may be Monday
    ("أصيب ثلاثة شرطيين في الهجوم", [("ثلاثة شرطيين", 3, "person", None)]),
    ("اعتقل خمسة عسكريين", [("خمسة عسكريين", 5, "person", None)]),
    ("سجلت درجة الحرارة 5 درجات تحت الصفر", [("5 درجات تحت الصفر", -5, "celsius", None)]),
    ("وصلت درجات الحرارة إلى 2- تحت الصفر", [("2- تحت الصفر", -2, "celsius", None)]),
    ("2/3 من السكان يؤيدون القرار", [("2/3", 66.666667, "percent", None)]),
    ("انخفض التضخم إلى سالب 0.5%", [("سالب 0.5%", -0.5, "percent", None)]),
    # two after a broken plural is a part («اثنان منهم»), not the adjective of a dual
    ("قتل ثلاثة جنود اثنان منهم ضباط", [("ثلاثة جنود", 3, "person", None)]),
]


@pytest.mark.parametrize(("text", "want"), EN)
def test_english(text, want):
    assert quantity_rows(text, "en", _FIELDS) == want


@pytest.mark.parametrize(("text", "want"), AR)
def test_arabic(text, want):
    assert quantity_rows(text, "ar", _FIELDS) == want
