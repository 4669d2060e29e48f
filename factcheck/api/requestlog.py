"""Request ids and structured access logs: one JSON line per request on ``factcheck.access``.

Where the lines go is ``FACTCHECK_ACCESS_LOG`` (see ``_configure``). The id is the client's ``X-Request-ID`` when it is sane (1-128 of ``A-Za-z0-9._:-``), else a new
one; it is returned as ``X-Request-ID`` on every response, errors included. The log line holds
method, path, status, duration_ms, request_id and client: never the query, body or key.
"""
from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import time
import uuid

from flask import g, request

log = logging.getLogger("factcheck.access")
SANE_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")


def _configure(target: str) -> None:
    """``FACTCHECK_ACCESS_LOG``: "" = records only (the deployment's logging config routes them),
    "-" = stderr, anything else = a file path (reopened when rotated)."""
    log.setLevel(logging.INFO)
    if not target or any(getattr(h, "_factcheck", None) == target for h in log.handlers):
        return
    if target == "-":
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
    else:
        handler = logging.handlers.WatchedFileHandler(target, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler._factcheck = target
    log.addHandler(handler)
    log.propagate = False


def request_id() -> str:
    """This request's id (chosen on first use)."""
    rid = g.get("request_id")
    if rid is None:
        incoming = request.headers.get("X-Request-ID", "")
        rid = incoming if SANE_ID.fullmatch(incoming) else uuid.uuid4().hex
        g.request_id = rid
    return rid


def start() -> None:
    """First check of each request: clock and id."""
    g.request_started = time.perf_counter()
    request_id()


def finish(resp):
    """Last finisher of each response: echo the id and write the access line."""
    rid = request_id()
    resp.headers["X-Request-ID"] = rid
    started = g.get("request_started")
    duration = (time.perf_counter() - started) * 1000 if started is not None else None
    if log.isEnabledFor(logging.INFO) and log.hasHandlers():  # else the record would be dropped
        log.info(json.dumps({
            "method": request.method, "path": request.path, "status": resp.status_code,
            "duration_ms": round(duration, 2) if duration is not None else None,
            "request_id": rid, "client": request.remote_addr,
        }))
    return resp


def configure(app) -> None:
    """Route access lines as ``ACCESS_LOG`` says (``start``/``finish`` are run by ``hardening``'s hooks)."""
    _configure(str(app.config.get("ACCESS_LOG") or ""))
