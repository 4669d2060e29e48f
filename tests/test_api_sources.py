"""Sources registry through the API: gazetteer, aliases across scripts, keyed writes, claim links."""
from __future__ import annotations

from conftest import all_pages

from factcheck import create_app


def test_gazetteer_is_loaded_and_searchable_in_both_scripts(client):
    by_ar = client.get("/v1/sources?q=رويترز").get_json()["items"]
    by_en = client.get("/v1/sources?q=reuters").get_json()["items"]
    assert by_ar and by_en and by_ar[0]["id"] == by_en[0]["id"]
    assert by_ar[0]["kind"] == "media"
    media = all_pages(client, "/v1/sources?kind=media&limit=100")
    assert len(media) >= 40 and {s["kind"] for s in media} == {"media"}


def test_business_insider_alias_forms_resolve_to_one_source(seeded):
    client, arts = seeded
    claims = all_pages(client, f"/v1/claims?article_id={arts[1]['id']}&attribution=named")
    bi = [c for c in claims if c["source_id"] and "إنسايدر" in c["attribution"]["source"]["text"]]
    assert bi, "the Business Insider claims link to a source"
    src = client.get(f"/v1/sources/{bi[0]['source_id']}").get_json()
    assert src["name"] == "Business Insider"
    assert "بيزنس إنسايدر" in src["aliases"]
    linked = all_pages(client, f"/v1/sources/{src['id']}/claims")
    assert {c["id"] for c in bi} <= {c["id"] for c in linked}


def test_create_source_and_alias_then_claims_resolve_to_it(client):
    r = client.post("/v1/sources", json={"name": "Al-Mustaqbal Daily", "kind": "media",
                                         "aliases": ["صحيفة المستقبل اليومية"]})
    assert r.status_code == 201
    sid = r.get_json()["id"]
    r = client.post(f"/v1/sources/{sid}/aliases", json={"alias": "المستقبل اليومية"})
    assert r.status_code == 201 and "المستقبل اليومية" in r.get_json()["aliases"]
    art = client.post("/v1/articles", json={
        "text": "عنوان\nوبحسب صحيفة المستقبل اليومية، فإن الحكومة رفعت أسعار الوقود بنسبة 15% يوم الأحد."}).get_json()
    named = [c for c in art["claims"] if c["attribution"]["type"] == "named"]
    assert named and named[0]["source_id"] == sid


def test_alias_conflicts_and_unknown_source(client):
    reuters = client.get("/v1/sources?q=Reuters").get_json()["items"][0]["id"]
    r = client.post("/v1/sources", json={"name": "Reuters", "kind": "media"})
    assert r.status_code == 409 and r.mimetype == "application/problem+json"
    other = client.post("/v1/sources", json={"name": "Local Herald", "kind": "media"}).get_json()["id"]
    r = client.post(f"/v1/sources/{other}/aliases", json={"alias": "رويترز"})
    assert r.status_code == 409 and str(reuters) in r.get_json()["detail"]
    assert client.get("/v1/sources/999999").status_code == 404
    assert client.post("/v1/sources/999999/aliases", json={"alias": "x"}).status_code == 404
    r = client.post("/v1/sources", json={"name": "X", "kind": "alien"})
    assert r.status_code == 422 and "kind" in r.get_json()["errors"]


def test_source_writes_need_a_key_when_keys_are_set(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "k.db"), "API_KEYS": "k1,k2"})
    c = app.test_client()
    body = {"name": "Gulf Wire", "kind": "media"}
    assert c.post("/v1/sources", json=body).status_code == 401
    assert c.post("/v1/sources", json=body, headers={"X-API-Key": "nope"}).status_code == 403
    assert c.post("/v1/sources", json=body, headers={"Authorization": "Bearer k2"}).status_code == 201
    assert c.get("/v1/sources").status_code == 200
