"""Stores of N synthetic claims (1k … 1M) at SQLite speed, cached under ``bench/.cache/``.

Each story telling of the corpus generator becomes an article row, and its claims are what the
extraction pipeline finds in it (``analyze``, as ingest stores them: ids, spans, quantities, dates,
events, attributions), with ``key_text``, the blocking keys the matcher uses and the stored frame
of its matching keys, so candidate search and ``relate()`` see the claims a real store holds.
Rows go through the app's own schema (``ensure_schema``) and row helpers (``claim_to_row``); FTS
is filled by its triggers; articles are analysed in worker processes. A cache file is keyed by
size, seed and a fingerprint of the files that shape the rows; a cached store is upgraded by the
app's own pending migrations, as a user's database is; one whose blocking keys and frames come
from older key code is re-indexed in place (as ``flask rekey`` does, in bulk), and one whose claims come
from older pipeline code is reused with a note (rebuilding 1M claims takes many minutes).
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from factcheck.match.stored import KEYS_VERSION
from factcheck.models import Claim
from factcheck.pipeline import analyze
from factcheck.services import article_id_for
from factcheck.store.db import connect
from factcheck.store.rekey import index_rows
from factcheck.store.reports import RECOUNT_SQL
from factcheck.store.rows import claim_to_row, row_to_claim
from factcheck.store.setup import ensure_schema
from factcheck.text.normalize import key_text

from .corpus import Generated, make_story, telling_article

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
STORIES_PER_CHUNK = 400
ROWS_VERSION = "3"  # bump when a change here alters the rows written
_SHAPERS = ("bench/corpus.py", "bench/forms.py", "bench/templates.py", "factcheck/store/rows.py")
_EXTRACTORS = ("factcheck/pipeline.py", "factcheck/text/*.py", "factcheck/extract/*.py",
               "factcheck/attribution/*.py", "factcheck/lexicons/*/*.*")  # the claims come from these


def fingerprint(files: tuple[str, ...] = _SHAPERS) -> str:
    """Hash of the files (glob patterns) that shape stored rows (``_SHAPERS``) or their claims
    (``_EXTRACTORS``); their blocking keys and frames are versioned by ``KEYS_VERSION``, which
    digests the key code and lexicons."""
    h = hashlib.sha1(ROWS_VERSION.encode() if files == _SHAPERS else b"")
    for pattern in files:
        found = sorted(ROOT.glob(pattern))
        for p in found:
            h.update(p.relative_to(ROOT).as_posix().encode() + p.read_bytes())
        if not found:
            h.update(b"-")
    return h.hexdigest()[:10]


def claims_of(g: Generated) -> list[Claim]:
    """The claims ingest would store for a generated article: the pipeline's, with ingest's ids."""
    art = g.article
    aid = article_id_for(hashlib.sha256(art["text"].encode("utf-8", "surrogatepass")).hexdigest())
    found = analyze(art["text"], art["language"], date.fromisoformat(art["published_at"][:10])).claims
    return [replace(c, id=f"{aid}-{i:04d}", article_id=aid) for i, c in enumerate(found)]


def _rows_for_stories(args: tuple[int, int, int]) -> list[tuple[dict, list[dict], list[tuple[str, str]], list]]:
    """Article row, claim rows, key rows and frame rows for every telling of stories [lo, hi)."""
    seed, lo, hi = args
    out = []
    for index in range(lo, hi):
        story = make_story(seed, index)
        for telling in range(story.size):
            g = telling_article(seed, story, telling)
            claims = claims_of(g)
            art = g.article
            aid = article_id_for(hashlib.sha256(art["text"].encode("utf-8", "surrogatepass")).hexdigest())
            row = {"id": aid, "sha256": hashlib.sha256(art["text"].encode()).hexdigest(),
                   "title": art["title"], "url": None, "publisher": art["publisher"],
                   "published_at": art["published_at"], "published_date": art["published_at"][:10],
                   "language": art["language"], "text": art["text"], "ingested_at": "2026-01-01T00:00:00Z",
                   "claim_count": len(claims)}
            crows = [claim_to_row(c, key_text(c.text), row["published_date"], idx) for idx, c in enumerate(claims)]
            out.append((row, crows, *index_rows(claims)))
    return out


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = (f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
           f"VALUES ({', '.join('?' * len(cols))})")
    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def _write_batch(conn: sqlite3.Connection, batch: list, done: int, n_claims: int) -> tuple[int, int]:
    """Insert a worker's rows in one transaction, stopping at ``n_claims``; returns (done, articles)."""
    added = 0
    conn.execute("BEGIN")
    for row, crows, krows, frows in batch:
        if done >= n_claims:
            break
        crows = crows[: n_claims - done]
        kept = {r["id"] for r in crows}
        row["claim_count"] = len(crows)
        _insert(conn, "articles", [row])
        _insert(conn, "claims", crows)
        conn.executemany("INSERT OR IGNORE INTO claim_keys (key, claim_id) VALUES (?, ?)",
                         [k for k in krows if k[1] in kept])
        conn.executemany("INSERT OR IGNORE INTO claim_frames (claim_id, version, frame) VALUES (?, ?, ?)",
                         [f for f in frows if f[0] in kept])
        done += len(crows)
        added += 1
    conn.execute("COMMIT")
    return done, added


def _fill_df(conn: sqlite3.Connection) -> None:
    """Key document frequencies, when the schema keeps them (``key_df``) as the matcher does."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'key_df'").fetchone():
        conn.execute("INSERT OR REPLACE INTO key_df (key, n) SELECT key, count(*) FROM claim_keys GROUP BY key")


@contextmanager
def _deferred_indexes(conn: sqlite3.Connection) -> Iterator[None]:
    """Drop the secondary indexes of ``claims``/``claim_keys`` and the FTS sync triggers for a bulk load;
    recreate them (from their stored SQL) and rebuild the FTS index afterwards."""
    objs = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('claims', 'claim_keys') AND sql IS NOT NULL "
        "AND (type = 'index' OR (type = 'trigger' AND sql LIKE '%claims_fts%'))").fetchall()
    for kind, name, _ in objs:
        conn.execute(f"DROP {kind.upper()} [{name}]")
    yield
    for _, _, sql in objs:
        conn.execute(sql)
    if any(kind == "trigger" for kind, _, _ in objs):
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")


def build_store(path: Path, n_claims: int, seed: int = 0, procs: int | None = None) -> dict:
    """Fill a fresh database at ``path`` with ``n_claims`` claims; returns its metadata."""
    t0 = time.perf_counter()
    if path.exists():
        path.unlink()
    ensure_schema(str(path))
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    done, articles, stories = 0, 0, 0
    procs = procs or max(1, min(os.cpu_count() or 1, 4))
    per_chunk = max(2, min(STORIES_PER_CHUNK, n_claims // (80 * procs)))
    lo = 0
    with _deferred_indexes(conn), mp.get_context("fork").Pool(procs) as pool:
        while done < n_claims:
            chunks = [(seed, a, a + per_chunk) for a in range(lo, lo + 2 * procs * per_chunk, per_chunk)]
            lo = chunks[-1][2]
            for batch in pool.imap(_rows_for_stories, chunks):
                done, added = _write_batch(conn, batch, done, n_claims)
                articles += added
                stories += per_chunk
                print(f"  store {n_claims:,}: {done:,} claims", file=sys.stderr, end="\r")
                if done >= n_claims:
                    break
    _fill_df(conn)
    conn.execute(RECOUNT_SQL)  # rows written in bulk, not through articles.insert
    conn.execute("PRAGMA optimize")
    conn.close()
    print(file=sys.stderr)
    return {"claims": done, "articles": articles, "stories": stories, "seed": seed,
            "build_s": round(time.perf_counter() - t0, 1)}


_WARNED: set[Path] = set()


def cached_store(n_claims: int, seed: int = 0, rebuild: bool = False) -> str:
    """Path of a cached store with ``n_claims`` claims; built (and older versions removed) if missing.

    A cache survives edits to the pipeline code (rebuilding 1M claims takes many minutes); a warning
    says so and ``rebuild=True`` forces a fresh build. Keys from older key code are rewritten."""
    CACHE.mkdir(parents=True, exist_ok=True)
    stem, fp = f"store-{n_claims}-{seed}", fingerprint()
    path = CACHE / f"{stem}-{fp}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not rebuild:
        info = json.loads(meta.read_text())
        applied = ensure_schema(str(path))
        if applied:
            print(f"  note: {path.name} upgraded by migrations {', '.join(applied)}", file=sys.stderr)
        if info.get("frames") != KEYS_VERSION:
            _rekey(path, n_claims)
            info["frames"] = KEYS_VERSION
            meta.write_text(json.dumps(info))
        if info.get("pipeline") != fingerprint(_EXTRACTORS) and path not in _WARNED:
            _WARNED.add(path)
            print(f"  note: {path.name} holds claims from older pipeline code (--rebuild to refresh)",
                  file=sys.stderr)
        return str(path)
    for old in CACHE.glob(f"{stem}-*"):
        old.unlink()
    tmp = CACHE / f"{stem}-{fp}.building"
    made_by = {"frames": KEYS_VERSION, "pipeline": fingerprint(_EXTRACTORS)}
    info = {**build_store(tmp, n_claims, seed), **made_by}  # the code the build started with
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)
    meta.write_text(json.dumps(info))
    return str(path)


def _keys_for_rowids(args: tuple[str, int, int]) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """Key rows and frame rows, from the current key code, for the claims with rowid in (lo, hi]."""
    path, lo, hi = args
    db = connect(path)
    claims = [row_to_claim(r) for r in db.query("SELECT * FROM claims WHERE rowid > ? AND rowid <= ?", [lo, hi])]
    db.close()
    return index_rows(claims)


def _rekey(path: Path, n_claims: int, procs: int | None = None) -> None:
    """Re-index a cached store's claims under the current blocking keys and frames, as ``flask rekey``
    does, in bulk: keys computed in worker processes, then both tables rewritten in key order (minutes
    at 1M, where re-extracting every article takes far longer)."""
    t0 = time.perf_counter()
    conn = sqlite3.connect(str(path), isolation_level=None)
    top = conn.execute("SELECT coalesce(max(rowid), 0) FROM claims").fetchone()[0]
    step = 20000
    keys, frames = [], []
    with mp.get_context("fork").Pool(procs or max(1, min(os.cpu_count() or 1, 4))) as pool:
        for k, f in pool.imap(_keys_for_rowids, [(str(path), lo, lo + step) for lo in range(0, top, step)]):
            keys.extend(k)
            frames.extend(f)
            print(f"  rekey {n_claims:,}: {len(frames):,} claims", file=sys.stderr, end="\r")
    keys.sort()
    frames.sort()
    objs = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('claim_keys', 'claim_frames') "
                        "AND sql IS NOT NULL ORDER BY type DESC").fetchall()  # tables, then indexes
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("BEGIN")
    for kind, name, _ in objs:
        if kind == "table":
            conn.execute(f"DROP TABLE [{name}]")
    for _, _, sql in objs:
        conn.execute(sql)
    conn.executemany("INSERT INTO claim_keys (key, claim_id) VALUES (?, ?)", keys)
    conn.executemany("INSERT INTO claim_frames (claim_id, version, frame) VALUES (?, ?, ?)", frames)
    conn.execute("DELETE FROM key_df")
    _fill_df(conn)
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    conn.close()
    print(f"\n  rekeyed {path.name}: {len(frames):,} claims, {len(keys):,} keys in "
          f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)


def store_meta(path: str) -> dict:
    return json.loads(Path(path).with_suffix(".json").read_text())
