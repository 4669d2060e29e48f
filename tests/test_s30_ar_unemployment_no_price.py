"""«ارتفع معدل البطالة في الأردن إلى 22 في المئة، بزيادة 0.6 نقطة مئوية»: a rate of unemployment (poverty,
occupancy, turnout) moving is no price change, as 'The unemployment rate rose' is not; inflation still is."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("measure", ["معدل البطالة", "نسبة البطالة", "معدل الفقر", "نسبة الإشغال الفندقي"])
def test_no_price_change(measure):
    text = f"أرقام رسمية\n\nارتفع {measure} في الأردن إلى 22 في المئة، بزيادة 0.6 نقطة مئوية عن الربع الأول."
    claim = analyze(text, "ar", date(2025, 11, 20)).claims[-1]
    assert claim.event != "price_change", claim


def test_inflation_still_moves_prices():
    text = "أرقام رسمية\n\nارتفع معدل التضخم في الأردن إلى 2.2 في المئة، بزيادة 0.6 نقطة مئوية عن الشهر السابق."
    assert analyze(text, "ar", date(2025, 11, 20)).claims[-1].event == "price_change"


@pytest.mark.parametrize(("sentence", "event"), [
    ("The unemployment rate rose to 4.2%, an increase of 0.3 percentage point from the first quarter.", None),
    ("The jobless rate fell to 5% and the price of bread rose 20%.", "price_change"),
])
def test_a_restated_move_keeps_the_first_reading(sentence, event):
    assert analyze(f"Data\n\n{sentence}", "en", date(2025, 11, 20)).claims[-1].event == event
