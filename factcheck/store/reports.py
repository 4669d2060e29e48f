"""Attribution reports: counts and shares of claims per attribution type, per article or publisher."""
from __future__ import annotations

from collections import Counter

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
    relayed = [row_to_claim(r) for r in db.query(
        f"SELECT {CLAIM_COLS} FROM claims WHERE article_id = ? AND attribution_type != 'anonymous' "
        "AND cited_type = 'anonymous' ORDER BY idx", [article_id])]
    return {"total": total, "by_type": by_type, "anonymous_claims": anon, "relayed_anonymous_claims": relayed}


# the counts of every stored claim, from scratch (the migration's backfill; stores written in bulk)
RECOUNT_SQL = ("INSERT INTO attribution_counts (publisher, published_date, attribution_type, n) "
               "SELECT a.publisher, a.published_date, c.attribution_type, count(*) "
               "FROM claims c JOIN articles a ON a.id = c.article_id GROUP BY 1, 2, 3")


def count_claims(db, publisher: str | None, published_date: str | None, types) -> None:
    """Add the attribution types of one article's claims to the counts of its publisher and day
    (inside the caller's write transaction; NULL publisher and date are counted as such)."""
    for typ, n in Counter(types).items():
        cur = db.conn.execute("UPDATE attribution_counts SET n = n + ? WHERE publisher IS ? AND published_date IS ? "
                              "AND attribution_type = ?", [n, publisher, published_date, typ])
        if cur.rowcount == 0:
            db.conn.execute("INSERT INTO attribution_counts (publisher, published_date, attribution_type, n) "
                            "VALUES (?, ?, ?, ?)", [publisher, published_date, typ, n])


def attribution_stats(db, publisher: str | None, since: str | None) -> dict:
    where, params = ["n > 0"], []
    if publisher is not None:
        where.append("publisher = ?")
        params.append(publisher)
    if since is not None:
        where.append("published_date >= ?")
        params.append(since)
    rows = db.conn.execute(
        "SELECT publisher, attribution_type, sum(n) FROM attribution_counts "
        f"WHERE {' AND '.join(where)} GROUP BY publisher, attribution_type", params).fetchall()
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
