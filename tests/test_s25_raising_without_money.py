"""'Raise' names a funding only with money or a word of funding in the claim ('raised $50 million', 'raises capital
from investors', 'raising funds'): 'the dam spilled water, raising the river by two metres', 'raised the alarm' and
'raised concerns' raise no funding. 'Funding', 'Series B' and 'seed round' stay funding by themselves."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, event", [
    ("The Bagre dam spilled water for the second time in a month, raising the White Volta by almost two metres.", None),
    ("Police raised the alarm at 3 am after 40 patients fell ill.", None),
    ("The decision raised concerns among 200 residents of the district.", None),
    ("Acme raised $50 million in a Series B round.", "funding"),
    ("The startup raised 20 million euros from investors.", "funding"),
    ("Lumina raises capital from Gulf investors at a $2 billion valuation.", "funding"),
    ("The company is raising funds to open 12 new stores.", "funding"),
    ("The startup raised a seed round led by Sequoia in March.", "funding"),
    ("Orbitel closed a $30 million funding round on Monday.", "funding"),
])
def test_raising_is_a_funding_only_with_money(text, event):
    claims = analyze(text, "en", date(2025, 9, 14)).claims
    assert [c.event for c in claims] == [event]
