"""Session 18's families through the API: what a fact-checker reading /v1/conflicts must not see
(history beside today's toll, a denial of one act against another, a movement of one thing against
a negation about another) and what must stay a conflict (a rate held vs raised, two turnouts)."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT

FAMILIES = json.loads((ROOT / "tests" / "data" / "families_s18.json").read_text(encoding="utf-8"))["families"]


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


def _conflicts(client):
    return [(c["a"], c["b"]) for c in client.get("/v1/conflicts?limit=500").get_json()["items"]]


def test_train_derailment_history_is_no_conflict(client):
    arts = _ingest(client, "train-derailment")
    dated_2019 = [c for a in arts for c in a["claims"] if any(d["value"] == "2019" for d in c["dates"])]
    assert dated_2019  # "since 2019, when 22 people died"
    for a, b in _conflicts(client):
        assert not any(d["value"] == "2019" for d in a["dates"] + b["dates"]), (a["text"], b["text"])
    first, later = _claim(arts, ["At least 14 people"]), _claim(arts, ["has risen to 17"])
    m = _relation(client, first, later)
    assert m is not None and m["relation"] == "agrees", m  # at least 14, then 17


def test_rate_decision_conflicts_and_non_conflicts(client):
    arts = _ingest(client, "rate-decision")
    raised, kept = _claim(arts, ["raised its overnight deposit rate"]), _claim(arts, ["kept its overnight deposit rate"])
    m = _relation(client, raised, kept)
    assert m is not None and m["relation"] == "conflicts", m
    not_raised, pound = _claim(arts, ["did not raise rates"]), _claim(arts, ["الجنيه"])
    m = _relation(client, not_raised, pound)
    assert m is None or m["relation"] != "agrees", m
    inflation = _claim(arts, ["13.6%", "أكتوبر"])
    m = _relation(client, not_raised, inflation)
    assert m is None or m["relation"] != "conflicts", m


def test_election_turnouts_conflict_and_a_negated_majority_does_not_fight_coalition_talk(client):
    arts = _ingest(client, "election")
    a, b = _claim(arts, ["Turnout was 58%"]), _claim(arts, ["turnout was only 41%"])
    m = _relation(client, a, b)
    assert m is not None and m["relation"] == "conflicts" and "41% vs 58%" in m["reasons"], m
    need, no_majority = _claim(arts, ["will need the support"]), _claim(arts, ["did not win a majority"])
    m = _relation(client, need, no_majority)
    assert m is None or m["relation"] != "conflicts", m


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_stored_claim_span_indexes_its_article(client, name):
    for art in _ingest(client, name):
        for c in art["claims"]:
            assert art["text"][c["start"]:c["end"]] == c["text"]
