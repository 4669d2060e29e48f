"""Storage: migrations from empty, WAL, indexes for list filters, concurrent writers."""
from __future__ import annotations

import threading

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
