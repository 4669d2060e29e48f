"""API keys for writes: ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``.

Keys come from ``FACTCHECK_API_KEYS`` (comma-separated) and from the ``api_keys`` table (hashed,
managed with ``flask keys``). With no key configured anywhere, writes are open (local development).
"""
from __future__ import annotations

import hashlib
import hmac

from flask import current_app, g, request

from ..store.db import write_transaction
from .errors import problem

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def presented_key() -> str | None:
    """The key the client sent, if any."""
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("X-API-Key") or None


def _env_keys() -> list[str]:
    return [k.strip() for k in str(current_app.config.get("API_KEYS") or "").split(",") if k.strip()]


def _db_keys(db) -> list[dict]:
    return list(db.query("SELECT id, key_hash FROM api_keys WHERE revoked_at IS NULL"))


def _touch(db, key_id: int) -> None:
    from ..services import now_iso
    try:
        with write_transaction(db):
            db.execute("UPDATE api_keys SET last_used_at = ? WHERE id = ?", [now_iso(), key_id])
    except Exception:  # noqa: BLE001 - bookkeeping must never fail a request
        current_app.logger.warning("could not record key use")


def check(db):
    """None when the request may proceed, else a 401/403 problem response."""
    needs = request.method in WRITE_METHODS or current_app.config.get("READ_REQUIRES_KEY")
    if not needs or request.endpoint in (None, "health.healthz"):
        return None
    env_keys, db_keys = _env_keys(), _db_keys(db)
    if not env_keys and not db_keys:
        return None
    key = presented_key()
    if key is None:
        return problem(401, headers={"WWW-Authenticate": 'Bearer realm="factcheck"'})
    digest = hash_key(key)
    ok = False
    for k in env_keys:  # compare every key: constant time whatever matches
        ok |= hmac.compare_digest(hash_key(k), digest)
    for row in db_keys:
        if hmac.compare_digest(row["key_hash"], digest):
            ok = True
            _touch(db, row["id"])
    if not ok:
        return problem(403)
    g.api_key_hash = digest
    return None
