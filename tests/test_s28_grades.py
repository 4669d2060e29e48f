"""A number before a word of grade or rating (95 أوكتان، 98 octane) names a product (the fuel's grade), not an amount: no
quantity. The price beside it stays (a lira or dinar with no country named is XXX: the currency of several states)."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _quantities(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, 0, len(text), language)]


@pytest.mark.parametrize("language, text, want", [
    ("ar", "ارتفع سعر صفيحة البنزين 95 أوكتان بمقدار 8 آلاف ليرة.", [(8000.0, "XXX")]),
    ("ar", "وبلغ سعر ليتر البنزين ٩٥ أوكتان 1.2 دينار.", [(1.2, "XXX/litre")]),
    ("en", "The price of 95 octane petrol rose by 3 cents to $1.62 a litre.", [(0.03, "USD/litre"), (1.62, "USD/litre")]),
    ("en", "Premium 98-octane fuel now costs 2.1 euros.", [(2.1, "EUR")]),
])
def test_a_fuel_grade_is_no_quantity(language, text, want):
    assert _quantities(text, language) == want
