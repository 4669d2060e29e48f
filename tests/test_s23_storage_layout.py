"""Storage layout of the matching index: the posting lists (``claim_keys``) and key frequencies
(``key_df``) are clustered tables (WITHOUT ROWID), so that storing one article's keys writes one
B-tree each instead of a table plus its primary-key index; article publication dates are read from
a covering index, never from the article rows (which hold each article's text). A store made before
the change is converted by a migration that keeps every row and leaves matching working."""
from __future__ import annotations

from datetime import date

import pytest
from sql_checks import Recording, ingested_store
from sql_checks import plan as plan_of

from factcheck.models import ArticleInput
from factcheck.services import ingest
from factcheck.store.closeness import Closeness, ordinal
from factcheck.store.db import connect
from factcheck.store.matching import prefetch_postings
from factcheck.store.setup import ensure_schema

LAYOUT = "0012_clustered_matching_index"
ARTICLES = [
    ("Lumina Motors will cut 1,800 jobs at its Frankfurt plant, Reuters reported on Monday.", "en"),
    ("قالت شركة لومينا موتورز إنها ستلغي 1800 وظيفة في مصنع فرانكفورت.", "ar"),
    ("Lumina Motors will cut 2,400 jobs at its Frankfurt plant, the union said on Tuesday.", "en"),
]
LATER = ("Lumina Motors will cut 1,800 jobs at its Frankfurt plant, the company confirmed.", "en")


def _sql(db, name: str) -> str:
    row = db.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()
    assert row, f"{name} missing"
    return row[0] or ""


def _rows(db):
    return (sorted(db.conn.execute("SELECT key, claim_id FROM claim_keys")),
            sorted(db.conn.execute("SELECT key, n FROM key_df")))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingested_store(str(tmp_path_factory.mktemp("layout") / "s.db"), ARTICLES, published_date=date(2025, 5, 2))


@pytest.mark.parametrize("table", ["claim_keys", "key_df"])
def test_matching_index_tables_are_clustered(store, table):
    assert "WITHOUT ROWID" in _sql(store, table).upper()


def test_claim_keys_keeps_its_index_by_claim(store):
    assert "claim_id" in _sql(store, "idx_claim_keys_claim_id")


def test_posting_lists_are_read_from_the_clustered_table(store):
    key = store.conn.execute("SELECT key FROM key_df ORDER BY n DESC LIMIT 1").fetchone()[0]
    rec, cache = Recording(store), {}
    prefetch_postings(rec, [key], cache)
    assert cache[key] and set(cache[key]) == {r[0] for r in store.conn.execute(
        "SELECT claim_id FROM claim_keys WHERE key = ?", [key])}
    plans = [plan_of(store, sql, params) for sql, params in rec.statements]
    assert plans and all("USING PRIMARY KEY (key=?)" in p for p in plans), plans


def test_publication_days_come_from_the_covering_index(store):
    ids = [r[0] for r in store.conn.execute("SELECT id FROM claims")]
    rec = Recording(store)
    c = Closeness(rec, ordinal("2025-05-02"))
    c.learn(ids)
    assert c.known and set(c.known) == set(ids)
    assert all(v == ordinal("2025-05-02") for v in c.known.values())
    article_reads = [(s, p) for s, p in rec.statements if "FROM articles" in s]
    assert article_reads
    for sql, params in article_reads:
        assert "USING COVERING INDEX idx_articles_id_published" in plan_of(store, sql, params)


def _as_before_the_layout(db) -> None:
    """Turn a current store into one made before ``LAYOUT``: rowid tables, no covering index, and
    the migration not recorded."""
    for table, pk in (("claim_keys", "key, claim_id"), ("key_df", "key")):
        cols = "key, claim_id" if table == "claim_keys" else "key, n"
        db.conn.execute(f"CREATE TABLE {table}_old AS SELECT {cols} FROM {table}")
        db.conn.execute(f"DROP TABLE {table}")
        db.conn.execute(f"CREATE TABLE {table} ({cols.replace(', ', ' TEXT, ')} {'TEXT' if table == 'claim_keys' else 'INTEGER'}, "
                        f"PRIMARY KEY ({pk}))")
        db.conn.execute(f"INSERT INTO {table} SELECT * FROM {table}_old")
        db.conn.execute(f"DROP TABLE {table}_old")
    db.conn.execute("CREATE INDEX idx_claim_keys_claim_id ON claim_keys (claim_id)")
    db.conn.execute("DROP INDEX idx_articles_id_published")
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [LAYOUT])


def test_migration_converts_an_older_store_keeping_every_row(tmp_path):
    path = str(tmp_path / "old.db")
    db = ingested_store(path, ARTICLES, published_date=date(2025, 5, 2))
    _as_before_the_layout(db)
    assert "WITHOUT ROWID" not in _sql(db, "claim_keys").upper()
    before = _rows(db)
    assert before[0] and before[1]
    db.close()
    assert ensure_schema(path) == [LAYOUT]
    db = connect(path)
    assert "WITHOUT ROWID" in _sql(db, "claim_keys").upper() and "WITHOUT ROWID" in _sql(db, "key_df").upper()
    assert "published_date" in _sql(db, "idx_articles_id_published")
    assert _rows(db) == before
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    article, _ = ingest(db, ArticleInput(text=LATER[0], language=LATER[1], published_date=date(2025, 5, 3)))
    found = db.conn.execute("SELECT count(*) FROM matches WHERE claim_id LIKE ?", [f"{article.id}-%"]).fetchone()[0]
    assert found >= 2  # the stored tellings in both languages
    keys, df = _rows(db)
    assert len(keys) > len(before[0]) and sum(n for _, n in df) == len(keys)
    db.close()
