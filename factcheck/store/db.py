"""Connections: one per request (or CLI command), WAL, a busy timeout, foreign keys, immediate writes."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database


def connect(path: str, busy_timeout: float = 30.0, autocheckpoint: int | None = None,
            cache_mb: float | None = None) -> Database:
    """Open the database at ``path`` (parent folders created) in WAL mode with a busy timeout;
    ``autocheckpoint``: the log size in pages past which a commit checkpoints (SQLite's default,
    1000, when None; raised where a ``checkpoint.Checkpointer`` thread does the work);
    ``cache_mb``: the connection's page cache, MB (SQLite's default, 2 MB, when None). The cache
    fills only as pages are read; a worker's long-lived connection keeps the inner pages of the
    large indexes (postings, frames) between requests instead of reading them again."""
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    if path != ":memory:":
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if autocheckpoint is not None:
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")
    if cache_mb:
        conn.execute(f"PRAGMA cache_size = {-max(1, int(float(cache_mb) * 1024))}")
    conn.execute("PRAGMA foreign_keys = ON")
    return Database(conn, execute_plugins=False)


@contextmanager
def write_transaction(db: Database, foreign_keys: bool = True) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: takes the write lock up front so concurrent workers queue
    on the busy timeout instead of failing on a lock upgrade; rolls back on any error.

    ``foreign_keys=False`` skips SQLite's parent lookup for every row written (the pragma is per
    connection and cannot change inside a transaction, so it is switched around it and always
    restored). Only for a writer whose rows reference rows it writes in the same transaction or
    stored claims, which are never deleted: ingest, where the lookups were ~1,000 index probes
    per article at 1M claims (tests check the store with ``PRAGMA foreign_key_check``)."""
    if not foreign_keys:
        db.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")
    finally:
        if not foreign_keys:
            db.conn.execute("PRAGMA foreign_keys = ON")
