"""More currencies by name, in both languages: the kwacha (Zambia or Malawi, by the country the article names),
the taka, ringgit, zloty, forint, koruna, hryvnia and the Brazilian reais, each its ISO 4217 code; «كواتشا»,
«رينغيت», «زلوتي», «هريفنيا» too. A kwacha with no country named, or with both, is XXX (money of no country the
text names), as a bare shilling is."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

FIELDS = ("text", "value", "unit")


@pytest.mark.parametrize("text,language,want", [
    ("In Zambia maize now sells for 350 kwacha a bag.", "en", [("350 kwacha", 350.0, "ZMW")]),
    ("Malawi's central bank devalued the currency; a bag costs 9,000 kwacha.", "en", [("9,000 kwacha", 9000.0, "MWK")]),
    ("A bag of maize costs 350 kwacha.", "en", [("350 kwacha", 350.0, "XXX")]),
    ("Bangladesh set aside 120 billion taka for the project.", "en", [("120 billion taka", 120e9, "BDT")]),
    ("The plant will cost 2.4 billion ringgit.", "en", [("2.4 billion ringgit", 2.4e9, "MYR")]),
    ("The fine was 5 million zlotys.", "en", [("5 million zlotys", 5e6, "PLN")]),
    ("The budget gap reached 1,200 billion forints.", "en", [("1,200 billion forints", 1.2e12, "HUF")]),
    ("The tender is worth 3 billion koruna.", "en", [("3 billion koruna", 3e9, "CZK")]),
    ("Kyiv raised 20 billion hryvnias in bonds.", "en", [("20 billion hryvnias", 2e10, "UAH")]),
    ("Petrobras will invest 100 billion reais.", "en", [("100 billion reais", 1e11, "BRL")]),
    ("ويباع كيس الذرة في زامبيا بـ350 كواتشا.", "ar", [("350 كواتشا", 350.0, "ZMW")]),
    ("وتبلغ كلفة المصنع 2.4 مليار رينغيت.", "ar", [("2.4 مليار رينغيت", 2.4e9, "MYR")]),
    ("وبلغت الغرامة 5 ملايين زلوتي.", "ar", [("5 ملايين زلوتي", 5e6, "PLN")]),
    ("وجمعت أوكرانيا 20 مليار هريفنيا من السندات.", "ar", [("20 مليار هريفنيا", 2e10, "UAH")]),
], ids=["kwacha-zambia", "kwacha-malawi", "kwacha-nowhere", "taka", "ringgit", "zloty", "forint", "koruna",
        "hryvnia", "reais", "ar-kwacha", "ar-ringgit", "ar-zloty", "ar-hryvnia"])
def test_currency_words(text, language, want):
    rows = quantity_rows(text, language, FIELDS)
    assert [(t, pytest.approx(v), u) for t, v, u in rows] == want
