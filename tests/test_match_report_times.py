"""A figure dated long before the other telling's report is of another time, not a contradiction:
"It was the deadliest accident since 2019, when 22 people died" beside an undated "17 people were
killed" in a report of November 2026 tells history, not a different toll. The undated claim is read
at its article's publication date (stored articles, and ``/v1/compare`` given ``published_at``)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.keys import claim_keys
from factcheck.match.relate import Relation
from factcheck.match.times import reported_apart
from factcheck.models import Claim, DateRef, Quantity

TOLL = "Death toll in Kessa train crash rises to 17 dead"
HISTORY = "It was the deadliest rail accident in the country since 2019, when 22 people died in a collision."

ARTICLES = [
    {"title": TOLL, "published_at": "2026-11-19T07:30:00Z", "language": "en",
     "text": TOLL + "\nRescue teams worked through the night near Kessa.\n" + HISTORY},
    {"title": "Kessa derailment", "published_at": "2026-11-20T07:30:00Z", "language": "en",
     "text": "Kessa train derailment toll reaches 17 dead\nThe national railway company said the line would reopen "
             "next week.\nIt was the worst crash on the network since 2019, when 22 people were killed in a collision."},
    {"title": "قطار كيسا", "published_at": "2026-11-19T10:00:00Z", "language": "ar",
     "text": "ارتفاع حصيلة ضحايا خروج قطار عن القضبان في كيسا إلى 17 قتيلا\nوعملت فرق الإنقاذ طوال الليل.\n"
             "وهو الحادث الأسوأ منذ عام 2019، حين لقي 22 شخصا حتفهم في تصادم قطارين."},
]


def _claim(text, dates=(), quantities=()):
    return Claim(0, len(text), text, "en", event="casualties", dates=tuple(dates), quantities=tuple(quantities))


def _q(value, text):
    return Quantity(value=value, unit="person", qualifier="exact", text=text, start=0, end=len(text))


def _d(value, text):
    return DateRef(value=value, text=text, start=0, end=len(text))


def test_no_conflict_between_a_current_toll_and_a_dated_past_one(client):
    ids = []
    for art in ARTICLES:
        r = client.post("/v1/articles", json=art)
        assert r.status_code == 201, r.get_json()
        ids.append(r.get_json())
    conflicts = client.get("/v1/conflicts?limit=500").get_json()["items"]
    for c in conflicts:
        texts = {c["a"]["text"], c["b"]["text"]}
        assert not any("2019" in t for t in texts), c
    history = next(c for c in ids[0]["claims"] if "2019" in c["text"])
    toll = next(c for c in ids[2]["claims"] if "17" in c["text"])
    found = {m["claim"]["id"]: m for m in client.get(f"/v1/claims/{history['id']}/matches").get_json()["items"]}
    if toll["id"] in found:
        m = found[toll["id"]]
        assert m["relation"] == "related", m
        assert any("different times" in r for r in m["reasons"]), m


def test_compare_with_publication_dates_reads_the_undated_side_at_its_report(client):
    body = {"a": {"text": "17 people were killed in the derailment.", "published_at": "2026-11-19"},
            "b": {"text": "In 2019, 22 people were killed in a derailment.", "published_at": "2026-11-19"}}
    r = client.post("/v1/compare", json=body).get_json()
    assert r["relation"] == "related", r
    assert any("different times" in x and "2019" in x for x in r["reasons"]), r
    # without publication dates nothing places the undated side: the figures still conflict
    r = client.post("/v1/compare", json={"a": body["a"]["text"], "b": body["b"]["text"]}).get_json()
    assert r["relation"] == "conflicts", r


CONFLICT = Relation("conflicts", 80, ("17 people vs 22 people",))


@pytest.mark.parametrize("dated,published,apart", [
    ("2019", "2026-11-19", True),            # years before the report
    ("2026-01", "2026-11-19", True),          # a month long past
    ("2026", "2026-11-19", False),           # the report's own year: may be this toll
    ("2025", "2026-02-10", False),           # last year's figures, reported early in the next
    ("2026-11-17", "2026-11-19", False),      # two days before: the same event told late
    ("2026-08", "2026-11-19", False),         # within a quarter (results reported after their period)
    ("2026-07", "2026-11-19", True),          # more than a quarter before
    ("2027-03", "2026-11-19", False),         # ahead of the report (a forecast)
])
def test_reported_apart_by_the_end_of_the_dated_period(dated, published, apart):
    undated = claim_keys(_claim("17 people were killed", quantities=[_q(17, "17 people")]))
    old = claim_keys(_claim(f"22 people were killed in {dated}", dates=[_d(dated, dated)],
                            quantities=[_q(22, "22 people")]))
    pub = date.fromisoformat(published)
    r = reported_apart(CONFLICT, undated, old, pub, pub)
    assert (r.relation == "related") is apart, r
    if apart:
        assert r.reasons[0].startswith("different times:") and dated[:4] in r.reasons[0], r.reasons
    # symmetric
    assert reported_apart(CONFLICT, old, undated, pub, pub).relation == r.relation


def test_only_conflicts_of_figures_and_only_with_a_report_date():
    undated = claim_keys(_claim("17 people were killed", quantities=[_q(17, "17 people")]))
    old = claim_keys(_claim("22 people were killed in 2019", dates=[_d("2019", "2019")], quantities=[_q(22, "22")]))
    pub = date(2026, 11, 19)
    assert reported_apart(CONFLICT, undated, old, None, pub) is CONFLICT  # undated side has no report date
    agree = Relation("agrees", 80, ("x",))
    assert reported_apart(agree, undated, old, pub, pub) is agree
    both_dated = claim_keys(_claim("17 people were killed in 2026", dates=[_d("2026", "2026")], quantities=[_q(17, "17")]))
    assert reported_apart(CONFLICT, both_dated, old, pub, pub) is CONFLICT  # both dated: relate() decided
    no_figures = claim_keys(_claim("The minister resigned"))
    assert reported_apart(CONFLICT, no_figures, old, pub, pub) is CONFLICT
