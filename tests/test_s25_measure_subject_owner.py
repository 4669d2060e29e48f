"""'Sales at Kestrel fell by a fifth, its annual report shows': 'its' stands for the owner the measure links to
(Kestrel), not for the measure ('Sales at Kestrel'), as in 'Revenue of Orbitel Group rose 8%, according to its
annual report'. A capitalised subject before a verb in the past or, with a figure after it, in the present
('Kestrel employs about 2,300 people, according to its website') is who 'its' stands for."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, source", [
    ("Sales at Kestrel fell by a fifth in the year to March, to £310 million, its annual report shows.", "Kestrel"),
    ("Sales at Kestrel fell by a fifth to £310 million, its annual report showed.", "Kestrel"),
    ("Revenue of Orbitel Group rose 8% to $2.1 billion, according to its annual report.", "Orbitel Group"),
    ("Sales fell by a fifth to £310 million, the company's annual report shows.", "the company's annual report"),
    ("Kestrel Foods employed about 2,300 people at four sites, according to its website.", "Kestrel Foods"),
    ("Kestrel employs about 2,300 people at four sites, according to its website.", "Kestrel"),
    ("Orbitel operates 40 stores in Kenya, according to its annual report.", "Orbitel"),
    ("Acme Corp owns 12 plants, according to its filing.", "Acme Corp"),
])
def test_its_report_is_the_owners(text, source):
    claims = analyze(text, "en", date(2025, 9, 17)).claims
    assert len(claims) == 1
    a = claims[0].attribution
    assert (a.type, a.source.text) == ("official", source)
    assert text[a.source.start:a.source.end] == source
