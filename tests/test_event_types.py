"""The event filter of GET /v1/claims and /v1/conflicts takes exactly the event types extraction produces: every
event of the test corpora is one of ``EVENT_TYPES`` (read from the lexicons), and each type filters."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.api.schemas import EVENT_TYPES
from factcheck.pipeline import analyze

DATA = Path(__file__).parent / "data"


def _corpus():
    for lang in ("ar", "en"):
        for line in (DATA / f"claims_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"], lang
    for art in json.loads((DATA / "unseen_articles.json").read_text(encoding="utf-8")):
        yield art["text"], art.get("language", "ar")


def test_every_extracted_event_is_a_listed_type():
    seen = {c.event for text, lang in _corpus() for c in analyze(text, lang, date(2025, 9, 14)).claims}
    seen.discard(None)
    assert len(seen) >= 15  # the corpora exercise most types
    assert seen <= set(EVENT_TYPES)


def test_event_types_cover_the_required_set():
    required = {"layoff", "hiring", "departure", "appointment", "founding", "funding", "valuation", "acquisition",
                "merger", "earnings", "launch", "lawsuit", "casualties", "price_change", "rate_change"}
    assert required <= set(EVENT_TYPES)


@pytest.mark.parametrize("path", ["/v1/claims", "/v1/conflicts"])
def test_each_event_type_is_accepted(client, path):
    for event in EVENT_TYPES:
        r = client.get(f"{path}?event={event}")
        assert r.status_code == 200, (event, r.get_json())


def test_event_filter_returns_only_that_event(client):
    r = client.post("/v1/articles", json={"text": "Acme Corp cut 300 jobs on Monday. Acme Corp hired a new chief "
                                                  "executive, Jane Doe, on Tuesday.", "language": "en"})
    assert r.status_code == 201
    layoffs = client.get("/v1/claims?event=layoff").get_json()["items"]
    assert layoffs and {c["event"] for c in layoffs} == {"layoff"}
