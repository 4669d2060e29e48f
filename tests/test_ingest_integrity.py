"""Ingest writes without SQLite's per-row foreign-key lookups (store/db.py ``write_transaction``):
the store it leaves still passes ``PRAGMA foreign_key_check``, the connection gets its checks back
after every ingest (failed ones too), and every other writer keeps them."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from factcheck.models import ArticleInput
from factcheck.services import ingest
from factcheck.store import matching
from factcheck.store.db import write_transaction

TELLINGS = [
    ("Lumina Motors will cut 1,800 jobs by June 2026, chief executive Priya Raman told Bloomberg. "
     "Its shares rose 6% in Frankfurt.", "en", date(2025, 5, 2)),
    ("Lumina Motors said it would cut 2,500 jobs by June 2026, according to a company statement. "
     "The shares fell 3% in Frankfurt.", "en", date(2025, 5, 3)),
    ("قالت شركة لومينا موتورز إنها ستسرح 1800 موظف بحلول يونيو 2026، وارتفع سهمها 6% في فرانكفورت.",
     "ar", date(2025, 5, 2)),
    ("أعلنت منظمة الصحة العالمية تسجيل ٣٢٠ إصابة بالكوليرا في تعز منذ بداية الشهر.", "ar", date(2025, 5, 4)),
]


def _fk_on(db) -> bool:
    return db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def _ingest_all(db):
    return [ingest(db, ArticleInput(text=t, language=lang, published_date=d))[0] for t, lang, d in TELLINGS]


def test_ingested_store_passes_the_foreign_key_check(store_db):
    arts = _ingest_all(store_db)
    assert all(a.claims for a in arts)
    counts = {t: store_db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("claims", "claim_keys", "claim_frames", "matches")}
    assert counts["matches"] > 0 and counts["claim_keys"] > counts["claims"] > 0  # rows were written
    assert counts["claim_frames"] == counts["claims"]
    assert store_db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _fk_on(store_db)


def test_a_failed_ingest_writes_nothing_and_restores_the_checks(store_db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("matching failed")

    monkeypatch.setattr(matching, "index_and_match", broken)
    text, lang, d = TELLINGS[0]
    with pytest.raises(RuntimeError):
        ingest(store_db, ArticleInput(text=text, language=lang, published_date=d))
    assert store_db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert store_db.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert _fk_on(store_db)


def test_other_writers_keep_foreign_key_checks(store_db):
    with pytest.raises(sqlite3.IntegrityError):
        with write_transaction(store_db):
            store_db.conn.execute("INSERT INTO claim_keys (key, claim_id) VALUES ('k', 'no-such-claim')")
    assert store_db.conn.execute("SELECT count(*) FROM claim_keys").fetchone()[0] == 0


def test_unchecked_transaction_switches_checks_back_on_even_when_it_fails(store_db):
    with pytest.raises(ValueError):
        with write_transaction(store_db, foreign_keys=False):
            assert not _fk_on(store_db)
            raise ValueError("abort")
    assert _fk_on(store_db)
    assert store_db.conn.execute("SELECT count(*) FROM claim_keys").fetchone()[0] == 0
