"""An exact figure allows what its written precision allows: "118 seats" and "120 seats" are two
counts (a conflict), while "4.3 billion" covers 4,300 million and 4.32 billion (rounded to the tenth
of a billion), and "1.2 million" covers 1,230,000. A rounded figure never stretches more than 2.5 %."""
from __future__ import annotations

import pytest

from factcheck.match.compare import compare
from factcheck.match.qkeys import qkey


@pytest.mark.parametrize("a,b,relation", [
    ("The Unity Party won 120 seats.", "The Unity Party won 118 seats.", "conflicts"),
    ("فاز حزب الوحدة بـ 118 مقعدا من أصل 250.", "فاز حزب الوحدة بـ 120 مقعدا من أصل 250.", "conflicts"),
    ("The storm killed 101 people.", "The storm killed 100 people.", "conflicts"),
    ("Annual inflation rose to 13.6% in October.", "Annual inflation rose to 13.7% in October.", "conflicts"),
    ("The deal is worth $4.3 billion.", "The deal is worth $4.32 billion.", "agrees"),
    ("The deal is worth $4.3 billion.", "The deal is worth 4,300 million dollars.", "agrees"),
    ("The city has 1.2 million residents.", "The city has 1,230,000 residents.", "agrees"),
    ("The city has 1.2 million residents.", "The city has 1,300,000 residents.", "conflicts"),
    ("Inflation eased to 4% in May.", "Inflation eased to 3.9% in May.", "agrees"),
    ("بلغ عدد الحجاج 1.67 مليون حاج.", "بلغ عدد الحجاج 1,673,230 حاجا.", "agrees"),
])
def test_figures_compare_at_their_written_precision(a, b, relation):
    r = compare(a, b)
    assert r.relation == relation, r.reasons


@pytest.mark.parametrize("value,text,low,high", [
    (118.0, "118 seats", 117.501, 118.499),
    (4.3e9, "$4.3 billion", 4.2501e9, 4.3499e9),
    (4.3e9, "4,300 million dollars", 4.299501e9, 4.300499e9),
    (1.2e6, "1.2 million", 1.17e6, 1.23e6),  # (capped at 2.5 %)
    (13.6, "13.6%", 13.5501, 13.6499),
    (3e6, "three million", 2.97e6, 3.03e6),  # no digits written: the default 1 %
    (118.0, "١١٨ مقعدا", 117.501, 118.499),
])
def test_exact_interval_from_the_written_digits(value, text, low, high):
    k = qkey(value, None, "exact", None, text)
    assert k.low == pytest.approx(low, rel=1e-6) and k.high == pytest.approx(high, rel=1e-6)


@pytest.mark.parametrize("a,b,relation", [
    ("Brent crude settled at $68.5 a barrel on Monday.", "Brent crude settled at $68.5 on Monday.", "agrees"),
    ("Brent crude settled at $68.5 a barrel on Monday.", "Brent crude settled at $72 on Monday.", "conflicts"),
    ("بلغ سعر طن الحديد 38 ألف جنيه.", "بلغ سعر الحديد 38 ألف جنيه.", "agrees"),
])
def test_a_sum_beside_a_rate_in_its_currency_is_that_rate(a, b, relation):
    r = compare(a, b)
    assert r.relation == relation, r.reasons
