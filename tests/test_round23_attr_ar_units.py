"""Round 23, Arabic claim units: a second complement with a pronoun subject joined by و (وأنها، وإنه، وبأنهم)
opens a second claim of the same frame when both complements carry a figure, as وأن does, even when the
first has no verb the shape rules know (تضم); with no figure in the second, the sentence stays one claim.
After a comma, a complementizer with a pronoun (، وأنه / ، وإنها) opens a new claim of the same frame, as
، وأن does."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUBLISHED = date(2025, 9, 14)
HEAD = "الخرطوم – وكالات\n"


@pytest.mark.parametrize("text,expected", [
    ("وأكد المتحدث أن القافلة تضم 25 شاحنة وأنها ستصل إلى الفاشر خلال 48 ساعة.",
     [("القافلة تضم 25 شاحنة", "official", "المتحدث", "وأكد"),
      ("وأنها ستصل إلى الفاشر خلال 48 ساعة", "official", "المتحدث", "وأكد")]),
    ("وقال وزير الصناعة إن الشركة باعت 300 سيارة وإنها ستفتتح 4 معارض جديدة.",
     [("الشركة باعت 300 سيارة", "official", "وزير الصناعة", "وقال"),
      ("وإنها ستفتتح 4 معارض جديدة", "official", "وزير الصناعة", "وقال")]),
    ("وأوضح مدير المصنع أن المصنع ينتج 40 ألف طن وأنه يوظف 600 عامل.",
     [("المصنع ينتج 40 ألف طن", "official", "مدير المصنع", "وأوضح"),
      ("وأنه يوظف 600 عامل", "official", "مدير المصنع", "وأوضح")]),
    ("وأفاد سكان بأن المياه غمرت 70 منزلا وبأنهم ينتظرون المساعدة منذ 3 أيام.",
     [("المياه غمرت 70 منزلا", "anonymous", "سكان", "وأفاد"),
      ("وبأنهم ينتظرون المساعدة منذ 3 أيام", "anonymous", "سكان", "وأفاد")]),
    # no figure in the second complement: one claim
    ("وقال وزير التجارة إن الشركة باعت 300 سيارة وإنها راضية عن النتائج.",
     [("الشركة باعت 300 سيارة وإنها راضية عن النتائج", "official", "وزير التجارة", "وقال")]),
])
def test_second_complement(text, expected):
    assert frame_rows(HEAD + text, "ar", PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    ("وأكد محامي الدفاع أن موكله لم يتسلم 3 ملايين جنيه، وأنه سيقدم 6 شهود في الجلسة المقبلة.",
     [("موكله لم يتسلم 3 ملايين جنيه", "named", "محامي الدفاع", "وأكد"),
      ("وأنه سيقدم 6 شهود في الجلسة المقبلة", "named", "محامي الدفاع", "وأكد")]),
    ("وقالت شركة الطيران إنها نقلت 4.2 مليون راكب، وإنها ستضيف 8 وجهات.",
     [("إنها نقلت 4.2 مليون راكب", "official", "شركة الطيران", "وقالت"),
      ("وإنها ستضيف 8 وجهات", "official", "شركة الطيران", "وقالت")]),
    ("وأوضح سكان الحي أن المياه انقطعت 5 أيام، وأنهم اشتروا صهاريج بأسعار مضاعفة.",
     [("المياه انقطعت 5 أيام", "anonymous", "سكان الحي", "وأوضح"),
      ("وأنهم اشتروا صهاريج بأسعار مضاعفة", "anonymous", "سكان الحي", "وأوضح")]),
])
def test_second_complement_after_comma(text, expected):
    assert frame_rows(HEAD + text, "ar", PUBLISHED) == expected
