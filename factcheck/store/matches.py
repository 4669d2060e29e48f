"""Reads of stored matches: a claim's matches, conflicts across articles, and match clusters."""
from __future__ import annotations

import json

from . import paging
from .claims import docs_many


def for_claim(db, claim_id: str, relation: str | None, limit: int, cursor: str | None):
    """Items {claim: the other claim's API document (JSON text), relation, score, reasons} best
    score first, one page (offset cursor)."""
    offset = paging.decode(cursor) or 0
    where, params = ["m.claim_id = ?"], [claim_id]
    if relation:  # "+": never through the relation index (every pair of that relation in the store)
        where.append("+m.relation = ?")
        params.append(relation)
    rows = db.conn.execute(
        f"SELECT m.other_id, m.relation, m.score, m.reasons FROM matches m WHERE {' AND '.join(where)} "
        f"ORDER BY m.score DESC, m.other_id LIMIT ? OFFSET ?", [*params, limit + 1, offset]).fetchall()
    nxt = paging.encode(offset + limit) if len(rows) > limit else None
    rows = rows[:limit]
    docs = docs_many(db, [r[0] for r in rows])
    items = [{"claim": docs[r[0]], "relation": r[1], "score": r[2], "reasons": json.loads(r[3] or "[]")}
             for r in rows if r[0] in docs]
    return items, nxt


EVENT_CLAIMS_MAX = 5000  # an event on fewer claims than this: its conflicts are found from its claims


def conflicts_page(db, limit: int, cursor: str | None, article_id: str | None = None,
                   event: str | None = None, since: str | None = None):
    """Conflicting pairs {a, b: the claims' API documents (JSON text), score, reasons}, each pair
    once (the row whose ``claim_id < other_id``), newest first by rowid, filtered; keyset cursor.

    Filtered by article, or by an event held by fewer than ``EVENT_CLAIMS_MAX`` claims, the pairs
    are found from those claims (both directions of a pair are stored, so each pair has a row led
    by each of its claims); otherwise every conflict is walked newest first, which stops at the
    page's end when the filter is common. SQLite cannot tell the two cases apart without
    statistics, so the claims of the event are counted (up to the bound) first."""
    where, params = ["m.relation = 'conflicts'", "m.claim_id < m.other_id"], []
    after = paging.decode(cursor)
    if after is not None:
        where.append("m.rowid < ?")
        params.append(after)
    if event:
        where.append("(a.event = ? OR b.event = ?)")
        params += [event, event]
    if since:
        where.append("(a.published_date >= ? OR b.published_date >= ?)")
        params += [since, since]
    pairs = "FROM matches m JOIN claims a ON a.id = m.claim_id JOIN claims b ON b.id = m.other_id"
    if article_id:
        pairs = _FROM_CLAIMS
        where.append("x.article_id = ?")
        params.append(article_id)
    elif event and _few_claims_with(db, event):
        pairs = _FROM_CLAIMS.replace("FROM claims x ", "FROM claims x INDEXED BY idx_claims_event ")
        where.append("x.event = ?")
        params.append(event)
    rows = db.conn.execute(
        f"SELECT DISTINCT m.rowid, m.claim_id, m.other_id, m.score, m.reasons {pairs} "
        f"WHERE {' AND '.join(where)} ORDER BY m.rowid DESC LIMIT ?", [*params, limit + 1]).fetchall()
    rows, nxt = paging.page(rows, limit, lambda r: r[0])
    docs = docs_many(db, [r[1] for r in rows] + [r[2] for r in rows])
    items = [{"a": docs[r[1]], "b": docs[r[2]], "score": r[3], "reasons": json.loads(r[4] or "[]")}
             for r in rows]
    return items, nxt


# a set of claims ``x`` (filtered by the caller), their conflict rows, each pair's leading row and
# its two claims; CROSS JOIN: SQLite keeps this order
_FROM_CLAIMS = ("FROM claims x CROSS JOIN matches r ON r.claim_id = x.id AND +r.relation = 'conflicts' "
                "CROSS JOIN matches m ON m.claim_id = min(r.claim_id, r.other_id) "
                "AND m.other_id = max(r.claim_id, r.other_id) "
                "CROSS JOIN claims a ON a.id = m.claim_id CROSS JOIN claims b ON b.id = m.other_id")


def _few_claims_with(db, event: str) -> bool:
    """Whether fewer than ``EVENT_CLAIMS_MAX`` claims have ``event`` (reads at most that many index entries)."""
    n = db.conn.execute("SELECT count(*) FROM (SELECT 1 FROM claims INDEXED BY idx_claims_event WHERE event = ? "
                        "LIMIT ?)", [event, EVENT_CLAIMS_MAX]).fetchone()[0]
    return n < EVENT_CLAIMS_MAX


def cluster(db, claim_id: str, max_size: int = 200) -> dict[str, str]:
    """claim id → relation to the start claim, for claims that agree with it (two hops)."""
    seen = {claim_id: "self"}
    frontier = [claim_id]
    for _ in range(2):
        nxt = []
        for cid in frontier:
            for (other,) in db.conn.execute(
                    "SELECT other_id FROM matches WHERE claim_id = ? AND +relation = 'agrees' "
                    "ORDER BY score DESC LIMIT ?", [cid, max_size]):
                if other not in seen and len(seen) < max_size:
                    seen[other] = "agrees"
                    nxt.append(other)
        frontier = nxt
    return seen
