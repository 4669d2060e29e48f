"""Regression set: ten articles written by QA that the rules were never tuned on (six Arabic from
different outlets' styles, four English wire stories on the same events). Asserts the facts a
fact-checker depends on: exact offsets, no furniture, key quantities, attribution and the
cross-article agreements and conflicts."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT, span_objects

ARTICLES = json.loads((ROOT / "tests" / "data" / "unseen_articles.json").read_text(encoding="utf-8"))
FURNITURE = ["الرئيسية", "وسوم:", "اقرأ أيضاً", "Copyright", "Our Standards", "(AP) —", "جمادى", "شارك"]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from factcheck import create_app
    app = create_app({"DATABASE": str(tmp_path_factory.mktemp("unseen") / "u.db")})
    client = app.test_client()
    arts = []
    for body in ARTICLES:
        r = client.post("/v1/articles", json=body)
        assert r.status_code == 201, r.get_json()
        arts.append(r.get_json())
    return client, arts


def _claim(arts, idx, needle):
    hits = [c for c in arts[idx]["claims"] if needle in c["text"]]
    assert hits, f"no claim with {needle!r} in article {idx}"
    return hits[0]


def test_offsets_are_exact_and_furniture_yields_nothing(stored):
    _, arts = stored
    for art in arts:
        for claim in art["claims"]:
            for obj in span_objects(claim):
                assert art["text"][obj["start"]:obj["end"]] == obj["text"]
            for word in FURNITURE:
                assert word not in claim["text"], (word, claim["text"])


@pytest.mark.parametrize("idx,needle,value,unit,qualifier", [
    (0, "قررت لجنة السياسة النقدية", 200, "basis_point", "exact"),
    (4, "وقدرت وزارة المالية", 1.147e12, "SAR", "about"),
    (4, "ثلث إجمالي النفقات", 100 / 3, "percent", "about"),
    (7, "employs roughly", 15000, "person", "about"),
    (8, "Annual urban consumer price inflation", 14.4, "percent", "exact"),
])
def test_key_quantities(stored, idx, needle, value, unit, qualifier):
    _, arts = stored
    claim = _claim(arts, idx, needle)
    assert any(abs(q["value"] - value) <= 1e-3 * value and q["unit"] == unit and q["qualifier"] == qualifier
               for q in claim["quantities"]), claim["quantities"]


@pytest.mark.parametrize("idx,needle,kind", [
    (4, "الإيرادات بنحو 1.147", "official"),
    (8, "The central bank lowered", "official"),
    (7, "nearly a quarter of the Gulf freight market", "anonymous"),
])
def test_attribution_of_unseen_sentences(stored, idx, needle, kind):
    _, arts = stored
    assert _claim(arts, idx, needle)["attribution"]["type"] == kind


@pytest.mark.parametrize("a,b,relation,reason", [
    ((8, "slowed to 14.4%"), (0, "14.9%"), "conflicts", "14.4% vs 14.9%"),
    ((9, "sell midfielder"), (3, "وافق مجلس إدارة"), "conflicts", "45 million EUR vs 50 million EUR"),
    ((8, "The bank cut rates by 225 basis points"), (0, "225 نقطة أساس"), "agrees", "225"),
])
def test_cross_article_relations(stored, a, b, relation, reason):
    client, arts = stored
    ca, cb = _claim(arts, *a), _claim(arts, *b)
    items = client.get(f"/v1/claims/{ca['id']}/matches").get_json()["items"]
    found = {m["claim"]["id"]: m for m in items}
    assert cb["id"] in found, [m["claim"]["text"][:60] for m in items]
    assert found[cb["id"]]["relation"] == relation
    assert reason in " ".join(found[cb["id"]]["reasons"])
