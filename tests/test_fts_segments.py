"""An ingest adds one segment to the claims' full-text index, whatever its claim count.

SQLite (3.40 here) flushes FTS5's pending terms at every statement that writes the index through a
trigger, so inserting an article's claims one statement per row made one segment per claim (30 for an
ordinary article) and FTS5 merged them inside the ingest: at 1M claims one ingest in three paid
15-45 ms for it. The claims of an article are inserted in one statement."""
from __future__ import annotations

from datetime import date

from factcheck.models import ArticleInput
from factcheck.services import store_article
from factcheck.store import articles

EN = ("Acme Corp said on Monday it would cut 500 jobs. The company employs 4,000 people. "
      "Its shares fell 3% on Tuesday. Police arrested 12 people in Lagos on Sunday. "
      "The ministry said 40 people were injured.")


def _segments(db) -> int:
    return db.conn.execute("SELECT count(DISTINCT segid) FROM claims_fts_idx").fetchone()[0]


def _automerge_off(db) -> None:
    db.conn.execute("INSERT INTO claims_fts(claims_fts, rank) VALUES('automerge', 0)")


def test_one_ingest_adds_one_index_segment(store_db):
    _automerge_off(store_db)  # count what the write adds, before any merge
    aid, created = store_article(store_db, ArticleInput(text=EN, language="en", published_date=date(2026, 3, 4)))
    assert created
    n = store_db.conn.execute("SELECT count(*) FROM claims WHERE article_id = ?", [aid]).fetchone()[0]
    assert n >= 4
    assert _segments(store_db) == 1
    hits = store_db.conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'people'").fetchone()[0]
    assert hits >= 2


def test_large_articles_insert_in_chunks_within_the_variable_limit(store_db, monkeypatch):
    monkeypatch.setattr(articles, "MAX_VARIABLES", 100)  # a few rows per statement
    text = " ".join(f"Police arrested {n} people in Lagos on Sunday." for n in range(10, 40))
    aid, _ = store_article(store_db, ArticleInput(text=text, language="en", published_date=date(2026, 3, 4)))
    rows = store_db.conn.execute("SELECT idx, text FROM claims WHERE article_id = ? ORDER BY idx", [aid]).fetchall()
    assert [r[0] for r in rows] == list(range(len(rows))) and len(rows) >= 20
    assert rows[0][1].startswith("Police arrested 10 people")
    assert store_db.conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'sunday'").fetchone()[0] == len(rows)
