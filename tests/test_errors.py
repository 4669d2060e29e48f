"""Every error path answers RFC 9457 problem+json with the right status, and changes nothing."""
from __future__ import annotations

import pytest

from factcheck import create_app

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def _counts(client):
    h = client.get("/healthz").get_json()
    return h["articles"], h["claims"]


CASES = [
    # (method, path, kwargs, status, field named in errors or None)
    ("post", "/v1/articles", {"data": "{not json", "content_type": "application/json"}, 400, None),
    ("post", "/v1/articles", {"data": b'{"text": "\xff\xfe"}', "content_type": "application/json"}, 400, None),
    ("get", "/v1/nothing-here", {}, 404, None),
    ("get", "/v1/claims/unknown-id", {}, 404, None),
    ("delete", "/v1/articles", {}, 405, None),
    ("put", "/v1/claims", {"json": {}}, 405, None),
    ("put", "/v1/claims", {}, 405, None),  # a method the path does not take: 405 before any body check
    ("post", "/v1/claims", {"data": "x", "content_type": "text/plain"}, 405, None),
    ("patch", "/v1/articles/abc", {}, 405, None),
    ("post", "/v1/nothing-here", {}, 404, None),
    ("get", "/v1/claims?event=layof", {}, 422, "event"),  # a typo of an event type is named, not an empty page
    ("get", "/v1/conflicts?event=sports", {}, 422, "event"),
    ("post", "/v1/articles", {"data": "x" * 3000, "content_type": "application/json"}, 413, None),
    ("post", "/v1/articles", {"data": "text=hello", "content_type": "application/x-www-form-urlencoded"}, 415, None),
    ("post", "/v1/articles", {"data": '{"text": "hi"}'}, 415, None),
    ("post", "/v1/articles", {"json": {"text": ""}}, 422, "text"),
    ("post", "/v1/articles", {"json": {"text": " \n\t "}}, 422, "text"),
    ("post", "/v1/articles", {"json": {"text": "y" * 600}}, 422, "text"),
    ("post", "/v1/articles", {"json": {"text": "ok text", "published_at": "13/09/2025"}}, 422, "published_at"),
    ("post", "/v1/articles", {"json": {"text": "ok text", "language": "fr"}}, 422, "language"),
    ("post", "/v1/articles", {"json": {"text": 12}}, 422, "text"),
    ("post", "/v1/articles", {"json": {"text": "ok", "title": ["a"]}}, 422, "title"),
    ("post", "/v1/articles", {"json": {"text": "ok text", "colour": "red"}}, 422, "colour"),
    ("post", "/v1/articles", {"json": {}}, 422, "text"),
    ("post", "/v1/articles", {"json": ["text"]}, 422, "_schema"),
    ("post", "/v1/articles", {"data": '{"text": "\\ud800 lone"}', "content_type": "application/json"}, 422, "text"),
    ("get", "/v1/claims?limit=501", {}, 422, "limit"),
    ("get", "/v1/claims?limit=abc", {}, 422, "limit"),
    ("get", "/v1/claims?attribution=secret", {}, 422, "attribution"),
    ("get", "/v1/claims?cursor=%%%", {}, 422, "cursor"),
    ("get", "/v1/claims?unknown=1", {}, 422, "unknown"),
]


@pytest.fixture
def small_app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "e.db"), "MAX_CONTENT_LENGTH": 2048,
                       "MAX_TEXT_LENGTH": 500, "TESTING": True})


@pytest.mark.parametrize("method,path,kwargs,status,field", CASES)
def test_error_paths_answer_problem_json(small_app, method, path, kwargs, status, field):
    client = small_app.test_client()
    before = _counts(client)
    r = getattr(client, method)(path, **kwargs)
    assert r.status_code == status, r.data[:300]
    assert r.mimetype == "application/problem+json"
    body = r.get_json()
    assert PROBLEM_KEYS <= set(body)
    assert body["status"] == status
    assert "Traceback" not in r.get_data(as_text=True)
    if field:
        assert field in body["errors"], body
        assert field in body["detail"] or field == "_schema"
    assert _counts(client) == before


def test_unexpected_error_is_500_without_internals(small_app, monkeypatch):
    import factcheck.api.articles as routes

    def boom(*a, **k):
        raise RuntimeError("secret internal detail /etc/passwd")

    monkeypatch.setattr(routes, "store_article", boom)
    small_app.config["PROPAGATE_EXCEPTIONS"] = False
    client = small_app.test_client()
    r = client.post("/v1/articles", json={"text": "The court ruled on Monday."})
    assert r.status_code == 500
    assert r.mimetype == "application/problem+json"
    assert "secret" not in r.get_data(as_text=True)
    assert _counts(client) == (0, 0)


def test_failure_inside_the_write_leaves_no_half_article(small_app, monkeypatch):
    import factcheck.services as services

    def fail(*a, **k):
        raise RuntimeError("matching failed")

    monkeypatch.setattr(services.matching, "index_and_match", fail)
    small_app.config["PROPAGATE_EXCEPTIONS"] = False
    client = small_app.test_client()
    r = client.post("/v1/articles", json={"text": "Acme cut 300 jobs on Monday, the company said."})
    assert r.status_code == 500
    assert _counts(client) == (0, 0)


def test_405_lists_allowed_methods(small_app):
    r = small_app.test_client().delete("/v1/claims")
    assert "GET" in r.headers["Allow"]
