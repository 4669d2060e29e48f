"""'No.' before a number inside a name ('Union No. 1', 'Local No. 23') is the number sign, not a full stop: the source is
the whole name, not the bare number."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("name", ["Union No. 1", "Teamsters Local No. 23"])
@pytest.mark.parametrize("insertion", ["", ", which represents about 2,400 workers at the mine,"])
def test_the_number_sign_stays_in_the_source(name, insertion):
    text = f"Headline words here\n\n{name}{insertion} said 99.2% of its members had backed the walkout."
    got = [c.attribution.source.text for c in analyze(text, "en", date(2025, 9, 21)).claims
           if c.text.startswith("99.2%")]
    assert got == [name], got
