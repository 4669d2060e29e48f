"""Provenance of a claim: its article and span, attribution and source chain, the first appearance
among the claims that agree with it, the origin sources the cluster cites, and how many
independent sources carry it (outlets that all cite the same report count as one).
Also the W3C PROV-JSON and schema.org ClaimReview renderings of the same facts."""
from __future__ import annotations

from datetime import UTC, datetime

from .attribution.sources import alias_key
from .store import articles as articles_store
from .store import matches as matches_store
from .store import sources as sources_store
from .store.claims import get_many


def _when(article) -> tuple[datetime, str]:
    """Sort key and the field it came from: published_at when given, else ingested_at."""
    for field in ("published_at", "ingested_at"):
        value = getattr(article, field)
        if value:
            try:
                dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)), field
    return datetime.max.replace(tzinfo=UTC), "unknown"


def _origin_key(claim, article) -> str:
    a = claim.attribution
    if a.cited is not None:
        return "src:" + alias_key(a.cited.text)
    if claim.source_id is not None and a.type in ("named", "official"):
        return f"id:{claim.source_id}"
    return "pub:" + (alias_key(article.publisher) if article.publisher else article.id)


def _article_ref(article) -> dict:
    return {"id": article.id, "title": article.title, "url": article.url, "publisher": article.publisher,
            "published_at": article.published_at, "ingested_at": article.ingested_at}


def provenance(db, claim_id: str) -> dict | None:
    """Everything known about where ``claim_id`` came from, or None when it does not exist."""
    members = matches_store.cluster(db, claim_id)
    claims = get_many(db, members)
    if claim_id not in claims:
        return None
    arts = {aid: articles_store.get(db, aid, with_text=False) for aid in {c.article_id for c in claims.values()}}
    claim = claims[claim_id]
    ordered = sorted(claims.values(), key=lambda c: (_when(arts[c.article_id])[0], c.id))
    first = ordered[0]
    origin_ids: dict[int, int] = {}
    for c in claims.values():
        for sid in (c.source_id, sources_store.by_key(db, c.attribution.cited.text) if c.attribution.cited else None):
            if sid is not None:
                origin_ids[sid] = origin_ids.get(sid, 0) + 1
    origins = []
    for sid, n in sorted(origin_ids.items(), key=lambda kv: (-kv[1], kv[0])):
        src = sources_store.get(db, sid)
        if src:
            origins.append({"id": sid, "name": src["name"], "kind": src["kind"], "claims": n})
    groups = {_origin_key(c, arts[c.article_id]) for c in claims.values()}
    chain = [s for s in (claim.attribution.source, claim.attribution.cited) if s is not None]
    return {
        "claim": claim,
        "article": _article_ref(arts[claim.article_id]),
        "span": {"start": claim.start, "end": claim.end, "text": claim.text},
        "attribution": claim.attribution,
        "source": sources_store.get(db, claim.source_id) if claim.source_id else None,
        "source_chain": [{"text": s.text, "start": s.start, "end": s.end} for s in chain],
        "first_appearance": {"claim_id": first.id, "article": _article_ref(arts[first.article_id]),
                             "dated_by": _when(arts[first.article_id])[1]},
        "origin_sources": origins,
        "independent_sources": len(groups),
        "cluster": [{"claim_id": c.id, "article_id": c.article_id, "relation": members[c.id],
                     "publisher": arts[c.article_id].publisher} for c in ordered],
    }


def _agent(source: dict) -> dict:
    kind = {"person": "prov:Person", "anonymous-group": "prov:Agent"}.get(source["kind"], "prov:Organization")
    return {"prov:type": kind, "prov:label": source["name"]}


def prov_json(p: dict) -> dict:
    """W3C PROV-JSON: the claim as an entity quoted from its source, attributed to it, and with
    the first article carrying it as its primary source."""
    claim, art, first = p["claim"], p["article"], p["first_appearance"]
    cid, aid = f"fc:claim/{claim.id}", f"fc:article/{art['id']}"
    doc = {
        "prefix": {"fc": "urn:factcheck:", "schema": "https://schema.org/"},
        "entity": {
            cid: {"prov:type": "fc:Claim", "prov:value": claim.text, "fc:start": claim.start,
                  "fc:end": claim.end, "fc:attribution": claim.attribution.type},
            aid: {"prov:type": "schema:NewsArticle", "prov:label": art["title"], "schema:url": art["url"],
                  "schema:publisher": art["publisher"], "schema:datePublished": art["published_at"]},
        },
        "agent": {}, "wasDerivedFrom": {cid + "_d": {"prov:generatedEntity": cid, "prov:usedEntity": aid}},
        "wasQuotedFrom": {}, "wasAttributedTo": {}, "hadPrimarySource": {},
    }
    first_id = f"fc:article/{first['article']['id']}"
    if first_id not in doc["entity"]:
        doc["entity"][first_id] = {"prov:type": "schema:NewsArticle", "prov:label": first["article"]["title"],
                                   "schema:url": first["article"]["url"],
                                   "schema:datePublished": first["article"]["published_at"]}
    doc["hadPrimarySource"][cid + "_p"] = {"prov:generatedEntity": cid, "prov:usedEntity": first_id}
    if p["source"]:
        sid = f"fc:source/{p['source']['id']}"
        doc["agent"][sid] = _agent(p["source"])
        doc["wasAttributedTo"][cid + "_a"] = {"prov:entity": cid, "prov:agent": sid}
        doc["wasQuotedFrom"][cid + "_q"] = {"prov:quote": cid, "prov:original": aid, "prov:quoterAgent": sid}
    for o in p["origin_sources"]:
        doc["agent"].setdefault(f"fc:source/{o['id']}", _agent(o))
    return {k: v for k, v in doc.items() if v}


def claim_review(p: dict, counts: dict[str, int]) -> dict:
    """schema.org ClaimReview (JSON-LD) describing the claim, where it appeared and first appeared.
    No truth rating is given: the rating names what the corpus shows (corroborated / contested)."""
    claim, art, first = p["claim"], p["article"], p["first_appearance"]["article"]

    def work(a):
        return {"@type": "NewsArticle", "url": a["url"], "headline": a["title"],
                "datePublished": a["published_at"],
                "publisher": {"@type": "Organization", "name": a["publisher"]} if a["publisher"] else None}

    if counts.get("conflicts"):
        verdict = "Contested: other articles report conflicting facts"
    elif counts.get("agrees"):
        verdict = f"Corroborated by {p['independent_sources']} independent source(s)"
    else:
        verdict = "Single source"
    author = p["source"]
    return {
        "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": claim.text,
        "itemReviewed": {
            "@type": "Claim", "text": claim.text, "appearance": [work(art)], "firstAppearance": work(first),
            "author": ({"@type": "Person" if author["kind"] == "person" else "Organization",
                        "name": author["name"]} if author else None),
        },
        "reviewRating": {"@type": "Rating", "alternateName": verdict},
        "author": {"@type": "Organization", "name": "factcheck"},
    }
