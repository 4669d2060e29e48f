"""Reads of stored matches find a claim's rows through the claim, never by scanning every row of a
relation: SQLite has no statistics for the store (no ANALYZE), and left to itself it reads
``relation = 'agrees'`` through the relation index, i.e. every agreeing pair of the store, for one
claim's matches. These tests run each read, then ask SQLite how it executes the very statement."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sql_checks import Recording, ingested_store
from sql_checks import plan as plan_of

from factcheck.models import ArticleInput
from factcheck.services import ingest
from factcheck.store import matches
from factcheck.store.db import connect
from factcheck.store.setup import ensure_schema

ARTICLES = [
    ("Lumina Motors will cut 1,800 jobs at its Frankfurt plant, Reuters reported on Monday.", "en"),
    ("Lumina Motors will cut 1,800 jobs at the Frankfurt factory, the company said.", "en"),
    ("Lumina Motors will cut 2,400 jobs at its Frankfurt plant, the union said on Tuesday.", "en"),
    ("Lumina Motors denied it would cut jobs at its Frankfurt plant.", "en"),
    ("قالت شركة لومينا موتورز إنها ستلغي 1800 وظيفة في مصنع فرانكفورت.", "ar"),
    ("أعلن البنك المركزي أن التضخم تراجع إلى 4.2% في أبريل.", "ar"),
    ("قال البنك المركزي إن التضخم ارتفع إلى 5.1% في أبريل.", "ar"),
    ("Lumina Motors hired 300 engineers at its Frankfurt plant in 2023, the company said.", "en"),
    ("Lumina Motors employs 12,000 people in Germany, the company said.", "en"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = ingested_store(str(tmp_path_factory.mktemp("plans") / "s.db"), ARTICLES, published_date=date(2025, 5, 2))
    assert db.conn.execute("SELECT count(*) FROM matches WHERE relation = 'agrees'").fetchone()[0]
    assert db.conn.execute("SELECT count(*) FROM matches WHERE relation = 'conflicts'").fetchone()[0]
    assert db.conn.execute("SELECT count(*) FROM matches WHERE relation = 'related'").fetchone()[0]
    return db


def _plans(db, recording: Recording) -> list[str]:
    """The query plan of each recorded statement that reads ``matches``, as one text each."""
    out = []
    for sql, params in recording.statements:
        if re.search(r"\bFROM matches\b|\bJOIN matches\b", sql):
            out.append(plan_of(db, sql, params))
    assert out, "no statement read matches"
    return out


def _a_claim_with(db, relation: str) -> str:
    return db.conn.execute("SELECT claim_id FROM matches WHERE relation = ? LIMIT 1", [relation]).fetchone()[0]


BY_CLAIM = re.compile(r"SEARCH (m|matches|r) USING (COVERING )?INDEX sqlite_autoindex_matches_1 \(claim_id=\?")


@pytest.mark.parametrize("relation", ["agrees", "conflicts", "related", None])
def test_a_claims_matches_are_read_through_the_claim(store, relation):
    cid = _a_claim_with(store, relation or "agrees")
    rec = Recording(store)
    items, _ = matches.for_claim(rec, cid, relation, 50, None)
    assert items and all(relation in (None, i["relation"]) for i in items)
    for plan in _plans(store, rec):
        assert BY_CLAIM.search(plan), plan
        assert "idx_matches_relation" not in plan


def test_agreement_cluster_hops_are_read_through_the_claim(store):
    cid = _a_claim_with(store, "agrees")
    rec = Recording(store)
    found = matches.cluster(rec, cid)
    assert len(found) >= 2 and found[cid] == "self"
    for plan in _plans(store, rec):
        assert BY_CLAIM.search(plan), plan
        assert "idx_matches_relation" not in plan


def test_conflicts_of_one_article_start_from_its_claims(store):
    cid = _a_claim_with(store, "conflicts")
    article_id = store.conn.execute("SELECT article_id FROM claims WHERE id = ?", [cid]).fetchone()[0]
    rec = Recording(store)
    items, _ = matches.conflicts_page(rec, 50, None, article_id=article_id)
    assert items and all(article_id in (json.loads(i["a"])["article_id"], json.loads(i["b"])["article_id"])
                         for i in items)
    for plan in _plans(store, rec):
        assert "idx_claims_article_id_idx (article_id=?)" in plan, plan
        assert BY_CLAIM.search(plan), plan


def test_conflicts_of_one_article_are_those_of_the_unfiltered_list(store):
    everything, cursor = [], None
    while True:
        page, cursor = matches.conflicts_page(store, 2, cursor)
        everything += [(json.loads(i["a"]), json.loads(i["b"]), i["score"]) for i in page]
        if not cursor:
            break
    assert everything
    articles = {a["article_id"] for a, _, _ in everything} | {b["article_id"] for _, b, _ in everything}
    for aid in articles:
        got, cursor = [], None
        while True:
            page, cursor = matches.conflicts_page(store, 1, cursor, article_id=aid)
            got += [(json.loads(i["a"]), json.loads(i["b"]), i["score"]) for i in page]
            if not cursor:
                break
        assert got == [x for x in everything if aid in (x[0]["article_id"], x[1]["article_id"])]


def _all_conflicts(db, size: int, **filters) -> list[tuple]:
    got, cursor = [], None
    while True:
        page, cursor = matches.conflicts_page(db, size, cursor, **filters)
        got += [(json.loads(i["a"]), json.loads(i["b"]), i["score"], i["reasons"]) for i in page]
        if not cursor:
            return got


def _conflict_events(db) -> set[str]:
    return {e for (e,) in db.conn.execute(
        "SELECT DISTINCT c.event FROM matches m JOIN claims c ON c.id IN (m.claim_id, m.other_id) "
        "WHERE m.relation = 'conflicts' AND c.event IS NOT NULL")}


def test_conflicts_of_an_event_with_few_claims_start_from_its_claims(store):
    """A rare event's conflicts are found from its claims, not by walking every conflict of the
    store newest first and looking up both claims of each (which costs the store's whole conflict
    count when few or none match)."""
    events = _conflict_events(store)
    assert events
    for event in [*sorted(events), "budget"]:  # "budget": no claim of the store has it
        rec = Recording(store)
        items, _ = matches.conflicts_page(rec, 50, None, event=event)
        assert all(event in (json.loads(i["a"])["event"], json.loads(i["b"])["event"]) for i in items)
        for plan in _plans(store, rec):
            assert "idx_claims_event (event=?)" in plan, plan
            assert "idx_matches_relation" not in plan, plan


@pytest.mark.parametrize("drive_max", [1, 10_000])
def test_conflicts_of_an_event_are_those_of_the_unfiltered_list(store, monkeypatch, drive_max):
    """Both ways of reading an event's conflicts (from its claims, or newest first when the event
    is common) give the pairs of the unfiltered list that have the event on either side, in its
    order, across pages."""
    monkeypatch.setattr(matches, "EVENT_CLAIMS_MAX", drive_max)
    everything = _all_conflicts(store, 2)
    assert everything
    for event in _conflict_events(store):
        want = [x for x in everything if event in (x[0]["event"], x[1]["event"])]
        assert want
        assert _all_conflicts(store, 1, event=event) == want
        assert _all_conflicts(store, 50, event=event) == want
        # every article of the store was published on 2025-05-02
        assert _all_conflicts(store, 1, event=event, since="2025-05-02") == want
        assert _all_conflicts(store, 1, event=event, since="2025-05-03") == []
    assert _all_conflicts(store, 5, event="budget") == []


def test_conflicts_of_an_event_and_an_article_start_from_the_article(store):
    cid = _a_claim_with(store, "conflicts")
    article_id, event = store.conn.execute("SELECT article_id, event FROM claims WHERE id = ?", [cid]).fetchone()
    rec = Recording(store)
    items, _ = matches.conflicts_page(rec, 50, None, article_id=article_id, event=event)
    assert items
    for plan in _plans(store, rec):
        assert "idx_claims_article_id_idx (article_id=?)" in plan, plan


def test_no_index_on_the_other_claim_of_a_match(store):
    # every read goes through claim_id (above); an index on other_id only cost ingest random page writes
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'matches'")}
    assert "idx_matches_other_id" not in names and "idx_matches_relation" in names


def test_a_store_from_before_loses_the_index_and_keeps_its_matches(tmp_path):
    path = str(tmp_path / "old.db")
    ensure_schema(path)
    db = connect(path)
    for text, lang in ARTICLES[:4]:
        ingest(db, ArticleInput(text=text, language=lang, published_date=date(2025, 5, 2)))
    before = db.conn.execute("SELECT * FROM matches ORDER BY rowid").fetchall()
    db.conn.execute("CREATE INDEX idx_matches_other_id ON matches (other_id)")  # as 0003 left it
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_drop_matches_other_index'")
    db.close()
    assert ensure_schema(path) == ["0010_drop_matches_other_index"]
    db = connect(path)
    assert db.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_matches_other_id'").fetchone() is None
    assert db.conn.execute("SELECT * FROM matches ORDER BY rowid").fetchall() == before and before
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def _schema_dump(db, kind: str, url: str) -> dict:
    """The page as the marshmallow schemas dump it from ``Claim`` objects (the contract)."""
    from factcheck.api.schemas_more import ConflictListSchema, MatchListSchema
    from factcheck.store.claims import get_many
    if kind == "matches":
        cid = url.split("/")[3]
        rows = db.conn.execute("SELECT other_id, relation, score, reasons FROM matches WHERE claim_id = ? "
                               "ORDER BY score DESC, other_id", [cid]).fetchall()
        claims = get_many(db, [r[0] for r in rows])
        items = [{"claim": claims[o], "relation": r, "score": s, "reasons": json.loads(x)} for o, r, s, x in rows]
        return MatchListSchema().dump({"items": items, "next_cursor": None})
    rows = db.conn.execute("SELECT claim_id, other_id, score, reasons FROM matches WHERE relation = 'conflicts' "
                           "AND claim_id < other_id ORDER BY rowid DESC").fetchall()
    claims = get_many(db, [r[0] for r in rows] + [r[1] for r in rows])
    items = [{"a": claims[a], "b": claims[b], "score": s, "reasons": json.loads(x)} for a, b, s, x in rows]
    return ConflictListSchema().dump({"items": items, "next_cursor": None})


def test_match_and_conflict_pages_are_what_the_schemas_dump(store):
    from factcheck import create_app
    path = store.conn.execute("PRAGMA database_list").fetchone()[2]
    client = create_app({"DATABASE": path, "TESTING": True}).test_client()
    cid = _a_claim_with(store, "agrees")
    for kind, url in (("matches", f"/v1/claims/{cid}/matches?limit=200"), ("conflicts", "/v1/conflicts?limit=200")):
        resp = client.get(url)
        assert resp.status_code == 200 and resp.mimetype == "application/json"
        body = resp.get_json()
        assert body["items"] and body == _schema_dump(store, kind, url)
