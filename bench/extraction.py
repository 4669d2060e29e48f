"""Extraction throughput: ``analyze()`` over generated articles vs. a plain regex sentence splitter.

Both run on one core over the same texts; the splitter is the floor any pipeline pays to look at
every character. Times are the process's CPU time (``time.process_time``): "per core" means the
work one core does, not the wall time a shared machine stretches while other processes run. Peak memory: tracemalloc peak over one pass of ``analyze()``, and the process's
peak RSS.
"""
from __future__ import annotations

import re
import resource
import time
import tracemalloc

from .common import Row, median, progress, published, ratio
from .corpus import articles

_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")


def regex_split(text: str) -> list[str]:
    """The baseline: sentences as runs up to . ! ? ؟ or a newline."""
    return _SENTENCE.findall(text)


def _timed(fn, items) -> float:
    t0 = time.process_time()
    for item in items:
        fn(*item)
    return time.process_time() - t0


def memory_peaks(analyze, items) -> tuple[float, float]:
    """(tracemalloc peak over one pass of ``analyze`` on ``items``, process max RSS), in MB."""
    tracemalloc.start()
    for item in items:
        analyze(*item)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n_articles: int, runs: int, budget: float = 1e9, seed: int = 101) -> tuple[list[Row], dict]:
    """Rows for the table and raw figures: articles/s and KB/s per core, memory peaks.

    Stops after the run that exhausts ``budget`` seconds (at least one run)."""
    from factcheck.pipeline import analyze

    arts = list(articles(n_articles, seed=seed))
    items = [(a["text"], a["language"], published(a)) for a in arts]
    kb = sum(len(a["text"].encode()) for a in arts) / 1024
    progress(f"extraction: {n_articles} articles, {kb / n_articles:.1f} KB mean, {runs} runs")
    sample = items[:50]
    claims = sum(len(analyze(*item).claims) for item in sample)  # also the warm-up (lexicons, caches)
    pipe, base = [], []
    started = time.perf_counter()
    for r in range(runs):
        if r and time.perf_counter() - started > budget:
            progress(f"  time budget of {budget:.0f} s spent after {r} run(s)")
            break
        pipe.append(_timed(analyze, items))
        base.append(_timed(lambda text, *_: regex_split(text), items))
        progress(f"  run {r + 1}: analyze {n_articles / pipe[-1]:.0f} articles/s, "
                 f"regex {n_articles / base[-1]:.0f} articles/s")
    tp, tb = median(pipe), median(base)
    peak, rss = memory_peaks(analyze, sample)
    raw = {"articles": n_articles, "kb_total": kb, "runs_s": pipe, "baseline_runs_s": base,
           "articles_per_s": n_articles / tp, "kb_per_s": kb / tp, "claims_per_article": claims / len(sample),
           "tracemalloc_peak_mb": peak, "max_rss_mb": rss}
    rows = [
        Row("extraction", "analyze() articles/s per core", n_articles / tp, "art/s", "regex sentence split",
            n_articles / tb, ratio(n_articles / tp, n_articles / tb)),
        Row("extraction", "analyze() KB/s per core", kb / tp, "KB/s", "regex sentence split", kb / tb,
            ratio(kb / tp, kb / tb)),
        Row("extraction", "claims per article", raw["claims_per_article"], "claims"),
        Row("extraction", f"peak traced memory ({len(sample)} articles)", peak, "MB", "", None, None,
            f"process max RSS {rss:.0f} MB"),
    ]
    return rows, raw
