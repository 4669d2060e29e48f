"""POST /v1/articles and GET /v1/articles/{id} serve the article with its claims' stored API
documents; the body is exactly what ``ArticleFullSchema`` dumps from the stored article."""
from __future__ import annotations

import pytest

from factcheck import create_app
from factcheck.api.schemas import ArticleFullSchema
from factcheck.services import load_article
from factcheck.store.db import connect

TEXTS = [
    {"text": "Lumina Motors will cut 1,800 jobs at its Frankfurt plant, Reuters reported on Monday. "
             "A person familiar with the plans said talks with the union would start in June.",
     "language": "en", "publisher": "Wire", "published_at": "2025-05-02T09:30:00Z", "title": "Cuts"},
    {"text": "قال مصدر مطلع فضّل عدم الكشف عن هويته إن «الشركة ستلغي ١٨٠٠ وظيفة» قبل نهاية العام.",
     "publisher": None, "url": "https://example.org/a"},
    {"text": "Heavy rain fell on Tuesday."},  # no claim at all
]


@pytest.fixture()
def client(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "a.db"), "TESTING": True}).test_client(), str(tmp_path / "a.db")


@pytest.mark.parametrize("body", TEXTS)
def test_posted_and_fetched_articles_are_the_schema_dump(client, body):
    c, path = client
    first = c.post("/v1/articles", json={k: v for k, v in body.items() if v is not None})
    assert first.status_code == 201 and first.mimetype == "application/json"
    want = ArticleFullSchema().dump(load_article(connect(path), first.get_json()["id"]))
    assert first.get_json() == want
    assert len(want["claims"]) == want["claim_count"]
    again = c.post("/v1/articles", json={k: v for k, v in body.items() if v is not None})
    assert again.status_code == 200 and again.get_json() == want
    fetched = c.get(f"/v1/articles/{want['id']}")
    assert fetched.status_code == 200 and fetched.get_json() == want
    assert [cl["start"] for cl in want["claims"]] == sorted(cl["start"] for cl in want["claims"])


def test_unknown_article_is_a_problem(client):
    c, _ = client
    r = c.get("/v1/articles/0123456789abcdef")
    assert r.status_code == 404 and r.mimetype == "application/problem+json"
