"""Liveness and readiness: the service answers and its database is readable."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from .common import get_db
from .schemas import HealthSchema, ProblemSchema

blp = Blueprint("health", __name__, description="Service health")


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=ProblemSchema, content_type="application/problem+json")
    def get(self):
        """``{"status": "ok"}`` when the database answers."""
        db = get_db()
        row = next(db.query("SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM claims) AS c"))
        return {"status": "ok", "database": "ok", "articles": row["a"], "claims": row["c"]}
