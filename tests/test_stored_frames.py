"""Stored matching keys (``claim_frames``): frames round-trip exactly, are written at ingest, backfilled
by the migration, refreshed when stale, and matching gives the same verdicts from loaded keys."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.match import keys as K
from factcheck.match.relate import relate_keys
from factcheck.match.stored import KEYS_VERSION, dump, load
from factcheck.models import ArticleInput
from factcheck.pipeline import analyze
from factcheck.services import ingest
from factcheck.store import frames
from factcheck.store.db import connect
from factcheck.store.setup import ensure_schema

TEXTS = [
    ("Aid groups said at least 1,200 families were displaced by the floods in Derna on Monday, "
     "while the ministry put the figure at about 900. Officials denied that the dam had collapsed.", "en"),
    ("Harbour Freight Ltd. will not raise prices in 2025, its chief executive Dana Ortiz told Reuters. "
     "Shares fell 4.5% to $12.30 after the announcement on March 3.", "en"),
    ("قال مسؤول في وزارة الصحة، طلب عدم ذكر اسمه، إن أكثر من ١٢٠ شخصاً قُتلوا في القصف يوم الأحد، "
     "بينما نفت الحكومة سقوط ضحايا مدنيين.", "ar"),
    ("أعلنت شركة نوفا للاتصالات أنها ستسرّح نحو ٥٠٠ موظف بحلول نهاية العام، وفق ما نقلت «رويترز». "
     "وارتفعت أسهم الشركة بنسبة ٣٫٥٪ في بورصة دبي.", "ar"),
]
# other tellings of the same events, so that matching has pairs to decide
RETOLD = [
    ("The ministry said about 2,000 families were displaced by the floods in Derna on Monday. "
     "The dam collapsed, engineers confirmed.", "en"),
    ("قالت شركة نوفا للاتصالات إنها ستسرّح ٨٠٠ موظف بحلول نهاية العام، وانخفضت أسهمها بنسبة ٣٫٥٪.", "ar"),
]


def _claims(text: str, lang: str):
    return analyze(text, lang, date(2025, 3, 10)).claims


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_frame_round_trip_is_exact(text, lang):
    claims = _claims(text, lang)
    assert claims
    for c in claims:
        k = K._compute(c)
        back = load(dump(k))
        assert back == k
        assert back.content == k.content and back.partners == k.partners and back.actors == k.actors


@pytest.mark.parametrize(("text", "lang"), TEXTS)
def test_loaded_keys_relate_like_computed_ones(text, lang):
    claims = _claims(text, lang) + _claims(TEXTS[0][0], "en") + _claims(TEXTS[2][0], "ar")
    for a in claims:
        for b in claims:
            ka, kb = K._compute(a), K._compute(b)
            assert relate_keys(load(dump(ka)), load(dump(kb))) == relate_keys(ka, kb)


def _ingest_all(db):
    return [ingest(db, ArticleInput(text=t, language=lang, published_date=date(2025, 3, 10)))[0]
            for t, lang in TEXTS]


def _frames(db) -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in db.conn.execute("SELECT claim_id, version, frame FROM claim_frames")}


def test_ingest_writes_current_frames(tmp_path):
    path = str(tmp_path / "f.db")
    ensure_schema(path)
    db = connect(path)
    arts = _ingest_all(db)
    frames = _frames(db)
    ids = {c.id for a in arts for c in a.claims}
    assert ids and set(frames) == ids
    for a in arts:
        for c in a.claims:
            version, frame = frames[c.id]
            assert version == KEYS_VERSION
            assert load(frame) == K._compute(c)


def test_backfill_fills_missing_and_stale_frames(tmp_path):
    path = str(tmp_path / "b.db")
    ensure_schema(path)
    db = connect(path)
    _ingest_all(db)
    want = _frames(db)
    some = sorted(want)[:3]
    db.conn.execute("DELETE FROM claim_frames WHERE claim_id NOT IN (?, ?, ?)", some)
    db.conn.execute("UPDATE claim_frames SET version = 'old', frame = '[]' WHERE claim_id = ?", [some[0]])
    assert frames.backfill(db) == len(want) - 2
    # the same keys (marshal's bytes depend on how many references an object had when dumped)
    assert {c: (v, load(f)) for c, (v, f) in _frames(db).items()} == {c: (v, load(f)) for c, (v, f) in want.items()}
    assert frames.backfill(db) == 0


def test_stale_frames_are_not_loaded(tmp_path):
    path = str(tmp_path / "s.db")
    ensure_schema(path)
    db = connect(path)
    arts = _ingest_all(db)
    cid = arts[0].claims[0].id
    db.conn.execute("UPDATE claim_frames SET version = 'old' WHERE claim_id = ?", [cid])
    assert cid not in frames.fetch_frames(db, [cid])
    other = arts[1].claims[0].id
    assert set(frames.fetch_frames(db, [cid, other])) == {other}


def test_matches_do_not_depend_on_frames(tmp_path):
    """The same articles matched with frames, and with every frame gone (keys computed), agree."""
    stored = []
    for drop in (False, True):
        path = str(tmp_path / f"m{int(drop)}.db")
        ensure_schema(path)
        db = connect(path)
        for t, lang in TEXTS + RETOLD:
            if drop:
                db.conn.execute("DELETE FROM claim_frames")
            K._CACHE.clear()
            ingest(db, ArticleInput(text=t, language=lang, published_date=date(2025, 3, 10)))
        stored.append(db.conn.execute(
            "SELECT claim_id, other_id, relation, score, reasons FROM matches ORDER BY 1, 2").fetchall())
    assert stored[0] and stored[0] == stored[1]


def test_frames_are_compact_binary_and_take_the_current_models_cues(monkeypatch):
    from factcheck.match import keys as keys_module
    claims = _claims(TEXTS[1][0], "en")
    k = K._compute(claims[0])
    frame = dump(k)
    assert isinstance(frame, bytes)
    word = sorted(k.tokset)[0]
    # a retrained model applies to stored frames at once: cues are looked up on load, never stored
    monkeypatch.setattr(keys_module, "learned", lambda: ({word: 2.5}, {word: {"other": 1.0}}, {}))
    back = load(frame)
    assert back.wcues == ((word, 2.5),)
    assert back.partners == ((word, {"other": 1.0}),)
    assert back.tokens == k.tokens and back.quantities == k.quantities and back.scales == k.scales


def test_keys_version_names_the_python_that_wrote_the_frames(monkeypatch):
    import sys

    from factcheck.match import stored
    assert stored._version() == KEYS_VERSION
    monkeypatch.setattr(sys, "version_info", (3, 99, 0))
    assert stored._version() != KEYS_VERSION  # marshal data of another Python is recomputed, never misread


def test_loaded_frames_share_one_empty_set():
    """Half of a frame's sets are empty; loaded, they are one shared object, not one per field per
    cached candidate (memory and garbage-collection work of the worker's key cache)."""
    loaded = [load(dump(K.claim_keys(c))) for text, lang in TEXTS for c in _claims(text, lang)]
    empties = [v for k in loaded for v in (k.marks, k.mark_ids, k.bare_title, k.context, k.scopes,
                                           k.subjects, k.sources, k.titled) if not v]
    assert len(empties) > 10
    assert len({id(v) for v in empties}) == 1
    assert all(isinstance(v, frozenset) for v in empties)
    full = [k for k in loaded if k.content]
    assert full and all(k.content == K.claim_keys(c).content for k, c in zip(
        loaded, [c for text, lang in TEXTS for c in _claims(text, lang)], strict=True))
