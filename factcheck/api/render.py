"""Fast rendering of claims for the hot read paths.

The marshmallow ``ClaimSchema`` stays the contract (validation, OpenAPI, and the test that this
module's output is identical to its dump); building the same dicts by hand is ~10x faster for
pages of 50–500 claims, which is most of a list request's time.
"""
from __future__ import annotations

import json

from flask import Response, current_app

from ..models import Claim, Span


def _span(s: Span | None) -> dict | None:
    return None if s is None else {"text": s.text, "start": s.start, "end": s.end}


def claim_dict(c: Claim) -> dict:
    """``ClaimSchema().dump(c)``, built directly."""
    a = c.attribution
    return {
        "id": c.id, "article_id": c.article_id, "text": c.text, "start": c.start, "end": c.end,
        "language": c.language, "event": c.event, "subject": _span(c.subject), "subject_key": c.subject_key,
        "quantities": [{"text": q.text, "start": q.start, "end": q.end, "value": float(q.value), "unit": q.unit,
                        "qualifier": q.qualifier, "total": None if q.total is None else float(q.total)}
                       for q in c.quantities],
        "dates": [{"text": d.text, "start": d.start, "end": d.end, "value": d.value, "precision": d.precision,
                   "relative": d.relative} for d in c.dates],
        "attribution": {"type": a.type, "source": _span(a.source), "cue": _span(a.cue), "cited": _span(a.cited),
                        "source_kind": a.source_kind, "carried": a.carried},
        "source_id": c.source_id, "checkworthiness": float(c.checkworthiness), "negated": c.negated,
    }


def claim_page(page: dict):
    """A ``{"items": [Claim], "next_cursor"}`` page as a JSON response."""
    body = {"items": [claim_dict(c) for c in page["items"]], "next_cursor": page["next_cursor"]}
    return current_app.json.response(body)


def claim_response(c: Claim):
    return current_app.json.response(claim_dict(c))


def doc_page(page: dict) -> Response:
    """A page whose items are claims' API documents (JSON text, ``store.rows.doc_json``), joined as they are."""
    nxt = json.dumps(page["next_cursor"])
    body = '{"items":[' + ",".join(page["items"]) + '],"next_cursor":' + nxt + "}"
    return Response(body, mimetype="application/json")


def doc_response(doc: str) -> Response:
    return Response(doc, mimetype="application/json")
