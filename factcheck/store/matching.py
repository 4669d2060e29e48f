"""Storage side of matching: blocking keys per claim, candidate generation, stored match pairs.

Candidates come from claims of other articles that share blocking keys (event, subject, entities,
quantity buckets, dates, rare tokens): each key's posting list is read up to ``PER_KEY`` rows and
keys more common than ``MAX_DF`` are skipped, so the work per claim does not grow with the store.
Candidates are ranked by shared-key weight (idf) plus rapidfuzz similarity of the normalised text;
the best ``max_candidates`` are decided by ``relate()``, and every pair that is not unrelated is
stored in both directions (each with the reasons phrased from its own side).
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass

from flask import current_app, has_app_context

from ..match.keys import blocking_keys, fuzzy_score
from ..match.relate import relate
from ..models import Claim
from ..text.normalize import key_text
from .claims import get_many

PER_KEY = 400  # postings read per key
MAX_DF = 20000  # keys on more claims than this carry no signal for blocking


@dataclass
class MatchStats:
    claims: int = 0
    candidates: int = 0  # distinct candidate claims examined (ranked)
    related: int = 0  # candidates decided by relate()
    pairs: int = 0  # pairs stored (each direction counted once)


def _settings() -> tuple[int, float]:
    if has_app_context():
        cfg = current_app.config
        return int(cfg.get("MATCH_MAX_CANDIDATES", 50)), float(cfg.get("MATCH_MIN_SCORE", 0))
    return 50, 0.0


def _store_keys(db, claims: list[Claim]) -> dict[str, set[str]]:
    keys = {c.id: blocking_keys(c) for c in claims}
    rows = [{"key": k, "claim_id": cid} for cid, ks in keys.items() for k in ks]
    if rows:
        db["claim_keys"].insert_all(rows, batch_size=500, ignore=True)
        counts = defaultdict(int)
        for r in rows:
            counts[r["key"]] += 1
        db.conn.executemany(
            "INSERT INTO key_df(key, n) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + excluded.n",
            list(counts.items()))
    return keys


def _df(db, keys: set[str]) -> dict[str, int]:
    out, ks = {}, list(keys)
    for i in range(0, len(ks), 400):
        chunk = ks[i:i + 400]
        q = f"SELECT key, n FROM key_df WHERE key IN ({','.join('?' * len(chunk))})"
        out.update({r[0]: r[1] for r in db.conn.execute(q, chunk)})
    return out


def candidates(db, claim: Claim, keys: set[str], total: int, own_prefix: str) -> dict[str, float]:
    """claim id → shared-key weight, for stored claims of other articles."""
    weights: dict[str, float] = defaultdict(float)
    df = _df(db, keys)
    for key in keys:
        n = df.get(key, 0)
        if n <= 1 or n > MAX_DF:
            continue
        idf = math.log(1 + total / n)
        for (cid,) in db.conn.execute(
                "SELECT claim_id FROM claim_keys WHERE key = ? ORDER BY claim_id DESC LIMIT ?", [key, PER_KEY]):
            if not cid.startswith(own_prefix):
                weights[cid] += idf
    return weights


def index_and_match(db, claims: list[Claim], article_row: dict) -> MatchStats:
    """Store keys of ``claims`` (one new article) and their matches against stored claims."""
    stats = MatchStats(claims=len(claims))
    if not claims:
        return stats
    max_candidates, min_score = _settings()
    keys = _store_keys(db, claims)
    total = max(1, db.conn.execute("SELECT count(*) FROM claims").fetchone()[0])
    own_prefix = f"{article_row['id']}-"
    now = article_row.get("ingested_at")
    rows = []
    for claim in claims:
        weights = candidates(db, claim, keys[claim.id], total, own_prefix)
        stats.candidates += len(weights)
        if not weights:
            continue
        top = sorted(weights, key=lambda c: -weights[c])[: max_candidates * 4]
        others = get_many(db, top)
        mine = key_text(claim.text)
        ranked = sorted(others.values(),
                        key=lambda o: -(weights[o.id] * 10 + fuzzy_score(mine, key_text(o.text))))
        for other in ranked[:max_candidates]:
            stats.related += 1
            there = relate(claim, other)
            if there.relation == "unrelated" or there.score < min_score:
                continue
            back = relate(other, claim)
            rows.append(_row(claim.id, other.id, there, now))
            rows.append(_row(other.id, claim.id, back if back.relation == there.relation else there, now))
            stats.pairs += 1
    if rows:
        db["matches"].insert_all(rows, batch_size=500, replace=True)
    return stats


def _row(a: str, b: str, rel, now: str | None) -> dict:
    return {"claim_id": a, "other_id": b, "relation": rel.relation, "score": float(rel.score),
            "reasons": json.dumps(list(rel.reasons), ensure_ascii=False), "created_at": now}
