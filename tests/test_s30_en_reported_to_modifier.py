"""'Hacking incidents reported to health regulators rose 256%': a participle after a noun with 'to' and no
reported clause after it describes the noun (a reduced relative); it frames nothing, and the claim keeps its
subject. A clause can never open with 'to'."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("sentence", "claim", "kind", "source"), [
    ("According to federal data, hacking incidents reported to health regulators rose 256% over the past five years.",
     "hacking incidents reported to health regulators rose 256% over the past five years", "unattributed",
     "federal data"),
    ("Hacking incidents reported to regulators rose 256% last year.",
     "Hacking incidents reported to regulators rose 256% last year", "unattributed", None),
    ("Cases reported to the WHO jumped to 1,200 in March, officials said.",
     "Cases reported to the WHO jumped to 1,200 in March", "anonymous", "officials"),
])
def test_a_participle_with_to_describes_its_noun(sentence, claim, kind, source):
    text = f"Health data\n\n{sentence}"
    got = [(c.text, c.attribution.type, c.attribution.source and c.attribution.source.text)
           for c in analyze(text, "en", date(2025, 5, 10)).claims]
    assert (claim, kind, source) in got, got


def test_reporting_to_a_body_that_still_frames():
    text = "Breach disclosed\n\nThe company reported to regulators that 3,000 customers were affected."
    got = [(c.text, c.attribution.source and c.attribution.source.text)
           for c in analyze(text, "en", date(2025, 5, 10)).claims]
    assert got == [("3,000 customers were affected", "The company")], got
