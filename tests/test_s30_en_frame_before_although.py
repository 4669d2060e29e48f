"""A trailing 'according to X' followed by a concessive or causal clause ('..., according to INDEC, although
private estimates suggest Y', '..., according to the agency, because ...') reports the clause before it; the
dependent clause is not X's."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(body: str):
    text = f"Figures released\n\n{body}"
    return [(c.text, c.attribution.type, c.attribution.source and c.attribution.source.text)
            for c in analyze(text, "en", date(2025, 2, 13)).claims]


@pytest.mark.parametrize("opener", ["although", "though", "even though", "because", "before"])
def test_the_frame_reports_the_clause_before_it(opener):
    got = _claims("Inflation slowed to 2.2% in January, the national statistics agency INDEC said on Thursday. Poverty reached 52.9% of "
                  f"the population in the first half of 2024, according to INDEC, {opener} the figure was revised "
                  "later.")
    poverty = next(c for c in got if c[0].startswith("Poverty"))
    assert poverty == ("Poverty reached 52.9% of the population in the first half of 2024", "official", "INDEC"), got


def test_the_dependent_clause_keeps_its_own_source():
    got = _claims("Poverty reached 52.9% of the population in the first half of 2024, according to the statistics "
                  "agency, although private estimates suggest it has since fallen below 40%.")
    assert ("Poverty reached 52.9% of the population in the first half of 2024", "official",
            "the statistics agency") in got, got
    assert ("it has since fallen below 40%", "unattributed", "private estimates") in got, got
