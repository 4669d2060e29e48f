"""The first bound of a range takes the second's currency sub-unit as it takes its scale word: "between 50 and 70
cents" is 0.5 to 0.7 USD (it was 50 USD to 0.7 USD, with no bounds), «بين 50 و70 سنتاً» and «بين 50 و70 قرشا» alike;
scale words ("between $2 and $3 billion") and percentages read as before."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


@pytest.mark.parametrize("text, language, expected", [
    ("Refiners expected a cut of between 50 and 70 cents a barrel.", "en",
     [(0.5, "USD/barrel", "at_least"), (0.7, "USD/barrel", "at_most")]),
    ("The price will rise 50-70 cents.", "en", [(0.5, "USD", "at_least"), (0.7, "USD", "at_most")]),
    ("توقعت المصادر خفضاً يتراوح بين 50 و70 سنتاً.", "ar", [(0.5, "USD", "at_least"), (0.7, "USD", "at_most")]),
    ("ارتفع سعر الرغيف بين 50 و70 قرشا.", "ar", [(0.5, "EGP", "at_least"), (0.7, "EGP", "at_most")]),
    ("The deal is worth between $2 and $3 billion.", "en", [(2e9, "USD", "at_least"), (3e9, "USD", "at_most")]),
    ("Turnout was between 30 and 40 percent.", "en", [(30, "percent", "at_least"), (40, "percent", "at_most")]),
])
def test_first_bound_takes_the_sub_unit(text, language, expected):
    found = find_quantities(text, 0, len(text), language)
    assert [(q.value, q.unit, q.qualifier) for q in found] == expected
