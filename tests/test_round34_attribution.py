"""Round 34, attribution in both languages.

- A verb of saying right before 'by' is a passive participle describing the noun before it ('higher than the 85
  deaths reported by the WHO', 'compared with 85 reported by the WHO'): no trailing frame, so the comparison phrase
  before it is never a source; after a figure and a comma it reports only that phrase, the agent its source (an
  acronym agent, 'the WHO', is no relative 'who'); the clause before the comma stays the writer's (or its speaker's).
- A relaying verb with nothing between it and عن («ونُقل عن مسؤول في الوزارة قوله إن») names no outlet that relays:
  the one quoted is the source, typed as any source is (anonymous, official), not the writer's own clause.
- Arabic verb-first announcements: a relative clause set off by commas after the subject (أعلنت شركة نوفا، التي
  تأسست عام 2010، تسريح 300 موظف) no longer breaks the frame: the object after it is the body's announcement, the
  relative clause with its date or figure a background fact of its own, as after قال. After a definite body (الشرطة،
  الحكومة) a definite word that is no adjective (no nisba shape, not in ``definite_adjectives``) opens the object and
  is never part of the source (أعلنت الشرطة المنطقة منطقة عسكرية → الشرطة).
- More verbs of saying: 'recount', 'testify', 'concede', 'confess', 'contend', 'reiterate' and 'underscore' report a clause (that-clause, bare clause with an auxiliary, trailing
  frame) but never a plain object or an adjunct ('testified for 3 hours', 'conceded 3 goals'), as 'admit' does; Arabic
  ألمح (إلى أن) as أشار, and أردف، استدرك go on as تابع does. 'signal' stays out: a headline's "signals cut in December" is a fact of its own.
"""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2026, 11, 20)


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


@pytest.mark.parametrize("text, rows", [
    ("The death toll reached 112, higher than the 85 deaths reported by the WHO.",
     [("The death toll reached 112", "unattributed", None, None),
      ("higher than the 85 deaths", "official", "the WHO", "reported")]),
    ("The toll was 112, compared with 85 reported by the WHO.",
     [("The toll was 112", "unattributed", None, None), ("compared with 85", "official", "the WHO", "reported")]),
    ("Turnout reached 61%, above the 54% announced by the commission.",
     [("Turnout reached 61%", "unattributed", None, None), ("above the 54%", "official", "the commission", "announced")]),
    ("The ministry said 40 people died, more than the 25 deaths announced by police.",
     [("40 people died", "official", "The ministry", "said"),
      ("more than the 25 deaths", "official", "police", "announced")]),
    ("Inflation eased to 3.1%, below the 3.4% forecast by economists.",
     [("Inflation eased to 3.1%", "unattributed", None, None), ("below the 3.4%", "anonymous", "economists", "forecast")]),
    # kept: an active trailing frame, a passive with its auxiliary naming the agent, a participle with no figure
    ("The death toll reached 112, the WHO reported.", [("The death toll reached 112", "official", "the WHO", "reported")]),
    ("It was announced by the ministry that 40 schools would close.",
     [("40 schools would close", "official", "the ministry", "announced")]),
    ("The plan announced by the government will cost 3 billion dollars.",
     [("The plan announced by the government will cost 3 billion dollars", "unattributed", None, None)]),
])
def test_a_participle_before_by_is_no_trailing_frame(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("ونقل عن مسؤول في الوزارة قوله إن 300 موظف سيسرحون.",
     [("300 موظف سيسرحون", "anonymous", "مسؤول في الوزارة", "ونقل")]),
    ("ونُقل عن وزير المالية قوله إن العجز بلغ 4%.", [("العجز بلغ 4%", "official", "وزير المالية", "ونُقل")]),
    ("ونقل عن مصادر طبية أن 12 شخصا قتلوا في القصف.",
     [("12 شخصا قتلوا في القصف", "anonymous", "مصادر طبية", "ونقل")]),
    # kept: an outlet relaying a source is the frame's source, the one quoted its cited source
    ("ونقلت رويترز عن مسؤول في الوزارة قوله إن 300 موظف سيسرحون.",
     [("300 موظف سيسرحون", "named", "رويترز", "ونقلت")]),
])
def test_a_relay_with_no_outlet_is_the_quoted_sources(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("Witnesses recounted that 12 people were shot.", [("12 people were shot", "anonymous", "Witnesses", "recounted")]),
    ("The pilot testified that the engine failed 3 minutes after take-off.",
     [("the engine failed 3 minutes after take-off", "named", "The pilot", "testified")]),
    ("وألمح الوزير إلى أن الأسعار سترتفع 10%.", [("الأسعار سترتفع 10%", "official", "الوزير", "وألمح")]),
    ("The coach, Marcel Koller, conceded that the team had lost 3 key players.",
     [("the team had lost 3 key players", "named", "Marcel Koller", "conceded")]),
    ("The bank reiterated that rates would stay at 4% until June.",
     [("rates would stay at 4% until June", "official", "The bank", "reiterated")]),
    ("Prosecutors contend that the firm hid 40 million dollars.",
     [("the firm hid 40 million dollars", "official", "Prosecutors", "contend")]),
    ("قال الوزير إن الأسعار ستنخفض. وأردف أن الخطة ستكلف 3 مليارات.",
     [("الأسعار ستنخفض", "official", "الوزير", "قال"), ("الخطة ستكلف 3 مليارات", "official", "الوزير", "وأردف")]),
    ("قال الوزير إن الأسعار ستنخفض. واستدرك قائلا إن العجز سيبلغ 4%.",
     [("الأسعار ستنخفض", "official", "الوزير", "قال"), ("العجز سيبلغ 4%", "official", "الوزير", "واستدرك")]),
    # kept: a plain object, an adjunct
    ("The keeper conceded 3 goals.", [("The keeper conceded 3 goals", "unattributed", None, None)]),
    ("The minister reiterated his support for the plan.",
     [("The minister reiterated his support for the plan", "unattributed", None, None)]),
    ("Central bank holds rate at 4.25%, signals cut in December\n",
     [("Central bank holds rate at 4.25%", "unattributed", None, None),
      ("signals cut in December", "unattributed", None, None)]),
    ("He testified for 3 hours.", [("He testified for 3 hours", "unattributed", None, None)]),
])
def test_more_verbs_of_saying(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("أعلنت شركة نوفا، التي تأسست عام 2010، تسريح 300 موظف.",
     [("شركة نوفا، التي تأسست عام 2010", "unattributed", None, None),
      ("تسريح 300 موظف", "official", "شركة نوفا", "أعلنت")]),
    ("أعلنت وزارة الصحة، التي تدير 40 مستشفى، تسجيل 30 إصابة جديدة.",
     [("وزارة الصحة، التي تدير 40 مستشفى", "unattributed", None, None),
      ("تسجيل 30 إصابة جديدة", "official", "وزارة الصحة", "أعلنت")]),
    ("أعلن الجيش، الذي ينتشر في المدينة، مقتل 12 مسلحا.", [("مقتل 12 مسلحا", "official", "الجيش", "أعلن")]),
    # the English shape, kept
    ("Nova, which was founded in 2010, said it would cut 300 jobs.",
     [("Nova, which was founded in 2010", "unattributed", None, None),
      ("it would cut 300 jobs", "official", "Nova", "said")]),
])
def test_a_relative_clause_after_an_announcing_subject(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows


@pytest.mark.parametrize("text, rows", [
    ("أعلنت الشرطة المنطقة منطقة عسكرية مغلقة لمدة 3 أيام.",
     [("أعلنت الشرطة المنطقة منطقة عسكرية مغلقة لمدة 3 أيام", "official", "الشرطة", "أعلنت")]),
    # kept: a definite adjective of the body, nisba-shaped or listed
    ("أعلنت الأمم المتحدة المجاعة في 3 مناطق.",
     [("أعلنت الأمم المتحدة المجاعة في 3 مناطق", "official", "الأمم المتحدة", "أعلنت")]),
    ("أعلنت النيابة العامة حبس 3 متهمين.", [("أعلنت النيابة العامة حبس 3 متهمين", "official", "النيابة العامة", "أعلنت")]),
])
def test_a_definite_object_after_a_definite_body(text, rows):
    assert frame_rows(text, _lang(text), PUB) == rows
