"""A quotation closed by an inverted frame with a name, then a participle of saying ('"Q," said Joseph Karanja, adding
that fertiliser costs had doubled'): the quotation is the named speaker's, and so is what the participle adds, without
the participle."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _claims(text: str):
    return [(c.text, c.attribution.type, c.attribution.source.text if c.attribution.source else None)
            for c in analyze(text, "en", date(2025, 9, 12)).claims]


@pytest.mark.parametrize("text, name, quote, added", [
    ('"Farmers are being squeezed from both ends," said Joseph Karanja, adding that fertiliser costs had doubled '
     'since 2022.', "Joseph Karanja", "Farmers are being squeezed from both ends",
     "fertiliser costs had doubled since 2022"),
    ('"We will not accept this offer," said Unite, noting that 4,000 members had voted to strike.', "Unite",
     "We will not accept this offer", "4,000 members had voted to strike"),
    ('"The numbers are alarming," said Maria Lopez, warning that 12 hospitals could close by March.', "Maria Lopez",
     "The numbers are alarming", "12 hospitals could close by March"),
])
def test_inverted_frame_then_participle(text, name, quote, added):
    got = _claims(text)
    assert [c[0] for c in got] == [quote, added], got
    assert all(source == name for _, _, source in got), got
    assert all(kind in ("named", "official") for _, kind, _ in got), got


def test_a_name_then_a_plain_clause_is_no_inverted_frame():
    # 'said' and a capitalised word opening reported content: the quote frame stays the trailing one
    got = _claims('"Sales fell," said Acme, the maker of Roadrunner traps.')
    assert got and got[0][0] == "Sales fell" and got[0][2] == "Acme", got
