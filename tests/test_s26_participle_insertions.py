"""A participle phrase set off by commas after a sentence's opening noun phrase ('More than 420 firefighters, backed
by 11 water-dropping planes, were battling the blaze') describes the subject: the subject, the insertion and the
predicate are one claim. Before, the subject and the insertion were two claims and the predicate was lost."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text", [
    "More than 420 firefighters, backed by 11 water-dropping planes and 9 helicopters, were battling the blaze.",
    "About 300 police officers, supported by two helicopters, searched the forest on Monday.",
    "Some 1,200 workers, led by union officials, marched to the parliament building.",
    "Two people, trapped in a collapsed building, were rescued after 30 hours.",
])
def test_a_participle_insertion_stays_with_its_subject(text):
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [text.rstrip(".")]


def test_the_figures_of_subject_and_insertion_are_kept():
    text = "More than 420 firefighters, backed by 11 water-dropping planes, were battling the blaze on Sunday."
    (claim,) = analyze(text, "en", date(2025, 9, 10)).claims
    assert [(q.value, q.qualifier) for q in claim.quantities] == [(420, "more_than"), (11, "exact")]
    assert [d.value for d in claim.dates] == ["2025-09-07"]


def test_a_participle_after_a_predicate_opens_no_subject_insertion():
    text = "Firefighters contained the blaze on Sunday, helped by cooler winds, and 14 villages were evacuated."
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == ["Firefighters contained the blaze on Sunday", "14 villages were evacuated"]


@pytest.mark.parametrize("text, second", [
    # ', and' / ', or' before a clause of its own: the coordinator belongs to neither claim
    ("Prices rose 5% on Monday, and 14 villages were evacuated.", "14 villages were evacuated"),
    ("The plant may reopen in March, or the company may sell it for $40 million.",
     "the company may sell it for $40 million"),
    # 'but' keeps its contrast
    ("Sales rose 5% in May, but profit fell 3% in the same month.", "but profit fell 3% in the same month"),
])
def test_a_plain_coordinator_after_a_comma_belongs_to_neither_claim(text, second):
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert len(claims) == 2 and claims[1].text == second
    assert text[claims[1].start:claims[1].end] == second
