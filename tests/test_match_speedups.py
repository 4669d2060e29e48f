"""Speed-ups of matching give exactly what the plain formulations give: weight accumulation, the
top-n cut, batched posting reads, per-pair values shared by relate's rules and the model's features."""
from __future__ import annotations

import heapq
import itertools
import math
import random
from dataclasses import replace
from datetime import date

import pytest

from factcheck.match import features as F
from factcheck.match import model as M
from factcheck.match.keys import claim_keys
from factcheck.match.pair import Pair as _Pair
from factcheck.match.relate import relate_keys
from factcheck.models import ArticleInput
from factcheck.pipeline import analyze
from factcheck.services import ingest
from factcheck.store import matching
from factcheck.store.db import connect
from factcheck.store.setup import ensure_schema
from factcheck.text.normalize import key_text

TEXTS = [
    ("Rescuers said at least 340 people were killed when the quake struck Herat on Saturday, while the "
     "provincial governor put the toll at about 500. The UN did not confirm the figures.", "en"),
    ("Herat officials said the earthquake killed 2,400 people on Saturday; aid agency IRC said roads "
     "to the district were closed.", "en"),
    ("Lumina Motors will cut 1,800 jobs by June 2026, chief executive Priya Raman told Bloomberg. "
     "Its shares rose 6% in Frankfurt.", "en"),
    ("Lumina Motors denied it would cut jobs this year and said its shares fell 2% on Tuesday.", "en"),
    ("قال محافظ البنك المركزي إن التضخم تراجع إلى ٤٫٢٪ في أبريل، وفق بيان نشر يوم الخميس.", "ar"),
    ("أفاد بيان للبنك المركزي بأن التضخم ارتفع إلى ٥٫١٪ في أبريل بعد زيادة أسعار الوقود.", "ar"),
    ("نفت وزارة الصحة وقوع إصابات جديدة بالكوليرا في مدينة تعز خلال الأسبوع الماضي.", "ar"),
    ("أعلنت منظمة الصحة العالمية تسجيل ٣٢٠ إصابة بالكوليرا في تعز منذ بداية الشهر.", "ar"),
]


@pytest.fixture(scope="module")
def keys():
    out = []
    for text, lang in TEXTS:
        out += [claim_keys(c) for c in analyze(text, lang, date(2025, 5, 2)).claims]
    assert len(out) >= 8
    return out


def _naive_weights(lists: list[tuple[list[str], float]]) -> dict[str, float]:
    w: dict[str, float] = {}
    for ids, idf in lists:
        for cid in ids:
            w[cid] = w.get(cid, 0.0) + idf
    return w


@pytest.mark.parametrize("lists", [
    [(["a", "b", "c"], 1.5)],
    [(["a", "b"], 0.1), (["b", "c"], 0.2), (["a", "b", "c"], 0.7)],
    [(["x"], math.log(1 + 1e6 / 3)), (["y"], 0.3), (["x", "y"], 1e-9)],
    [([], 2.0), (["p", "q"], 0.3), ([], 1.0), (["q"], 0.1 + 0.2)],
    [([f"c{i}" for i in range(150)], 0.37), ([f"c{i}" for i in range(100, 250)], 1.1),
     ([f"c{i}" for i in range(0, 300, 7)], 2.9)],
])
def test_add_sums_in_key_order(lists):
    w: dict[str, float] = {}
    for ids, idf in lists:
        matching._add(w, ids, idf)
    assert w == _naive_weights(lists)
    assert all(w[c] == _naive_weights(lists)[c] for c in w)  # bit-for-bit, not approximately


def _naive_top(weights: dict[str, float], n: int) -> list[str]:
    return [c for _, c in heapq.nsmallest(n, [(-w, c) for c, w in weights.items()])]


@pytest.mark.parametrize("weights,n", [
    ({"a": 1.0, "b": 2.0, "c": 3.0}, 2),
    ({"a": 1.0, "b": 2.0, "c": 2.0, "d": 2.0, "e": 0.5}, 2),  # ties at the cut are broken by id
    ({"z": 1.0, "y": 1.0, "x": 1.0}, 1),
    ({"a": 1.0}, 5),
    ({}, 3),
    ({f"id{i:03d}": float(i % 7) for i in range(300)}, 20),
    ({f"id{i:03d}": 0.1 * (i % 13) for i in range(40)}, 40),
])
def test_top_matches_full_sort(weights, n):
    assert matching._top(weights, n) == _naive_top(weights, n)


@pytest.fixture
def store(tmp_path):
    path = str(tmp_path / "s.db")
    ensure_schema(path)
    db = connect(path)
    for text, lang in TEXTS:
        ingest(db, ArticleInput(text=text, language=lang, published_date=date(2025, 5, 2)))
    return db


def test_prefetch_reads_what_single_reads_read(store):
    all_keys = [r[0] for r in store.conn.execute("SELECT key FROM key_df ORDER BY key")]
    assert len(all_keys) > matching.PREFETCH_CHUNK  # more than one statement, a padded last chunk
    single: dict[str, list[str]] = {}
    for k in all_keys + ["w:nosuchkey"]:
        matching._postings(store, k, single)
    batched: dict[str, list[str]] = {}
    matching.prefetch_postings(store, set(all_keys) | {"w:nosuchkey"}, batched)
    assert batched == single
    assert batched["w:nosuchkey"] == []
    assert any(len(v) > 1 for v in batched.values())


class _Counting:
    """A db whose posting reads one key at a time are counted."""

    def __init__(self, db):
        self.inner, self.single = db, 0

    @property
    def conn(self):
        return self

    def execute(self, sql, params=()):
        self.single += sql == matching._POSTING_SQL
        return self.inner.conn.execute(sql, params)


def test_needed_keys_cover_every_read(store):
    text, lang = ("Lumina Motors said it would cut about 1,800 jobs in Frankfurt by June 2026 after shares "
                  "fell 2%; Herat officials said 340 people were killed.", "en")
    claims = [replace(c, id=f"zz-{i:04d}") for i, c in enumerate(analyze(text, lang, date(2025, 5, 3)).claims)]
    keys = {c.id: matching.blocking_keys(c) for c in claims}
    df = matching._df(store, set().union(*keys.values()))
    cache: dict[str, list[str]] = {}
    matching.prefetch_postings(store, matching._needed(keys, df), cache)
    counting = _Counting(store)
    total = store.conn.execute("SELECT max(rowid) FROM claims").fetchone()[0]
    got = [matching.candidates(counting, c, keys[c.id], total, "zz-", df, cache, {c.id for c in claims})
           for c in claims]
    assert counting.single == 0
    assert any(got)
    fresh = [matching.candidates(store, c, keys[c.id], total, "zz-", df, {}, None) for c in claims]
    assert got == fresh


def test_plan_with_key_texts_is_plan_without(store):
    text, lang = ("قال البنك المركزي إن التضخم بلغ ٤٫٢٪ في أبريل، ونفت وزارة الصحة إصابات بالكوليرا في تعز.", "ar")
    claims = [replace(c, id=f"yy-{i:04d}") for i, c in enumerate(analyze(text, lang, date(2025, 5, 3)).claims)]
    a = matching.plan(store, claims, "yy")
    b = matching.plan(store, claims, "yy", [key_text(c.text) for c in claims])
    assert a.verdicts and {k: [(o, r) for o, r in v] for k, v in a.verdicts.items()} == b.verdicts


def _reference_values(ka, kb, signals) -> tuple[float, ...]:
    """The feature vector as first written: set differences, shipped cues, F.jaccard."""
    only_a, only_b = ka.tokset - kb.tokset, kb.tokset - ka.tokset
    wcues, pcues = M.shipped_cues(ka, kb, only_b)
    kinds = [s.kind for s in signals]
    verdicts = {(s.kind, s.verdict) for s in signals}
    small = min(len(ka.content), len(kb.content)) or 1
    return (1.0, float("negation" in kinds), float(kinds.count("antonym")), float(kinds.count("swap")),
            float(("number", "conflict") in verdicts), float(("number", "agree") in verdicts),
            float(("quantity", "conflict") in verdicts), float(("quantity", "agree") in verdicts),
            float(("date", "differ") in verdicts), F.jaccard(ka, kb), len(ka.content & kb.content) / small,
            max((w for _, w in wcues), default=0.0), math.tanh(sum(w for _, w in wcues) / 4),
            max((w for _, w in pcues), default=0.0),
            (len(only_a) + len(only_b)) / (len(ka.tokset | kb.tokset) or 1))


def _signals(ka, kb):
    return (F.quantities(ka, kb) + F.numbers(ka, kb) + F.dates(ka, kb) + F.negation(ka, kb)
            + F.antonyms(ka, kb) + F.swaps(ka, kb))


def test_values_and_probability_equal_reference(keys):
    for ka, kb in itertools.permutations(keys, 2):
        sig = _signals(ka, kb)
        vals = M.values(ka, kb, sig)
        assert vals == _reference_values(ka, kb, sig)
        assert M.shipped_probability(vals) == M.probability(dict(zip(M.FEATURES, vals, strict=True)))
        assert M.vector(ka, kb) == dict(zip(M.FEATURES, M.values(ka, kb, sig), strict=True))


def test_pair_values_equal_feature_functions(keys):
    seen = set()
    for ka, kb in itertools.permutations(keys, 2):
        p = _Pair(ka, kb)
        assert p.topic == F.topic(ka, kb)
        assert p.jaccard == F.jaccard(ka, kb)
        assert p.same_subject == F.shared_subject(ka, kb)
        assert p.shared == len(ka.content & kb.content)
        seen.add(relate_keys(ka, kb).relation)
        r1, r2 = relate_keys(ka, kb), relate_keys(kb, ka)
        assert (r1.relation, r1.score) == (r2.relation, r2.score)
    assert {"related", "conflicts"} <= seen


def _qk(value, unit="person", qualifier="exact", role=None, total=None):
    from factcheck.match.qkeys import qkey
    return qkey(value, unit, qualifier, total, f"{value:g}", role)


@pytest.mark.parametrize("x,y", [
    (_qk(300), _qk(300, qualifier="about")),
    (_qk(300), _qk(520)),
    (_qk(120, qualifier="at_least"), _qk(150)),
    (_qk(4.3e9, "USD"), _qk(4300e6, "USD")),
    (_qk(5, "percent"), _qk(5, None)),
    (_qk(5, None), _qk(7, None)),
    (_qk(40, role="killed"), _qk(90, role="injured")),
    (_qk(40, role="killed"), _qk(40, role=None)),
    (_qk(12, "SAR", role="salary/period"), _qk(12, "SAR", role="salary")),
    (_qk(30, total=100.0), _qk(30, total=120.0)),
])
def test_one_figure_each_equals_general_rule(keys, x, y):
    from dataclasses import replace as dc_replace
    ka, kb = dc_replace(keys[0], quantities=(x,)), dc_replace(keys[1], quantities=(y,))
    for a, b in ((ka, kb), (kb, ka)):
        assert F.quantities(a, b) == F._per_unit(a.quantities, b.quantities)
        assert len(F.quantities(a, b)) == 1


def _naive_top_closer(weights: dict[str, float], n: int, closer) -> list[str]:
    """The near-tie rule spelt out over every candidate: clearly heavier ones by weight, then the
    band's ``TIE_POOL`` heaviest in ``closer`` order."""
    cut = sorted(weights.values(), reverse=True)[n - 1]
    high, low = cut * (1 + matching.TIE_BAND), cut * (1 - matching.TIE_BAND)
    above = sorted((-w, c) for c, w in weights.items() if w > high)
    band = heapq.nlargest(matching.TIE_POOL, ((w, c) for c, w in weights.items() if low <= w <= high))
    return [c for _, c in above] + closer([c for _, c in band])[:n - len(above)]


@pytest.mark.parametrize("seed", range(40))
def test_top_with_closer_reads_only_the_heaviest_yet_picks_as_the_full_rule(seed):
    rnd = random.Random(seed)
    size = rnd.choice([12, 60, 400, 2500])
    # few distinct weights: long runs of ties inside and across the band
    weights = {f"c{rnd.randrange(10 ** 6):06d}": rnd.choice([0.7, 2.0, 2.5, 2.6, 3.0, 4.4]) * rnd.choice([1, 1.1])
               for _ in range(size)}
    n = rnd.choice([1, 3, 10, 30])
    by_parity = lambda ids: sorted(ids, key=lambda c: (int(c[1:]) % 3, c))  # noqa: E731
    if len(weights) > n:
        assert matching._top(weights, n, by_parity) == _naive_top_closer(weights, n, by_parity)
    assert matching._top(weights, n) == _naive_top(weights, n)
