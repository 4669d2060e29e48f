"""'according to that state's health department': 'that' opening a source phrase is a determiner, as 'the' or 'this'
is, so the department is an official source (before, 'that' ended the phrase's first chunk and left no head)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("det", ["that", "this", "the"])
def test_a_demonstrative_opens_an_official_source(det):
    text = ("Measles outbreak\n\nA neighbouring outbreak in New Mexico has reached 54 cases, according to "
            f"{det} state's health department.")
    claim = analyze(text, "en", date(2025, 3, 4)).claims[-1]
    assert (claim.attribution.type, claim.attribution.source.text) == ("official", f"{det} state's health department")


def test_officials_that_still_end_the_chunk():
    text = "Budget\n\nThe deficit will narrow to 3%, officials that briefed reporters said."
    claim = analyze(text, "en", date(2025, 3, 4)).claims[-1]
    assert claim.attribution.type == "anonymous", claim.attribution
