"""Both bounds of a "between X and Y" range are per the rate word closing it ("between €25 million and €30 million a
day", «بين 300 دولار و400 دولار شهريا»), as those of "X to Y a year" are; two amounts that are no range keep their
own units ("He earns $2,000 and she earns $3,000 a month")."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


@pytest.mark.parametrize("text, language, expected", [
    ("The strike would cost it between €25 million and €30 million a day.", "en",
     [(25e6, "EUR/day", "at_least"), (30e6, "EUR/day", "at_most")]),
    ("Petrol costs between $3 and $4 a gallon.", "en", [(3, "USD/gallon", "at_least"), (4, "USD/gallon", "at_most")]),
    ("It costs $25 million to $30 million a year.", "en",
     [(25e6, "USD/year", "at_least"), (30e6, "USD/year", "at_most")]),
    ("He earns $2,000 and she earns $3,000 a month.", "en", [(2000, "USD", "exact"), (3000, "USD/month", "exact")]),
    ("تتراوح الخسائر بين 25 و30 مليون يورو يوميا.", "ar", [(25e6, "EUR/day", "at_least"), (30e6, "EUR/day", "at_most")]),
    ("تكلف الرحلة بين 3 دولارات و4 دولارات للغالون.", "ar",
     [(3, "USD/gallon", "at_least"), (4, "USD/gallon", "at_most")]),
    ("يتقاضى العامل بين 300 دولار و400 دولار شهريا.", "ar",
     [(300, "USD/month", "at_least"), (400, "USD/month", "at_most")]),
])
def test_range_bounds_share_the_rate(text, language, expected):
    found = find_quantities(text, 0, len(text), language)
    assert [(q.value, q.unit, q.qualifier) for q in found] == expected
