"""Goods bought or sold are no acquisition even when an adjunct stands between the verb and the count (a tender, a
time, the buyer after the verb: واشترى الديوان في مناقصة سابقة ما يزيد على 500 ألف طن، 'bought in a tender on Tuesday
about 240,000 tonnes of wheat'). A company, a stake or a relative clause between them keeps the acquisition: the
count then belongs to what was bought ('acquired a company that produces 100,000 tonnes a year')."""
from __future__ import annotations

import datetime

import pytest

from factcheck.pipeline import analyze

PUB = datetime.date(2025, 9, 14)


def _event(text: str, language: str):
    claims = analyze(f"Headline\n{text}", language, PUB).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0].event


@pytest.mark.parametrize("language, text, event", [
    ("ar", "وكان الديوان قد اشترى في مناقصة سابقة الشهر الماضي ما يزيد على 500 ألف طن.", None),
    ("ar", "واشترى الديوان في مناقصة سابقة ما يزيد على 500 ألف طن من القمح.", None),
    ("ar", "واشترت الهيئة العامة للسلع التموينية في مناقصة دولية أمس نحو 420 ألف طن من القمح الروسي.", None),
    ("en", "The state grains agency bought in a tender on Tuesday about 240,000 tonnes of wheat.", None),
    ("en", "Jordan's state buyer purchased in a tender this week around 120,000 tonnes of barley.", None),
    # what was bought is named before the count: the count is the company's, and the purchase an acquisition
    ("en", "Glencore acquired a Canadian company that produces 100,000 tonnes of copper a year.", "acquisition"),
    ("ar", "واستحوذت أرامكو على شركة تكرير تنتج 100 ألف برميل يوميا.", "acquisition"),
    ("ar", "واشترى الصندوق حصة في شركة تنتج 200 ألف طن سنويا.", "acquisition"),
])
def test_goods_past_an_adjunct(language, text, event):
    assert _event(text, language) == event
