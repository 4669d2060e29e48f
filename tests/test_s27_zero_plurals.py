"""A counted noun whose plural is its singular ('killing an estimated 7,500 fish', '40 deer') is the unit, as a plural
in -s is; it was read as no unit."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


@pytest.mark.parametrize("text, want", [
    ("The spill killed an estimated 7,500 fish.", [("an estimated 7,500 fish", 7500.0, "fish", "about")]),
    ("Hunters shot 40 deer last winter.", [("40 deer", 40.0, "deer", "exact")]),
    # a zero plural modifying a plural head leaves the head the unit
    ("Farmers lost 12 salmon pens and 300 sheep.",
     [("12 salmon pens", 12.0, "pen", "exact"), ("300 sheep", 300.0, "livestock", "exact")]),
])
def test_a_zero_plural_is_the_counted_noun(text, want):
    assert [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), "en")] == want
