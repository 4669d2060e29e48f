"""A hyphenated plural fraction modifying a noun of share ('a two-thirds majority', 'a three-quarters stake') is that
share in percent, as 'two-thirds of the seats' is; it was read as the bare number 2 (or 3). A singular fraction before
such a noun stays unread ('a third stake' may be the third one)."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _q(text: str):
    return [(q.text, round(q.value, 2), q.unit) for q in find_quantities(text, 0, len(text), "en")]


@pytest.mark.parametrize("text, want", [
    ("Ruling party wins two-thirds majority in Tanzania vote", [("two-thirds", 66.67, "percent")]),
    ("The fund sold a three-quarters stake in the port.", [("three-quarters", 75.0, "percent")]),
    ("Lawmakers need a two-thirds supermajority to amend it.", [("two-thirds", 66.67, "percent")]),
])
def test_a_hyphenated_fraction_before_a_share_noun_is_a_share(text, want):
    assert _q(text) == want


def test_two_thirds_of_a_total_is_unchanged():
    assert _q("It won two-thirds of the 300 seats.") == [("two-thirds of the 300 seats", 200.0, "seat")]
