"""An adjective of a figure opening a sentence capitalised ('Wholesale power prices rose 18%', 'Core inflation eased',
'Industrial output fell') names nobody: no subject is taken from it."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text", [
    "Wholesale power prices for Wednesday rose 18% to 112 euros per megawatt hour.",
    "Core inflation eased to 3.1% in October.",
    "Industrial output fell 2.4% in September.",
    "Average rents climbed 9% last year.",
])
def test_an_adjective_of_a_figure_is_no_subject(text):
    claims = analyze(text, "en", date(2025, 11, 19)).claims
    assert [c.subject for c in claims] == [None]
