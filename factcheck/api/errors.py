"""One error shape: RFC 9457 problem+json for every error path (validation, HTTP, unexpected)."""
from __future__ import annotations

import http
import json
import logging

from flask import Response, current_app, request
from werkzeug.exceptions import HTTPException

PROBLEM = "application/problem+json"
log = logging.getLogger("factcheck")

_DETAILS = {
    400: "The request body is not valid JSON in UTF-8.",
    401: "This endpoint needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.",
    403: "The API key is not valid.",
    404: "Nothing is at this address.",
    405: "This method is not allowed here.",
    413: "The request body is larger than the configured limit.",
    415: "Send the body as JSON with 'Content-Type: application/json'.",
    422: "The request is well-formed but some fields are invalid; see 'errors'.",
    429: "Too many requests; retry after the time in 'Retry-After'.",
    500: "The server could not complete the request; nothing was stored.",
}


def _flatten(messages, prefix: str = "") -> dict[str, list[str]]:
    """{"json": {"a": {"b": ["x"]}}} → {"a.b": ["x"]}; list positions become indexes."""
    out: dict[str, list[str]] = {}
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        out[prefix or "_body"] = list(messages)
        return out
    items = messages.items() if isinstance(messages, dict) else enumerate(messages)
    for key, value in items:
        if not prefix and key in ("json", "query", "querystring", "view_args", "path", "form"):
            name = ""
        else:
            name = f"{prefix}.{key}" if prefix else str(key)
        out.update(_flatten(value, name))
    return out


def problem(status: int, detail: str | None = None, errors: dict | None = None,
            title: str | None = None, headers: dict | None = None) -> Response:
    """A problem+json response."""
    body = {
        "type": "urn:factcheck:problem:validation-error" if status == 422 else "about:blank",
        "title": title or http.HTTPStatus(status).phrase,
        "status": status,
        "detail": detail or _DETAILS.get(status, http.HTTPStatus(status).phrase),
        "instance": request.path if request else None,
    }
    if errors:
        body["errors"] = errors
    data = json.dumps(body, ensure_ascii=False).encode("utf-8", "replace")  # echoed lone surrogates
    resp = Response(data, status=status, mimetype=PROBLEM)
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def from_http_exception(error: HTTPException) -> Response:
    """problem+json for an ``HTTPException`` (webargs validation data becomes ``errors``)."""
    data = getattr(error, "data", None) or {}
    code = error.code or 500
    errors = None
    if "messages" in data or "errors" in data:
        errors = _flatten(data.get("errors") or data.get("messages"))
    detail = data.get("message")
    if code == 422 and errors and not detail:
        first = next(iter(errors.items()))
        detail = f"{len(errors)} invalid field(s); first: '{first[0]}': {first[1][0]}"
    if code == 500:
        detail = None
    elif not detail and error.description and code not in _DETAILS:
        detail = error.description
    headers = dict(data.get("headers") or {})
    if code == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    return problem(code, detail, errors, headers=headers)


def unexpected(error: Exception) -> Response:
    """500 without internals; the traceback goes to the log only."""
    if isinstance(error, HTTPException):
        return from_http_exception(error)
    log.exception("unhandled error on %s %s", request.method, request.path)
    current_app.logger.debug("unhandled: %r", error)
    return problem(500)
