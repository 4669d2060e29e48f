"""The HTTP layer: blueprints, request checks and the problem+json error handlers."""
from __future__ import annotations

from flask import Flask, request
from werkzeug.routing import IntegerConverter

from . import articles, claims, docs, hardening, health, matching, reports, sources
from .app_api import ProblemApi
from .auth import check as check_key
from .common import close_db, get_db
from .errors import problem, unexpected

JSON_TYPES = ("application/json",)


class SqliteInt(IntegerConverter):
    """``<int:...>`` bounded to SQLite's INTEGER range: a larger id is a 404, not an OverflowError."""

    def __init__(self, url_map, fixed_digits=0, min=None, max=2**63 - 1, signed=False):  # noqa: A002
        super().__init__(url_map, fixed_digits, min, max, signed)


def _body_checks():
    """401/403 for a request without a valid key, then 415 for a write with a non-JSON body
    (both before the body is read). A request that routes nowhere gets its 404 or 405 first: the
    body's type is no concern of a path or method that takes none."""
    if request.routing_exception is not None:
        return None
    if request.endpoint is not None:
        denied = check_key(get_db)
        if denied is not None:
            return denied
    if request.method in ("POST", "PUT", "PATCH"):
        mimetype = request.mimetype or ""
        if not (mimetype in JSON_TYPES or mimetype.endswith("+json")):
            return problem(415, detail=f"Content-Type {mimetype or '(none)'!r} is not JSON; "
                                        "send 'Content-Type: application/json'.")
    return None


def register(app: Flask) -> None:
    app.url_map.converters["int"] = SqliteInt
    api = ProblemApi(app)
    for module in (articles, claims, reports, sources, matching, health):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs.bp)
    app.teardown_appcontext(close_db)
    app.register_error_handler(Exception, unexpected)
    hardening.install(app, _body_checks)
