"""Background WAL checkpoints: commits stop paying for the checkpoint, the log is still copied back
into the database file, and the thread follows its store's life."""
from __future__ import annotations

import os
import sqlite3
import time

from factcheck import create_app
from factcheck.store import checkpoint
from factcheck.store.db import connect, write_transaction


def _fill(db, rows: int, width: int = 2000) -> None:
    with write_transaction(db):
        db.conn.executemany("INSERT INTO filler (v) VALUES (?)", [("x" * width,) for _ in range(rows)])


def _setup(path: str, autocheckpoint: int | None):
    db = connect(path, autocheckpoint=autocheckpoint)
    db.conn.execute("CREATE TABLE IF NOT EXISTS filler (v TEXT)")
    return db


def test_commit_checkpoints_only_past_the_safety_threshold(tmp_path):
    """With a high threshold the commit leaves the log alone; SQLite's default copies it back."""
    raised = _setup(str(tmp_path / "raised.db"), autocheckpoint=100000)
    default = _setup(str(tmp_path / "default.db"), autocheckpoint=None)
    for _ in range(6):
        _fill(raised, 500)
        _fill(default, 500)
    busy, logged, done = raised.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert logged > 1500 and done == logged  # everything was still in the log, then copied at once
    busy, logged, done = default.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert logged < 1500  # the commits had checkpointed on their own (restarting the log)


def test_checkpointer_copies_the_log_back(tmp_path):
    path = str(tmp_path / "cp.db")
    db = _setup(path, autocheckpoint=100000)
    for _ in range(3):
        _fill(db, 500)
    cp = checkpoint.Checkpointer(os.path.abspath(path), interval=3600)
    cp.tick()
    assert cp.runs == 1 and cp.last[1] > 500 and cp.last[2] == cp.last[1]  # the whole log copied
    assert db.conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 1500
    db.close()
    conn = sqlite3.connect(path)  # a fresh reader sees every row
    assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 1500
    conn.close()


def test_thread_runs_on_its_interval_and_ends_when_the_store_is_removed(tmp_path):
    path = str(tmp_path / "gone.db")
    db = _setup(path, autocheckpoint=100000)
    _fill(db, 300)
    cp = checkpoint.ensure(path, interval=0.05)
    assert cp is not None and cp.alive
    assert checkpoint.ensure(path, interval=0.05) is cp  # one per process and store
    deadline = time.monotonic() + 10
    while not (cp.last and cp.last[2] >= 100) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert cp.last[2] >= 100 and cp.last[2] == cp.last[1]  # 300 rows of 2 KB: ~150 pages
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    cp._thread.join(5)
    assert not cp.alive
    assert not os.path.exists(path)  # the thread did not recreate the file
    assert checkpoint.ensure(path, 0) is None and checkpoint.ensure(":memory:", 1.0) is None


def test_app_requests_start_the_checkpointer_and_raise_the_threshold(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "app.db"), "TESTING": True, "CHECKPOINT_INTERVAL": 0.05})
    client = app.test_client()
    r = client.post("/v1/articles", json={"text": "Acme Corp said on Monday it would cut 500 jobs.",
                                          "language": "en", "published_at": "2025-03-04"})
    assert r.status_code == 201
    key = (os.getpid(), os.path.abspath(str(tmp_path / "app.db")))
    cp = checkpoint._running.get(key)
    assert cp is not None and cp.alive
    with app.app_context():
        from factcheck.api.common import get_db
        assert get_db().conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10000
    deadline = time.monotonic() + 10
    while cp.runs == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert cp.runs > 0


def test_interval_zero_keeps_sqlite_checkpoints_in_the_commit(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "off.db"), "TESTING": True, "CHECKPOINT_INTERVAL": 0})
    with app.app_context():
        from factcheck.api.common import get_db
        assert get_db().conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert (os.getpid(), os.path.abspath(str(tmp_path / "off.db"))) not in checkpoint._running


def test_worker_connections_get_the_configured_page_cache(tmp_path, monkeypatch):
    app = create_app({"DATABASE": str(tmp_path / "c.db"), "TESTING": True, "CHECKPOINT_INTERVAL": 0})
    with app.app_context():
        from factcheck.api.common import get_db
        assert get_db().conn.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024  # the default, 64 MB
    monkeypatch.setenv("FACTCHECK_CACHE_MB", "16")
    app = create_app({"DATABASE": str(tmp_path / "d.db"), "TESTING": True, "CHECKPOINT_INTERVAL": 0})
    with app.app_context():
        from factcheck.api.common import get_db
        assert get_db().conn.execute("PRAGMA cache_size").fetchone()[0] == -16 * 1024
    app = create_app({"DATABASE": str(tmp_path / "e.db"), "TESTING": True, "CHECKPOINT_INTERVAL": 0, "CACHE_MB": 0})
    with app.app_context():
        from factcheck.api.common import get_db
        assert get_db().conn.execute("PRAGMA cache_size").fetchone()[0] == -2000  # SQLite's own default
