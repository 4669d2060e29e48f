"""The compiled core (factcheck/native.py): used only when current, and identical to the sources.

``make test`` builds the core first, so the rest of the suite runs on it; here a corpus goes through
the compiled pipeline in this process and through the sources in a child with FACTCHECK_NATIVE=0,
and every claim, span, quantity, date, attribution and match decision must be the same.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import native

ROOT = Path(__file__).resolve().parent.parent
DIGEST = r"""
import json, sys
from datetime import date
sys.path.insert(0, sys.argv[1])
from bench.corpus import articles
from factcheck.pipeline import analyze
from factcheck.match.compare import compare
from factcheck import native
arts = list(articles(int(sys.argv[2]), seed=29))
rows = []
for a in arts:
    pub = date.fromisoformat(a["published_at"][:10]) if a.get("published_at") else None
    rows.append(repr(analyze(a["text"], a["language"], pub)))
for path in sorted((__import__("pathlib").Path(sys.argv[1]) / "tests" / "data").glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line).get("text")
        if isinstance(text, str):
            rows.append(repr(analyze(text, None, date(2025, 9, 14))))
heads = [a["text"].split("\n", 1)[0] for a in arts]
for x, y in zip(heads, heads[1:]):
    r = compare(x, y)
    rows.append(repr((r.relation, r.reasons)))
print(json.dumps({"native": native.status()[0], "rows": rows}, ensure_ascii=False))
"""


def _digest(env: dict, n: int) -> dict:
    out = subprocess.run([sys.executable, "-c", DIGEST, str(ROOT), str(n)], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=600, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif(not native.status()[0], reason=f"compiled core not in use: {native.status()[1]}")
def test_compiled_core_gives_the_same_claims_and_decisions_as_the_sources():
    compiled = _digest({**os.environ, "FACTCHECK_NATIVE": "1"}, 60)
    source = _digest({**os.environ, "FACTCHECK_NATIVE": "0"}, 60)
    assert compiled["native"] is True and source["native"] is False
    assert len(compiled["rows"]) == len(source["rows"]) > 400
    for i, (a, b) in enumerate(zip(compiled["rows"], source["rows"], strict=True)):
        assert a == b, f"row {i} differs"


@pytest.mark.skipif(not native.status()[0], reason=f"compiled core not in use: {native.status()[1]}")
def test_pipeline_modules_load_from_the_build():
    from factcheck.extract import dates
    from factcheck.match import keys

    for module in (dates, keys):
        assert Path(module.__file__).is_relative_to(native.BUILD)
        assert not module.__file__.endswith(".py")


def _status_with(monkeypatch, tmp_path: Path, stamp: str | None, runtime: str = "") -> tuple[bool, str]:
    monkeypatch.setattr(native, "BUILD", tmp_path)
    if stamp is not None:
        (tmp_path / native.FINGERPRINT).write_text(stamp)
        (tmp_path / native.RUNTIME).write_text(runtime)
    return native.status.__wrapped__()


def test_no_build_means_the_sources(monkeypatch, tmp_path):
    assert _status_with(monkeypatch, tmp_path, None) == (False, "not built (make native)")


def test_a_build_of_other_sources_is_never_used(monkeypatch, tmp_path):
    enabled, reason = _status_with(monkeypatch, tmp_path, "0" * 64)
    assert not enabled and reason.startswith("stale")


def test_a_build_with_a_missing_runtime_is_not_used(monkeypatch, tmp_path):
    enabled, reason = _status_with(monkeypatch, tmp_path, native.fingerprint(), runtime="nowhere__mypyc")
    assert not enabled and "runtime" in reason


def test_a_current_build_is_used_and_searched_first(monkeypatch, tmp_path):
    assert _status_with(monkeypatch, tmp_path, native.fingerprint()) == (True, "compiled (mypyc)")
    monkeypatch.setattr(native, "status", lambda: (True, "compiled (mypyc)"))
    assert native.package_path("factcheck.extract", ["/src"]) == [str(tmp_path / "factcheck" / "extract"), "/src"]


def test_the_switch_turns_a_current_build_off(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCHECK_NATIVE", "0")
    assert _status_with(monkeypatch, tmp_path, native.fingerprint()) == (False, "disabled by FACTCHECK_NATIVE")
    monkeypatch.setattr(native, "status", lambda: (False, "disabled by FACTCHECK_NATIVE"))
    assert native.package_path("factcheck.extract", ["/src"]) == ["/src"]


def test_the_fingerprint_follows_every_compiled_source(monkeypatch, tmp_path):
    pkg = tmp_path / "factcheck"
    for name in native.PACKAGES:
        (pkg / name).mkdir(parents=True)
        (pkg / name / "__init__.py").write_text("")
        (pkg / name / "a.py").write_text("x = 1\n")
    monkeypatch.setattr(native, "ROOT", pkg)
    before = native.fingerprint()
    (pkg / "match" / "__init__.py").write_text("# not compiled\n")
    assert native.fingerprint() == before
    (pkg / "match" / "a.py").write_text("x = 2\n")
    assert native.fingerprint() != before
    assert [p.name for p in native.sources()] == ["a.py"] * 4


def test_health_says_which_pipeline_runs(client):
    body = client.get("/healthz").get_json()
    assert body["pipeline"] == ("compiled" if native.status()[0] else "python")


def _build_tool(**env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "tools/build_native.py"], env={**os.environ, **env}, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_the_build_tool_builds_nothing_when_switched_off():
    out = _build_tool(FACTCHECK_NATIVE="0")
    assert out.returncode == 0 and out.stdout.strip() == "native: skipped (FACTCHECK_NATIVE=0)"


@pytest.mark.skipif(not native.status()[0], reason=f"compiled core not in use: {native.status()[1]}")
def test_the_build_tool_leaves_a_current_build_alone():
    stamp = native.BUILD / native.FINGERPRINT
    before = stamp.stat().st_mtime_ns
    out = _build_tool()
    assert out.returncode == 0 and out.stdout.strip() == "native: compiled core up to date"
    assert stamp.stat().st_mtime_ns == before
