"""Two attribution shapes.

- A negated verb of saying reports nothing, in both languages (lexicons ``negated_saying``): in "The ministry did not say how many people were arrested" the
  ministry is the subject of a statement in the outlet's voice, not the source of "how many people were arrested"
  (and "did not" is no part of any source). The sentence stays one claim, unattributed and negated, as "He declined
  to say ..." and «لم تذكر الوزارة ...» already were. «ولم تكشف الوكالة عن حجم الأرباح» is likewise the writer's
  negated statement, not the agency's report of «عن حجم الأرباح».
- A coordinated or participle report after a main clause whose subject is a possessive phrase ("Uganda's trade
  ministry welcomed the figures but said Y", "Kenya's central bank held rates, saying Y") has that phrase as its
  speaker; before, a name followed by a possessive was left out and Y was the outlet's, or the last speaker's.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2026, 1, 14)


@pytest.mark.parametrize("text, rows", [
    ("The ministry did not say how many people were arrested.",
     [("The ministry did not say how many people were arrested", "unattributed", None, None)]),
    ("It did not say whether the plant would reopen.",
     [("It did not say whether the plant would reopen", "unattributed", None, None)]),
    ("The police would not say why the suspects were released.",
     [("The police would not say why the suspects were released", "unattributed", None, None)]),
    ("The company didn't say how much it paid for the stake.",
     [("The company didn't say how much it paid for the stake", "unattributed", None, None)]),
], ids=["did-not-say", "it-did-not", "would-not", "didnt"])
def test_a_negated_saying_reports_nothing(text, rows):
    assert frame_rows(text, "en", PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("ولم تكشف الوكالة عن حجم الأرباح التي حققها الميناء.",
     [("ولم تكشف الوكالة عن حجم الأرباح التي حققها الميناء", "unattributed", None, None)]),
    ("ولم يعلن البنك عن قيمة الصفقة.", [("ولم يعلن البنك عن قيمة الصفقة", "unattributed", None, None)]),
    ("ولم تكشف الوكالة عن حجم الأرباح، فيما قال مصدر إن الإيرادات تجاوزت 4 مليارات درهم.",
     [("ولم تكشف الوكالة عن حجم الأرباح", "unattributed", None, None),
      ("الإيرادات تجاوزت 4 مليارات درهم", "anonymous", "مصدر", "قال")]),
    ("وكشفت الوكالة أن الأرباح بلغت 4 مليارات درهم.",  # not negated: the agency's report
     [("الأرباح بلغت 4 مليارات درهم", "official", "الوكالة", "وكشفت")]),
], ids=["lam-takshif", "lam-yuelin", "then-a-source", "positive"])
def test_an_arabic_negated_saying_reports_nothing(text, rows):
    assert frame_rows(text, "ar", PUB) == rows


def test_the_next_sentence_does_not_inherit_a_negated_speaker():
    text = ("The authority plans to spend 35 billion shillings on a new berth. It did not say how the project "
            "would be financed. Uganda's trade ministry welcomed the plan but said fees remained far too high.")
    rows = frame_rows(text, "en", PUB)
    assert ("fees remained far too high", "official", "Uganda's trade ministry", "said") in rows, rows
    assert all(r[2] != "It did not" for r in rows), rows


@pytest.mark.parametrize("text, rows", [
    ("Uganda's trade ministry welcomed the figures but said fees remained far too high.",
     [("Uganda's trade ministry welcomed the figures", "unattributed", None, None),
      ("fees remained far too high", "official", "Uganda's trade ministry", "said")]),
    ("Kenya's central bank held its main rate at 9.75%, saying inflation was within its target range.",
     [("Kenya's central bank held its main rate at 9.75%", "unattributed", None, None),
      ("inflation was within its target range", "official", "Kenya's central bank", "saying")]),
], ids=["but-said", "saying"])
def test_a_possessive_subject_speaks_for_the_coordinated_report(text, rows):
    assert frame_rows(text, "en", PUB) == rows


def test_the_still_said_negated_frames_of_a_positive_saying_stay():
    # a positive verb of saying after a negated clause keeps its frame
    assert frame_rows("The ministry said it did not know how many people were arrested.", "en", PUB) == [
        ("it did not know how many people were arrested", "official", "The ministry", "said")]
