"""What a claim rests on: an outlet relaying an unnamed source ("Reuters quoted an official who declined to be
named", «نقلت رويترز عن مسؤول لم تسمه») stays ``named`` (the outlet stands behind the report), but the claim rests
on an anonymous source. ``attribution.cited_type`` types the cited source as if it spoke itself, and
``attribution.rests_on`` is the end of the chain; ``GET /v1/claims?rests_on=anonymous`` lists the claims typed
anonymous and those relayed from unnamed sources, and the article attribution report lists the relayed ones.
Stores written before the column are typed by their migration, and exports by the import."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import all_pages

from factcheck.models import ArticleInput
from factcheck.pipeline import analyze
from factcheck.services import ingest
from factcheck.store.db import connect
from factcheck.store.setup import ensure_schema
from factcheck.store.transfer import record_to_claim

PUBLISHED = date(2025, 6, 10)

# sentence, language, words of the claim, (type, cited_type, rests_on)
RELAYED = [
    ("Reuters quoted an official who declined to be named as saying the company would cut 200 jobs.", "en",
     "cut 200 jobs", ("named", "anonymous", "anonymous")),
    ("The company will close three plants, Bloomberg reported, citing people familiar with the matter.", "en",
     "close three plants", ("named", "anonymous", "anonymous")),
    ("Citing a senior diplomat, Al Jazeera said the ceasefire would start on Friday.", "en",
     "ceasefire would start", ("named", "anonymous", "anonymous")),
    ("The ministry recorded 40 new cases, the AP reported, citing the health ministry.", "en",
     "40 new cases", ("named", "official", "official")),
    ("The army killed 12 fighters, the state news agency said, quoting a military spokesman.", "en",
     "12 fighters", ("named", "official", "official")),
    ("Lumina Motors will cut 1,800 jobs, a person familiar with the plans said.", "en",
     "1,800 jobs", ("anonymous", None, "anonymous")),
    ("Lumina Motors will cut 1,800 jobs, Reuters reported.", "en", "1,800 jobs", ("named", None, "named")),
    ("ونقلت رويترز عن مسؤول لم تسمه قوله إن الشركة ستسرح 200 موظف.", "ar", "200 موظف",
     ("named", "anonymous", "anonymous")),
    ("ونقلت صحيفة فايننشال تايمز عن مصادر مطلعة أن الصفقة تبلغ قيمتها 3 مليارات دولار.", "ar", "3 مليارات",
     ("named", "anonymous", "anonymous")),
    ("وبحسب ما نقلته بلومبرغ عن أشخاص مطلعين على الأمر، ستغلق الشركة ثلاثة مصانع.", "ar", "ثلاثة مصانع",
     ("named", "anonymous", "anonymous")),
    ("وقالت قناة الجزيرة نقلا عن دبلوماسي رفيع إن وقف إطلاق النار سيبدأ يوم الجمعة.", "ar", "وقف إطلاق النار",
     ("named", "anonymous", "anonymous")),
    ("وذكرت وكالة الأنباء الرسمية نقلا عن وزارة الصحة أن عدد الإصابات بلغ 40 حالة.", "ar", "40 حالة",
     ("named", "official", "official")),
    ("وقال مصدر مطلع إن شركة لومينا موتورز ستلغي 1800 وظيفة.", "ar", "1800 وظيفة", ("anonymous", None, "anonymous")),
]


def _claim(text: str, language: str, words: str):
    found = [c for c in analyze(text, language, PUBLISHED).claims if words in c.text]
    assert len(found) == 1, [c.text for c in analyze(text, language, PUBLISHED).claims]
    return found[0]


@pytest.mark.parametrize("text, language, words, expected", RELAYED)
def test_cited_source_is_typed_and_the_chain_rests_on_it(text, language, words, expected):
    a = _claim(text, language, words).attribution
    assert (a.type, a.cited_type, a.rests_on) == expected
    if expected[1] is None:
        assert a.cited is None


ARTICLE = (
    "Orbitel will cut 900 jobs in Nairobi, Reuters reported, citing two people familiar with the plans. "
    "The company made a loss of $40 million last year, its chief executive Jane Mwangi said. "
    "The health ministry recorded 35 cholera cases in Mombasa, the AP reported, citing the ministry. "
    "A senior official who asked not to be named said the port would reopen on Monday."
)


@pytest.fixture
def stored(client):
    r = client.post("/v1/articles", json={"text": ARTICLE, "language": "en", "publisher": "Coast Wire",
                                         "published_at": "2025-06-10T08:00:00Z"})
    assert r.status_code == 201, r.get_json()
    return client, r.get_json()


def _texts(claims) -> set[str]:
    return {next(w for w in ("900 jobs", "$40 million", "35 cholera", "reopen") if w in c["text"]) for c in claims}


def test_claim_documents_carry_cited_type_and_rests_on(stored):
    client, art = stored
    by = {w: c for c in art["claims"] for w in ("900 jobs", "$40 million", "35 cholera", "reopen") if w in c["text"]}
    assert set(by) == {"900 jobs", "$40 million", "35 cholera", "reopen"}
    got = {w: (c["attribution"]["type"], c["attribution"]["cited_type"], c["attribution"]["rests_on"])
           for w, c in by.items()}
    assert got == {"900 jobs": ("named", "anonymous", "anonymous"), "$40 million": ("official", None, "official"),
                   "35 cholera": ("named", "official", "official"), "reopen": ("anonymous", None, "anonymous")}
    # the stored documents say the same as the ingest response
    for c in art["claims"]:
        assert client.get(f"/v1/claims/{c['id']}").get_json()["attribution"] == c["attribution"]


def test_rests_on_filter_adds_relayed_anonymous_claims(stored):
    client, art = stored
    assert _texts(all_pages(client, "/v1/claims?rests_on=anonymous")) == {"900 jobs", "reopen"}
    assert _texts(all_pages(client, "/v1/claims?attribution=anonymous")) == {"reopen"}
    assert _texts(all_pages(client, "/v1/claims?rests_on=official&language=en")) == {"$40 million", "35 cholera"}
    assert _texts(all_pages(client, "/v1/claims?rests_on=anonymous&attribution=named")) == {"900 jobs"}
    assert all_pages(client, "/v1/claims?rests_on=anonymous&language=ar") == []


def test_rests_on_rejects_an_unknown_type(client):
    r = client.get("/v1/claims?rests_on=secret")
    assert r.status_code == 422 and r.content_type.startswith("application/problem+json")
    body = r.get_json()
    assert "rests_on" in json.dumps(body)


def test_article_report_lists_relayed_anonymous_claims(stored):
    client, art = stored
    body = client.get(f"/v1/articles/{art['id']}/attribution").get_json()
    assert _texts(body["anonymous_claims"]) == {"reopen"}
    assert _texts(body["relayed_anonymous_claims"]) == {"900 jobs"}
    assert body["relayed_anonymous_claims"][0]["attribution"]["cited"]["text"] == "two people familiar with the plans"


def test_the_rests_on_filter_reads_its_index(stored, app):
    from sql_checks import Recording, plan

    from factcheck.store import claims as claims_store
    from factcheck.store.claims import ClaimFilter
    db = connect(app.config["DATABASE"])
    rec = Recording(db)
    docs, _ = claims_store.list_page(rec, ClaimFilter(rests_on="anonymous", language="en"), 50, None)
    (sql, params), = rec.statements
    assert "idx_claims_rests_on" in plan(db, sql, params) and len(docs) == 2
    db.close()


def test_migration_types_the_cited_sources_of_an_older_store(tmp_path):
    path = str(tmp_path / "old.db")
    ensure_schema(path)
    db = connect(path)
    ingest(db, ArticleInput(text=ARTICLE, language="en", published_date=PUBLISHED))
    ingest(db, ArticleInput(text=RELAYED[7][0], language="ar", published_date=PUBLISHED))
    before = db.conn.execute("SELECT id, attribution_type, cited_type FROM claims ORDER BY id").fetchall()
    assert sum(t == "anonymous" for _, _, t in before) == 2
    # the store as it was: no column, no index, documents without the fields, the migration not recorded
    db.conn.execute("DROP INDEX idx_claims_rests_on")
    db.conn.execute("ALTER TABLE claims DROP COLUMN cited_type")
    for cid, doc in db.conn.execute("SELECT id, doc FROM claims").fetchall():
        d = json.loads(doc)
        del d["attribution"]["cited_type"], d["attribution"]["rests_on"]
        db.conn.execute("UPDATE claims SET doc = ? WHERE id = ?", [json.dumps(d, ensure_ascii=False), cid])
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0013_cited_source_type'")
    db.close()
    assert ensure_schema(path) == ["0013_cited_source_type"]
    db = connect(path)
    assert db.conn.execute("SELECT id, attribution_type, cited_type FROM claims ORDER BY id").fetchall() == before
    from factcheck.store.rows import row_to_doc
    for row in db.query("SELECT * FROM claims"):
        assert json.loads(row["doc"]) == row_to_doc(row)  # as a fresh ingest would write it
    db.close()


def test_import_types_a_cited_source_the_export_did_not(tmp_path):
    c = _claim(*RELAYED[0][:3])
    from factcheck.store.transfer import claim_to_record
    record = claim_to_record(c)
    assert record["attribution"]["cited_type"] == "anonymous"
    del record["attribution"]["cited_type"]
    assert record_to_claim(record).attribution.cited_type == "anonymous"
    plain = claim_to_record(_claim(*RELAYED[6][:3]))
    del plain["attribution"]["cited_type"]
    assert record_to_claim(plain).attribution.cited_type is None
