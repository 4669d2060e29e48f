"""Shared fixtures: an app on a fresh temporary database, its client, and the seed articles."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _stop_checkpointers():
    """Each app's background checkpointer ends with its test (its store outlives the test on disk)."""
    yield
    from factcheck.store import checkpoint
    checkpoint.stop_all()


@pytest.fixture
def store_db(tmp_path):
    """A connection to a fresh store with the app's schema (closed after the test)."""
    from factcheck.store.db import connect
    from factcheck.store.setup import ensure_schema
    path = str(tmp_path / "store.db")
    ensure_schema(path)
    db = connect(path)
    yield db
    db.close()


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "test.db"), "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def seed_bodies() -> list[dict]:
    """POST bodies for the seed articles, metadata from seeds/index.json."""
    out = []
    for meta in json.loads((SEEDS / "index.json").read_text(encoding="utf-8")):
        body = {k: meta[k] for k in ("title", "url", "publisher", "published_at", "language") if meta.get(k)}
        body["text"] = (SEEDS / meta["file"]).read_text(encoding="utf-8")
        out.append(body)
    return out


@pytest.fixture
def seeded(client):
    """The client with both seed articles ingested; returns (client, [article json])."""
    arts = []
    for body in seed_bodies():
        r = client.post("/v1/articles", json=body)
        assert r.status_code == 201, r.get_json()
        arts.append(r.get_json())
    return client, arts


def all_pages(client, url: str) -> list[dict]:
    """Every item of a paged list, following next_cursor."""
    items, cursor = [], None
    sep = "&" if "?" in url else "?"
    while True:
        r = client.get(url + (f"{sep}cursor={cursor}" if cursor else ""))
        assert r.status_code == 200, r.get_json()
        body = r.get_json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items


def span_objects(claim: dict):
    """Every object with offsets inside an API claim."""
    yield claim
    yield from claim["quantities"]
    yield from claim["dates"]
    a = claim["attribution"]
    for key in ("source", "cue", "cited"):
        if a.get(key):
            yield a[key]
    if claim.get("subject"):
        yield claim["subject"]


_PACKAGE = os.path.dirname(factcheck.__file__)


def executed_lines(fn) -> int:
    """How many lines of factcheck's own code ``fn()`` executes: a deterministic measure of work
    (loop iterations included), independent of the machine's speed or load."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def enter(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(_PACKAGE) else None

    sys.settrace(enter)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def compare_both(a: str, b: str, published=None):
    """``compare()`` in both orders (same publication date): the verdict must not depend on the order."""
    from factcheck.match.compare import compare
    r = compare(a, b, a_published=published, b_published=published)
    s = compare(b, a, a_published=published, b_published=published)
    assert r.relation == s.relation, (r.reasons, s.reasons)
    return r


def assert_compare_api(client, a: str, b: str, relation: str, reason: str) -> None:
    """``POST /v1/compare`` in both orders answers 200 with ``relation`` and ``reason`` among its reasons."""
    for x, y in ((a, b), (b, a)):
        r = client.post("/v1/compare", json={"a": x, "b": y})
        assert r.status_code == 200, r.get_json()
        body = r.get_json()
        assert body["relation"] == relation, body
        assert reason in body["reasons"], body["reasons"]


def assert_counterpart_kept(db, fresh, stored) -> None:
    """The stored matches of article ``fresh`` hold at least one claim of article ``stored``, and
    none of them as a conflict (a counterpart agrees or is related)."""
    fresh_ids = [c.id for c in fresh.claims]
    mate_ids = {c.id for c in stored.claims}
    assert fresh_ids and mate_ids
    marks = ",".join("?" * len(fresh_ids))
    rows = db.conn.execute(f"SELECT other_id, relation FROM matches WHERE claim_id IN ({marks})",
                           fresh_ids).fetchall()
    kept = {o: r for o, r in rows if o in mate_ids}
    assert kept, rows
    assert set(kept.values()) <= {"agrees", "related"}


def attributed_claims(text: str, language: str, published) -> list[tuple]:
    """(claim text, attribution type, source text or None) of each claim ``analyze`` finds, after
    checking that the claim, subject, source and cue spans index ``text`` exactly."""
    from factcheck.pipeline import analyze
    out = []
    for c in analyze(text, language, published).claims:
        a = c.attribution
        for sp in (c, c.subject, a.source, a.cue):
            assert sp is None or text[sp.start:sp.end] == sp.text
        out.append((c.text, a.type, a.source.text if a.source else None))
    return out
