"""Request ids, JSON access logs, CORS allow-list, security headers and the health check."""
from __future__ import annotations

import json
import logging

import pytest

from factcheck import create_app


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "l.db"), "TESTING": True, "PROPAGATE_EXCEPTIONS": False,
                       "CORS_ORIGINS": "https://desk.example.org, https://factcheck.example.net/"})


class Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines: list[dict] = []

    def emit(self, record):
        self.lines.append(json.loads(record.getMessage()))


@pytest.fixture
def access():
    handler, log = Lines(), logging.getLogger("factcheck.access")
    log.addHandler(handler)
    yield handler.lines
    log.removeHandler(handler)


REQUESTS = [
    # (method, path, kwargs, status)
    ("get", "/healthz", {}, 200),
    ("get", "/v1/claims?limit=2", {}, 200),
    ("post", "/v1/articles", {"json": {"text": "Police said 12 people were hurt on Friday."}}, 201),
    ("post", "/v1/articles", {"json": {"text": ""}}, 422),
    ("post", "/v1/articles", {"data": "{bad", "content_type": "application/json"}, 400),
    ("post", "/v1/articles", {"data": "x", "content_type": "text/plain"}, 415),
    ("get", "/v1/nowhere", {}, 404),
    ("delete", "/v1/claims", {}, 405),
]


@pytest.mark.parametrize("method,path,kwargs,status", REQUESTS)
def test_one_json_access_line_per_request_with_request_id(app, access, method, path, kwargs, status):
    r = getattr(app.test_client(), method)(path, **kwargs)
    assert r.status_code == status
    rid = r.headers["X-Request-ID"]
    assert len(rid) == 32
    assert len(access) == 1
    line = access[0]
    assert set(line) == {"method", "path", "status", "duration_ms", "request_id", "client"}
    assert (line["method"], line["path"], line["status"], line["request_id"]) == \
        (method.upper(), path.split("?")[0], status, rid)
    assert line["duration_ms"] >= 0
    assert "Police" not in json.dumps(line)


def test_unexpected_error_still_gets_an_id_and_a_line(app, access, monkeypatch):
    import factcheck.api.articles as routes
    monkeypatch.setattr(routes, "store_article", lambda *a, **k: 1 / 0)
    r = app.test_client().post("/v1/articles", json={"text": "Police said 12 people were hurt."})
    assert r.status_code == 500
    assert access[-1]["status"] == 500 and access[-1]["request_id"] == r.headers["X-Request-ID"]


@pytest.mark.parametrize("incoming,kept", [
    ("abc-123", True), ("req_01HZX.7:9", True), ("a" * 128, True), ("a" * 129, False), ("", False),
    ("has space", False), ("x\ty", False), ("<script>", False), ("id;rm -rf", False), ("عربي", False),
])
def test_incoming_request_id_kept_only_when_sane(app, access, incoming, kept):
    r = app.test_client().get("/healthz", headers={"X-Request-ID": incoming})
    assert (r.headers["X-Request-ID"] == incoming) is kept
    assert access[0]["request_id"] == r.headers["X-Request-ID"]


@pytest.mark.parametrize("origin,allowed", [
    ("https://desk.example.org", True), ("https://factcheck.example.net", True),
    ("https://evil.example.com", False), ("https://desk.example.org.evil.com", False),
    ("http://desk.example.org", False), ("null", False),
])
def test_cors_allow_list(app, origin, allowed):
    client = app.test_client()
    r = client.get("/v1/claims", headers={"Origin": origin})
    assert r.status_code == 200
    assert (r.headers.get("Access-Control-Allow-Origin") == origin) is allowed
    assert "Origin" in r.headers.get("Vary", "")
    pre = client.options("/v1/articles", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "authorization,content-type"})
    assert pre.status_code == 204
    assert ("POST" in pre.headers.get("Access-Control-Allow-Methods", "")) is allowed
    assert ("Authorization" in pre.headers.get("Access-Control-Allow-Headers", "")) is allowed


def test_no_cors_headers_without_configuration(tmp_path):
    client = create_app({"DATABASE": str(tmp_path / "n.db"), "TESTING": True}).test_client()
    r = client.get("/v1/claims", headers={"Origin": "https://desk.example.org"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_preflight_needs_no_key_and_is_not_rate_limited(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "p.db"), "TESTING": True, "API_KEYS": "k-123456789",
                      "READ_REQUIRES_KEY": True, "RATE_LIMIT": 1, "CORS_ORIGINS": "https://a.example"})
    client = app.test_client()
    for _ in range(3):
        r = client.options("/v1/claims", headers={"Origin": "https://a.example",
                                                  "Access-Control-Request-Method": "GET"})
        assert r.status_code == 204
        assert r.headers["Access-Control-Allow-Origin"] == "https://a.example"


@pytest.mark.parametrize("path", ["/healthz", "/v1/claims", "/v1/nowhere", "/openapi.json"])
def test_security_headers_on_json(app, path):
    r = app.test_client().get(path)
    assert r.headers.getlist("X-Content-Type-Options") == ["nosniff"]  # once, not once per hook
    assert r.headers["X-Frame-Options"] == "DENY"
    if path.startswith("/v1/") or path == "/healthz":
        assert r.headers.getlist("Cache-Control") == ["no-store"]
    assert r.headers["Referrer-Policy"] == "no-referrer"
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp


def test_docs_csp_allows_its_own_scripts_only(app):
    import base64
    import hashlib
    import re
    r = app.test_client().get("/docs")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    for script in re.findall(r"<script>(.*?)</script>", r.get_data(as_text=True), re.S):
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "cdn" not in csp


def test_health_is_503_problem_json_when_the_database_cannot_be_read(app):
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    with open(app.config["DATABASE"], "r+b") as f:  # overwrite the header: no longer a database
        f.write(b"this is not a sqlite database at all" * 4)
    r = client.get("/healthz")
    assert r.status_code == 503
    assert r.mimetype == "application/problem+json"
    assert r.get_json()["status"] == 503
    assert r.headers["X-Request-ID"]


def test_health_is_503_when_the_tables_are_missing(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "gone.db"), "TESTING": True})
    (tmp_path / "gone.db").unlink()
    for extra in ("gone.db-wal", "gone.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    assert app.test_client().get("/healthz").status_code == 503


def test_access_log_file(tmp_path):
    target = tmp_path / "access.log"
    app = create_app({"DATABASE": str(tmp_path / "f.db"), "TESTING": True, "ACCESS_LOG": str(target)})
    log = logging.getLogger("factcheck.access")
    try:
        r = app.test_client().get("/v1/claims", headers={"X-API-Key": "never-logged-123"})
    finally:
        for h in [h for h in log.handlers if getattr(h, "_factcheck", None) == str(target)]:
            log.removeHandler(h)
            h.close()
        log.propagate = True
    lines = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert [(x["path"], x["request_id"]) for x in lines] == [("/v1/claims", r.headers["X-Request-ID"])]
    assert "never-logged" not in target.read_text(encoding="utf-8")
