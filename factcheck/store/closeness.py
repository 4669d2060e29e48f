"""Publication-date closeness of candidate claims, for ordering candidates that tie on key weight.

The tellings of one event cluster in time, so among candidates of nearly equal key weight those
published nearest the new article are decided first (matching._top). A claim's publication date is
its article's, and stored articles never change, so dates are read per article, not per claim: one
statement per new article for the articles not seen before on this connection (from the covering
index of article ids and dates: the article rows hold each text), then from a cache
kept with the connection (``ARTICLE_DAYS_MAX`` entries; about 100 bytes each). At 1M stored claims
an article's bands hold ~1,250 candidate claims from ~750 articles, which took 4-6 ms to read from
the claims' index; the cache leaves only articles not met before. A claim id without its article's
prefix (``<article id>-<n>``, as services.store_article makes them), or whose article is not stored,
is read from the claims' index as before.
"""
from __future__ import annotations

from datetime import date
from weakref import WeakKeyDictionary

FAR = 10 ** 7  # the day of an undated article: farther than any dated one
ARTICLE_DAYS_MAX = 500_000
CHUNK = 5000  # ids per statement
_DAYS: WeakKeyDictionary = WeakKeyDictionary()  # connection (sqlite-utils Database) → {article id: day}


def ordinal(iso: str | None) -> int:
    """The day number of an ISO date (its first 10 characters), ``FAR`` when missing or invalid."""
    try:
        return date.fromisoformat(iso[:10]).toordinal() if iso else FAR
    except ValueError:
        return FAR


def article_days(db) -> dict[str, int]:
    """The connection's cache of article id → publication day (emptied when it outgrows its bound)."""
    days = _DAYS.get(db)
    if days is None or len(days) > ARTICLE_DAYS_MAX:
        days = _DAYS[db] = {}
    return days


def _rows(db, sql: str, ids: list[str]):
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        yield from db.conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


class Closeness:
    """Orders claim ids by how far their article's publication date lies from the new article's
    (``day``), then by id. ``learn`` reads the dates of many ids at once (every band of an article);
    unknown ids are read when ordered."""

    def __init__(self, db, day: int) -> None:
        self.db, self.day = db, day
        self.known: dict[str, int] = {}  # claim id → publication day

    def learn(self, ids) -> None:
        todo = [c for c in dict.fromkeys(ids) if c not in self.known]
        if not todo:
            return
        days = article_days(self.db)
        owner = {c: c.rpartition("-")[0] for c in todo}
        unseen = sorted({a for a in owner.values() if a and a not in days})
        if unseen:
            found = dict(_rows(self.db, "SELECT id, published_date FROM articles INDEXED BY idx_articles_id_published "
                                  "WHERE id IN ({marks})", unseen))
            days.update((a, ordinal(found[a])) for a in unseen if a in found)
        rest = []
        for c, a in owner.items():
            if a in days:
                self.known[c] = days[a]
            else:
                rest.append(c)
        if rest:  # ids of another form, or of articles not stored
            self.known.update((c, ordinal(d)) for c, d in _rows(
                self.db, "SELECT id, published_date FROM claims INDEXED BY idx_claims_id_published "
                "WHERE id IN ({marks})", rest))
            self.known.update((c, FAR) for c in rest if c not in self.known)  # gone: undated

    def __call__(self, ids: list[str]) -> list[str]:
        self.learn(ids)
        known, day = self.known, self.day
        return sorted(ids, key=lambda c: (abs(known[c] - day), c))


def by_closeness(db, published: str | None) -> Closeness | None:
    """The closeness order of candidates for an article published on ``published`` (ISO); None
    when the new article is undated."""
    day = ordinal(published)
    return None if day == FAR else Closeness(db, day)


class ReportDates:
    """Publication dates for ``match.times.reported_apart``: ``own`` is the new article's, and
    calling with a stored claim id gives its article's (None when undated or not stored). Read only
    for conflicts, through the same per-connection cache of article days."""

    def __init__(self, db, published: str | None) -> None:
        day = ordinal(published)
        self.own = None if day == FAR else date.fromordinal(day)
        self._days = Closeness(db, day)

    def __call__(self, claim_id: str) -> date | None:
        self._days.learn((claim_id,))
        day = self._days.known.get(claim_id, FAR)
        return None if day == FAR else date.fromordinal(day)
