"""``python -m bench.run --quick|--full``: every benchmark, medians next to same-run baselines.

Prints one table (stdout; progress on stderr) with the targets marked met / not met, and writes
the same figures with machine information to ``bench/results/bench-<profile>-<time>.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from . import extraction, http_load, matching, memory
from .common import Row, fresh_articles, median, progress
from .stores import CACHE, cached_store, store_meta

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PROFILES = {
    "quick": {"extract_articles": 100, "extract_runs": 3, "extract_budget": 10, "sizes": (1_000, 10_000),
              "ingest_articles": 10, "ingest_runs": 2, "ingest_budget": 5, "naive_claims": 3, "warmup": 1,
              "http_duration": 2.0, "http_runs": 1, "conns": 64, "post_conns": 4, "post_articles": 300},
    "full": {"extract_articles": 1000, "extract_runs": 5, "extract_budget": 150,
             "sizes": (10_000, 100_000, 1_000_000), "ingest_articles": 40, "ingest_runs": 3,
             "ingest_budget": 70, "naive_claims": 3, "warmup": 3, "http_duration": 5.0, "http_runs": 3, "conns": 64,
             "post_conns": 8, "post_articles": 2000},
}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()
    except OSError:
        commit = None
    return {"cpu": cpu, "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)),
            "python": platform.python_version(), "platform": platform.platform(),
            "date": datetime.now(UTC).isoformat(timespec="seconds"), "git_commit": commit,
            "sqlite": sqlite3.sqlite_version, "pipeline": native_status(),
            **{pkg: metadata.version(pkg) for pkg in ("flask", "gunicorn", "rapidfuzz", "sqlite-utils")},
            "loadavg_start": os.getloadavg()}


def native_status() -> str:
    """Which pipeline the figures measure: the compiled core or the sources (and why)."""
    from factcheck import native
    return native.status()[1]


def _label(size: int) -> str:
    return f"{size // 1000:,}k" if size < 10**6 else f"{size // 10**6}M"


def section(name: str, fn, rows: list[Row], raw: dict):
    """Run one section; a failure becomes an error row and the suite goes on."""
    t0 = time.perf_counter()
    try:
        out_rows, out_raw = fn()
        rows.extend(out_rows)
        raw[name] = out_raw
    except Exception as exc:  # a broken stage must not hide the other figures
        traceback.print_exc()
        rows.append(Row(name, "error", None, note=f"{type(exc).__name__}: {exc}"[:200]))
        raw[name] = {"error": repr(exc)}
    raw.setdefault("seconds", {})[name] = round(time.perf_counter() - t0, 1)


def run_ingest(p: dict, workdir: Path, rebuild: bool, keep: dict):
    rows, raw = [], {}
    for size in p["sizes"]:
        t0 = time.perf_counter()
        cached_store(size, matching.STORE_SEED, rebuild)
        progress(f"ingest+match at {size:,} stored claims (store ready in {time.perf_counter() - t0:.0f} s)")
        r, x, path = matching.bench_size(size, workdir, p["ingest_articles"], p["ingest_runs"],
                                         p["naive_claims"], p["ingest_budget"], p["warmup"])
        rows += r
        raw[str(size)] = x
        keep[size] = path
    return rows, raw


def run_http(p: dict, workdir: Path, keep: dict):
    size = max(p["sizes"])
    path = keep.get(size) or matching.copy_store(size, workdir)[0]
    meta = store_meta(cached_store(size, matching.STORE_SEED))
    posts = fresh_articles(p["post_articles"], matching.STORE_SEED, max(1, meta["articles"] // 3), run=500)
    rows, raw = http_load.run(str(path), posts, p["http_duration"], p["http_runs"], p["conns"],
                              p["post_conns"], workdir)
    rows += memory.rows(raw.get("worker_hwm_mb", {}), _label(size))
    return rows, raw


def targets(p: dict, raw: dict) -> list[dict]:
    """Each target with the figure it is judged on and whether it is met (None: not measured)."""
    out = []

    def add(name, value, ok, detail=""):
        out.append({"target": name, "value": value, "met": ok, "detail": detail})

    ex = raw.get("extraction", {})
    aps = ex.get("articles_per_s")
    add("extraction >= 200 articles/s per core", aps, aps >= 200 if aps else None)
    ing = {int(k): v for k, v in raw.get("ingest", {}).items() if k.isdigit()}
    if ing:
        big, small = max(ing), min(ing)
        p50 = median(ing[big]["p50_s"]) * 1e3
        add(f"ingest+match p50 <= 50 ms at {_label(big)}", p50, p50 <= 50,
            "" if big >= 10**6 else "1M not in this profile")
        lo = median(ing[small]["p50_s"]) * 1e3
        add(f"p50 growth {_label(small)} -> {_label(big)} <= 2x", p50 / lo, p50 / lo <= 2)
        mid = 100_000 if 100_000 in ing else big
        x = ing[mid]
        speed = x["naive_s_per_article"] / median(x["p50_s"])
        add(f">= 40x faster than naive all-pairs at {_label(mid)}", speed, speed >= 40)
    http = raw.get("http", {})
    hello = http.get("GET /hello")
    for name in ("GET /v1/claims/{id}", "GET /v1/claims?attribution=anonymous", "GET /v1/claims?q=..."):
        if hello and name in http:
            share = _med(http[name], "rps") / _med(hello, "rps")
            p99 = _med(http[name], "p99_ms")
            ok = share >= 0.6 and p99 is not None and p99 <= 50
            add(f"{name}: >= 60% of hello req/s, p99 <= 50 ms", share * 100, ok,
                f"{share:.0%} of ceiling, p99 {'-' if p99 is None else f'{p99:.1f}'} ms")
    hwm = [m for ms in http.get("worker_hwm_mb", {}).values() for m in ms]
    if hwm:
        add(f"peak RSS per worker <= 1 GB at {_label(max(p['sizes']))}", max(hwm), max(hwm) <= 1024)
    return out


def _med(results: list[dict], key: str) -> float | None:
    return median(r[key] for r in results)


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}" if abs(v) < 10 else f"{v:,.1f}"
    return str(v)


def table(rows: list[Row], tgt: list[dict]) -> str:
    head = ("figure", "value", "unit", "baseline", "baseline value", "ratio", "note")
    body = [(r.figure, _fmt(r.value), r.unit, r.baseline, _fmt(r.baseline_value),
             f"{r.ratio:.3g}x" if r.ratio is not None else "-", r.note) for r in rows]
    widths = [max(len(str(x[i])) for x in [head, *body]) for i in range(len(head))]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(head), line(["-" * w for w in widths]), *map(line, body), "", "targets:"]
    for t in tgt:
        mark = {True: "MET", False: "NOT MET", None: "n/a"}[t["met"]]
        out.append(f"  [{mark:7}] {t['target']}: {_fmt(t['value'])} {t['detail']}".rstrip())
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="small sizes, seconds (default)")
    mode.add_argument("--full", action="store_true", help="1k articles, 10k/100k/1M claims, 5 s per endpoint")
    ap.add_argument("--only", action="append", choices=("extraction", "ingest", "http"),
                    help="run only these sections (repeatable)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild cached claim stores")
    args = ap.parse_args(argv)
    name = "full" if args.full else "quick"
    p, only = PROFILES[name], set(args.only or ("extraction", "ingest", "http"))
    started = time.perf_counter()
    info = machine()
    # as wsgi.py tunes a server or CLI process (the ingest section calls the service in this process)
    from factcheck.config import DEFAULTS
    from factcheck.runtime import tune_gc
    info["gc_threshold"] = tune_gc(int(DEFAULTS["GC_GEN0_THRESHOLD"]))
    progress(f"profile {name} on {info['cpu']} ({info['usable_cores']} cores), load {info['loadavg_start']}, "
             f"pipeline {info['pipeline']}")
    rows: list[Row] = []
    raw: dict = {}
    CACHE.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="work-", dir=CACHE))
    keep: dict = {}
    try:
        if "extraction" in only:
            section("extraction", lambda: extraction.run(p["extract_articles"], p["extract_runs"],
                                                         p["extract_budget"]), rows, raw)
        if "ingest" in only:
            section("ingest", lambda: run_ingest(p, workdir, args.rebuild, keep), rows, raw)
        if "http" in only:
            section("http", lambda: run_http(p, workdir, keep), rows, raw)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    info["loadavg_end"] = os.getloadavg()
    info["total_s"] = round(time.perf_counter() - started, 1)
    tgt = targets(p, raw)
    print(f"pipeline: {info['pipeline']}")
    print(table(rows, tgt))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{name}-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps({"profile": name, "settings": {k: list(v) if isinstance(v, tuple) else v
                                                             for k, v in p.items()},
                               "machine": info, "rows": [r.as_dict() for r in rows], "targets": tgt,
                               "raw": raw}, indent=1, ensure_ascii=False, default=str))
    progress(f"done in {info['total_s']:.0f} s; written {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
