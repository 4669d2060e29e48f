"""Process-wide tuning for a long-running worker, applied by the process entry point (``wsgi.py``,
which gunicorn and the ``flask`` commands import) and by the benchmarks, never by ``create_app``:
an application built inside another program leaves that program's interpreter settings alone.

Garbage collection: ingest allocates a few hundred thousand container objects per article (claims,
their matching keys, the frames of stored candidates) and a worker keeps caches of such objects, so
CPython's default young-generation threshold (700 allocations) runs a collection every few hundred
microseconds and, every few articles, a full one over every cached object: ~13 ms per article at
1M claims. A larger young generation makes collections rare; unreachable cycles still go, later.
"""
from __future__ import annotations

import gc


def tune_gc(gen0_threshold: int) -> tuple[int, int, int]:
    """Set the young-generation threshold (``0`` keeps the interpreter's) and return the
    thresholds in force; the older generations keep their own."""
    if gen0_threshold and gen0_threshold > 0:
        _, gen1, gen2 = gc.get_threshold()
        gc.set_threshold(int(gen0_threshold), gen1, gen2)
    return gc.get_threshold()
