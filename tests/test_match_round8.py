"""Round 8 of matching: compound blocking keys (``x:anchor|facet``), so a fresh claim still reaches an
older counterpart when its subject, event and words are shared by more stored claims than candidate
search reads; and ``rekey`` / ``flask rekey``, which index stored claims under the current keys."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import assert_counterpart_kept

from factcheck import create_app
from factcheck.match import blocking
from factcheck.match.blocking import MAX_COMPOUND, blocking_keys
from factcheck.match.stored import KEYS_VERSION
from factcheck.models import ArticleInput, Claim, DateRef, Quantity
from factcheck.pipeline import analyze
from factcheck.services import ingest
from factcheck.store import matching
from factcheck.store.rekey import rekey, stale_claims

_PUBLISHED = date(2025, 6, 4)


def _compound(text: str, language: str | None = None) -> set[str]:
    claims = analyze(text, language, published=_PUBLISHED).claims
    assert claims, text
    return {k for c in claims for k in blocking_keys(c) if k.startswith("x:")}


# one fact told in two languages (other number forms, digits and scales): they share a compound key
@pytest.mark.parametrize("en, ar", [
    ("Orion Textiles cut 1,240 jobs on 9 October 2025.",
     "سرحت أوريون للنسيج ١٢٤٠ موظفا يوم 9 أكتوبر 2025."),
    ("Seven of the 20 founders of Nimbus Logistics have left.",
     "غادر سبعة من أصل 20 من مؤسسي نيمبوس للخدمات اللوجستية."),
    ("Floods in Mosul killed 63 people on 12 April 2024.",
     "أسفرت الفيضانات في الموصل عن مقتل 63 شخصا في 12 أبريل 2024."),
    ("Gulf Cement agreed to buy Delta Foods for $4.3 billion.",
     "وافقت أسمنت الخليج على شراء دلتا للأغذية مقابل 4300 مليون دولار."),
    ("Inflation in Cairo rose to 13.8 percent in March 2025.",
     "ارتفع التضخم في القاهرة إلى 13.8 بالمئة في مارس 2025."),
])
def test_one_fact_in_two_languages_shares_a_compound_key(en, ar):
    assert _compound(en, "en") & _compound(ar, "ar")


@pytest.mark.parametrize("a, b", [
    ("Orion Textiles cut 1,240 jobs on 9 October 2025.", "Orion Textiles cut 860 jobs on 2 March 2024."),
    ("Floods in Mosul killed 63 people on 12 April 2024.", "Floods in Basra killed 41 people on 3 May 2024."),
])
def test_other_facts_share_no_compound_key(a, b):
    assert not _compound(a, "en") & _compound(b, "en")


def _claim(text: str, **kw) -> Claim:
    return Claim(0, len(text), text, "en", **kw)


def test_compound_key_shapes():
    q = Quantity(0, 2, "6", 6.0, "person", "exact", 12.0)
    c = _claim("Orbitel said 6 of 12 founders left on 3 May 2025", quantities=(q,),
               dates=(DateRef(0, 4, "3 May 2025", "2025-05-03"),), event="departure", subject_key="orbitel")
    keys = {k for k in blocking_keys(c) if k.startswith("x:")}
    # anchor | facet: the subject skeleton and the event with the value, the whole and the day
    assert {"x:srbtl|6", "x:srbtl|of12", "x:srbtl|2025-05-03", "x:vdeparture|6", "x:vdeparture|2025-05-03"} <= keys
    # facet | facet: things stated together
    assert {"x:6|of12", "x:6|2025-05-03", "x:of12|2025-05-03"} <= keys


def test_a_claim_without_figures_or_dates_joins_subject_and_event():
    c = _claim("Orbitel chief executive resigned", event="departure", subject_key="orbitel")
    assert {k for k in blocking_keys(c) if k.startswith("x:")} == {"x:srbtl|vdeparture"}


def test_a_claim_without_subject_or_event_has_no_anchor_keys():
    assert not {k for k in blocking_keys(_claim("the market remains under pressure")) if k.startswith("x:")}


def test_compound_keys_are_capped():
    qs = tuple(Quantity(0, 2, str(v), float(v), "person", "exact", None) for v in range(10, 40, 3))
    c = _claim("Orbitel " + " ".join(str(v) for v in range(10, 40, 3)), quantities=qs, event="layoff",
               subject_key="orbitel")
    assert len({k for k in blocking_keys(c) if k.startswith("x:")}) == MAX_COMPOUND


# A store where each of the fresh claim's keys alone is shared by more claims than candidate search
# reads (small budgets stand in for a store of millions): its subject (other figures, other days),
# its figure (other companies) and its day (other companies, other figures). The counterpart, stored
# first, is reached only through a compound key (this company and 1,240; this company and 9 October).
_HOT = [
    ("en", "Orion Textiles cut 1,240 jobs in Tunis on 9 October 2025.",
     "ar", "سرحت أوريون للنسيج ١٢٤٠ موظفا في تونس يوم 9 أكتوبر 2025.",
     ["Orion Textiles cut {n} jobs in Tunis on {d} November 2024.",
      "{co} cut 1,240 jobs in Tunis on {d} November 2024.",
      "{co} cut {n} jobs in Tunis on 9 October 2025."]),
    ("ar", "أسفرت الفيضانات في الموصل عن مقتل 63 شخصا في 12 أبريل 2024.",
     "en", "Floods in Mosul killed 63 people on 12 April 2024.",
     ["أسفرت الفيضانات في الموصل عن مقتل {n} شخصا في {d} مايو 2023.",
      "أسفرت الفيضانات في {city} عن مقتل 63 شخصا في {d} مايو 2023.",
      "أسفرت الفيضانات في {city} عن مقتل {n} شخصا في 12 أبريل 2024."]),
    ("en", "Seven of the 20 founders of Nimbus Logistics have left on March 3, 2025.",
     "en", "Seven of the 20 co-founders of Nimbus Logistics resigned on 3 March 2025.",
     ["{n} of the 90 founders of Nimbus Logistics have left on June {d}, 2024.",
      "Seven of the 20 founders of {co} have left on June {d}, 2024.",
      "{n} of the 90 founders of {co} have left on March 3, 2025."]),
]
_COMPANIES = ("Atlas Mills", "Vega Foods", "Corvus Air", "Helix Bank", "Argo Steel", "Lumen Media")
_CITIES = ("البصرة", "الرقة", "حلب", "إربد", "طنطا", "صفاقس")


@pytest.mark.parametrize("fresh_lang, fresh, mate_lang, mate, distractors", _HOT)
def test_counterpart_under_hot_keys_is_reached(store_db, monkeypatch, fresh_lang, fresh, mate_lang, mate,
                                              distractors):
    monkeypatch.setattr(matching, "PER_KEY", 4)
    monkeypatch.setattr(matching, "POSTINGS_BUDGET", 40)
    db = store_db
    stored, _ = ingest(db, ArticleInput(text=mate, language=mate_lang, published_date=date(2025, 10, 10)))
    for i in range(8):
        for pattern in distractors:
            text = pattern.format(n=21 + 3 * i, d=1 + i, co=_COMPANIES[i % 6], city=_CITIES[i % 6])
            ingest(db, ArticleInput(text=text, language=fresh_lang, published_date=date(2025, 10, 10)))
    art, _ = ingest(db, ArticleInput(text=fresh, language=fresh_lang, published_date=date(2025, 10, 10)))
    assert_counterpart_kept(db, art, stored)


# rekey: stored claims indexed under older keys get the current ones

_ARTICLES = [
    ("en", "Orion Textiles cut 1,240 jobs in Tunis on 9 October 2025. The union said it would appeal."),
    ("ar", "سرحت أوريون للنسيج ١٢٤٠ موظفا في تونس يوم 9 أكتوبر 2025."),
    ("en", "Floods in Mosul killed 63 people on 12 April 2024, officials said."),
]


def _stored_keys(db) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key, cid in db.conn.execute("SELECT key, claim_id FROM claim_keys"):
        out.setdefault(cid, set()).add(key)
    return out


def _age(db) -> None:
    """Make the store look indexed by older key code: no compound keys, frames of another version."""
    db.conn.execute("DELETE FROM claim_keys WHERE key LIKE 'x:%'")
    db.conn.execute("UPDATE claim_frames SET version = 'old'")
    db.conn.execute("UPDATE key_df SET n = n + 5")


def test_rekey_restores_current_keys_frames_and_counts(store_db):
    db = store_db
    claims = []
    for lang, text in _ARTICLES:
        art, _ = ingest(db, ArticleInput(text=text, language=lang, published_date=date(2025, 10, 10)))
        claims += art.claims
    before = _stored_keys(db)
    _age(db)
    assert stale_claims(db) == len(claims)
    seen = []
    assert rekey(db, batch=2, on_batch=lambda done, total: seen.append((done, total))) == len(claims)
    assert _stored_keys(db) == before == {c.id: blocking_keys(c) for c in claims}
    assert stale_claims(db) == 0
    assert {v for (v,) in db.conn.execute("SELECT DISTINCT version FROM claim_frames")} == {KEYS_VERSION}
    counts = dict(db.conn.execute("SELECT key, count(*) FROM claim_keys GROUP BY key").fetchall())
    assert dict(db.conn.execute("SELECT key, n FROM key_df").fetchall()) == counts
    assert seen[-1] == (len(claims), len(claims)) and len(seen) == (len(claims) + 1) // 2


def test_rekey_keeps_stored_matches(store_db):
    db = store_db
    for lang, text in _ARTICLES[:2]:
        ingest(db, ArticleInput(text=text, language=lang, published_date=date(2025, 10, 10)))
    matches = db.conn.execute("SELECT * FROM matches ORDER BY claim_id, other_id").fetchall()
    assert matches
    _age(db)
    rekey(db)
    assert db.conn.execute("SELECT * FROM matches ORDER BY claim_id, other_id").fetchall() == matches


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "rekey.db"), "TESTING": True})


def test_rekey_command(app):
    client = app.test_client()
    for lang, text in _ARTICLES:
        r = client.post("/v1/articles", json={"text": text, "language": lang, "published_at": "2025-10-10"})
        assert r.status_code == 201, r.get_json()
    runner = app.test_cli_runner()
    r = runner.invoke(args=["rekey", "--if-stale"])
    assert r.exit_code == 0 and "nothing to do" in r.output
    from factcheck.store.db import connect
    db = connect(app.config["DATABASE"])
    n = db.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    _age(db)
    db.close()
    r = runner.invoke(args=["rekey", "--if-stale", "--batch", "100"])
    assert r.exit_code == 0, r.output
    assert f"rekeyed {n} claims ({n} had stale keys)" in r.stdout
    assert f"rekeyed {n} of {n} claims" in r.stderr
    db = connect(app.config["DATABASE"])
    assert db.conn.execute("SELECT count(*) FROM claim_keys WHERE key LIKE 'x:%'").fetchone()[0] > 0
    assert stale_claims(db) == 0
    db.close()


def test_rekey_command_rejects_a_bad_batch(app):
    r = app.test_cli_runner().invoke(args=["rekey", "--batch", "0"])
    assert r.exit_code == 2 and "--batch" in r.output


def test_blocking_module_is_where_keys_come_from():
    # store/matching.py and bench stores index claims under the same function
    assert matching.blocking_keys is blocking.blocking_keys


# equally weighted candidates (claims alike in every key) are taken nearest in publication date first

def test_top_orders_ties_by_closer_and_keeps_heavier_first():
    weights = {"a": 5.0, "b": 3.0, "c": 3.0, "d": 3.0, "e": 1.0}
    latest_first = lambda ids: sorted(ids, reverse=True)  # noqa: E731
    assert matching._top(weights, 3) == ["a", "b", "c"]  # ties by id without a date order
    assert matching._top(weights, 3, latest_first) == ["a", "d", "c"]
    assert matching._top(weights, 2, latest_first) == ["a", "d"]
    assert matching._top(weights, 4, latest_first) == ["a", "d", "c", "b"]


@pytest.mark.parametrize("weights, n, want", [
    ({"a": 5.0, "b": 3.5, "c": 3.0, "d": 2.9, "e": 1.0}, 2, ["a", "d"]),  # b, c, d within 25% of 3.5
    ({"a": 5.0, "b": 3.5, "c": 3.0, "d": 2.0, "e": 1.0}, 2, ["a", "c"]),  # d is clearly lighter
    ({"a": 4.0, "b": 3.5, "c": 3.0, "d": 2.0, "e": 1.0}, 2, ["c", "b"]),  # a is within the band too
])
def test_candidates_near_the_cut_are_ordered_by_closeness(weights, n, want):
    assert matching.TIE_BAND == 0.25
    assert matching._top(weights, n, lambda ids: sorted(ids, reverse=True)) == want
    assert matching._top(weights, n) == sorted(weights, key=lambda c: -weights[c])[:n]


def test_ingest_links_the_tellings_nearest_in_time(store_db):
    db = store_db
    sentence = "Orion Textiles cut 1,240 jobs in Tunis."
    days = [date(2024, 1, 1) + (date(2024, 2, 1) - date(2024, 1, 1)) * k for k in range(16)]  # monthly
    by_article = {}
    for k, day in enumerate(days):
        art, _ = ingest(db, ArticleInput(text=f"{sentence}\n\nThe desk logged entry number {k + 100}.",
                                         language="en", published_date=day))
        by_article[art.id] = day
    fresh_day = date(2025, 1, 10)
    art, _ = ingest(db, ArticleInput(text=sentence, language="en", published_date=fresh_day))
    rows = db.conn.execute("SELECT other_id FROM matches WHERE claim_id = ?", [art.claims[0].id]).fetchall()
    linked = sorted(by_article[oid.rsplit("-", 1)[0]] for (oid,) in rows)
    nearest = sorted(sorted(days, key=lambda d: abs((d - fresh_day).days))[:len(linked)])
    assert len(linked) == 10 and linked == nearest


def test_publication_index_exists(store_db):
    sql = store_db.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'idx_claims_id_published'").fetchone()
    assert sql and "published_date" in sql[0]


def test_migration_indexes_claims_stored_before_compound_keys(tmp_path):
    from factcheck.store.db import connect
    from factcheck.store.setup import ensure_schema
    path = str(tmp_path / "old.db")
    ensure_schema(path)
    db = connect(path)
    for lang, text in _ARTICLES:
        ingest(db, ArticleInput(text=text, language=lang, published_date=date(2025, 10, 10)))
    want = _stored_keys(db)
    db.conn.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '0008%'")  # a store from before 0008
    _age(db)
    db.close()
    assert ensure_schema(path) == ["0008_compound_blocking_keys"]
    db = connect(path)
    assert _stored_keys(db) == want and stale_claims(db) == 0
    db.close()
