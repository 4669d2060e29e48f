"""Matching: a claim's matches, conflicts across outlets, ad-hoc comparison, provenance exports."""
from __future__ import annotations

from flask import jsonify
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import RAISE, ValidationError

from ..match.compare import compare
from ..provenance import claim_review, prov_json, provenance
from ..store import claims as claims_store
from ..store import matches
from .common import get_db, not_found, page_size, paged
from .errors import PROBLEM
from .render import pairs_page
from .schemas import ProblemSchema, parse_published
from .schemas_more import (
    CompareInSchema,
    CompareOutSchema,
    ConflictArgs,
    ConflictListSchema,
    MatchArgs,
    MatchListSchema,
    ProvenanceArgs,
    ProvenanceSchema,
    StatementSchema,
)

blp = Blueprint("matching", __name__, url_prefix="/v1", description="Agreement, conflict and provenance")


def _claim_or_404(db, claim_id):
    claim = claims_store.get(db, claim_id)
    if claim is None:
        not_found("claim", claim_id)
    return claim


@blp.route("/claims/<string:claim_id>/matches")
class ClaimMatches(MethodView):
    @blp.arguments(MatchArgs(), location="query", unknown=RAISE)
    @blp.response(200, MatchListSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, args, claim_id):
        """The same claim in other articles: agrees / conflicts / related, with reasons, best first."""
        db = get_db()
        _claim_or_404(db, claim_id)
        return pairs_page(paged(lambda: matches.for_claim(db, claim_id, args.get("relation"), page_size(args),
                                                          args.get("cursor"))), ("claim",))


@blp.route("/conflicts")
class Conflicts(MethodView):
    @blp.arguments(ConflictArgs(), location="query", unknown=RAISE)
    @blp.response(200, ConflictListSchema)
    def get(self, args):
        """Pairs of claims in different articles that contradict each other, newest first."""
        since = args["since"].isoformat() if args.get("since") else None
        return pairs_page(paged(lambda: matches.conflicts_page(get_db(), page_size(args), args.get("cursor"),
                                                               args.get("article_id"), args.get("event"), since)),
                          ("a", "b"))


def _statement(value, language, field: str) -> dict:
    """A compare side as {text, language, published}; 422 naming the field when invalid."""
    body = {"text": value} if isinstance(value, str) else value
    try:
        if not isinstance(body, dict):
            raise ValidationError("Must be a string or an object with 'text'.")
        data = StatementSchema().load(body)
        if not data["text"].strip():
            raise ValidationError({"text": ["Must contain some non-whitespace text."]})
        published = parse_published(data["published_at"]).date() if data.get("published_at") else None
    except ValidationError as exc:
        msgs = exc.messages if isinstance(exc.messages, dict) else {"_": exc.messages}
        abort(422, errors={(field if k in ("_", "_schema") else f"{field}.{k}"): v for k, v in msgs.items()})
    except ValueError:
        abort(422, errors={f"{field}.published_at": ["Not an ISO 8601 date or date-time."]})
    return {"text": data["text"], "language": data.get("language") or language, "published": published}


@blp.route("/compare")
class Compare(MethodView):
    @blp.arguments(CompareInSchema())
    @blp.response(200, CompareOutSchema)
    def post(self, body):
        """Compare two statements' extracted frames: agrees / conflicts / related / unrelated, with reasons.
        Nothing is stored."""
        a = _statement(body["a"], body.get("a_language"), "a")
        b = _statement(body["b"], body.get("b_language"), "b")
        return compare(a["text"], b["text"], a["language"], b["language"], a["published"], b["published"]).as_dict()


@blp.route("/claims/<string:claim_id>/provenance")
class Provenance(MethodView):
    @blp.arguments(ProvenanceArgs(), location="query", unknown=RAISE)
    @blp.response(200, ProvenanceSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, args, claim_id):
        """Where a claim came from: article, span, attribution and source chain, first appearance,
        origin sources and independent sources. ``format=prov`` gives W3C PROV-JSON."""
        p = provenance(get_db(), claim_id)
        if p is None:
            not_found("claim", claim_id)
        if args["format"] == "prov":
            return jsonify(prov_json(p))
        return p


@blp.route("/claims/<string:claim_id>/claimreview")
class ClaimReview(MethodView):
    @blp.response(200, description="schema.org ClaimReview JSON-LD")
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, claim_id):
        """schema.org Claim/ClaimReview JSON-LD with appearance and firstAppearance."""
        db = get_db()
        p = provenance(db, claim_id)
        if p is None:
            not_found("claim", claim_id)
        counts = {r[0]: r[1] for r in db.conn.execute(
            "SELECT relation, count(*) FROM matches WHERE claim_id = ? GROUP BY relation", [claim_id])}
        resp = jsonify(claim_review(p, counts))
        resp.mimetype = "application/ld+json"
        return resp
