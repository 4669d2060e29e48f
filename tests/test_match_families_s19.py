"""Session 19's families through the API: what a fact-checker reading /v1/conflicts must not see
(a negation of another act tied only by the deal's price, a place in a company's name, survivors
against bodies recovered, the dead against those aboard) and what must stay a conflict (two prices
of one deal, a share that rose and fell, a toll the coast guard denied)."""
from __future__ import annotations

import json

from conftest import ROOT

FAMILIES = json.loads((ROOT / "tests" / "data" / "families_s19.json").read_text(encoding="utf-8"))["families"]


def _ingest(client, name):
    arts = []
    for art in FAMILIES[name]:
        r = client.post("/v1/articles", json=art)
        assert r.status_code == 201, r.get_json()
        arts.append(r.get_json())
    return arts


def _claim(arts, words):
    return next(c for a in arts for c in a["claims"] if all(w in c["text"] for w in words))


def _relation(client, a, b):
    found = {m["claim"]["id"]: m for m in client.get(f"/v1/claims/{a['id']}/matches").get_json()["items"]}
    return found.get(b["id"])


def _conflict_texts(client):
    return {(c["a"]["text"], c["b"]["text"]) for c in client.get("/v1/conflicts?limit=500").get_json()["items"]}


def _in_conflict(conflicts, a, b):
    return (a["text"], b["text"]) in conflicts or (b["text"], a["text"]) in conflicts


def test_dairy_deal_conflicts_are_the_price_and_the_share_move(client):
    arts = _ingest(client, "dairy-deal")
    conflicts = _conflict_texts(client)
    deal_en, deal_ar = _claim(arts, ["agreed to acquire", "$1.2 billion"]), _claim(arts, ["استحواذها", "1.4 مليار"])
    assert _in_conflict(conflicts, deal_en, deal_ar)  # $1.2 billion vs 1.4 مليار دولار
    head_en, head_ar = _claim(arts, ["to buy Nile Dairy"]), _claim(arts, ["تستحوذ", "1.4 مليار"])
    m = _relation(client, head_en, head_ar)
    assert m is not None and m["relation"] == "conflicts", m  # "Gulf" of Gulf Foods is no place
    rose, fell = _claim(arts, ["shares rose 4%"]), _claim(arts, ["وانخفض سهم"])
    assert _in_conflict(conflicts, rose, fell)
    approval = _claim(arts, ["not received approval"])
    for other in (head_en, deal_en, rose):  # (its "$1.2 billion purchase" does conflict with «1.4 مليار»)
        assert not _in_conflict(conflicts, approval, other), other["text"]
    in_doubt = _claim(arts, ["deal for Nile Dairy in doubt"])
    for other in (deal_en, deal_ar, rose):
        assert not _in_conflict(conflicts, in_doubt, other), other["text"]


def test_migrant_boat_conflicts_are_the_denied_toll_and_not_other_measures(client):
    arts = _ingest(client, "migrant-boat")
    conflicts = _conflict_texts(client)
    feared, denied = _claim(arts, ["At least 61 migrants are feared dead"]), _claim(arts, ["61 migrants had died"])
    assert _in_conflict(conflicts, feared, denied)
    survivors, bodies = _claim(arts, ["Twenty-five survivors"]), _claim(arts, ["انتشال 12 جثة"])
    assert not _in_conflict(conflicts, survivors, bodies)  # rescued vs recovered dead: two measures
    assert not _in_conflict(conflicts, feared, bodies)  # bodies recovered are not the toll
    aboard = _claim(arts, ["The boat was carrying 86 people"])
    m = _relation(client, feared, aboard)
    assert m is None or m["relation"] != "agrees", m  # 61 dead is no agreement with 86 aboard
    ioms = _claim(arts, ["More than 2,200 migrants"]), _claim(arts, ["أكثر من 2200 مهاجر"])
    m = _relation(client, *ioms)
    assert m is not None and m["relation"] == "agrees", m
