"""Helpers for tests of article families ingested through the API."""
from __future__ import annotations


def claim_with(arts: list[dict], ref) -> dict:
    """The first claim of article ``ref[0]`` (an ingest response) whose text holds ``ref[1]``."""
    idx, needle = ref
    hits = [c for c in arts[idx]["claims"] if needle in c["text"]]
    assert hits, f"no claim with {needle!r} in article {idx}: {[c['text'] for c in arts[idx]['claims']]}"
    return hits[0]


def ingest_family(client, family: dict) -> list[dict]:
    """POST each article of ``family`` ({"name", "articles": [(language, published, publisher, text)]});
    the ingest responses, in order."""
    arts = []
    for i, (language, published, publisher, text) in enumerate(family["articles"]):
        body = {"text": text, "language": language, "published_at": published, "publisher": publisher,
                "title": f"{family['name']} {i}", "url": f"https://outlet{i}.example/{family['name']}"}
        r = client.post("/v1/articles", json=body)
        assert r.status_code == 201, r.get_json()
        arts.append(r.get_json())
    return arts


def check_family(client, family: dict) -> None:
    """Ingest ``family`` and check each expected pair ((article, text) refs, relation, a reason it must give)
    through GET /v1/claims/{id}/matches, in both directions."""
    arts = ingest_family(client, family)
    for ref_a, ref_b, relation, reason in family["expect"]:
        a, b = claim_with(arts, ref_a), claim_with(arts, ref_b)
        items = client.get(f"/v1/claims/{a['id']}/matches").get_json()["items"]
        found = {m["claim"]["id"]: m for m in items}
        assert b["id"] in found, f"{a['text']!r} has no match with {b['text']!r}: {items}"
        match = found[b["id"]]
        assert (match["relation"], reason in " | ".join(match["reasons"])) == (relation, True), (
            a["text"], b["text"], match)
        back = client.get(f"/v1/claims/{b['id']}/matches?relation={relation}").get_json()["items"]
        assert a["id"] in {m["claim"]["id"] for m in back}


def post_articles(client, bodies: list[dict]) -> list[dict]:
    """POST each article body as written; the ingest responses, in order."""
    arts = []
    for body in bodies:
        r = client.post("/v1/articles", json=body)
        assert r.status_code == 201, r.get_json()
        arts.append(r.get_json())
    return arts


def claim_holding(arts: list[dict], words: list[str]) -> dict:
    """The first claim of any article (ingest responses) whose text holds every one of ``words``."""
    return next(c for a in arts for c in a["claims"] if all(w in c["text"] for w in words))


def match_between(client, a: dict, b: dict) -> dict | None:
    """The stored match of claim ``a`` with claim ``b`` (GET /v1/claims/{id}/matches), or None."""
    found = {m["claim"]["id"]: m for m in client.get(f"/v1/claims/{a['id']}/matches").get_json()["items"]}
    return found.get(b["id"])
