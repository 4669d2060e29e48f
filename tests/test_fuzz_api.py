"""Fuzzing: schemathesis drives every operation of the app's own /openapi.json in-process (WSGI):
no 5xx, responses match their declared schema and content type, every error is problem+json."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from conftest import seed_bodies
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from factcheck import create_app


def _hypothesis_jsonschema_compat() -> None:
    """hypothesis-jsonschema 0.23 calls ``many(...).more()``, which hypothesis >= 6.150 removed (it
    now iterates ``with many(...) as el: for _ in el``): give it the old one-call-per-element API."""
    import types

    import hypothesis_jsonschema._from_schema as hjs
    from hypothesis.internal.conjecture import utils as cu

    if hasattr(cu.many, "more"):
        return

    class LegacyMany(cu.many):
        def __init__(self, data, min_size, max_size, average_size):
            super().__init__(data, min_size, max_size, average_size)
            self._depth = data.depth

        def more(self) -> bool:  # one step of ``many._iterate``
            self._finish_element()
            if not self._decide():
                return False
            self.count += 1
            self._in_element, self._rejected = True, False
            return True

    hjs.cu = types.SimpleNamespace(**{k: getattr(cu, k) for k in dir(cu) if not k.startswith("__")})
    hjs.cu.many = LegacyMany


_hypothesis_jsonschema_compat()

_DIR = tempfile.mkdtemp(prefix="factcheck-fuzz-")
atexit.register(shutil.rmtree, _DIR, True)
_DB = Path(_DIR) / "fuzz.db"
app = create_app({"DATABASE": str(_DB), "TESTING": False, "PROPAGATE_EXCEPTIONS": False,
                  "MAX_TEXT_LENGTH": 20_000})
_client = app.test_client()
for _body in seed_bodies():
    _client.post("/v1/articles", json=_body)

# positive (valid by the spec) and negative (violating it) inputs
schema = schemathesis.from_wsgi("/openapi.json", app,
                                data_generation_methods=schemathesis.DataGenerationMethod.all())


def problem_json_errors(response, case):
    """Every 4xx/5xx is RFC 9457 problem+json with the response's own status."""
    if response.status_code >= 400:
        assert response.headers.get("Content-Type", "").startswith("application/problem+json"), \
            response.headers.get("Content-Type")
        body = response.json
        assert {"type", "title", "status", "detail"} <= set(body), body
        assert body["status"] == response.status_code


CHECKS = (not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          problem_json_errors)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_every_operation_survives_fuzzing(case):
    response = case.call_wsgi()
    case.validate_response(response, checks=CHECKS)


# Failures the fuzzer found, kept as explicit regression cases: (method, path, query/body, status).
REGRESSIONS = [
    ("post", "/v1/articles", {"data": b'{"text": "ok text", "\\ud800": 1}'}, 422),
    ("get", "/v1/sources/9223372036854775808", {}, 404),
    ("get", "/v1/sources/452216194560614531072/claims", {}, 404),
    ("post", "/v1/articles", {"data": b'{"text": 1' + b"0" * 4400 + b"}"}, 400),
    ("post", "/v1/articles", {"data": b"[" * 5000 + b"]" * 5000}, 422),
]


@pytest.mark.parametrize("method,path,kwargs,status", REGRESSIONS)
def test_fuzzer_regressions(method, path, kwargs, status):
    if "data" in kwargs:
        kwargs = {**kwargs, "content_type": "application/json"}
    r = getattr(_client, method)(path, **kwargs)
    assert r.status_code == status, r.get_data()[:300]
    problem_json_errors(type("R", (), {"status_code": r.status_code, "headers": r.headers,
                                       "json": r.get_json()})(), None)
