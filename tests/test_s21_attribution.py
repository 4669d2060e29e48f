"""Session 21, attribution in both languages.

- A prepositional frame inserted between two coordinated clauses ("X produced 45,000 tonnes last year,
  according to company figures, and employs 1,200 people"; «ارتفعت الصادرات 5%، بحسب الوزارة، وانخفضت
  الواردات 2%») closes the clause before it and goes on over the one after it, as a trailing "the
  ministry said" does; it is no leading frame of the second clause alone.
- An English data noun after a body's head noun ('company figures', 'police data', 'army figures') is
  that body's, as 'the company's figures' is: official, not the outlet's own unowned data.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2026, 11, 20)


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


@pytest.mark.parametrize("text, rows", [
    ("The mine produced 45,000 tonnes of copper last year, according to company figures, and employs nearly "
     "1,200 people.",
     [("The mine produced 45,000 tonnes of copper last year", "official", "company figures", "according to"),
      ("employs nearly 1,200 people", "official", "company figures", "according to")]),
    ("Exports rose 5% in March, according to the ministry, and imports fell 2%.",
     [("Exports rose 5% in March", "official", "the ministry", "according to"),
      ("imports fell 2%", "official", "the ministry", "according to")]),
    # the same shape with a verb of saying, which already went on over the second clause
    ("Exports rose 5% in March, the ministry said, and imports fell 2%.",
     [("Exports rose 5% in March", "official", "the ministry", "said"),
      ("imports fell 2%", "official", "the ministry", "said")]),
    # a second clause with a frame of its own keeps it
    ("Exports rose 5% in March, according to the ministry, and the central bank said inflation slowed to 3%.",
     [("Exports rose 5% in March", "official", "the ministry", "according to"),
      ("inflation slowed to 3%", "official", "the central bank", "said")]),
    ("أنتج المنجم 45 ألف طن من النحاس العام الماضي، بحسب أرقام الشركة، ويوظف نحو 1200 شخص.",
     [("أنتج المنجم 45 ألف طن من النحاس العام الماضي", "official", "أرقام الشركة", "بحسب"),
      ("ويوظف نحو 1200 شخص", "official", "أرقام الشركة", "بحسب")]),
    ("ارتفعت الصادرات 5% في مارس، بحسب الوزارة، وانخفضت الواردات 2%.",
     [("ارتفعت الصادرات 5% في مارس", "official", "الوزارة", "بحسب"),
      ("وانخفضت الواردات 2%", "official", "الوزارة", "بحسب")]),
    ("ارتفعت الصادرات 5% في مارس، بحسب الوزارة، وقال البنك المركزي إن التضخم تباطأ إلى 3%.",
     [("ارتفعت الصادرات 5% في مارس", "official", "الوزارة", "بحسب"),
      ("التضخم تباطأ إلى 3%", "official", "البنك المركزي", "وقال")]),
    # dependent continuations stay the clause's, as before
    ("ارتفعت الصادرات 5% في مارس، بحسب الوزارة، وهو أعلى مستوى منذ 2020.",
     [("ارتفعت الصادرات 5% في مارس", "official", "الوزارة", "بحسب")]),
])
def test_a_frame_between_coordinated_clauses_reports_both(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("source, kind", [
    ("company figures", "official"),
    ("police figures", "official"),
    ("army figures", "official"),
    ("the company's figures", "official"),
    ("preliminary figures", "unattributed"),  # nobody's
    ("the data", "unattributed"),
    ("industry data", "unattributed"),  # an industry is no body that speaks
])
def test_a_body_noun_before_a_data_noun_owns_the_data(source, kind):
    text = f"Output rose 5% in October, according to {source}."
    assert frame_rows(text, "en", PUB) == [("Output rose 5% in October", kind, source, "according to")]


@pytest.mark.parametrize("text, rows", [
    # «صادرة عن» names the issuer of the data, not what a verb of announcing is about
    ("وأظهرت بيانات صادرة عن وزارة المالية أن العجز بلغ 4%.",
     [("العجز بلغ 4%", "official", "بيانات صادرة عن وزارة المالية", "وأظهرت")]),
    ("وأفادت بيانات صادرة عن وزارة المالية بأن العجز بلغ 4%.",
     [("العجز بلغ 4%", "official", "بيانات صادرة عن وزارة المالية", "وأفادت")]),
    ("أظهرت أرقام صادرة عن البنك المركزي، الأحد، ارتفاع الدخل السياحي بنسبة 12.3%.",
     [("أظهرت أرقام صادرة عن البنك المركزي، الأحد، ارتفاع الدخل السياحي بنسبة 12.3%", "official",
       "أرقام صادرة عن البنك المركزي", "أظهرت")]),
    ("أعلنت الوزارة عن تسجيل 300 إصابة.",  # a verb of announcing with عن: unchanged
     [("أعلنت الوزارة عن تسجيل 300 إصابة", "official", "الوزارة", "أعلنت")]),
])
def test_data_issued_by_a_body_is_that_bodys(text, rows):
    assert frame_rows(text, "ar", PUB) == rows


@pytest.mark.parametrize("text, claims", [
    ("ولم تعلق الوزارة على هذه الأرقام.", []),
    ("The ministry has not commented on the report.", []),
    # with a figure the sentence still carries a checkable fact
    ("لم تعلق الحكومة على مقتل 12 شخصا.", ["لم تعلق الحكومة على مقتل 12 شخصا"]),
])
def test_a_body_that_did_not_comment_states_no_claim(text, claims):
    assert [row[0] for row in frame_rows(text, _lang(text), PUB)] == claims
