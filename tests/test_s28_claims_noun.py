"""'claims' is a plural noun as often as a verb: after a preposition, a verb or an infinitive ('to settle claims that',
'rejected claims that', 'amid claims that') it opens no frame, and the words before it are no source. Opening the
sentence after a short source-like subject it still reports ('The company claims that X')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze(text, "en", date(2025, 9, 12)).claims]


@pytest.mark.parametrize("text", [
    "A federal judge ordered Meta to pay $42 million to settle claims that it inflated the reach of advertisements.",
    "The company rejected claims that it inflated its user numbers by 20%.",
    "Protests erupted amid claims that the vote was rigged in 12 districts.",
])
def test_claims_as_a_noun_names_no_source(text):
    got = _claims(text)
    assert got and all(source is None for _, _, source in got), got
    assert got[0][0].startswith(text.split()[0]), got


def test_claims_as_a_verb_still_reports():
    got = _claims("The company claims that its users grew 20% last year.")
    assert got == [("its users grew 20% last year", "official", "The company")], got
