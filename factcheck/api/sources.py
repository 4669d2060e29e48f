"""Sources: the registry of outlets, organisations, people and anonymous groups behind claims."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import RAISE

from ..store import claims as claims_store
from ..store import sources
from ..store.claims import ClaimFilter
from ..store.db import write_transaction
from .common import get_db, not_found, page_size, paged
from .errors import PROBLEM
from .render import doc_page
from .schemas import ClaimListSchema, PageArgs, ProblemSchema
from .schemas_more import (
    AliasCreateSchema,
    SourceCreateSchema,
    SourceListArgs,
    SourceListSchema,
    SourceSchema,
)

blp = Blueprint("sources", __name__, url_prefix="/v1/sources", description="Sources behind claims")


def _taken(db, alias: str, source_id: int | None = None):
    """409 when ``alias`` already names another source."""
    owner = sources.by_key(db, alias)
    if owner is not None and owner != source_id:
        abort(409, message=f"The alias {alias!r} already names source {owner}.",
              errors={"alias": [f"Already names source {owner}."]})


@blp.route("")
class Sources(MethodView):
    @blp.arguments(SourceListArgs(), location="query", unknown=RAISE)
    @blp.response(200, SourceListSchema)
    def get(self, args):
        """List sources, filtered by kind and by name or alias (any script)."""
        return paged(lambda: sources.list_page(get_db(), page_size(args), args.get("cursor"),
                                               args.get("kind"), args.get("q")))

    @blp.arguments(SourceCreateSchema())
    @blp.response(201, SourceSchema)
    @blp.alt_response(409, schema=ProblemSchema, content_type=PROBLEM)
    def post(self, body):
        """Add a source with its aliases (any script); claims resolve to it from then on."""
        db = get_db()
        with write_transaction(db):
            for alias in (body["name"], *body["aliases"]):
                _taken(db, alias)
            sid = sources.create(db, body["name"], body["kind"], body["aliases"], origin="api")
        return sources.get(db, sid)


@blp.route("/<int:source_id>")
class SourceOne(MethodView):
    @blp.response(200, SourceSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, source_id):
        """One source with its aliases and claim count."""
        src = sources.get(get_db(), source_id)
        if src is None:
            not_found("source", source_id)
        return src


@blp.route("/<int:source_id>/aliases")
class SourceAliases(MethodView):
    @blp.arguments(AliasCreateSchema())
    @blp.response(201, SourceSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    @blp.alt_response(409, schema=ProblemSchema, content_type=PROBLEM)
    def post(self, body, source_id):
        """Add an alias (another spelling or script) to a source."""
        db = get_db()
        with write_transaction(db):
            if sources.get(db, source_id) is None:
                not_found("source", source_id)
            _taken(db, body["alias"], source_id)
            sources.add_alias(db, source_id, body["alias"])
            db.conn.execute("UPDATE sources SET origin = 'api' WHERE id = ? AND origin = 'extracted'",
                            [source_id])
        return sources.get(db, source_id)


@blp.route("/<int:source_id>/claims")
class SourceClaims(MethodView):
    @blp.arguments(PageArgs(), location="query", unknown=RAISE)
    @blp.response(200, ClaimListSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, args, source_id):
        """Claims that rest on this source."""
        db = get_db()
        if sources.get(db, source_id) is None:
            not_found("source", source_id)
        return doc_page(paged(lambda: claims_store.list_page(db, ClaimFilter(source_id=source_id),
                                                             page_size(args), args.get("cursor"))))
