"""Round 26: English coins are hundredths of their currency, as Arabic ones are (سنتا، قرشا، هللة): 'rose
12 cents' is 0.12 of the dollar unless the sentence names another currency with cents; pence are
hundredths of the pound (GBX). A 'cent' that is no coin ('per cent', '5 percent') keeps its meaning."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows


@pytest.mark.parametrize("text,expected", [
    ("Gasoline prices rose 12 cents to $4.10 a gallon.", [("12 cents", 0.12, "USD/gallon"), ("$4.10", 4.1, "USD/gallon")]),
    ("The company earned 52 cents a share in the quarter.", [("52 cents", 0.52, "USD/share")]),
    # pence keep their market code (GBX, hundredths of GBP: match units convert it)
    ("A loaf now costs 85 pence, up from 60 pence last year.", [("85 pence", 85.0, "GBX"), ("60 pence", 60.0, "GBX")]),
    ("Unemployment fell to 4 per cent in May.", [("4 per cent", 4.0, "percent")]),
])
def test_coins_are_hundredths_en(text, expected):
    assert quantity_rows(text, "en", ("text", "value", "unit")) == expected
