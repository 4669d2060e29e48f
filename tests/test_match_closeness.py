"""Near-tie candidates are ordered by publication date, read per stored article (once per connection), not per claim,
and the plan is the one the per-claim reads gave."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from factcheck.models import ArticleInput
from factcheck.pipeline import analyze
from factcheck.services import ingest
from factcheck.store import closeness, matching
from factcheck.store.db import connect
from factcheck.store.setup import ensure_schema

OUTLETS = ["Reuters", "AFP", "the BBC", "Al Jazeera", "Bloomberg", "the Financial Times"]
TOWNS = ["Frankfurt", "Munich", "Lyon", "Turin", "Leeds", "Porto"]


def _story(i: int) -> str:
    """Tellings of one story alike in every key (same company, figures, event), so that many
    candidates tie on key weight and publication date decides between them."""
    return (f"Lumina Motors will cut 1,800 jobs at its plant in {TOWNS[i % 6]}, {OUTLETS[i % 6]} reported. "
            f"The carmaker said its revenue fell 12% to $4.3 billion in the first quarter. "
            f"Lumina Motors shares fell {2 + i % 5}% on Tuesday.")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("closeness") / "s.db")
    ensure_schema(path)
    db = connect(path)
    for i in range(36):
        ingest(db, ArticleInput(text=_story(i), language="en", published_date=date(2025, 1, 1) + timedelta(days=7 * i)))
    return db


class _Reads:
    """The store, with the publication-date reads counted."""

    def __init__(self, db):
        self.inner, self.date_reads, self.claim_date_reads = db, 0, 0

    @property
    def conn(self):
        return self

    def execute(self, sql, params=()):
        self.date_reads += "FROM articles" in sql and "WHERE id IN" in sql
        self.claim_date_reads += "idx_claims_id_published" in sql
        return self.inner.conn.execute(sql, params)


def _claims(text: str):
    return [replace(c, id=f"zz-{i:04d}", article_id="zz")
            for i, c in enumerate(analyze(text, "en", date(2025, 5, 2)).claims)]


def _per_claim_closer(db, published: str):
    """The rule as first written: each band's dates read when it is ordered."""
    day = closeness.ordinal(published)

    def closer(ids):
        found = dict(db.conn.execute(
            f"SELECT id, published_date FROM claims WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall())
        return sorted(ids, key=lambda c: (abs(closeness.ordinal(found.get(c)) - day), c))
    return closer


def test_bands_of_every_claim_read_their_articles_dates_in_one_statement_then_none(store):
    claims = _claims(_story(40))
    assert len(claims) >= 3
    reads = _Reads(store)
    plan = matching.plan(reads, claims, "zz", published="2025-05-02")
    assert plan.stats.candidates > 10 * len(claims)  # more candidates than places: bands exist
    assert (reads.date_reads, reads.claim_date_reads) == (1, 0)
    again = matching.plan(reads, _claims(_story(43)), "zz", published="2025-05-09")
    assert again.stats.candidates > 10 * len(claims)
    assert (reads.date_reads, reads.claim_date_reads) == (1, 0)  # the articles' days are kept with the connection


def test_ids_of_another_form_or_unknown_articles_are_read_from_the_claims(store):
    stored = [r[0] for r in store.conn.execute("SELECT id FROM claims ORDER BY rowid LIMIT 2")]
    reads = _Reads(store)
    closer = closeness.by_closeness(reads, "2025-01-01")
    order = closer(["loose-id-without-article", "plainid", *stored])
    assert reads.claim_date_reads == 1
    assert order[-2:] == sorted(["loose-id-without-article", "plainid"])  # unknown: farthest
    assert order[0] == stored[0]  # the first story was published on 2025-01-01


def test_batched_dates_pick_the_candidates_per_claim_reads_picked(store):
    claims = _claims(_story(41))
    keys = {c.id: matching.blocking_keys(c) for c in claims}
    df = matching._df(store, set().union(*keys.values()))
    total = store.conn.execute("SELECT max(rowid) FROM claims").fetchone()[0]
    plan = matching.plan(store, claims, "zz", published="2025-05-02")
    reference = _per_claim_closer(store, "2025-05-02")
    for c in claims:
        weights = matching.candidates(store, c, keys[c.id], total, "zz-", df, {}, None)
        assert len(weights) > 10
        want = matching._top(weights, 10, reference)
        # the decided candidates are the top ones; the plan keeps the related and stronger ones among them
        assert {oid for oid, _ in plan.verdicts.get(c.id, [])} <= set(want)
        closer = closeness.by_closeness(store, "2025-05-02")
        assert matching._top(weights, 10, closer) == want
        # the nearest publication dates win the band: 2025-05-02 lies between weeks 17 and 18
        days = dict(store.conn.execute("SELECT id, published_date FROM claims").fetchall())
        near = min(abs(date.fromisoformat(days[o]) - date(2025, 5, 2)).days for o in want)
        assert near <= 7


def test_undated_article_orders_by_weight_alone(store):
    assert closeness.by_closeness(store, None) is None
    closer = closeness.by_closeness(store, "2025-05-02")
    assert closer(["no-such-claim", *[r[0] for r in store.conn.execute("SELECT id FROM claims LIMIT 3")]])[-1] \
        == "no-such-claim"  # an id without a stored date counts as farthest
