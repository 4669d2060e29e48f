"""Cross-article matching through the API: families of articles with expected relations and reasons,
conflicts listing, compare, provenance, PROV-JSON and ClaimReview."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT
from family_checks import claim_with

FAMILIES = json.loads((ROOT / "tests" / "data" / "families.json").read_text(encoding="utf-8"))["families"]


def _ingest(client, family):
    arts = []
    for art in family["articles"]:
        r = client.post("/v1/articles", json=art)
        assert r.status_code == 201, r.get_json()
        arts.append(r.get_json())
    return arts


@pytest.mark.parametrize("family", FAMILIES, ids=[f["name"] for f in FAMILIES])
def test_family_relations_through_the_api(client, family):
    arts = _ingest(client, family)
    for exp in family["expect"]:
        a, b = claim_with(arts, exp["a"]), claim_with(arts, exp["b"])
        items = client.get(f"/v1/claims/{a['id']}/matches").get_json()["items"]
        found = {m["claim"]["id"]: m for m in items}
        assert b["id"] in found, f"{a['text']!r} has no match with {b['text']!r}: {items}"
        match = found[b["id"]]
        assert match["relation"] == exp["relation"], (a["text"], b["text"], match)
        assert match["reasons"], match
        if exp["reason"]:
            assert exp["reason"].lower() in " ".join(match["reasons"]).lower(), match["reasons"]
        back = client.get(f"/v1/claims/{b['id']}/matches?relation={exp['relation']}").get_json()["items"]
        assert a["id"] in {m["claim"]["id"] for m in back}


def test_conflicts_list_each_pair_once_with_filters(client):
    for family in FAMILIES:
        _ingest(client, family)
    items = client.get("/v1/conflicts?limit=500").get_json()["items"]
    assert items
    pairs = {tuple(sorted((i["a"]["id"], i["b"]["id"]))) for i in items}
    assert len(pairs) == len(items)
    for i in items:
        assert i["a"]["article_id"] != i["b"]["article_id"] and i["reasons"]
    some = items[0]["a"]["article_id"]
    filtered = client.get(f"/v1/conflicts?article_id={some}").get_json()["items"]
    assert filtered and all(some in (i["a"]["article_id"], i["b"]["article_id"]) for i in filtered)


@pytest.mark.parametrize("a,b,relation", [
    ("Acme laid off 500 workers in May 2024.", "Acme laid off 700 workers in May 2024.", "conflicts"),
    ("Acme laid off about 500 workers in May 2024.", {"text": "Acme laid off 500 workers in late May 2024."}, "agrees"),
    ("أعلنت شركة أكمي تسريح 500 موظف", "Acme laid off 500 employees", "agrees"),
])
def test_compare_statements_stores_nothing(client, a, b, relation):
    r = client.post("/v1/compare", json={"a": a, "b": b})
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["relation"] == relation, body
    assert body["reasons"] and {"event", "quantities", "dates"} <= set(body["a"])
    assert client.get("/healthz").get_json()["articles"] == 0


def test_compare_validation_names_the_field(client):
    r = client.post("/v1/compare", json={"a": "x", "b": {"text": "y", "published_at": "soon"}})
    assert r.status_code == 422 and "b.published_at" in r.get_json()["errors"]
    r = client.post("/v1/compare", json={"a": 5, "b": "y"})
    assert r.status_code == 422 and "a" in r.get_json()["errors"]


def test_provenance_first_appearance_and_independent_sources(client):
    family = FAMILIES[0]
    arts = _ingest(client, family)
    later = claim_with(arts, [1, "نحو 300"])
    p = client.get(f"/v1/claims/{later['id']}/provenance").get_json()
    assert p["claim"]["id"] == later["id"]
    assert p["article"]["id"] == arts[1]["id"]
    assert arts[1]["text"][p["span"]["start"]:p["span"]["end"]] == p["span"]["text"]
    assert p["first_appearance"]["article"]["id"] in {arts[0]["id"], arts[1]["id"]}
    # both outlets quote the company's own announcement (أعلنت / قالت شركة نوفا): one origin, as
    # outlets citing the same report count as one source (see the Zenta test below)
    assert p["independent_sources"] == 1
    assert {o["kind"] for o in p["origin_sources"]} == {"company"}
    prov = client.get(f"/v1/claims/{later['id']}/provenance?format=prov").get_json()
    assert {"entity", "hadPrimarySource"} <= set(prov)
    review = client.get(f"/v1/claims/{later['id']}/claimreview")
    assert review.mimetype == "application/ld+json"
    doc = review.get_json()
    assert doc["@type"] == "ClaimReview" and doc["itemReviewed"]["firstAppearance"]["@type"] == "NewsArticle"
    assert client.get("/v1/claims/none/provenance").status_code == 404


def test_outlets_citing_the_same_report_count_as_one_source(client):
    texts = [
        ("Wire One", "Layoffs at Zenta\nZenta will cut 800 jobs, Reuters reported on Monday."),
        ("Wire Two", "Zenta layoffs\nAccording to Reuters, Zenta will cut 800 jobs."),
        ("Wire Three", "Zenta cuts\nZenta will cut 800 jobs, the company said in a statement."),
    ]
    ids = []
    for pub, text in texts:
        art = client.post("/v1/articles", json={"text": text, "publisher": pub, "language": "en",
                                                 "published_at": "2025-10-06"}).get_json()
        ids.append([c for c in art["claims"] if "800" in c["text"]][0]["id"])
    p = client.get(f"/v1/claims/{ids[0]}/provenance").get_json()
    assert len(p["cluster"]) == 3
    assert p["independent_sources"] == 2
    assert "Reuters" in {o["name"] for o in p["origin_sources"]}
