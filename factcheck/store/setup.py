"""Create or migrate the database once per process, safely when several workers start together."""
from __future__ import annotations

from .db import connect, write_transaction
from .migrations import migrate, migrations


def ensure_schema(path: str, busy_timeout: float = 30.0) -> list[str]:
    """Apply pending migrations under the write lock; returns the names applied."""
    db = connect(path, busy_timeout)
    try:
        if not migrations.pending(db):
            return []
        with write_transaction(db):
            applied = migrate(db)
        from .sources import seed_gazetteer
        seed_gazetteer(db)
        return applied
    finally:
        db.close()
