"""Responses for the hot read paths: claims' stored API documents joined as they are.

The marshmallow ``ClaimSchema`` stays the contract (validation, OpenAPI); each claim's document is
written at ingest from its row (``store.rows.doc_json``), and tests hold it equal to the schema's
dump, so a page of 50–500 claims needs neither ``Claim`` objects nor JSON encoding.
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
