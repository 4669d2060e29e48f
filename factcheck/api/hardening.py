"""Operational protection installed on the app: request ids and access logs, CORS allow-list,
body shape limits, rate limits, security headers. (API keys live in auth.py.)

Hook order per request: request id/clock → CORS preflight → early 413 on a declared length →
(api/__init__: key check, 415) → rate limit → JSON depth/key-count limits → the view.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re

from flask import Flask, Response, current_app, request

from . import ratelimit, requestlog
from .errors import problem

JSON_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_CSP = ("default-src 'none'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; "
            "base-uri 'none'; form-action 'none'")
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                    "Referrer-Policy": "no-referrer", "Cross-Origin-Resource-Policy": "same-origin"}
CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
CORS_HEADERS = "Authorization, Content-Type, X-API-Key, X-Request-ID"
CORS_EXPOSE = "X-Request-ID, Retry-After, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset"
BODY_METHODS = {"POST", "PUT", "PATCH"}
DRAIN_LIMIT = 16 * 1024 * 1024  # unread body bytes discarded before answering, so clients see the answer
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_STRUCTURE = re.compile(rb"[^\[\]{}:]+")
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


# ---- CORS -----------------------------------------------------------------------------------

def allowed_origin() -> str | None:
    """The request's Origin when it is on ``FACTCHECK_CORS_ORIGINS``, else None."""
    origin = request.headers.get("Origin")
    if not origin:
        return None
    allowed = {o.strip().rstrip("/") for o in str(current_app.config.get("CORS_ORIGINS") or "").split(",")}
    return origin if origin.rstrip("/") in allowed - {""} else None


def preflight():
    """Answer a CORS preflight (OPTIONS with Access-Control-Request-Method) with 204."""
    if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
        return None
    resp = Response(status=204)
    if allowed_origin():
        resp.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        resp.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        resp.headers["Access-Control-Max-Age"] = "600"
    return resp


def cors_headers(resp):
    if current_app.config.get("CORS_ORIGINS"):
        resp.vary.add("Origin")
        origin = allowed_origin()
        if origin:
            resp.headers["Access-Control-Allow-Origin"] = origin
            resp.headers["Access-Control-Expose-Headers"] = CORS_EXPOSE
    return resp


# ---- body limits ----------------------------------------------------------------------------

def declared_too_large():
    """413 from the declared Content-Length alone, before anything reads the body."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit and request.content_length is not None and request.content_length > limit:
        return problem(413, detail=f"The body ({request.content_length} bytes) is larger than the "
                                   f"limit of {limit} bytes.", headers={"Connection": "close"})
    return None


def json_shape(raw: bytes, max_depth: int, max_keys: int) -> str | None:
    """Why ``raw`` JSON is too deep or has too many keys, or None (strings are skipped exactly)."""
    skeleton = _NOT_STRUCTURE.sub(b"", _JSON_STRING.sub(b"", raw))
    keys = skeleton.count(b":")
    if keys > max_keys:
        return f"The body has {keys} object keys; at most {max_keys} are accepted."
    if skeleton.count(b"[") + skeleton.count(b"{") <= max_depth:
        return None
    depth = 0
    for ch in skeleton:
        if ch in b"[{":
            depth += 1
            if depth > max_depth:
                return f"The body nests JSON deeper than {max_depth} levels."
        elif ch in b"]}":
            depth -= 1
    return None


def limit_json_shape():
    """422 for a JSON body nested too deep or with too many keys (checked before it is parsed);
    400 for one the JSON parser rejects (bad UTF-8, syntax, integers beyond Python's digit limit)."""
    if request.method not in BODY_METHODS or request.endpoint is None or not request.is_json:
        return None
    cfg, raw = current_app.config, request.get_data(cache=True)
    why = json_shape(raw, int(cfg.get("MAX_JSON_DEPTH", 32)), int(cfg.get("MAX_JSON_KEYS", 100)))
    if why:
        return problem(422, detail=why, errors={"_schema": [why]})
    if raw.strip():
        try:
            json.loads(raw)
        except (ValueError, RecursionError):
            return problem(400)
    return None


def drain_body(resp):
    """after_request: discard what the view left unread (up to ``DRAIN_LIMIT``): a client still
    sending its body then reads our 401/413 instead of a reset connection."""
    if request.method not in BODY_METHODS:
        return resp
    stream, left = request.environ.get("wsgi.input"), DRAIN_LIMIT
    try:
        while stream is not None and left > 0:
            chunk = stream.read(min(65536, left))
            if not chunk:
                return resp
            left -= len(chunk)
    except (OSError, ValueError):
        pass
    resp.headers["Connection"] = "close"
    return resp


# ---- response headers -----------------------------------------------------------------------

def _script_hashes(html: str) -> str:
    digests = (hashlib.sha256(s.encode("utf-8")).digest() for s in _INLINE_SCRIPT.findall(html))
    return "".join(f" 'sha256-{base64.b64encode(d).decode()}'" for d in digests)


def add_missing(resp, headers: dict[str, str]) -> None:
    """Add each of ``headers`` the response does not carry yet (one pass over its headers:
    werkzeug's ``setdefault`` raises and catches a KeyError per absent name)."""
    present = {name.lower() for name, _ in resp.headers.items()}
    for name, value in headers.items():
        if name.lower() not in present:
            resp.headers.add(name, value)


def security_headers(resp):
    """Security headers, a content security policy, and ``no-store`` on API answers."""
    wanted = dict(SECURITY_HEADERS)
    if resp.mimetype == "text/html" and request.endpoint == "api-docs.openapi_swagger_ui":
        resp.headers["Content-Security-Policy"] = DOCS_CSP.format(
            hashes=_script_hashes(resp.get_data(as_text=True)))
    elif request.endpoint == "docs_static.static_file":
        wanted["Content-Security-Policy"] = DOCS_CSP.format(hashes="")
    else:
        wanted["Content-Security-Policy"] = JSON_CSP
    if request.path.startswith("/v1/") or request.path == "/healthz":
        wanted["Cache-Control"] = "no-store"
    add_missing(resp, wanted)
    return resp


def install(app: Flask, body_checks) -> None:
    """One before_request and one after_request hook running the checks and finishers in order (a
    hook each costs Flask an ``ensure_sync`` round per request). Before: request id and clock, CORS
    preflight, declared body size, ``body_checks`` (key, then 415), rate limit, JSON shape; the
    first answer wins. After: drain the unread body, security, CORS and rate-limit headers, the
    access line."""
    requestlog.configure(app)
    checks = (requestlog.start, preflight, declared_too_large, body_checks, ratelimit.limit_requests,
              limit_json_shape)
    finishers = (drain_body, security_headers, cors_headers, ratelimit.add_headers, requestlog.finish)

    def before_request():
        for check in checks:
            answer = check()
            if answer is not None:
                return answer
        return None

    def after_request(resp):
        for finish in finishers:
            resp = finish(resp)
        return resp

    app.before_request(before_request)
    app.after_request(after_request)
