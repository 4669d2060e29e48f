"""API keys: env and database keys, 401/403 before the body is read, revocation, open reads,
keys never echoed."""
from __future__ import annotations

import logging

import pytest

from factcheck import create_app
from factcheck.api.auth import hash_key
from factcheck.store.db import connect

ENV_KEY = "env-key-0123456789abcdef"
DB_KEY = "fc_db-key-abcdefghijklmnopqrstuvwxyz"
BODY = {"text": "The ministry said on Tuesday that 40 schools reopened in the north."}


def _app(tmp_path, **cfg):
    return create_app({"DATABASE": str(tmp_path / "a.db"), "TESTING": True, **cfg})


def _add_db_key(app, key: str, revoked: bool = False) -> None:
    db = connect(app.config["DATABASE"])
    db.execute("INSERT INTO api_keys (label, key_hash, created_at, revoked_at) VALUES (?, ?, ?, ?)",
               ["t", hash_key(key), "2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z" if revoked else None])
    db.close()


@pytest.fixture
def keyed(tmp_path):
    app = _app(tmp_path, API_KEYS=f" {ENV_KEY} , other-key-zzzzzzzzzzzz ,")
    _add_db_key(app, DB_KEY)
    _add_db_key(app, "fc_revoked-key-000000000000000", revoked=True)
    return app


AUTH_CASES = [
    # (headers, status)
    ({}, 401),
    ({"Authorization": f"Bearer {ENV_KEY}"}, 201),
    ({"Authorization": f"bearer   {ENV_KEY}  "}, 201),
    ({"X-API-Key": ENV_KEY}, 201),
    ({"X-API-Key": "other-key-zzzzzzzzzzzz"}, 201),
    ({"Authorization": f"Bearer {DB_KEY}"}, 201),
    ({"X-API-Key": DB_KEY}, 201),
    ({"Authorization": "Bearer "}, 401),
    ({"Authorization": "Basic dXNlcjpwYXNz"}, 401),
    ({"Authorization": "Bearer wrong-key"}, 403),
    ({"X-API-Key": ENV_KEY[:-1]}, 403),
    ({"X-API-Key": ENV_KEY + "x"}, 403),
    ({"X-API-Key": ENV_KEY.upper()}, 403),
    ({"X-API-Key": "fc_revoked-key-000000000000000"}, 403),
    ({"X-API-Key": "مفتاح-عربي"}, 403),
]


@pytest.mark.parametrize("headers,status", AUTH_CASES)
def test_write_needs_a_valid_key(keyed, headers, status):
    client = keyed.test_client()
    r = client.post("/v1/articles", json=BODY, headers=headers)
    assert r.status_code == status, r.get_json()
    if status in (401, 403):
        assert r.mimetype == "application/problem+json"
        assert r.get_json()["status"] == status
        assert "Bearer" in r.headers["WWW-Authenticate"]
        assert client.get("/healthz").get_json()["articles"] == 0


@pytest.mark.parametrize("key", [ENV_KEY, DB_KEY, "wrong-key-secret-value"])
def test_keys_never_appear_in_responses_or_logs(keyed, caplog, key):
    caplog.set_level(logging.DEBUG)
    access = logging.getLogger("factcheck.access")
    access.addHandler(caplog.handler)
    try:
        client = keyed.test_client()
        for kwargs in ({"json": BODY}, {"json": {"text": ""}}, {"data": "{bad"}):
            r = client.post("/v1/articles", headers={"X-API-Key": key, "Content-Type": "application/json"},
                            **kwargs)
            assert key not in r.get_data(as_text=True)
            assert all(key not in v for _, v in r.headers.items())
    finally:
        access.removeHandler(caplog.handler)
    assert caplog.records, "the access log wrote nothing"
    assert key not in caplog.text
    assert hash_key(key) not in caplog.text


BEFORE_BODY_CASES = [
    # (data, content type, status): no key → 401 without reading the body; oversized → 413
    (b"{" * 50_000, "application/json", 401),
    (b"\xff\xfe not utf-8", "application/json", 401),
    (b"text=hello", "application/x-www-form-urlencoded", 401),
    (b"x" * (3 * 1024 * 1024), "application/json", 413),
]


@pytest.mark.parametrize("data,ctype,status", BEFORE_BODY_CASES)
def test_key_check_happens_before_the_body_is_parsed(keyed, data, ctype, status):
    r = keyed.test_client().post("/v1/articles", data=data, content_type=ctype)
    assert r.status_code == status
    assert r.mimetype == "application/problem+json"


def test_reads_open_by_default_and_closed_on_request(tmp_path):
    app = _app(tmp_path, API_KEYS=ENV_KEY)
    client = app.test_client()
    assert client.get("/v1/claims").status_code == 200
    assert client.get("/v1/articles").status_code == 200
    app.config["READ_REQUIRES_KEY"] = True
    assert client.get("/v1/claims").status_code == 401
    assert client.get("/v1/articles", headers={"X-API-Key": "nope"}).status_code == 403
    assert client.get("/v1/claims", headers={"Authorization": f"Bearer {ENV_KEY}"}).status_code == 200
    for open_path in ("/healthz", "/openapi.json", "/docs"):
        assert client.get(open_path).status_code == 200, open_path


def test_read_requires_key_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_READ_REQUIRES_KEY", "1")
    monkeypatch.setenv("FACTCHECK_API_KEYS", ENV_KEY)
    client = _app(tmp_path).test_client()
    assert client.get("/v1/claims").status_code == 401
    assert client.get("/v1/claims", headers={"X-API-Key": ENV_KEY}).status_code == 200


def test_no_key_configured_leaves_writes_open(tmp_path):
    assert _app(tmp_path).test_client().post("/v1/articles", json=BODY).status_code == 201


def test_revoking_every_key_does_not_reopen_writes(tmp_path):
    app = _app(tmp_path)
    _add_db_key(app, DB_KEY, revoked=True)
    client = app.test_client()
    assert client.post("/v1/articles", json=BODY).status_code == 401
    assert client.post("/v1/articles", json=BODY, headers={"X-API-Key": DB_KEY}).status_code == 403


def test_database_key_use_is_recorded(keyed):
    client = keyed.test_client()
    assert client.post("/v1/articles", json=BODY, headers={"X-API-Key": DB_KEY}).status_code == 201
    db = connect(keyed.config["DATABASE"])
    row = next(db.query("SELECT last_used_at FROM api_keys WHERE key_hash = ?", [hash_key(DB_KEY)]))
    assert row["last_used_at"] and row["last_used_at"].endswith("Z")
