"""Session 19's families through the API: what a fact-checker reading /v1/conflicts must not see
(a negation of another act tied only by the deal's price, a place in a company's name, survivors
against bodies recovered, the dead against those aboard) and what must stay a conflict (two prices
of one deal, a share that rose and fell, a toll the coast guard denied)."""
from __future__ import annotations

import json

from conftest import ROOT
from family_checks import claim_holding, match_between, post_articles

FAMILIES = json.loads((ROOT / "tests" / "data" / "families_s19.json").read_text(encoding="utf-8"))["families"]


def _ingest(client, name):
    return post_articles(client, FAMILIES[name])


def _conflict_texts(client):
    return {(c["a"]["text"], c["b"]["text"]) for c in client.get("/v1/conflicts?limit=500").get_json()["items"]}


def _in_conflict(conflicts, a, b):
    return (a["text"], b["text"]) in conflicts or (b["text"], a["text"]) in conflicts


def test_dairy_deal_conflicts_are_the_price_and_the_share_move(client):
    arts = _ingest(client, "dairy-deal")
    conflicts = _conflict_texts(client)
    deal_en, deal_ar = claim_holding(arts, ["agreed to acquire", "$1.2 billion"]), claim_holding(arts, ["استحواذها", "1.4 مليار"])
    assert _in_conflict(conflicts, deal_en, deal_ar)  # $1.2 billion vs 1.4 مليار دولار
    head_en, head_ar = claim_holding(arts, ["to buy Nile Dairy"]), claim_holding(arts, ["تستحوذ", "1.4 مليار"])
    m = match_between(client, head_en, head_ar)
    assert m is not None and m["relation"] == "conflicts", m  # "Gulf" of Gulf Foods is no place
    rose, fell = claim_holding(arts, ["shares rose 4%"]), claim_holding(arts, ["وانخفض سهم"])
    assert _in_conflict(conflicts, rose, fell)
    approval = claim_holding(arts, ["not received approval"])
    for other in (head_en, deal_en, rose):  # (its "$1.2 billion purchase" does conflict with «1.4 مليار»)
        assert not _in_conflict(conflicts, approval, other), other["text"]
    in_doubt = claim_holding(arts, ["deal for Nile Dairy in doubt"])
    for other in (deal_en, deal_ar, rose):
        assert not _in_conflict(conflicts, in_doubt, other), other["text"]


def test_migrant_boat_conflicts_are_the_denied_toll_and_not_other_measures(client):
    arts = _ingest(client, "migrant-boat")
    conflicts = _conflict_texts(client)
    feared, denied = claim_holding(arts, ["At least 61 migrants are feared dead"]), claim_holding(arts, ["61 migrants had died"])
    assert _in_conflict(conflicts, feared, denied)
    survivors, bodies = claim_holding(arts, ["Twenty-five survivors"]), claim_holding(arts, ["انتشال 12 جثة"])
    assert not _in_conflict(conflicts, survivors, bodies)  # rescued vs recovered dead: two measures
    assert not _in_conflict(conflicts, feared, bodies)  # bodies recovered are not the toll
    aboard = claim_holding(arts, ["The boat was carrying 86 people"])
    m = match_between(client, feared, aboard)
    assert m is None or m["relation"] != "agrees", m  # 61 dead is no agreement with 86 aboard
    ioms = claim_holding(arts, ["More than 2,200 migrants"]), claim_holding(arts, ["أكثر من 2200 مهاجر"])
    m = match_between(client, *ioms)
    assert m is not None and m["relation"] == "agrees", m
