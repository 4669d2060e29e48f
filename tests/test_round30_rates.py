"""Round 30: amounts per day. Oil output and exports are told per day ('3.4 million barrels per day', «3.4 مليون
برميل يومياً») and as monthly totals (102 million barrels in September): a per-day amount and a one-off total
measure different things (related), while two per-day amounts still compare."""
from __future__ import annotations

import pytest

from factcheck.match.compare import compare


@pytest.mark.parametrize("a, b, relation", [
    ("Iraq exported 3.4 million barrels per day in September.", "Iraq exported 102 million barrels in September.",
     "related"),
    ("صدر العراق 3.4 مليون برميل يومياً في سبتمبر.", "صدر العراق 102 مليون برميل في سبتمبر.", "related"),
    ("Libya pumped 1.3 million barrels a day last month.", "Libya pumped 39 million barrels last month.", "related"),
    ("Iraq exported 3.4 million barrels per day in September.", "Iraq exported 3.1 million barrels a day in September.",
     "conflicts"),
    ("صدر العراق 3.4 مليون برميل يومياً في سبتمبر.", "صدر العراق 3.4 مليون برميل في اليوم خلال سبتمبر.", "agrees"),
    ("Acme cut 500 jobs, a quarter of its staff, in May.", "Acme cut 300 jobs in May.", "conflicts"),
], ids=["en-total", "ar-total", "en-a-day", "en-two-rates", "ar-two-rates", "en-a-quarter-is-a-share"])
def test_amounts_per_day(a, b, relation):
    assert compare(a, b).relation == relation
