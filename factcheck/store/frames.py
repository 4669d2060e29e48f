"""Stored matching keys (``claim_frames``): the ClaimKeys of each stored claim, marshalled, so that matching reads a
candidate's frame instead of recomputing it. A cache: a claim without a frame, or with one of another
``KEYS_VERSION``, has its keys computed from the claim, and ``backfill`` writes the missing ones."""
from __future__ import annotations

from ..match.keys import ClaimKeys, cached_keys, claim_keys, remember
from ..match.stored import KEYS_VERSION, dump, load
from ..models import Claim
from .claims import get_many
from .rows import row_to_claim


def other_keys(db, ids: set[str], computed: dict | None = None) -> dict:
    """Matching keys of stored claims: from the per-process cache, else their stored frames, else
    computed from the claims (collected in ``computed`` so their frames can be refreshed)."""
    out = {cid: k for cid in ids if (k := cached_keys(cid)) is not None}
    missing = ids - out.keys()
    if missing:
        out.update(fetch_frames(db, missing))
        missing -= out.keys()
    if missing:
        fresh = {cid: claim_keys(c) for cid, c in get_many(db, missing).items()}
        out.update(fresh)
        if computed is not None:
            computed.update(fresh)
    return out


BACKFILL_BATCH = 2000


def store_frames(db, keys: dict[str, ClaimKeys]) -> None:
    """Write (or refresh) the frames of claim id → keys (inside the caller's transaction)."""
    if keys:
        db.conn.executemany("INSERT OR REPLACE INTO claim_frames (claim_id, version, frame) VALUES (?, ?, ?)",
                            [(cid, KEYS_VERSION, dump(k)) for cid, k in keys.items()])


def fetch_frames(db, ids) -> dict[str, ClaimKeys]:
    """Keys of the stored claims in ``ids`` that have a current frame (cached in-process as well)."""
    ids, out = list(ids), {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = (f"SELECT claim_id, frame FROM claim_frames WHERE version = ? AND "
             f"claim_id IN ({','.join('?' * len(chunk))})")
        for cid, frame in db.conn.execute(q, [KEYS_VERSION, *chunk]):
            out[cid] = k = load(frame)
            remember(cid, k)
    return out


def keys_of(claims: list[Claim]) -> dict[str, ClaimKeys]:
    return {c.id: claim_keys(c) for c in claims}


def backfill(db) -> int:
    """Write current frames for every claim lacking one (or holding a stale one); returns how many."""
    done, after = 0, 0
    while True:
        rows = list(db.query(
            "SELECT c.rowid AS _rowid, c.* FROM claims c LEFT JOIN claim_frames f ON f.claim_id = c.id "
            "WHERE c.rowid > ? AND (f.version IS NULL OR f.version != ?) ORDER BY c.rowid LIMIT ?",
            [after, KEYS_VERSION, BACKFILL_BATCH]))
        if not rows:
            return done
        store_frames(db, keys_of([row_to_claim(r) for r in rows]))
        done += len(rows)
        after = rows[-1]["_rowid"]
