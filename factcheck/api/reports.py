"""Anonymity reporting: attribution counts and shares per article and per publisher."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from ..store import articles, reports
from .common import get_db, not_found
from .errors import PROBLEM
from .schemas import ProblemSchema
from .schemas_more import ArticleAttributionSchema, AttributionStatsSchema, StatsArgs

blp = Blueprint("reports", __name__, url_prefix="/v1", description="Attribution reports")


@blp.route("/articles/<string:article_id>/attribution")
class ArticleAttribution(MethodView):
    @blp.response(200, ArticleAttributionSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, article_id):
        """Counts and shares of the article's claims per attribution type; its anonymous claims listed, and those
        relayed from unnamed sources by a named or official one."""
        db = get_db()
        art = articles.get(db, article_id, with_text=False)
        if art is None:
            not_found("article", article_id)
        return {"article": art, **reports.article_attribution(db, article_id)}


@blp.route("/stats/attribution")
class AttributionStats(MethodView):
    @blp.arguments(StatsArgs(), location="query", unknown=RAISE)
    @blp.response(200, AttributionStatsSchema)
    def get(self, args):
        """Share of claims per attribution type, overall and per publisher."""
        since = args["since"].isoformat() if args.get("since") else None
        return reports.attribution_stats(get_db(), args.get("publisher"), since)
