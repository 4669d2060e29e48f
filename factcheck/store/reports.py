"""Attribution reports: counts and shares of claims per attribution type, per article or publisher."""
from __future__ import annotations

from ..models import ATTRIBUTION_TYPES
from .rows import CLAIM_COLS, row_to_claim


def _shares(counts: dict[str, int]) -> tuple[int, dict]:
    total = sum(counts.values())
    return total, {t: {"count": counts.get(t, 0), "share": round(counts.get(t, 0) / total, 4) if total else 0.0}
                   for t in ATTRIBUTION_TYPES}


def article_attribution(db, article_id: str) -> dict:
    counts = {r[0]: r[1] for r in db.conn.execute(
        "SELECT attribution_type, count(*) FROM claims WHERE article_id = ? GROUP BY attribution_type",
        [article_id])}
    total, by_type = _shares(counts)
    anon = [row_to_claim(r) for r in db.query(
        f"SELECT {CLAIM_COLS} FROM claims WHERE article_id = ? AND attribution_type = 'anonymous' ORDER BY idx", [article_id])]
    return {"total": total, "by_type": by_type, "anonymous_claims": anon}


def attribution_stats(db, publisher: str | None, since: str | None) -> dict:
    where, params = ["1 = 1"], []
    if publisher is not None:
        where.append("a.publisher = ?")
        params.append(publisher)
    if since is not None:
        where.append("a.published_date >= ?")
        params.append(since)
    rows = db.conn.execute(
        "SELECT a.publisher, c.attribution_type, count(*) FROM claims c JOIN articles a ON a.id = c.article_id "
        f"WHERE {' AND '.join(where)} GROUP BY a.publisher, c.attribution_type", params).fetchall()
    overall: dict[str, int] = {}
    per: dict = {}
    for pub, typ, n in rows:
        overall[typ] = overall.get(typ, 0) + n
        per.setdefault(pub, {})[typ] = n
    total, by_type = _shares(overall)
    publishers = []
    for pub in sorted(per, key=lambda p: (p is None, p or "")):
        t, b = _shares(per[pub])
        publishers.append({"publisher": pub, "total": t, "by_type": b})
    return {"total": total, "by_type": by_type, "publishers": publishers}
