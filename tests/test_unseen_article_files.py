"""Articles written from outlets, page layouts and events the project had not met, one data file per round
(tests/data/unseen_round*.json): round 29 has an Egyptian and a Kenyan rate decision, strikes on south Lebanon, a
Saudi transfer, food aid to Gaza, a British fraud trial and Greek wildfires; round 30 has Moroccan earthquake
rebuilding, Iraqi oil exports, a Damascus trade fair, displacement from El Fasher, Hajj statistics, an Arabic press
release, an Arabic interview, Australian floods, a Berlin start-up's layoffs, a Brazilian court sentence, an Indian
monsoon report and a storm live page. Every furniture line yields nothing, and the quantities, dates and
attributions a fact-checker would write down come out with their values."""
from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from factcheck.pipeline import analyze

ARTICLES = [a for p in sorted((Path(__file__).parent / "data").glob("unseen_round*.json"))
            for a in json.loads(p.read_text(encoding="utf-8"))]


@cache
def _claims(name: str):
    art = next(a for a in ARTICLES if a["name"] == name)
    return art["text"], analyze(art["text"], art["language"], date.fromisoformat(art["published_at"])).claims


def _cases(field):
    return [pytest.param(a["name"], *row, id=f"{a['name']}-{row[0][:24]}") for a in ARTICLES for row in a[field]]


@pytest.mark.parametrize("name, line", [pytest.param(a["name"], f, id=f"{a['name']}-{f[:24]}")
                                        for a in ARTICLES for f in a["furniture"]])
def test_furniture_line_yields_no_claim(name, line):
    text, claims = _claims(name)
    start = 0 if text.startswith(line) else text.find("\n" + line) + 1 or text.index(line)
    end = start + len(line)
    assert [c.text for c in claims if c.start < end and c.end > start] == []


@pytest.mark.parametrize("name, span, value, unit, qualifier", _cases("quantities"))
def test_quantity(name, span, value, unit, qualifier):
    _, claims = _claims(name)
    found = [(q.value, q.unit, q.qualifier) for c in claims for q in c.quantities if q.text == span]
    assert found, f"no quantity {span!r}"
    assert (pytest.approx(value), unit, qualifier) in found


@pytest.mark.parametrize("name, span, value", _cases("dates"))
def test_date(name, span, value):
    _, claims = _claims(name)
    assert value in {d.value for c in claims for d in c.dates if d.text == span}


@pytest.mark.parametrize("name, part, kind, source", _cases("attributions"))
def test_attribution(name, part, kind, source):
    _, claims = _claims(name)
    got = [(c.attribution.type, c.attribution.source and c.attribution.source.text) for c in claims if part in c.text]
    assert got and all(g == (kind, source) for g in got), got


def test_every_article_yields_claims_with_exact_spans():
    for a in ARTICLES:
        text, claims = _claims(a["name"])
        assert len(claims) >= 3
        assert all(text[c.start:c.end] == c.text for c in claims)
