"""Session 18's families through the API: what a fact-checker reading /v1/conflicts must not see
(history beside today's toll, a denial of one act against another, a movement of one thing against
a negation about another) and what must stay a conflict (a rate held vs raised, two turnouts)."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT
from family_checks import claim_holding, match_between, post_articles

FAMILIES = json.loads((ROOT / "tests" / "data" / "families_s18.json").read_text(encoding="utf-8"))["families"]


def _ingest(client, name):
    return post_articles(client, FAMILIES[name])


def _conflicts(client):
    return [(c["a"], c["b"]) for c in client.get("/v1/conflicts?limit=500").get_json()["items"]]


def test_train_derailment_history_is_no_conflict(client):
    arts = _ingest(client, "train-derailment")
    dated_2019 = [c for a in arts for c in a["claims"] if any(d["value"] == "2019" for d in c["dates"])]
    assert dated_2019  # "since 2019, when 22 people died"
    for a, b in _conflicts(client):
        assert not any(d["value"] == "2019" for d in a["dates"] + b["dates"]), (a["text"], b["text"])
    first, later = claim_holding(arts, ["At least 14 people"]), claim_holding(arts, ["has risen to 17"])
    m = match_between(client, first, later)
    assert m is not None and m["relation"] == "agrees", m  # at least 14, then 17


def test_rate_decision_conflicts_and_non_conflicts(client):
    arts = _ingest(client, "rate-decision")
    raised, kept = claim_holding(arts, ["raised its overnight deposit rate"]), claim_holding(arts, ["kept its overnight deposit rate"])
    m = match_between(client, raised, kept)
    assert m is not None and m["relation"] == "conflicts", m
    not_raised, pound = claim_holding(arts, ["did not raise rates"]), claim_holding(arts, ["الجنيه"])
    m = match_between(client, not_raised, pound)
    assert m is None or m["relation"] != "agrees", m
    inflation = claim_holding(arts, ["13.6%", "أكتوبر"])
    m = match_between(client, not_raised, inflation)
    assert m is None or m["relation"] != "conflicts", m


def test_election_turnouts_conflict_and_a_negated_majority_does_not_fight_coalition_talk(client):
    arts = _ingest(client, "election")
    a, b = claim_holding(arts, ["Turnout was 58%"]), claim_holding(arts, ["turnout was only 41%"])
    m = match_between(client, a, b)
    assert m is not None and m["relation"] == "conflicts" and "41% vs 58%" in m["reasons"], m
    need, no_majority = claim_holding(arts, ["will need the support"]), claim_holding(arts, ["did not win a majority"])
    m = match_between(client, need, no_majority)
    assert m is None or m["relation"] != "conflicts", m


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_stored_claim_span_indexes_its_article(client, name):
    for art in _ingest(client, name):
        for c in art["claims"]:
            assert art["text"][c["start"]:c["end"]] == c["text"]
