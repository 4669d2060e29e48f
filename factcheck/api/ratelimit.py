"""Rate limits shared by every worker: a fixed-window counter per API key (or client address) in
the SQLite ``rate_limits`` table, one short UPSERT transaction per request.

``FACTCHECK_RATE_LIMIT`` requests per ``FACTCHECK_RATE_LIMIT_WINDOW`` seconds; 0 disables (default).
Over the limit: 429 problem+json with ``Retry-After``.
"""
from __future__ import annotations

import math
import sqlite3
import time

from flask import current_app, g, request

from ..store.db import write_transaction
from .auth import OPEN_ENDPOINTS
from .common import get_db
from .errors import problem

_COUNT = ("INSERT INTO rate_limits (bucket, window, count) VALUES (?, ?, 1) "
          "ON CONFLICT (bucket, window) DO UPDATE SET count = count + 1 RETURNING count")


def bucket() -> str:
    """The verified key's hash (set by auth) or the client address."""
    digest = g.get("api_key_hash")
    return f"key:{digest[:32]}" if digest else f"addr:{request.remote_addr or '-'}"


def hit(db, name: str, window_seconds: int, now: float) -> tuple[int, float]:
    """Count one request in ``name``'s current window; returns (count, seconds until it ends)."""
    window = int(now // window_seconds)
    with write_transaction(db):
        count = db.execute(_COUNT, [name, window]).fetchone()[0]
        if count == 1:  # first request of a new window: forget windows that are over
            db.execute("DELETE FROM rate_limits WHERE window < ?", [window])
    return count, (window + 1) * window_seconds - now


def limit_requests():
    """before_request hook: None, or a 429 problem response once the window's budget is spent."""
    limit = int(current_app.config.get("RATE_LIMIT") or 0)
    exempt = request.method == "OPTIONS" or request.endpoint is None or request.endpoint in OPEN_ENDPOINTS
    if limit <= 0 or exempt:
        return None
    window_seconds = max(1, int(current_app.config.get("RATE_LIMIT_WINDOW") or 60))
    try:
        count, left = hit(get_db(), bucket(), window_seconds, time.time())
    except sqlite3.OperationalError:  # the limiter must not take the API down with it
        current_app.logger.warning("rate limit counter unavailable")
        return None
    g.rate_limit = (limit, max(0, limit - count), math.ceil(left))
    if count > limit:
        retry = max(1, math.ceil(left))
        return problem(429, detail=f"More than {limit} requests in {window_seconds} s; retry in {retry} s.",
                       headers={"Retry-After": str(retry)})
    return None


def add_headers(resp):
    """after_request: advertise the budget (``RateLimit-Limit/-Remaining/-Reset``)."""
    info = g.get("rate_limit")
    if info:
        resp.headers["RateLimit-Limit"], resp.headers["RateLimit-Remaining"] = str(info[0]), str(info[1])
        resp.headers["RateLimit-Reset"] = str(info[2])
    return resp
