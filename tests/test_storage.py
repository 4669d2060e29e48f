"""Storage: migrations from empty, WAL, indexes for list filters, concurrent writers."""
from __future__ import annotations

import json
import threading

from factcheck import create_app
from factcheck.models import ArticleInput
from factcheck.services import ingest
from factcheck.store.db import connect
from factcheck.store.migrations import migrations
from factcheck.store.setup import ensure_schema


def test_migrations_from_empty_and_idempotent(tmp_path):
    path = str(tmp_path / "m.db")
    applied = ensure_schema(path)
    assert applied == [m.name for m in migrations._migrations]
    assert ensure_schema(path) == []
    db = connect(path)
    tables = set(db.table_names())
    assert {"articles", "claims", "claims_fts", "sources", "source_aliases", "matches", "claim_keys",
            "api_keys"} <= tables
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_list_filters_are_indexed(tmp_path):
    path = str(tmp_path / "i.db")
    ensure_schema(path)
    db = connect(path)
    for col in ("attribution_type", "event", "language", "article_id", "source_id"):
        plan = " ".join(r[3] for r in db.execute(
            f"EXPLAIN QUERY PLAN SELECT * FROM claims WHERE {col} = ? ORDER BY rowid", ["x"]).fetchall())
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (col, plan)


def test_concurrent_writers_store_each_article_once(tmp_path):
    path = str(tmp_path / "c.db")
    ensure_schema(path)
    texts = [f"Report {i}\nThe agency said {i + 10} people were evacuated in town {i}." for i in range(12)]
    errors, ids = [], []

    def worker(batch):
        db = connect(path, busy_timeout=30)
        try:
            for t in batch:
                art, _ = ingest(db, ArticleInput(text=t))
                ids.append(art.id)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            db.close()

    # two connections, overlapping work: each text is posted by both threads
    threads = [threading.Thread(target=worker, args=(texts,)),
               threading.Thread(target=worker, args=(list(reversed(texts)),))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    db = connect(path)
    assert db["articles"].count == len(texts)
    per_article = {r["article_id"]: r["n"] for r in db.query(
        "SELECT article_id, count(*) AS n FROM claims GROUP BY article_id")}
    for row in db.query("SELECT id, claim_count FROM articles"):
        assert per_article.get(row["id"], 0) == row["claim_count"]
    assert len(set(ids)) == len(texts)


def test_matching_catches_up_with_articles_stored_while_planning(tmp_path):
    """An article planned before another worker stored a matching one still gets the match."""
    import hashlib
    from dataclasses import replace

    from factcheck.pipeline import analyze
    from factcheck.services import article_id_for, now_iso
    from factcheck.store import articles, matching
    from factcheck.store.db import write_transaction
    from factcheck.text.normalize import key_text

    path = str(tmp_path / "cu.db")
    ensure_schema(path)
    first, second = connect(path), connect(path)
    text_a = "Layoffs at Zenta\nZenta will cut 800 jobs in Cairo, the company said on Monday."
    sha = hashlib.sha256(text_a.encode()).hexdigest()
    aid = article_id_for(sha)
    claims = [replace(c, id=f"{aid}-{i:04d}", article_id=aid) for i, c in enumerate(analyze(text_a).claims)]
    planned = matching.plan(first, claims, aid)  # nothing stored yet: no verdicts
    assert not planned.verdicts
    other, _ = ingest(second, ArticleInput(text="Zenta layoffs\nZenta will cut 800 jobs in Cairo, "
                                                "the company said on Monday in a statement."))
    row = {"id": aid, "sha256": sha, "language": "en", "text": text_a, "ingested_at": now_iso(),
           "claim_count": len(claims), "title": None, "url": None, "publisher": None,
           "published_at": None, "published_date": None}
    with write_transaction(first):
        articles.insert(first, row, claims, [key_text(c.text) for c in claims])
        stats = matching.index_and_match(first, claims, row, planned)
    assert stats.pairs >= 1
    linked = {r[0] for r in first.conn.execute(
        "SELECT other_id FROM matches WHERE claim_id LIKE ?", [f"{aid}-%"])}
    assert linked & {c.id for c in other.claims}


def test_claim_documents_are_stored_and_backfilled(tmp_path):
    """Lists serve each claim's stored ``doc``; rows written before the column existed get it backfilled."""
    from factcheck.api.schemas import ClaimSchema
    from factcheck.store.rows import backfill_docs, row_to_claim
    app = create_app({"DATABASE": str(tmp_path / "d.db"), "TESTING": True})
    client = app.test_client()
    body = client.post("/v1/articles", json={"text": "The ministry said 30 people died on Monday in Cairo.",
                                             "published_at": "2025-03-05"}).get_json()
    db = connect(str(tmp_path / "d.db"), 5)
    rows = list(db.query("SELECT * FROM claims"))
    assert rows and all(json.loads(r["doc"]) == ClaimSchema().dump(row_to_claim(r)) for r in rows)
    db.conn.execute("UPDATE claims SET doc = NULL")
    assert backfill_docs(db, batch=1) == len(rows)
    again = {r["id"]: r["doc"] for r in db.query("SELECT id, doc FROM claims")}
    assert again == {r["id"]: r["doc"] for r in rows}
    listed = client.get(f"/v1/claims?article_id={body['id']}").get_json()["items"]
    assert listed == body["claims"]


def test_columns_read_by_id_are_the_stored_ones_and_nothing_else(tmp_path):
    import pytest

    from factcheck.store.claims import column_many, docs_many
    ensure_schema(str(tmp_path / "c.db"))
    db = connect(str(tmp_path / "c.db"))
    article, _ = ingest(db, ArticleInput(text="Acme cut 500 jobs on Monday, the company said.", language="en"))
    ids = [c.id for c in article.claims] + ["missing-0000"]
    assert ids[:-1]
    texts = column_many(db, "key_text", ids * 2)
    assert set(texts) == set(ids[:-1])
    assert all(texts[c.id] == db.conn.execute("SELECT key_text FROM claims WHERE id = ?", [c.id]).fetchone()[0]
               for c in article.claims)
    assert {k: json.loads(v)["text"] for k, v in docs_many(db, ids).items()} == {c.id: c.text for c in article.claims}
    with pytest.raises(ValueError):
        column_many(db, "text FROM claims; --", ids)
