"""English subjects with a comma-delimited insertion before their predicate: a participle or channel
phrase between a speaker and the reporting verb ('The minister, speaking to reporters, said X'), and an
apposition holding an adjective that starts like a verb ('Tesla, the electric carmaker, sold X')."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import attributed_claims

from factcheck.pipeline import analyze

PUBLISHED = date(2024, 6, 4)


def _claims(text: str):
    return attributed_claims(text, "en", PUBLISHED)


@pytest.mark.parametrize("text, claim, kind, source", [
    # a participle phrase between the speaker and the verb is the speaker's, not the content
    ("The minister, speaking to reporters in Cairo, said exports would rise 10% this year.",
     "exports would rise 10% this year", "official", "The minister"),
    ("Ahmed Saleh, speaking at a news conference on Monday, said the plant would reopen.",
     "the plant would reopen", "named", "Ahmed Saleh"),
    ("The minister, asked about prices, said inflation would ease to 3% in June.",
     "inflation would ease to 3% in June", "official", "The minister"),
    ("Laila Haddad, addressing shareholders in Dubai, said profit rose 12% last year.",
     "profit rose 12% last year", "named", "Laila Haddad"),
    # a reporting participle leading such an insertion frames nothing of its own
    ("The minister, writing in a column, said exports would rise 10% this year.",
     "exports would rise 10% this year", "official", "The minister"),
    # must not change: a channel or relative insertion, and the same sentences without an insertion
    ("The company, in a filing on Tuesday, said it had cut 200 jobs.", "it had cut 200 jobs", "official",
     "The company"),
    ("The spokesman, who declined to give details, said talks were continuing.", "talks were continuing",
     "official", "The spokesman"),
    ("A spokesman, who declined to be named, said talks were continuing.", "talks were continuing",
     "anonymous", "A spokesman"),
    ("The minister said exports would rise 10% this year.", "exports would rise 10% this year", "official",
     "The minister"),
    ("The minister, who led the talks, said exports would rise 10% this year.",
     "exports would rise 10% this year", "official", "The minister"),
    ("Exports would rise 10% this year, said the minister.", "Exports would rise 10% this year", "official",
     "the minister"),
    ('"Exports will rise," said Dr Jane Ahmed.', "Exports will rise", "named", "Dr Jane Ahmed"),
    ("Reuters, citing two sources, said the deal was worth $3 billion.", "the deal was worth $3 billion",
     "named", "Reuters"),
])
def test_insertion_after_speaker(text, claim, kind, source):
    got = _claims(text)
    assert [c for c in got if c[0] == claim] == [(claim, kind, source)], got
    assert len(got) == 1, got


@pytest.mark.parametrize("text", [
    "The minister, speaking to reporters in Cairo, said exports would rise 10% this year.",
    "Ahmed Saleh, speaking at a news conference on Monday, said the plant would reopen.",
    "The minister, writing in a column, said exports would rise 10% this year.",
])
def test_insertion_cue_is_the_verb(text):
    (c,) = analyze(text, "en", PUBLISHED).claims
    assert c.attribution.cue.text == "said"


@pytest.mark.parametrize("text", [
    "Tesla, the electric carmaker, sold 400,000 cars in the quarter.",
    "Tesla, the world's largest electric carmaker, sold 400,000 cars in the quarter.",
    "Volta, an electricity supplier, raised prices 8% in March.",
    "Nadia Karim, a former election official, won 54% of the vote.",
    # must not change
    "Tesla, the carmaker, sold 400,000 cars in the quarter.",
    "The bridge, built in 1932, will close for repairs next month.",
    "Workers' remittances, a key source of foreign currency for the country, jumped 27% in June.",
])
def test_apposition_keeps_its_predicate(text):
    got = _claims(text)
    assert [c[0] for c in got] == [text.rstrip(".")], got


@pytest.mark.parametrize("text, claims", [
    # must not change: two clauses stay two claims
    ("The electric carmaker sold 400,000 cars in the quarter, while its rival sold 300,000.",
     ["The electric carmaker sold 400,000 cars in the quarter", "while its rival sold 300,000"]),
])
def test_clauses_still_split(text, claims):
    assert [c[0] for c in _claims(text)] == claims
