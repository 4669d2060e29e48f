"""Storage side of matching: blocking keys per claim, candidate generation, stored match pairs (the stored frames
of candidates are read through ``frames``).

Candidates come from claims of other articles that share blocking keys (match/blocking.py: event,
subject, entities, quantity buckets, dates, rare tokens, and compound keys such as subject with
figure or subject with date, which stay rare however large the store grows): keys are read rarest first, each posting list up to
``PER_KEY`` rows within ``POSTINGS_BUDGET`` rows per claim, and keys more common than ``MAX_DF`` are
skipped, so the work per claim does not grow with the store (the lists an article needs are read
up front, ``PREFETCH_CHUNK`` keys per statement). Candidates are ranked by shared-key
weight (idf); the best ``FUZZY_POOL × max_candidates`` are re-ranked with rapidfuzz similarity of
their stored key texts, the best ``max_candidates`` are decided by ``relate()`` (symmetric, so one
call serves both directions), and every pair that is not unrelated is stored in both directions.
"""
from __future__ import annotations

import heapq
import json
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from operator import neg

from flask import current_app, has_app_context

from ..match.blocking import blocking_keys
from ..match.keys import ClaimKeys, claim_keys
from ..match.rank import key_weight, similarity
from ..match.relate import relate_keys
from ..match.times import reported_apart
from ..models import Claim
from ..text.normalize import key_text
from .claims import column_many, get_many
from .closeness import ReportDates, by_closeness
from .frames import keys_of, other_keys, store_frames

PER_KEY = 150  # postings read per key
MAX_DF = 20000  # keys on more claims than this carry no signal for blocking
POSTINGS_BUDGET = 400  # postings read per claim, rarest keys first (compound keys come first)
RELATED_MIN = 65  # "related" pairs are stored only when this close in topic (score = 40 + 55 × topic)
FUZZY_POOL = 1  # candidates fuzzy-ranked per slot decided by relate() (1: key weight alone; wording favours one language)
SIMILARITY_SHARE = 0.2  # wording similarity (0..100) × this is added to 10 × key weight: a tie-breaker
TIE_BAND = 0.25  # candidates within 25% of the last place's key weight are ordered by publication date
TIE_POOL = 40  # at most this many of them (the heaviest): 4 per place decided, same recall as 200 on the bench
CATCH_UP_MAX = 5000  # claims stored by other writers between planning and the write lock


@dataclass
class MatchStats:
    claims: int = 0
    candidates: int = 0  # distinct candidate claims examined (ranked)
    related: int = 0  # candidates decided by relate()
    pairs: int = 0  # pairs stored (each direction counted once)


def _settings() -> tuple[int, float, int]:
    """(candidates decided per claim, lowest score stored, matches kept per new claim)."""
    cfg = current_app.config if has_app_context() else {}
    return (int(cfg.get("MATCH_MAX_CANDIDATES", 10)), float(cfg.get("MATCH_MIN_SCORE", 0)),
            int(cfg.get("MATCH_KEEP", 10)))


_PRIORITY = {"conflicts": 0, "agrees": 0, "related": 1}


def _store_keys(db, claims: list[Claim], keys: dict[str, set[str]]) -> None:
    rows = sorted((k, cid) for cid, ks in keys.items() for k in ks)  # index order: fewer page visits
    if rows:
        db.conn.executemany("INSERT OR IGNORE INTO claim_keys (key, claim_id) VALUES (?, ?)", rows)
        counts = defaultdict(int)
        for k, _ in rows:
            counts[k] += 1
        db.conn.executemany(
            "INSERT INTO key_df(key, n) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + excluded.n",
            sorted(counts.items()))


def _df(db, keys: set[str]) -> dict[str, int]:
    out, ks = {}, list(keys)
    for i in range(0, len(ks), 400):
        chunk = ks[i:i + 400]
        q = f"SELECT key, n FROM key_df WHERE key IN ({','.join('?' * len(chunk))})"
        out.update({r[0]: r[1] for r in db.conn.execute(q, chunk)})
    return out


def _postings(db, key: str, cache: dict[str, list[str]] | None) -> list[str]:
    """Up to ``PER_KEY`` claim ids holding ``key`` (read once per article when ``cache`` is given:
    the claims of one article share many keys)."""
    if cache is not None and key in cache:
        return cache[key]
    # one row (ids joined by spaces, newest first) costs far less than PER_KEY rows
    joined = db.conn.execute(_POSTING_SQL, [key, PER_KEY]).fetchone()[0]
    ids = joined.split(" ") if joined else []
    if cache is not None:
        cache[key] = ids
    return ids


_POSTING_SQL = ("SELECT group_concat(claim_id, ' ') FROM (SELECT claim_id FROM claim_keys WHERE key = ? "
                "ORDER BY claim_id DESC LIMIT ?)")
_POSTING_TERM = ("SELECT ?, (SELECT group_concat(claim_id, ' ') FROM (SELECT claim_id FROM claim_keys "
                 "WHERE key = ? ORDER BY claim_id DESC LIMIT ?))")
PREFETCH_CHUNK = 32  # keys per compound SELECT (SQLite allows 500 terms)
_PREFETCH_SQL = " UNION ALL ".join([_POSTING_TERM] * PREFETCH_CHUNK)


def _needed(keys: dict[str, set[str]], df: dict[str, int]) -> set[str]:
    """Keys whose posting lists ``candidates`` will read for these claims, estimating each list's
    length by its document frequency (a wrong guess costs one extra read, never another result)."""
    out: set[str] = set()
    for ks in keys.values():
        budget = POSTINGS_BUDGET
        for key in sorted(ks, key=lambda k: (df.get(k, 0), k)):
            n = df.get(key, 0)
            if n == 0 or n > MAX_DF or budget <= 0:
                continue
            out.add(key)
            budget -= min(n, PER_KEY)
    return out


def prefetch_postings(db, keys, cache: dict[str, list[str]]) -> None:
    """Read the posting lists of ``keys`` into ``cache``, ``PREFETCH_CHUNK`` keys per statement
    (each list exactly as ``_postings`` reads it; short chunks are padded so one prepared statement
    serves every call)."""
    todo = sorted(k for k in keys if k not in cache)
    for i in range(0, len(todo), PREFETCH_CHUNK):
        chunk = todo[i:i + PREFETCH_CHUNK]
        chunk += chunk[-1:] * (PREFETCH_CHUNK - len(chunk))
        params = [v for k in chunk for v in (k, k, PER_KEY)]
        for key, joined in db.conn.execute(_PREFETCH_SQL, params):
            cache[key] = joined.split(" ") if joined else []


def candidates(db, claim: Claim, keys: set[str], total: int, own_prefix: str,
               df: dict[str, int] | None = None, cache: dict[str, list[str]] | None = None,
               own: set[str] | None = None) -> dict[str, float]:
    """claim id → shared-key weight, for stored claims of other articles (rarest keys read first,
    within a budget of postings, so common keys such as the event cost little). ``own``, when
    given, holds every id of the article that may be stored (dropped without a prefix scan)."""
    weights: dict[str, float] = {}
    df = _df(db, keys) if df is None else df
    budget = POSTINGS_BUDGET
    for key in sorted(keys, key=lambda k: (df.get(k, 0), k)):
        n = df.get(key, 0)
        if n == 0 or n > MAX_DF or budget <= 0:  # n counts stored claims only (planned before insert)
            continue
        idf = math.log(1 + total / n) * key_weight(key)
        ids = _postings(db, key, cache)[:budget]
        budget -= len(ids)
        _add(weights, ids, idf)
    mine = own & weights.keys() if own is not None else [c for c in weights if c.startswith(own_prefix)]
    for cid in mine:
        del weights[cid]
    return weights


def _add(weights: dict[str, float], ids: list[str], idf: float) -> None:
    """``weights[c] += idf`` for each of ``ids`` (distinct: a posting list holds a claim once), the
    Python loop only over ids already weighted (new ones get ``0.0 + idf == idf`` in one C call)."""
    seen = weights.keys() & ids
    if not seen:
        weights.update(dict.fromkeys(ids, idf))
        return
    fresh = dict.fromkeys(ids, idf)
    for cid in seen:
        fresh[cid] = weights[cid] + idf
    weights.update(fresh)


def _key_texts(db, ids) -> dict[str, str]:
    return column_many(db, "key_text", ids)


def _top(weights: dict[str, float], n: int, closer: Callable[[list[str]], list[str]] | None = None) -> list[str]:
    """The ``n`` heaviest candidates. Without ``closer``: by weight, ties by id. With it, candidates
    within ``TIE_BAND`` of the n-th heaviest weight count as equally likely (key weights are rough;
    one figure repeated by many stories gives many claims alike in every key): the clearly heavier
    ones first, then those of the band that ``closer`` ranks first (publication nearest the new
    article's)."""
    if len(weights) <= n or n <= 0:
        return [c for _, c in sorted((-w, c) for c, w in weights.items())][:max(n, 0)]
    if closer is None:
        return [c for _, c in heapq.nsmallest(n, zip(map(neg, weights.values()), weights.keys(), strict=True))]
    return _ordered(_split(weights, n), n, closer)


def _ordered(split: tuple[list[str], list[str]], n: int, closer: Callable[[list[str]], list[str]]) -> list[str]:
    """The ``n`` best of a ``_split``: those clearly heavier, then the band in ``closer`` order."""
    above, band = split
    return above + closer(band)[:n - len(above)]


def _split(weights: dict[str, float], n: int) -> tuple[list[str], list[str]]:
    """For more than ``n`` candidates: those clearly heavier than the n-th (fewer than n, heaviest
    first) and the ``TIE_POOL`` heaviest of the band around it (see ``_top``)."""
    # one C sort of the weights finds the n-th heaviest; the band is then sorted alone
    cut = sorted(weights.values(), reverse=True)[n - 1]
    high, low = cut * (1 + TIE_BAND), cut * (1 - TIE_BAND)
    above = [c for _, c in sorted((-w, c) for c, w in weights.items() if w > high)]
    band = sorted([(w, c) for c, w in weights.items() if low <= w <= high], reverse=True)[:TIE_POOL]
    return above, [c for _, c in band]


def _rerank(claim: Claim, top: list[str], weights: dict[str, float], texts: dict[str, str], n: int,
            mine: str | None = None) -> list[str]:
    """The ``n`` best of ``top`` by key weight plus fuzzy similarity of key texts (``mine``: the
    claim's own key text when already computed)."""
    if len(top) <= n:
        return top
    mine = key_text(claim.text) if mine is None else mine
    return sorted(top, key=lambda c: (-(weights[c] * 10 + similarity(mine, texts.get(c) or "") * SIMILARITY_SHARE), c))[:n]


def _shortlist(db, claim: Claim, weights: dict[str, float], n: int) -> list[str]:
    """The ``n`` best candidates: top by key weight, re-ranked by fuzzy similarity of key texts."""
    top = _top(weights, n * FUZZY_POOL)
    return _rerank(claim, top, weights, _key_texts(db, top) if len(top) > n else {}, n)


@dataclass
class Plan:
    """Verdicts against the claims stored up to ``snapshot`` (a claims rowid), found before the write
    lock is taken so that concurrent writers do not queue behind candidate search and ``relate()``."""

    snapshot: int
    keys: dict[str, set[str]]
    verdicts: dict[str, list]
    stats: MatchStats
    stale: dict  # keys computed for stored claims whose frame was missing or stale (refreshed on write)


def _decide(claims: list[Claim], shortlists: dict[str, list[str]], others: dict, min_score: float,
            stats: MatchStats, reports: ReportDates | None = None) -> dict[str, list]:
    """claim id → [(other id, Relation)] worth storing, from ``relate()`` on each shortlisted pair
    (a conflict of figures re-read against the articles' publication dates: ``times.reported_apart``)."""
    out: dict[str, list] = {}
    for claim in claims:
        mine = claim_keys(claim)
        for oid in shortlists.get(claim.id, ()):
            theirs = others.get(oid)
            if theirs is None:
                continue
            stats.related += 1
            rel = relate_keys(mine, theirs)  # symmetric: one verdict serves both directions
            if rel.relation == "conflicts" and reports is not None:
                rel = reported_apart(rel, mine, theirs, reports.own, reports(oid))
            if rel.relation == "unrelated" or rel.score < min_score or (
                    rel.relation == "related" and rel.score < RELATED_MIN):
                continue
            out.setdefault(claim.id, []).append((oid, rel))
    return out


def plan(db, claims: list[Claim], article_id: str, key_texts: list[str] | None = None,
         published: str | None = None) -> Plan:
    """Candidate search and verdicts for one new article's claims against the current store (reads
    only). ``key_texts``, when given, are the claims' ``key_text`` in order (saves computing them);
    ``published``: the article's publication date (ISO), which orders equally weighted candidates."""
    stats = MatchStats(claims=len(claims))
    snapshot = db.conn.execute("SELECT coalesce(max(rowid), 0) FROM claims").fetchone()[0]
    keys = {c.id: blocking_keys(c) for c in claims}
    if not claims:
        return Plan(snapshot, keys, {}, stats, {})
    max_candidates, min_score, _ = _settings()
    df = _df(db, set().union(*keys.values()))
    total = max(1, snapshot)
    own_prefix = f"{article_id}-"
    own = {c.id for c in claims}  # the article's claims: the only ids with its prefix
    cache: dict[str, list[str]] = {}
    prefetch_postings(db, _needed(keys, df), cache)
    n = max_candidates * FUZZY_POOL
    found = {}
    for claim in claims:
        weights = candidates(db, claim, keys[claim.id], total, own_prefix, df, cache, own)
        stats.candidates += len(weights)
        if weights:
            found[claim.id] = weights
    closer = by_closeness(db, published)
    if closer is None or n <= 0:
        tops = {cid: (w, _top(w, n)) for cid, w in found.items()}
    else:  # the bands of every claim ordered after one read of their dates
        splits = {cid: _split(w, n) for cid, w in found.items() if len(w) > n}
        closer.learn(c for _, band in splits.values() for c in band)
        tops = {cid: (w, _ordered(splits[cid], n, closer) if cid in splits else _top(w, n))
                for cid, w in found.items()}
    texts = _key_texts(db, {c for _, top in tops.values() if len(top) > max_candidates for c in top})
    mine = dict(zip((c.id for c in claims), key_texts, strict=True)) if key_texts is not None else {}
    shortlists = {c.id: _rerank(c, tops[c.id][1], tops[c.id][0], texts, max_candidates, mine.get(c.id))
                  for c in claims if c.id in tops}
    stale: dict[str, ClaimKeys] = {}
    others = other_keys(db, {cid for ids in shortlists.values() for cid in ids}, stale)
    return Plan(snapshot, keys, _decide(claims, shortlists, others, min_score, stats, ReportDates(db, published)),
                stats, stale)


def _catch_up(db, claims: list[Claim], p: Plan, own_prefix: str, published: str | None = None) -> None:
    """Add verdicts against claims stored by other writers after the plan's snapshot (few: the ones
    committed while this article was being planned), blocking on shared keys in memory."""
    recent = [r[0] for r in db.conn.execute(
        "SELECT id FROM claims WHERE rowid > ? ORDER BY rowid LIMIT ?", [p.snapshot, CATCH_UP_MAX])]
    recent = [cid for cid in recent if not cid.startswith(own_prefix)]
    if not recent:
        return
    theirs = other_keys(db, set(recent))
    their_blocks = {cid: blocking_keys(c) for cid, c in get_many(db, recent).items()}
    max_candidates, min_score, _ = _settings()
    shortlists = {}
    for claim in claims:
        mine = p.keys[claim.id]
        hits = sorted((-len(mine & b), cid) for cid, b in their_blocks.items() if mine & b)
        if hits:
            shortlists[claim.id] = [cid for _, cid in hits[:max_candidates]]
    for cid, found in _decide(claims, shortlists, theirs, min_score, p.stats, ReportDates(db, published)).items():
        p.verdicts.setdefault(cid, []).extend(found)


def index_and_match(db, claims: list[Claim], article_row: dict, planned: Plan | None = None) -> MatchStats:
    """Store keys of ``claims`` (one new article) and their matches (inside the caller's write
    transaction). With a ``planned`` result from before the lock, only claims stored since are added."""
    own_prefix = f"{article_row['id']}-"
    p = planned if planned is not None else plan(db, claims, article_row["id"],
                                                 published=article_row.get("published_date"))
    if not claims:
        return p.stats
    _store_keys(db, claims, p.keys)
    store_frames(db, {**p.stale, **keys_of(claims)})
    if planned is not None:
        _catch_up(db, claims, p, own_prefix, article_row.get("published_date"))
    _, _, keep = _settings()
    now = article_row.get("ingested_at")
    rows, encoded = [], {}
    for claim in claims:
        # agreements and conflicts first, then the closest related claims
        verdicts = sorted(p.verdicts.get(claim.id, ()), key=lambda v: (_PRIORITY[v[1].relation], -v[1].score, v[0]))
        for oid, rel in verdicts[:keep]:
            reasons = encoded.get(rel.reasons)  # many pairs share their reasons ("only one gives figures")
            if reasons is None:
                reasons = encoded[rel.reasons] = json.dumps(list(rel.reasons), ensure_ascii=False)
            rows.append((claim.id, oid, rel.relation, float(rel.score), reasons, now))
            rows.append((oid, claim.id, rel.relation, float(rel.score), reasons, now))
            p.stats.pairs += 1
    if rows:
        db.conn.executemany("INSERT OR REPLACE INTO matches (claim_id, other_id, relation, score, reasons, "
                            "created_at) VALUES (?, ?, ?, ?, ?, ?)", rows)
    return p.stats
