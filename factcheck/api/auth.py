"""API keys for writes: ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``.

Keys come from ``FACTCHECK_API_KEYS`` (comma-separated) and from the ``api_keys`` table (sha256
hashes, managed with ``flask keys``). With no key configured anywhere, writes are open (local
development). Reads need a key only with ``FACTCHECK_READ_REQUIRES_KEY=1``. The check runs before
the body is read; keys are compared in constant time and never logged or echoed.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app, g, request

from ..store.db import write_transaction
from .errors import problem

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# endpoints that never need a key: liveness probes and the API's own documentation
OPEN_ENDPOINTS = frozenset({"health.Health", "api-docs.openapi_json", "api-docs.openapi_swagger_ui",
                            "docs_static.static_file", "static"})
KEY_PREFIX = "fc_"
TOUCH_EVERY = timedelta(seconds=60)  # last_used_at is refreshed at most this often per key


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def new_key() -> str:
    """A fresh random key (256 bits), shown to its owner once and stored only as a hash."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def presented_key() -> str | None:
    """The key the client sent, if any."""
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("X-API-Key", "").strip() or None


def env_keys() -> list[str]:
    return [k.strip() for k in str(current_app.config.get("API_KEYS") or "").split(",") if k.strip()]


def _db_keys(db) -> list[dict]:
    return list(db.query("SELECT id, key_hash, last_used_at FROM api_keys WHERE revoked_at IS NULL"))


def _keys_issued(db) -> bool:
    """Keys were ever issued (revoking every key must not reopen writes)."""
    return bool(next(db.query("SELECT EXISTS(SELECT 1 FROM api_keys) AS n"))["n"])


def _touch(db, row: dict) -> None:
    """Record the key's use (throttled: one small write per key per minute at most)."""
    now = datetime.now(UTC)
    last = row.get("last_used_at")
    if last and now - datetime.fromisoformat(last.replace("Z", "+00:00")) < TOUCH_EVERY:
        return
    stamp = now.isoformat(timespec="seconds").replace("+00:00", "Z")
    try:
        with write_transaction(db):
            db.execute("UPDATE api_keys SET last_used_at = ? WHERE id = ?", [stamp, row["id"]])
    except Exception:  # noqa: BLE001 - bookkeeping must never fail a request
        current_app.logger.warning("could not record the use of API key %s", row["id"])


def needs_key() -> bool:
    if request.method == "OPTIONS" or request.endpoint in OPEN_ENDPOINTS:
        return False
    return request.method in WRITE_METHODS or bool(current_app.config.get("READ_REQUIRES_KEY"))


def check(open_db):
    """None when the request may proceed, else a 401/403 problem response (body left unread).
    ``open_db()`` gives the request's connection; it is opened only when a key is needed."""
    if request.endpoint is None or not needs_key():
        return None
    db = open_db()
    configured, rows = env_keys(), _db_keys(db)
    if not configured and not rows and not _keys_issued(db):
        return None
    key = presented_key()
    if key is None:
        return problem(401, headers={"WWW-Authenticate": 'Bearer realm="factcheck"'})
    digest = hash_key(key)
    ok, matched = False, None
    for k in configured:  # compare against every key: the time does not depend on which matches
        ok |= hmac.compare_digest(hash_key(k), digest)
    for row in rows:
        if hmac.compare_digest(row["key_hash"], digest):
            ok, matched = True, row
    if not ok:
        return problem(403, headers={"WWW-Authenticate": 'Bearer realm="factcheck", error="invalid_token"'})
    if matched is not None:
        _touch(db, matched)
    g.api_key_hash = digest
    return None
