"""Anonymity reporting: anonymous-claim lists, per-article attribution shares, per-publisher stats."""
from __future__ import annotations

from conftest import all_pages


def test_anonymous_filter_combines_with_other_filters(seeded):
    client, arts = seeded
    anon = all_pages(client, "/v1/claims?attribution=anonymous")
    assert anon and {c["attribution"]["type"] for c in anon} == {"anonymous"}
    one = all_pages(client, f"/v1/claims?attribution=anonymous&article_id={arts[0]['id']}")
    assert one and {c["article_id"] for c in one} == {arts[0]["id"]}
    assert len(one) < len(anon)


def test_article_attribution_counts_and_shares(seeded):
    client, arts = seeded
    art = arts[0]
    body = client.get(f"/v1/articles/{art['id']}/attribution").get_json()
    assert body["total"] == art["claim_count"]
    counts = {t: v["count"] for t, v in body["by_type"].items()}
    assert sum(counts.values()) == body["total"]
    expected = sum(c["attribution"]["type"] == "anonymous" for c in art["claims"])
    assert counts["anonymous"] == expected == len(body["anonymous_claims"])
    assert abs(sum(v["share"] for v in body["by_type"].values()) - 1) < 1e-3
    assert client.get("/v1/articles/nope/attribution").status_code == 404


def test_stats_per_publisher_and_since(seeded):
    client, arts = seeded
    body = client.get("/v1/stats/attribution").get_json()
    assert body["total"] == sum(a["claim_count"] for a in arts)
    pubs = {p["publisher"]: p for p in body["publishers"]}
    assert pubs["الجريدة العقارية"]["total"] == arts[1]["claim_count"]
    only = client.get("/v1/stats/attribution?publisher=الجريدة العقارية").get_json()
    assert only["total"] == arts[1]["claim_count"]
    later = client.get("/v1/stats/attribution?since=2030-01-01").get_json()
    assert later["total"] == 0
