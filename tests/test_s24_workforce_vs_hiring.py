"""A workforce and a hiring are two facts: "Orbitel hired 300 engineers" and "Orbitel employs 300 engineers"
(«توظف أوربيتل 300 مهندس», «يعمل في الشركة 300 مهندس») give one figure, but one says how many were taken on
(or let go) and the other how many work there, so neither confirms the other: related, with the reason.
Two hirings, two headcounts, or a hiring and a layoff stay as before; reducing a workforce ("will reduce its
workforce by 300 positions") is a layoff, which agrees with another telling of it."""
from __future__ import annotations

import pytest
from conftest import assert_compare_api

PAIRS = [
    ("Orbitel hired 300 engineers last year.", "Orbitel employs 300 engineers.", "related",
     "one counts a workforce ('employ'), the other a hiring"),
    ("Orbitel hired 300 engineers last year.", "توظف شركة أوربيتل 300 مهندس في مصنعها بالقاهرة.", "related",
     "one counts a workforce ('توظف'), the other a hiring"),
    ("وظفت شركة أوربيتل 300 مهندس العام الماضي.", "يعمل في شركة أوربيتل 300 مهندس.", "related",
     "one counts a workforce ('يعمل'), the other a hiring"),
    ("Orbitel laid off 300 workers in March.", "Orbitel employs 300 workers.", "related",
     "one counts a workforce ('employ'), the other a layoff"),
    # unchanged: two headcounts, two hirings
    ("Orbitel employs 300 engineers.", "توظف شركة أوربيتل 300 مهندس في مصنعها بالقاهرة.", "agrees",
     "both say 300 people"),
    ("Orbitel hired 300 engineers last year.", "وظفت شركة أوربيتل 300 مهندس العام الماضي.", "agrees",
     "same event: hiring"),
    # reducing a workforce is a layoff, not a statement of its size
    ("Orbitel laid off 300 employees from its data team on Monday.",
     "Orbitel will reduce its workforce by 300 positions, it said on Monday.", "agrees", "same event: layoff"),
]


@pytest.mark.parametrize("text", [
    "Orbitel will reduce its workforce by 300 positions.",
    "The airline reduced its workforce by a fifth last year.",
    "The bank plans to trim its workforce by 2,000.",
], ids=["reduce", "reduced", "trim"])
def test_reducing_a_workforce_is_a_layoff(text):
    from datetime import date

    from span_checks import event_and_subject
    assert event_and_subject(text, "en", date(2025, 6, 10))[0] == "layoff"


@pytest.mark.parametrize("a,b,relation,reason", PAIRS, ids=[p[0][:30] + "|" + p[1][:30] for p in PAIRS])
def test_a_workforce_is_no_hiring(client, a, b, relation, reason):
    assert_compare_api(client, a, b, relation, reason)
