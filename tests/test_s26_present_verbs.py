"""Present-tense verbs of what a company or body is (employs, operates, owns, serves, produces, carries, controls,
manages) are predicates: after ', and' they open a second claim that shares the subject ('The airline carried 21.6
million passengers last year, and employs about 1,100 pilots' is two facts, the second the airline's)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, second, subject", [
    ("Skylark Airways carried 21.6 million passengers last year, and employs about 1,100 pilots.",
     "employs about 1,100 pilots", "Skylark Airways"),
    ("Northwind Energy produced 40,000 barrels a day in 2024, and operates 12 platforms in the North Sea.",
     "operates 12 platforms in the North Sea", "Northwind Energy"),
])
def test_a_coordinated_present_verb_is_a_claim_of_its_own(text, second, subject):
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert len(claims) == 2
    assert claims[1].text == second
    assert claims[1].subject is not None and claims[1].subject.text == subject


def test_a_relative_with_such_a_verb_stays_inside_its_subject():
    text = "Skylark Airways, which employs about 1,100 pilots, cut 300 jobs in May."
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims][-1].endswith("cut 300 jobs in May")
