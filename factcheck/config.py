"""Defaults for every setting; each can be overridden by a ``FACTCHECK_*`` environment variable."""
from __future__ import annotations

DEFAULTS: dict = {
    # path of the SQLite database file
    "DATABASE": "instance/factcheck.db",
    # keep one connection per worker thread between requests (False: one per request)
    "PERSISTENT_CONNECTIONS": True,
    # seconds a writer waits for another worker's transaction before giving up
    "BUSY_TIMEOUT": 30.0,
    # seconds between the background WAL checkpoints of each worker (0: SQLite checkpoints inside the
    # commit that fills the log, making that write wait); with the thread running, request connections
    # checkpoint by themselves only past CHECKPOINT_SAFETY_PAGES pages of log (a safety net)
    "CHECKPOINT_INTERVAL": 1.0,
    "CHECKPOINT_SAFETY_PAGES": 10000,
    # SQLite page cache of each worker connection, MB (filled only as pages are read; 0: SQLite's 2 MB).
    # Matching against a large store reads the same inner index pages for every article
    "CACHE_MB": 64,
    # young-generation threshold of the garbage collector in server and CLI processes (wsgi.py; 0 keeps
    # CPython's 700): ingest allocates so much that the default collects constantly (runtime.py)
    "GC_GEN0_THRESHOLD": 50000,
    # largest accepted request body, bytes (413 beyond)
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    # longest accepted article text, characters (422 beyond)
    "MAX_TEXT_LENGTH": 200_000,
    # JSON bodies: deepest nesting and most object keys accepted (422 beyond, checked before parsing)
    "MAX_JSON_DEPTH": 32,
    "MAX_JSON_KEYS": 100,
    # comma-separated API keys for write endpoints; empty = writes open
    "API_KEYS": "",
    # require a key for reads too
    "READ_REQUIRES_KEY": False,
    # default page size of list endpoints (the largest, 500, is part of the API contract)
    "PAGE_SIZE": 50,
    # matching: candidates decided by relate() per claim, the score below which a pair is not stored,
    # and the most matches stored per new claim (agreements and conflicts first)
    "MATCH_MAX_CANDIDATES": 10,
    "MATCH_MIN_SCORE": 0.0,
    "MATCH_KEEP": 10,
    # rate limit per key or client address: requests per window (0 disables)
    "RATE_LIMIT": 0,
    "RATE_LIMIT_WINDOW": 60,
    # JSON access log lines (logger factcheck.access): "" = left to the logging config, "-" = stderr, or a file
    "ACCESS_LOG": "",
    # comma-separated origins allowed by CORS; empty = no CORS headers
    "CORS_ORIGINS": "",
}
