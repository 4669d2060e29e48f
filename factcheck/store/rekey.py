"""Re-index stored claims under the current blocking keys and frames (``flask rekey``).

Blocking keys are written once, when a claim is stored. When the code that derives them changes
(``KEYS_VERSION``), new claims get the new keys and stored claims keep the old ones, so a new
claim cannot find an older counterpart through a key class the older one never got. ``rekey``
rewrites every stored claim's keys and frame from the claim itself, a batch of claims at a time
(``on_batch`` may commit each one, so concurrent writers wait for one batch, not the whole run), and
then recounts the key document frequencies. Matches already stored are kept.
"""
from __future__ import annotations

from collections.abc import Callable

from ..match.blocking import blocking_keys
from ..match.keys import claim_keys
from ..match.stored import KEYS_VERSION, dump
from ..models import Claim
from .rows import row_to_claim

BATCH = 2000


def stale_claims(db) -> int:
    """Stored claims whose frame is missing or from other key code (their blocking keys are too)."""
    return db.conn.execute(
        "SELECT count(*) FROM claims c LEFT JOIN claim_frames f ON f.claim_id = c.id "
        "WHERE f.version IS NULL OR f.version != ?", [KEYS_VERSION]).fetchone()[0]


def index_rows(claims: list[Claim]) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """The ``claim_keys`` rows (key, claim id; sorted) and ``claim_frames`` rows (claim id, version,
    frame) of ``claims`` under the current key code."""
    keyed = sorted((k, c.id) for c in claims for k in blocking_keys(c))
    return keyed, [(c.id, KEYS_VERSION, dump(claim_keys(c))) for c in claims]


def rekey_batch(db, rows: list[dict]) -> None:
    """Replace the blocking keys and frames of the claims stored in ``rows``."""
    claims = [row_to_claim(r) for r in rows]
    ids = [c.id for c in claims]
    db.conn.execute(f"DELETE FROM claim_keys WHERE claim_id IN ({','.join('?' * len(ids))})", ids)
    keyed, frames = index_rows(claims)
    db.conn.executemany("INSERT OR IGNORE INTO claim_keys (key, claim_id) VALUES (?, ?)", keyed)
    db.conn.executemany("INSERT OR REPLACE INTO claim_frames (claim_id, version, frame) VALUES (?, ?, ?)", frames)


def recount(db) -> None:
    """Key document frequencies from the stored keys (``key_df``)."""
    db.conn.execute("DELETE FROM key_df")
    db.conn.execute("INSERT INTO key_df (key, n) SELECT key, count(*) FROM claim_keys GROUP BY key")


def rekey(db, batch: int = BATCH, on_batch: Callable[[int, int], None] | None = None,
          run: Callable[[Callable[[], None]], None] | None = None) -> int:
    """Rewrite the keys of every stored claim; returns how many. ``run(step)`` runs each batch (and
    the final recount), for example inside a write transaction; ``on_batch(done, total)`` reports
    progress after each batch."""
    run = run or (lambda step: step())
    total = db.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    done, after = 0, 0
    while True:
        rows = list(db.query("SELECT rowid AS _rowid, * FROM claims WHERE rowid > ? ORDER BY rowid LIMIT ?",
                             [after, batch]))
        if not rows:
            break
        run(lambda rows=rows: rekey_batch(db, rows))
        done += len(rows)
        after = rows[-1]["_rowid"]
        if on_batch is not None:
            on_batch(done, total)
    run(lambda: recount(db))
    return done
