"""Responses for the hot read paths: claims' stored API documents joined as they are.

The marshmallow ``ClaimSchema`` stays the contract (validation, OpenAPI); each claim's document is
written at ingest from its row (``store.rows.doc_json``), and tests hold it equal to the schema's
dump, so a page of 50–500 claims needs neither ``Claim`` objects nor JSON encoding. Pages of
matches and conflicts wrap the documents of their claims the same way.
"""
from __future__ import annotations

import json

from flask import Response


def doc_page(page: dict) -> Response:
    """A page whose items are claims' API documents (JSON text, ``store.rows.doc_json``), joined as they are."""
    nxt = json.dumps(page["next_cursor"])
    body = '{"items":[' + ",".join(page["items"]) + '],"next_cursor":' + nxt + "}"
    return Response(body, mimetype="application/json")


def doc_response(doc: str) -> Response:
    return Response(doc, mimetype="application/json")


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def pairs_page(page: dict, doc_keys: tuple[str, ...]) -> Response:
    """A page whose items hold claims' API documents under ``doc_keys`` (JSON text, as stored) and
    plain values under the other keys (``MatchSchema``/``ConflictSchema`` items, in their order)."""
    items = ["{" + ",".join(f"{_json(k)}:{v if k in doc_keys else _json(v)}" for k, v in item.items()) + "}"
             for item in page["items"]]
    return doc_page({"items": items, "next_cursor": page["next_cursor"]})


def article_response(article, docs: list[str], status: int = 200) -> Response:
    """An article as ``ArticleFullSchema`` dumps it, its claims being their stored documents (in text order)."""
    from .schemas import ArticleFullSchema
    head = _json(ArticleFullSchema(exclude=("claims",)).dump(article))
    body = head[:-1] + (',' if head != "{}" else "") + '"claims":[' + ",".join(docs) + "]}"
    return Response(body, status=status, mimetype="application/json")
