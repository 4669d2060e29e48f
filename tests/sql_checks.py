"""Shared helpers for tests that look at the SQL the store runs: a recording store and query plans."""
from __future__ import annotations


class Recording:
    """A store whose statements are recorded (SQL and parameters) and run on the real one: pass it
    wherever a store function takes ``db``."""

    def __init__(self, db):
        self.inner, self.statements = db, []

    @property
    def conn(self):
        return self

    def execute(self, sql, params=()):
        self.statements.append((sql, list(params)))
        return self.inner.conn.execute(sql, params)

    def query(self, sql, params=()):
        self.statements.append((sql, list(params)))
        return self.inner.query(sql, params)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def plan(db, sql: str, params=()) -> str:
    """SQLite's query plan of one statement, one line per step."""
    return "\n".join(r[-1] for r in db.conn.execute("EXPLAIN QUERY PLAN " + sql, list(params)))


def ingested_store(path: str, articles, **fields):
    """A store at ``path`` holding ``articles`` ((text, language) pairs) ingested with ``fields``
    (publisher, published_date …) as every article's input."""
    from factcheck.models import ArticleInput
    from factcheck.services import ingest
    from factcheck.store.db import connect
    from factcheck.store.setup import ensure_schema
    ensure_schema(path)
    db = connect(path)
    for text, lang in articles:
        ingest(db, ArticleInput(text=text, language=lang, **fields))
    return db
