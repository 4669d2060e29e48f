"""GET /v1/claims filters: the statement is driven by the most selective filter present (an
article's claims, then a source's, an event's, an attribution type's, a language's), whatever
other filters come with it. SQLite has no statistics for the store and, left to itself, takes
the first equality it sees: ``?language=ar&article_id=X`` read every Arabic claim of the store."""
from __future__ import annotations

from datetime import date

import pytest
from sql_checks import Recording, ingested_store, plan

from factcheck.store import claims as claims_store
from factcheck.store.claims import ClaimFilter

ARTICLES = [
    ("Lumina Motors will cut 1,800 jobs at its Frankfurt plant, a person familiar with the plans said.", "en"),
    ("The health ministry said 45 people died in floods in Sindh on Monday.", "en"),
    ("قال مصدر مطلع إن شركة لومينا موتورز ستلغي 1800 وظيفة في مصنع فرانكفورت.", "ar"),
    ("أعلنت وزارة الصحة وفاة 45 شخصا في فيضانات السند يوم الاثنين.", "ar"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingested_store(str(tmp_path_factory.mktemp("claim-plans") / "s.db"), ARTICLES, publisher="Wire",
                          published_date=date(2025, 5, 2))


def _plan(db, flt: ClaimFilter) -> tuple[list[str], str]:
    rec = Recording(db)
    docs, _ = claims_store.list_page(rec, flt, 50, None)
    (sql, params), = rec.statements
    return docs, plan(db, sql, params)


def _values(db):
    row = db.conn.execute("SELECT article_id, source_id, event FROM claims WHERE language = 'ar' AND "
                          "attribution_type = 'anonymous' AND event IS NOT NULL AND source_id IS NOT NULL").fetchone()
    assert row, "the fixture needs an anonymous Arabic claim with an event and a source"
    return {"article_id": row[0], "source_id": row[1], "event": row[2]}


@pytest.mark.parametrize("filters, index", [
    ({"article_id", "language"}, "idx_claims_article_id_idx (article_id=?)"),
    ({"article_id", "attribution"}, "idx_claims_article_id_idx (article_id=?)"),
    ({"article_id", "event", "language", "attribution", "source_id"}, "idx_claims_article_id_idx (article_id=?)"),
    ({"source_id", "language"}, "idx_claims_source_id (source_id=? AND rowid>?)"),
    ({"source_id", "event", "attribution"}, "idx_claims_source_id (source_id=? AND rowid>?)"),
    ({"event", "language"}, "idx_claims_event (event=? AND rowid>?)"),
    ({"event", "attribution"}, "idx_claims_event (event=? AND rowid>?)"),
    ({"attribution", "language"}, "idx_claims_attribution_type (attribution_type=? AND rowid>?)"),
    ({"language", "publisher"}, "idx_claims_language (language=? AND rowid>?)"),
    ({"language"}, "idx_claims_language (language=? AND rowid>?)"),
])
def test_the_most_selective_filter_drives_the_statement(store, filters, index):
    v = _values(store)
    given = {"article_id": v["article_id"], "source_id": v["source_id"], "event": v["event"], "language": "ar",
             "attribution": "anonymous", "publisher": "Wire"}
    flt = ClaimFilter(**{k: given[k] for k in filters})
    docs, plan = _plan(store, flt)
    assert index in plan, plan
    assert plan.count("SEARCH c") == 1 and "SCAN c" not in plan
    # the same claims as the filters applied one by one in Python
    everything, _ = claims_store.list_page(store, ClaimFilter(), 500, None)
    want = [d for d in everything if all(_holds(store, d, k, given[k]) for k in filters)]
    assert docs == want and docs


def _holds(db, doc: str, key: str, value) -> bool:
    import json
    d = json.loads(doc)
    if key == "attribution":
        return d["attribution"]["type"] == value
    if key == "publisher":
        return db.conn.execute("SELECT publisher FROM articles WHERE id = ?", [d["article_id"]]).fetchone()[0] == value
    return d[key] == value
