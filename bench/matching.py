"""Ingest + match at N stored claims: what ``POST /v1/articles`` does per fresh article vs. two baselines.

Baselines over the same stored ``key_text`` column: the naive matcher a user writes first
(``rapidfuzz.process.extract`` with ``token_set_ratio`` against every stored claim, for each claim
of the article; timed on a sample of claims and scaled to the article's claim count) and a bare
FTS5 query per claim (``claims_fts MATCH`` with the claim's key tokens OR-ed, best 50 by rank). Candidates per claim
are added up from the stats ``matching.index_and_match`` returns (``claims``, ``candidates``,
``related``), when it returns them.
"""
from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from .common import Row, fresh_articles, fresh_generated, median, percentile, progress, published, ratio
from .recall import Recall, article_recall
from .stores import cached_store, store_meta

STORE_SEED = 0
FTS_CLAIMS = 40  # claims sampled for the FTS baseline


def copy_store(size: int, workdir: Path, rebuild: bool = False) -> tuple[Path, dict]:
    """A private working copy of the cached store of ``size`` claims (ingest writes to it)."""
    src = Path(cached_store(size, STORE_SEED, rebuild))
    dst = workdir / f"work-{size}.db"
    for suffix in ("-wal", "-shm"):  # a log left by an interrupted run must not replay onto the copy
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    return dst, store_meta(str(src))


def _inputs(arts: list[dict]):
    from factcheck.models import ArticleInput
    return [ArticleInput(text=a["text"], language=a["language"], title=a["title"], publisher=a["publisher"],
                         published_at=a["published_at"], published_date=published(a)) for a in arts]


class _Counted:
    """Wraps ``matching.index_and_match`` to add up the stats it returns (claims, candidates)."""

    def __init__(self) -> None:
        self.claims = self.candidates = self.decided = 0
        self.seen = False

    def __enter__(self):
        from factcheck.store import matching
        self.module, self.inner = matching, matching.index_and_match

        def counted(*args, **kwargs):
            out = self.inner(*args, **kwargs)
            if hasattr(out, "candidates") and hasattr(out, "claims"):
                self.seen = True
                self.claims += out.claims
                self.candidates += out.candidates
                self.decided += getattr(out, "related", 0)
            return out
        matching.index_and_match = counted
        return self

    def __exit__(self, *exc) -> None:
        self.module.index_and_match = self.inner

    def per_claim(self) -> tuple[float | None, float | None]:
        if not (self.seen and self.claims):
            return None, None
        return self.candidates / self.claims, self.decided / self.claims


class _Stages:
    """Times the stages of each ingest (``time_ingest``): extraction (``analyze``), candidate search
    and ``relate()`` before the write lock (``matching.plan``); the rest is the write transaction
    (rows, keys, matches, commit) and reading the stored article back."""

    def __init__(self) -> None:
        self.analyze: list[float] = []
        self.plan: list[float] = []

    def __enter__(self):
        from factcheck import services
        from factcheck.store import matching
        self.saved = (services.analyze, matching.plan)
        self.modules = (services, matching)

        def timed(fn, out):
            def inner(*args, **kwargs):
                t0 = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    out.append(time.perf_counter() - t0)
            return inner
        services.analyze = timed(self.saved[0], self.analyze)
        matching.plan = timed(self.saved[1], self.plan)
        return self

    def __exit__(self, *exc) -> None:
        self.modules[0].analyze, self.modules[1].plan = self.saved


def time_ingest(db, arts: list[dict]) -> tuple[list[float], int]:
    """Seconds per article of what ``POST /v1/articles`` does below HTTP: ``services.store_article``
    (extract, match, write, commit), then read back the article and its claims' stored documents
    for the response; and the claims stored."""
    from factcheck.services import store_article
    from factcheck.store import articles
    times, claims = [], 0
    for inp in _inputs(arts):
        t0 = time.perf_counter()
        aid, created = store_article(db, inp)
        article, docs = articles.get(db, aid, with_text=True), articles.all_docs(db, aid)
        times.append(time.perf_counter() - t0)
        assert article is not None
        claims += len(docs) if created else 0
    return times, claims


def naive_per_claim(db, queries: list[str]) -> float:
    """Seconds per claim of the all-pairs fuzzy matcher over every stored ``key_text``."""
    choices = [r[0] or "" for r in db.conn.execute("SELECT key_text FROM claims")]
    t0 = time.perf_counter()
    for q in queries:
        process.extract(q, choices, scorer=fuzz.token_set_ratio, processor=None, limit=None)
    return (time.perf_counter() - t0) / max(1, len(queries))


def fts_expr(key_text: str) -> str | None:
    """The bare FTS5 query for a normalised claim text: its distinct tokens, quoted, OR-ed."""
    toks = [t.replace('"', "") for t in dict.fromkeys(key_text.split())]
    toks = [t for t in toks if t][:32]
    return " OR ".join(f'"{t}"' for t in toks) or None


def fts_per_claim(db, queries: list[str]) -> float:
    """Seconds per claim of a bare FTS5 candidate query (top 50 by rank)."""
    exprs = [e for e in (fts_expr(q) for q in queries) if e]
    t0 = time.perf_counter()
    for e in exprs:
        db.conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT 50",
                        [e]).fetchall()
    return (time.perf_counter() - t0) / max(1, len(exprs))


def claim_queries(arts: list[dict]) -> list[str]:
    """Normalised texts of the claims the pipeline finds in ``arts`` (what a matcher would query)."""
    from factcheck.pipeline import analyze
    from factcheck.text.normalize import key_text
    return [key_text(c.text) for a in arts for c in analyze(a["text"], a["language"], published(a)).claims]


def baselines(db, stories: int, claims_per_article: float, naive_claims: int, seed: int) -> tuple[float, float]:
    """Seconds per article of the naive matcher and of bare FTS5, timed on sampled claims."""
    queries = claim_queries(fresh_articles(2, STORE_SEED, stories, run=77))
    random.Random(seed).shuffle(queries)
    naive = naive_per_claim(db, queries[:naive_claims]) * claims_per_article
    return naive, fts_per_claim(db, queries[:FTS_CLAIMS]) * claims_per_article


def bench_size(size: int, workdir: Path, n_articles: int, runs: int, naive_claims: int,
               budget: float = 1e9, warmup: int = 3, rebuild: bool = False) -> tuple[list[Row], dict, Path]:
    """Rows and raw figures at one store size; returns the working copy (used by the HTTP bench).

    Articles per run shrink (to no fewer than 10) so that ``runs`` runs fit in ``budget`` seconds."""
    from factcheck.config import DEFAULTS
    from factcheck.store import checkpoint
    path, meta = copy_store(size, workdir, rebuild)
    # as a server worker opens it: WAL checkpoints on a background thread
    db = checkpoint.worker_connection(str(path), DEFAULTS["BUSY_TIMEOUT"], DEFAULTS["CHECKPOINT_INTERVAL"],
                                      DEFAULTS["CHECKPOINT_SAFETY_PAGES"], DEFAULTS["CACHE_MB"])
    stories = max(1, meta["articles"] // 3)
    warm, _ = time_ingest(db, fresh_articles(warmup, STORE_SEED, stories, run=99))
    n_articles = max(10, min(n_articles, int(budget / runs / max(median(warm), 1e-3))))
    progress(f"  {size:,} claims: warm-up ingest {median(warm) * 1e3:.0f} ms → {runs} x {n_articles} articles")
    p50s, p99s, per_claim, cands, decided, all_times = [], [], [], [], [], []
    stages = _Stages()
    recall, keep = Recall(), DEFAULTS["MATCH_KEEP"]
    for r in range(runs):
        gens = fresh_generated(n_articles, STORE_SEED, stories, run=r)
        with _Counted() as counted, stages:
            times, claims = time_ingest(db, [g.article for g in gens])
        all_times += times
        for g in gens:  # after the timed loop: reads only
            recall.add(article_recall(db, STORE_SEED, g, keep))
        p50s.append(percentile(times, 50))
        p99s.append(percentile(times, 99))
        per_claim.append(claims / len(times))
        cands.append(counted.per_claim()[0])
        decided.append(counted.per_claim()[1])
        progress(f"  {size:,} claims run {r + 1}: ingest p50 {p50s[-1] * 1e3:.1f} ms, p99 {p99s[-1] * 1e3:.1f} ms")
    claims_per_article = median(per_claim) or 1.0
    naive, fts = baselines(db, stories, claims_per_article, naive_claims, seed=size)
    db.close()
    checkpoint.stop_all()
    p50, p99 = median(p50s), median(p99s)
    cand, dec = median(cands), median(decided)
    progress(f"  {size:,} claims: naive {naive * 1e3:.0f} ms/article, FTS {fts * 1e3:.1f} ms/article, "
             f"counterpart recall {recall.pair_recall or 0:.3f} (hit rate {recall.hit_rate or 0:.3f})")
    label = f"{size // 1000:,}k" if size < 10**6 else f"{size // 10**6}M"
    rows = [
        Row("ingest", f"ingest+match p50 @ {label}", p50 * 1e3, "ms", "naive rapidfuzz all-pairs", naive * 1e3,
            ratio(p50, naive), f"{ratio(naive, p50):.3g}x faster than naive"),
        Row("ingest", f"ingest+match p50 @ {label}", p50 * 1e3, "ms", "bare FTS5 query per claim", fts * 1e3,
            ratio(p50, fts)),
        Row("ingest", f"ingest+match p99 @ {label}", p99 * 1e3, "ms"),
        *stage_rows(stages, all_times, label),
        Row("ingest", f"candidates per claim @ {label}", cand, "", "", None, None,
            f"{dec:.1f} decided by relate()" if dec is not None else "n/a: matcher returns no stats"),
        Row("ingest", f"counterpart recall @ {label}", recall.pair_recall, "", "", None, None,
            f"{recall.hit_rate:.3f} of {recall.facts} fresh facts linked to a stored telling"
            if recall.facts else "n/a: no stored counterparts"),
    ]
    raw = {"size": size, "articles_per_run": n_articles, "stages_ms": stage_medians(stages, all_times), "p50_s": p50s, "p99_s": p99s,
           "claims_per_article": claims_per_article, "naive_s_per_article": naive,
           "naive_claims_sampled": naive_claims, "fts_s_per_article": fts,
           "candidates_per_claim": cand, "related_per_claim": dec, "store": meta,
           "recall": {"facts": recall.facts, "hits": recall.hits, "found": recall.found,
                      "possible": recall.possible}}
    return rows, raw, path


def stage_medians(stages: _Stages, totals: list[float]) -> dict[str, float | None]:
    """Median ms per article of each ingest stage (the write is the rest of each call)."""
    rest = [t - a - p for t, a, p in zip(totals, stages.analyze, stages.plan, strict=False)]
    ms = lambda xs: round(median(xs) * 1e3, 2) if xs else None  # noqa: E731
    return {"extract": ms(stages.analyze), "candidates_relate": ms(stages.plan), "write_commit_read": ms(rest)}


def stage_rows(stages: _Stages, totals: list[float], label: str) -> list[Row]:
    """Where an ingest's time goes: extraction, candidate search with relate(), the write."""
    m = stage_medians(stages, totals)
    return [
        Row("ingest", f"  of which extraction @ {label}", m["extract"], "ms", "", None, None, "median per article"),
        Row("ingest", f"  of which candidates + relate() @ {label}", m["candidates_relate"], "ms", "", None, None,
            "median per article, before the write lock"),
        Row("ingest", f"  of which write + commit + read back @ {label}", m["write_commit_read"], "ms", "", None,
            None, "median per article"),
    ]
