"""Rate limits: fixed window per key or client address, 429 problem+json with Retry-After, shared by
every gunicorn worker through the SQLite counter table."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from server import running_server

from factcheck import create_app
from factcheck.api.ratelimit import hit
from factcheck.store.db import connect


def _app(tmp_path, **cfg):
    return create_app({"DATABASE": str(tmp_path / "r.db"), "TESTING": True, **cfg})


@pytest.mark.parametrize("limit,sent,expected_429", [(3, 5, 2), (1, 3, 2), (10, 10, 0), (0, 20, 0)])
def test_limit_per_window(tmp_path, limit, sent, expected_429):
    client = _app(tmp_path, RATE_LIMIT=limit, RATE_LIMIT_WINDOW=3600).test_client()
    codes = [client.get("/v1/claims").status_code for _ in range(sent)]
    assert codes.count(429) == expected_429
    assert codes[:min(sent, limit or sent)] == [200] * min(sent, limit or sent)


def test_429_is_problem_json_with_retry_after(tmp_path):
    client = _app(tmp_path, RATE_LIMIT=1, RATE_LIMIT_WINDOW=120).test_client()
    first = client.get("/v1/articles")
    assert first.headers["RateLimit-Limit"] == "1" and first.headers["RateLimit-Remaining"] == "0"
    r = client.get("/v1/articles")
    assert r.status_code == 429
    assert r.mimetype == "application/problem+json"
    assert r.get_json()["status"] == 429
    assert 1 <= int(r.headers["Retry-After"]) <= 120
    assert r.headers["X-Request-ID"]


def test_keys_and_addresses_have_separate_buckets(tmp_path):
    app = _app(tmp_path, RATE_LIMIT=2, RATE_LIMIT_WINDOW=3600, API_KEYS="key-one-123456,key-two-123456",
               READ_REQUIRES_KEY=True)
    client = app.test_client()
    for key in ("key-one-123456", "key-two-123456"):
        codes = [client.get("/v1/claims", headers={"X-API-Key": key}).status_code for _ in range(3)]
        assert codes == [200, 200, 429], key
    other = {"REMOTE_ADDR": "10.0.0.9"}
    app.config["READ_REQUIRES_KEY"] = False
    assert client.get("/v1/claims", environ_base=other).status_code == 200


def test_health_docs_and_preflight_are_not_counted(tmp_path):
    client = _app(tmp_path, RATE_LIMIT=1, RATE_LIMIT_WINDOW=3600).test_client()
    for _ in range(3):
        assert client.get("/healthz").status_code == 200
        assert client.get("/openapi.json").status_code == 200
    assert client.get("/v1/claims").status_code == 200
    assert client.get("/v1/claims").status_code == 429


def test_windows_roll_over_and_old_windows_are_deleted(tmp_path):
    _app(tmp_path)
    db = connect(str(tmp_path / "r.db"))
    assert hit(db, "addr:x", 10, 1000.0) == (1, 10.0)
    assert hit(db, "addr:x", 10, 1005.5)[0] == 2
    count, left = hit(db, "addr:x", 10, 1010.0)
    assert (count, left) == (1, 10.0)
    assert [r["window"] for r in db.query("SELECT window FROM rate_limits")] == [101]


def _get(url: str) -> tuple[int, str | None]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, None
    except urllib.error.HTTPError as exc:
        body = json.loads(exc.read())
        assert body["status"] == exc.code
        return exc.code, exc.headers.get("Retry-After")


@pytest.mark.slow
def test_limit_holds_across_gunicorn_workers(tmp_path):
    env = {"FACTCHECK_RATE_LIMIT": "30", "FACTCHECK_RATE_LIMIT_WINDOW": "3600"}
    with running_server(tmp_path / "rl.db", workers=3, env=env) as base:
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(_get, [f"{base}/v1/claims"] * 60))
    codes = [c for c, _ in results]
    assert codes.count(200) == 30, codes
    assert codes.count(429) == 30
    assert all(retry and int(retry) >= 1 for c, retry in results if c == 429)
