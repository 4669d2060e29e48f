"""Claim reads: one claim, filtered lists with keyset paging, and ranked fuzzy search (``q``).

List and search pages come back as the claims' stored API documents (the ``doc`` column, JSON text
written at ingest by ``rows.claim_to_row``): a page of 50–500 claims is served by joining them,
without building ``Claim`` objects or encoding JSON."""
from __future__ import annotations

import time
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..models import Claim
from ..text.normalize import key_tokens
from . import paging
from .rows import CLAIM_COLS, row_to_claim

SEARCH_CANDIDATES = 300  # FTS hits re-ranked by fuzzy score per query
SEARCH_TERMS = 32  # query tokens considered
SEARCH_RARE = 4  # rarest tokens OR-ed to top up the all-tokens hits
DF_CACHE_MIN = 2000  # token document frequencies this large are cached per process ...
DF_CACHE_TTL = 300.0  # ... for this many seconds
DF_CACHE_SIZE = 100_000  # entries before the cache starts over
_DF_CACHE: dict[str, tuple[int, float]] = {}  # token → (claims holding it, monotonic time counted)
SEARCH_RANK_MAX = 1000  # above this many hits at most, newest hits are taken unranked (BM25 costs ~1.5 µs a hit)


@dataclass(frozen=True)
class ClaimFilter:
    """Filters of ``GET /v1/claims``; None means "any"."""

    attribution: str | None = None
    rests_on: str | None = None
    article_id: str | None = None
    event: str | None = None
    language: str | None = None
    source_id: int | None = None
    publisher: str | None = None
    since: str | None = None
    min_checkworthiness: float | None = None

    def sql(self) -> tuple[list[str], list]:
        """WHERE terms and their parameters. Only the most selective equality present may use its
        index (the columns are in that order: an article's claims, a source's, an event's, an
        attribution type's, the type the chain rests on, a language's); the others carry a unary ``+``, which SQLite reads as
        "no index". The store has no statistics, and without this SQLite takes any of them."""
        where, params = [], []
        driving = True
        for col, value in (("c.article_id", self.article_id), ("c.source_id", self.source_id),
                           ("c.event", self.event), ("c.attribution_type", self.attribution),
                           ("coalesce(c.cited_type, c.attribution_type)", self.rests_on),
                           ("c.language", self.language)):
            if value is not None:
                where.append(f"{'' if driving else '+'}{col} = ?")
                params.append(value)
                driving = False
        if self.publisher is not None:  # many articles: filtered along the way, never a driving list
            where.append("+c.article_id IN (SELECT id FROM articles WHERE publisher = ?)")
            params.append(self.publisher)
        if self.since is not None:
            where.append("c.published_date >= ?")
            params.append(self.since)
        if self.min_checkworthiness is not None:
            where.append("c.checkworthiness >= ?")
            params.append(self.min_checkworthiness)
        return where, params


def get(db, claim_id: str) -> Claim | None:
    rows = list(db.query(f"SELECT {CLAIM_COLS} FROM claims WHERE id = ?", [claim_id]))
    return row_to_claim(rows[0]) if rows else None


def get_many(db, claim_ids) -> dict[str, Claim]:
    ids = list(claim_ids)
    out: dict[str, Claim] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT {CLAIM_COLS} FROM claims WHERE id IN ({marks})", chunk):
            out[r["id"]] = row_to_claim(r)
    return out


_COLUMNS_BY_ID = frozenset({"doc", "key_text"})


def column_many(db, column: str, claim_ids) -> dict[str, str]:
    """claim id → one stored column (``doc`` or ``key_text``), for the ids that exist (500 ids a statement)."""
    if column not in _COLUMNS_BY_ID:
        raise ValueError(f"not a column read by id: {column}")
    ids, out = list(dict.fromkeys(claim_ids)), {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(db.conn.execute(f"SELECT id, {column} FROM claims WHERE id IN ({','.join('?' * len(chunk))})",
                                   chunk).fetchall())
    return out


def docs_many(db, claim_ids) -> dict[str, str]:
    """claim id → its stored API document (JSON text), for the ids that exist."""
    return column_many(db, "doc", claim_ids)


def get_doc(db, claim_id: str) -> str | None:
    """One claim's API document (JSON text)."""
    row = db.conn.execute("SELECT doc FROM claims WHERE id = ?", [claim_id]).fetchone()
    return row[0] if row else None


def list_page(db, flt: ClaimFilter, limit: int, cursor: str | None) -> tuple[list[str], str | None]:
    """Claims in ingest order, filtered, one page of API documents."""
    where, params = flt.sql()
    where.insert(0, "c.rowid > ?")
    params.insert(0, paging.decode(cursor) or 0)
    sql = f"SELECT c.rowid, c.doc FROM claims c WHERE {' AND '.join(where)} ORDER BY c.rowid LIMIT ?"
    rows = db.conn.execute(sql, [*params, limit + 1]).fetchall()
    rows, nxt = paging.page(rows, limit, lambda r: r[0])
    return [doc for _, doc in rows], nxt


def _quoted(tokens) -> list[str]:
    return ['"' + t.replace('"', "") + '"' for t in tokens if t.replace('"', "")]


def _doc_frequencies(db, toks: list[str]) -> dict[str, int]:
    """Claims holding each token (tokens in none left out). fts5vocab counts by walking a token's
    whole posting list (~1 ms for a token in 50,000 claims), so counts of at least ``DF_CACHE_MIN``
    are kept per process for ``DF_CACHE_TTL`` seconds: they only steer which hits are ranked, and move
    slowly; small counts, which decide whether a token is known at all, are always read fresh."""
    now = time.monotonic()
    out = {t: hit[0] for t in toks if (hit := _DF_CACHE.get(t)) and now - hit[1] < DF_CACHE_TTL}
    todo = [t for t in toks if t not in out]
    if todo:
        marks = ",".join("?" * len(todo))
        fresh = dict(db.conn.execute(f"SELECT term, doc FROM claims_fts_vocab WHERE term IN ({marks})",
                                     todo).fetchall())
        if len(_DF_CACHE) > DF_CACHE_SIZE:
            _DF_CACHE.clear()
        _DF_CACHE.update({t: (n, now) for t, n in fresh.items() if n >= DF_CACHE_MIN})
        out.update(fresh)
    return out


def _rare_first(db, toks: list[str]) -> tuple[list[str], dict[str, int]]:
    """Query tokens by document frequency, rarest first (tokens in no claim dropped), and their
    document frequencies."""
    df = _doc_frequencies(db, toks)
    known = sorted((t for t in toks if df.get(t)), key=lambda t: (df[t], t))
    return known, df


def fts_query(q: str) -> str | None:
    """A safe FTS5 expression for user text: every key token quoted (so FTS syntax is plain text), OR-ed."""
    toks = _quoted(dict.fromkeys(key_tokens(q)))[:SEARCH_TERMS]
    return " OR ".join(toks) or None


def _hits(db, expr: str, where: list[str], params: list, n: int, ranked: bool) -> list[tuple[int, str]]:
    """``(rowid, key_text)`` of at most ``n`` claims matching the FTS expression."""
    extra = (" AND " + " AND ".join(where)) if where else ""
    order = "f.rank" if ranked else "f.rowid DESC"
    return db.conn.execute(
        f"SELECT c.rowid, c.key_text FROM claims_fts f JOIN claims c ON c.rowid = f.rowid "
        f"WHERE claims_fts MATCH ?{extra} ORDER BY {order} LIMIT ?", [expr, *params, n]).fetchall()


def _best(db, expr: str, where: list[str], params: list, n: int, hits_at_most: int,
          seen: set[int]) -> list[tuple[int, str]]:
    """At most ``n`` hits of ``expr`` not in ``seen`` (``hits_at_most``: a bound from the tokens'
    document frequencies). When they all fit, order does not matter and none are ranked; otherwise the
    best by BM25, except when even the bound is huge: ranking every hit of very common tokens costs
    more than it tells, so the newest are taken."""
    fits = hits_at_most <= n
    ranked = not fits and hits_at_most <= SEARCH_RANK_MAX
    found = _hits(db, expr, where, params, n + len(seen), ranked)
    return [h for h in found if h[0] not in seen][:n]


def search_page(db, q: str, flt: ClaimFilter, limit: int, cursor: str | None) -> tuple[list[str], str | None]:
    """API documents of the claims matching ``q``, best first; offset cursor.

    Candidates are the claims holding all of the query's known tokens, topped up with claims holding
    any of its rarest ones (common tokens would make FTS rank most of the store), at most
    ``SEARCH_CANDIDATES`` by BM25 (newest first when even the rarest token is very common); they are
    re-ranked by rapidfuzz similarity of the normalised text (ties: ingest order).
    """
    offset = paging.decode(cursor) or 0
    toks, df = _rare_first(db, list(dict.fromkeys(key_tokens(q)))[:SEARCH_TERMS])
    if not toks:
        return [], None
    where, params = flt.sql()
    hits = _best(db, " AND ".join(_quoted(toks)), where, params, SEARCH_CANDIDATES, df[toks[0]], set())
    if len(hits) < SEARCH_CANDIDATES and len(toks) > 1:
        rare = toks[:SEARCH_RARE]
        hits += _best(db, " OR ".join(_quoted(rare)), where, params, SEARCH_CANDIDATES - len(hits),
                      sum(df[t] for t in rare), {rowid for rowid, _ in hits})
    needle = " ".join(key_tokens(q))
    scores = [0.0] * len(hits)
    for _, score, i in process.extract(needle, [key or "" for _, key in hits], scorer=fuzz.token_set_ratio,
                                       processor=None, limit=None):
        scores[i] = score
    ranked = sorted(range(len(hits)), key=lambda i: (-scores[i], hits[i][0]))
    chunk = [hits[i][0] for i in ranked[offset:offset + limit]]
    nxt = paging.encode(offset + limit) if offset + limit < len(ranked) else None
    if not chunk:
        return [], nxt
    full = dict(db.conn.execute(
        f"SELECT rowid, doc FROM claims WHERE rowid IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return [full[i] for i in chunk if i in full], nxt
