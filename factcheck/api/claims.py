"""Claims: filtered lists, fuzzy search and single claims."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from ..store import claims
from ..store.claims import ClaimFilter
from .common import get_db, not_found, page_size, paged
from .errors import PROBLEM
from .render import doc_page, doc_response
from .schemas import ClaimListArgs, ClaimListSchema, ClaimSchema, ProblemSchema

blp = Blueprint("claims", __name__, url_prefix="/v1/claims", description="Read and search claims")


def claim_filter(args: dict) -> ClaimFilter:
    since = args.get("since")
    return ClaimFilter(
        attribution=args.get("attribution"), rests_on=args.get("rests_on"), article_id=args.get("article_id"),
        event=args.get("event"), language=args.get("language"), source_id=args.get("source_id"),
        publisher=args.get("publisher"),
        since=since.isoformat() if since else None, min_checkworthiness=args.get("min_checkworthiness"),
    )


@blp.route("")
class Claims(MethodView):
    @blp.arguments(ClaimListArgs(), location="query", unknown=RAISE)
    @blp.response(200, ClaimListSchema)
    def get(self, args):
        """List claims (ingest order), or search them with ``q`` (best matches first)."""
        db, flt, limit, cursor = get_db(), claim_filter(args), page_size(args), args.get("cursor")
        if args.get("q"):
            return doc_page(paged(lambda: claims.search_page(db, args["q"], flt, limit, cursor)))
        return doc_page(paged(lambda: claims.list_page(db, flt, limit, cursor)))


@blp.route("/<string:claim_id>")
class ClaimOne(MethodView):
    @blp.response(200, ClaimSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, claim_id):
        """One claim with its span, quantities, dates and attribution."""
        doc = claims.get_doc(get_db(), claim_id)
        if doc is None:
            not_found("claim", claim_id)
        return doc_response(doc)
