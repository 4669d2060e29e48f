"""Contract of /v1/articles: ingest, idempotency, reads, paging and the offsets invariant."""
from __future__ import annotations

import hashlib

from conftest import all_pages, seed_bodies, span_objects

ARTICLE_KEYS = {"id", "title", "url", "publisher", "published_at", "language", "sha256", "ingested_at",
                "claim_count"}


def test_post_creates_article_with_claims(client):
    body = seed_bodies()[1]
    r = client.post("/v1/articles", json=body)
    assert r.status_code == 201
    art = r.get_json()
    assert ARTICLE_KEYS | {"text", "claims"} <= set(art)
    assert art["text"] == body["text"]
    assert art["sha256"] == hashlib.sha256(body["text"].encode()).hexdigest()
    assert art["publisher"] == "الجريدة العقارية"
    assert art["published_at"] == "2025-09-13T11:48:00+03:00"
    assert art["language"] == "ar"
    assert art["claim_count"] == len(art["claims"]) > 0
    for claim in art["claims"]:
        assert claim["article_id"] == art["id"]
        for obj in span_objects(claim):
            assert art["text"][obj["start"]:obj["end"]] == obj["text"]


def test_arabic_is_not_escaped(client):
    r = client.post("/v1/articles", json={"text": "أعلنت الوزارة تعيين 12 موظفاً جديداً في القاهرة."})
    assert "أعلنت".encode() in r.data
    assert b"\\u0623" not in r.data


def test_identical_text_returns_existing_article(client):
    body = seed_bodies()[0]
    first = client.post("/v1/articles", json=body)
    again = client.post("/v1/articles", json={"text": body["text"], "publisher": "another outlet"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]
    assert again.get_json()["claims"] == first.get_json()["claims"]
    assert len(all_pages(client, "/v1/articles")) == 1


def test_language_is_detected_when_absent(client):
    r = client.post("/v1/articles", json={"text": "The ministry said 40 people were hurt on Friday."})
    assert r.get_json()["language"] == "en"


def test_get_article_and_claims_in_text_order(seeded):
    client, arts = seeded
    art = arts[1]
    r = client.get(f"/v1/articles/{art['id']}")
    assert r.status_code == 200
    assert r.get_json()["text"] == art["text"]
    claims = all_pages(client, f"/v1/articles/{art['id']}/claims?limit=3")
    assert [c["id"] for c in claims] == [c["id"] for c in art["claims"]]
    starts = [c["start"] for c in claims]
    assert starts == sorted(starts)


def test_list_articles_pages_without_text(seeded):
    client, arts = seeded
    r = client.get("/v1/articles?limit=1")
    body = r.get_json()
    assert len(body["items"]) == 1 and body["next_cursor"]
    assert "text" not in body["items"][0]
    listed = all_pages(client, "/v1/articles?limit=1")
    assert [a["id"] for a in listed] == [a["id"] for a in arts]


def test_list_articles_filters(seeded):
    client, arts = seeded
    items = client.get("/v1/articles?publisher=الجريدة العقارية").get_json()["items"]
    assert [a["id"] for a in items] == [arts[1]["id"]]
    items = client.get("/v1/articles?since=2025-09-01").get_json()["items"]
    assert [a["id"] for a in items] == [arts[1]["id"]]


def test_unknown_article_is_404(client):
    for path in ("/v1/articles/nope", "/v1/articles/nope/claims"):
        r = client.get(path)
        assert r.status_code == 404
        assert r.mimetype == "application/problem+json"
        assert "nope" in r.get_json()["detail"]
