"""'Estimate' is a verb of saying after an institution's analysts ('Analysts at Jefferies estimate the dispute could
wipe €120 million off profit'), as after a bare subject ('Analysts estimate', 'Jefferies estimates'): the claim
is the estimate, in the institution's voice. As a noun ('The Jefferies estimate of €120 million was cut') it
reports nothing."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim, source, typ", [
    ("Analysts at Jefferies estimate the dispute could wipe as much as €120 million off full-year operating profit.",
     "the dispute could wipe as much as €120 million off full-year operating profit", "Jefferies", "named"),
    ("Economists at Goldman Sachs estimate the economy shrank 0.3% in the second quarter.",
     "the economy shrank 0.3% in the second quarter", "Goldman Sachs", "named"),
    ("Economists with Capital Economics estimate the economy shrank 0.3% in the second quarter.",
     "the economy shrank 0.3% in the second quarter", "Capital Economics", "official"),
    ("Analysts estimate the dispute could wipe €120 million off profit.",
     "the dispute could wipe €120 million off profit", "Analysts", "anonymous"),
])
def test_an_institutions_analysts_estimate(text, claim, source, typ):
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [claim]
    a = claims[0].attribution
    assert (a.type, a.source.text if a.source else None) == (typ, source)


def test_an_estimate_as_a_noun_reports_nothing():
    text = "The Jefferies estimate of €120 million was cut on Monday."
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [(c.text, c.attribution.type) for c in claims] == [(text[:-1], "unattributed")]
