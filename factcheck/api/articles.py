"""Articles: ingest (idempotent), list, fetch, and an article's claims."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE

from ..models import ArticleInput
from ..services import store_article
from ..store import articles
from .common import get_db, not_found, page_size, paged
from .errors import PROBLEM
from .render import article_response, doc_page
from .schemas import (
    ArticleCreateSchema,
    ArticleFullSchema,
    ArticleListArgs,
    ArticleListSchema,
    ClaimListSchema,
    PageArgs,
    ProblemSchema,
    parse_published,
)

blp = Blueprint("articles", __name__, url_prefix="/v1/articles", description="Ingest and read articles")


def to_input(body: dict) -> ArticleInput:
    published = body.get("published_at")
    return ArticleInput(
        text=body["text"], language=body.get("language"), title=body.get("title"), url=body.get("url"),
        publisher=body.get("publisher"), published_at=published.strip() if published else None,
        published_date=parse_published(published).date() if published else None,
    )


def _full(db, article_id: str, status: int = 200):
    """The article with its text and claims (their stored documents), or None."""
    article = articles.get(db, article_id, with_text=True)
    return None if article is None else article_response(article, articles.all_docs(db, article_id), status)


@blp.route("")
class Articles(MethodView):
    @blp.arguments(ArticleListArgs(), location="query", unknown=RAISE)
    @blp.response(200, ArticleListSchema)
    def get(self, args):
        """List articles in ingest order (no text)."""
        since = args["since"].isoformat() if args.get("since") else None
        return paged(lambda: articles.list_page(get_db(), page_size(args), args.get("cursor"),
                                                args.get("publisher"), args.get("language"), since))

    @blp.arguments(ArticleCreateSchema())
    @blp.response(201, ArticleFullSchema, description="Stored: the article with its claims")
    @blp.alt_response(200, schema=ArticleFullSchema, description="The same text was already stored")
    @blp.alt_response(422, schema=ProblemSchema, content_type=PROBLEM)
    def post(self, body):
        """Ingest an article: extract, store and match its claims; identical text returns the stored one."""
        db = get_db()
        article_id, created = store_article(db, to_input(body))
        return _full(db, article_id, 201 if created else 200)


@blp.route("/<string:article_id>")
class ArticleOne(MethodView):
    @blp.response(200, ArticleFullSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, article_id):
        """One article with its text and claims."""
        response = _full(get_db(), article_id)
        if response is None:
            not_found("article", article_id)
        return response


@blp.route("/<string:article_id>/claims")
class ArticleClaims(MethodView):
    @blp.arguments(PageArgs(), location="query", unknown=RAISE)
    @blp.response(200, ClaimListSchema)
    @blp.alt_response(404, schema=ProblemSchema, content_type=PROBLEM)
    def get(self, args, article_id):
        """An article's claims in text order."""
        db = get_db()
        if not articles.exists(db, article_id):
            not_found("article", article_id)
        return doc_page(paged(lambda: articles.claims_page(db, article_id, page_size(args), args.get("cursor"))))
