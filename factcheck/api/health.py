"""Liveness and readiness: the service answers and its database is readable."""
from __future__ import annotations

import sqlite3

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint

from .. import native
from ..store.db import connect
from .errors import PROBLEM, problem
from .schemas import HealthSchema, ProblemSchema

blp = Blueprint("health", __name__, description="Service health")
_COUNTS = "SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM claims) AS c"


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=ProblemSchema, content_type=PROBLEM,
                      description="The database cannot be read")
    def get(self):
        """``{"status": "ok"}`` when the database answers; 503 problem+json when it cannot be read."""
        cfg = current_app.config
        db = None
        try:  # a connection of its own: the check reads the file as it is now, not a cached one
            db = connect(cfg["DATABASE"], min(float(cfg["BUSY_TIMEOUT"]), 5.0))
            row = next(db.query(_COUNTS))
        except (sqlite3.Error, OSError) as exc:
            current_app.logger.error("health check: database unreadable: %s", type(exc).__name__)
            return problem(503, detail="The database cannot be read.", headers={"Retry-After": "5"})
        finally:
            if db is not None:
                db.close()
        return {"status": "ok", "database": "ok", "articles": row["a"], "claims": row["c"],
                "pipeline": "compiled" if native.status()[0] else "python"}
