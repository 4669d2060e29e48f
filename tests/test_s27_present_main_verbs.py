"""A reporting verb coordinated with a main clause in the present or with a have-form ('The company has about 150
million users in Europe and says it has spent 12 billion euros', 'The union employs 20,000 members and says 5,000 will
strike') reports the main clause's subject, as after a past verb ('rejected the offer and said'); the claim is what
was said, in the subject's voice. A time adjunct after a coordinated reporting verb ('and said on Tuesday that') is the
frame's, not the claim's."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return analyze(text, "en", date(2025, 9, 12)).claims


@pytest.mark.parametrize("text, content, source", [
    ("The union employs 20,000 members and says 5,000 of them will strike on Monday.",
     "5,000 of them will strike on Monday", "The union"),
    ("The company has about 150 million users in Europe, and says it has spent 12 billion euros on local storage.",
     "it has spent 12 billion euros on local storage", "The company"),
    ("The regulator had 300 staff in 2024 and said it would hire 120 more next year.",
     "it would hire 120 more next year", "The regulator"),
])
def test_a_present_main_clause_lends_its_subject(text, content, source):
    claims = _claims(text)
    said = [c for c in claims if c.text == content]
    assert said, [c.text for c in claims]
    assert said[0].attribution.source.text == source


@pytest.mark.parametrize("text, content", [
    ("The union rejected the offer and said on Tuesday that 5,000 members would strike.", "5,000 members would strike"),
    ("The company cut 300 jobs last year and said on Tuesday it would close two plants.", "it would close two plants"),
])
def test_a_time_adjunct_after_a_coordinated_verb_is_the_frames(text, content):
    claims = _claims(text)
    assert content in [c.text for c in claims], [c.text for c in claims]


def test_a_plural_noun_is_no_verb_of_the_subject():
    # 'exports' is the subject's head noun here, not its verb: the coordinated report stays the exporters'
    claims = _claims("The country's exports rose 4% in August and officials said shipments would rise again.")
    assert any(c.text == "shipments would rise again" for c in claims), [c.text for c in claims]


@pytest.mark.parametrize("text, content", [
    ("The UN's humanitarian office said last month it had received only 22% of the $2.5 billion it sought.",
     "it had received only 22% of the $2.5 billion it sought"),
    ("The ministry said Tuesday the plant would close in March with the loss of 400 jobs.",
     "the plant would close in March with the loss of 400 jobs"),
])
def test_a_time_adjunct_before_the_reported_subject_is_the_frames(text, content):
    claims = _claims(text)
    assert [c.text for c in claims] == [content]


def test_a_date_modifying_the_reported_subject_stays():
    claims = _claims("The ministry said March sales rose 4% to 1.2 million cars.")
    assert [c.text for c in claims] == ["March sales rose 4% to 1.2 million cars"]
