"""Helpers shared by the route modules: the request's database, page size, 404s, list bodies."""
from __future__ import annotations

import threading

from flask import current_app, g
from flask_smorest import abort
from sqlite_utils import Database

from ..store import checkpoint
from ..store.paging import BadCursor


def get_db():
    """The request's connection, opened on first use. With ``PERSISTENT_CONNECTIONS`` (the default)
    each worker thread keeps its connection between requests (it lives as long as the app does);
    otherwise it is closed on teardown."""
    if "db" not in g:
        cfg = current_app.config
        if not cfg.get("PERSISTENT_CONNECTIONS", True):
            g.db = _open(cfg)
            return g.db
        local = current_app.extensions.setdefault("factcheck.connections", threading.local())
        db = getattr(local, "db", None)
        if db is None:
            db = local.db = _open(cfg)
        g.db = db
    return g.db


def _open(cfg) -> Database:
    """A request connection (WAL checkpoints on the process's background thread, see checkpoint.py)."""
    return checkpoint.worker_connection(cfg["DATABASE"], cfg["BUSY_TIMEOUT"],
                                        float(cfg.get("CHECKPOINT_INTERVAL") or 0),
                                        int(cfg["CHECKPOINT_SAFETY_PAGES"]), float(cfg.get("CACHE_MB") or 0))


def close_db(_exc=None) -> None:
    """End of request: never leave a transaction open; close unless connections persist."""
    db = g.pop("db", None)
    if db is None:
        return
    if db.conn.in_transaction:
        db.conn.execute("ROLLBACK")
    if not current_app.config.get("PERSISTENT_CONNECTIONS", True):
        db.close()


def page_size(args: dict) -> int:
    return args.get("limit") or current_app.config["PAGE_SIZE"]


def not_found(what: str, ident) -> None:
    abort(404, message=f"No {what} with id {ident!r}.")


def paged(fetch):
    """Run a paging ``fetch()``; a bad cursor becomes a 422 naming the field."""
    try:
        items, nxt = fetch()
    except BadCursor as exc:
        abort(422, errors={"cursor": [f"{str(exc)[:1].upper()}{str(exc)[1:]}."]})
    return {"items": items, "next_cursor": nxt}
