"""A bare exchange rate ('to 153.88 per dollar') is priced in the currency the clause opens with ('The yen slid as much
as 0.7% to 153.88 per dollar': JPY/USD), even with another figure between them; with none, the article's one country
still decides, else the currency stays unknown."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


def _units(text: str, language: str = "en"):
    return [(q.value, q.unit) for c in analyze("Headline words here\n\n" + text, language, date(2024, 10, 28)).claims
            for q in c.quantities]


@pytest.mark.parametrize(("text", "want"), [
    ("The yen slid as much as 0.7% to 153.88 per dollar, its weakest since July 31.", (153.88, "JPY/USD")),
    ("The rupee fell 0.4% to 83.9 per dollar on Monday.", (83.9, "INR/USD")),
    ("وتراجع الجنيه 2% إلى 48.5 للدولار الواحد.", (48.5, "EGP/USD")),
])
def test_the_opening_currency_prices_the_rate(text, want):
    language = "ar" if text[0] > "\u0600" else "en"
    assert want in _units(text, language), _units(text, language)
