"""A result reported as the reporting verb's object ('Westbridge Bank reported a 41% drop in pretax profit') is the
named speaker's own: the claim 'a 41% drop in pretax profit …' has the speaker for its subject (it had none), as a
pronoun after a verb of saying does ('Acme said it cut 300 jobs')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return analyze(text, "en", date(2025, 11, 19)).claims


@pytest.mark.parametrize("text, claim, subject", [
    ("Westbridge Bank reported a 41% drop in pretax profit to 1.9 billion pounds.",
     "a 41% drop in pretax profit to 1.9 billion pounds", "Westbridge Bank"),
    ("Kenya Power reported a 12% rise in full-year profit on Thursday.",
     "a 12% rise in full-year profit on Thursday", "Kenya Power"),
])
def test_a_reported_result_is_the_speakers(text, claim, subject):
    claims = _claims(text)
    assert [c.text for c in claims] == [claim]
    assert claims[0].subject is not None and claims[0].subject.text == subject


def test_an_unnamed_speaker_lends_no_subject():
    claims = _claims("The bank reported a 41% drop in pretax profit to 1.9 billion pounds.")
    assert [c.subject for c in claims] == [None]


@pytest.mark.parametrize("text, subject", [
    # a clause of its own after the verb of saying keeps its own subject, or none
    ("Ucas said a record 46,000 students from disadvantaged backgrounds had won a place at university.", None),
    ("The Met Office said a gust of 92mph was recorded at Tiree on Friday morning.", "Tiree"),
])
def test_a_reported_clause_keeps_its_own_subject(text, subject):
    claims = _claims(text)
    assert [c.subject.text if c.subject else None for c in claims] == [subject]
