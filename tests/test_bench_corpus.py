"""The benchmark corpus generator: deterministic, valid articles, the promised duplication structure."""
from __future__ import annotations

import re
import sqlite3
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/ is not an installed package

from bench import forms  # noqa: E402
from bench.corpus import VARIANTS, articles, generate, make_story  # noqa: E402
from bench.stores import build_store, claims_of  # noqa: E402

N = 60
KEYS = {"text", "title", "publisher", "published_at", "language"}
BIDI_OR_TATWEEL = re.compile("[\u200e\u200f\u0640]")


@pytest.fixture(scope="module")
def gen():
    return list(generate(N, seed=3))


def test_deterministic_and_prefix_stable():
    a = list(articles(25, seed=11))
    assert a == list(articles(25, seed=11))
    assert a[:10] == list(articles(10, seed=11))
    assert a != list(articles(25, seed=12))


def test_articles_are_valid(gen):
    for g in gen:
        art = g.article
        assert set(art) == KEYS
        assert art["language"] in ("ar", "en")
        assert date.fromisoformat(art["published_at"])
        assert art["text"].startswith(art["title"] + "\n")
        assert 900 <= len(art["text"].encode()) <= 6000


def test_sizes_average_about_3kb(gen):
    sizes = [len(g.article["text"].encode()) for g in gen]
    assert 2000 <= sum(sizes) / len(sizes) <= 4000


def test_both_languages(gen):
    assert {g.article["language"] for g in gen} == {"ar", "en"}


def test_spans_index_the_original_text(gen):
    for g in gen:
        text = g.article["text"]
        for t in g.tellings:
            sentence = text[t.start:t.end]
            assert sentence.endswith(".") and "\n" not in sentence
            if t.qtext:
                assert t.qtext in sentence


def test_each_story_told_by_several_outlets(gen):
    by_story = defaultdict(list)
    for g in gen:
        by_story[g.story].append(g)
    complete = [gs for s, gs in by_story.items() if len(gs) == make_story(3, s).size]
    assert complete and all(len(gs) >= 2 for gs in complete)
    for gs in complete:
        assert len({g.article["publisher"] for g in gs}) == len(gs)
        assert len({g.article["text"] for g in gs}) == len(gs)


def test_first_telling_agrees_and_later_ones_vary(gen):
    seen = set()
    for g in gen:
        first = g.story not in seen
        seen.add(g.story)
        variants = {t.variant for t in g.tellings}
        if first:
            assert variants == {"same"}
    assert {t.variant for g in gen for t in g.tellings} == set(VARIANTS)


@pytest.mark.parametrize("variant", ["number", "date"])
def test_conflicting_variants_change_the_fact(gen, variant):
    truth = {}
    for g in gen:
        for t in g.tellings:
            if t.variant == "same":
                truth.setdefault((t.story, t.fact), (t.value, t.day))
    changed = [(t, truth[(t.story, t.fact)]) for g in gen for t in g.tellings
               if t.variant == variant and (t.story, t.fact) in truth]
    assert changed
    for t, (value, day) in changed:
        assert (t.value != value) if variant == "number" else (t.day != day)


def test_noise_and_number_forms_appear():
    texts = [a["text"] for a in articles(150, seed=5)]
    ar = "\n".join(t for t in texts if re.search("[\u0600-\u06ff]{4}", t[:40]))
    assert BIDI_OR_TATWEEL.search(ar)
    assert re.search("[٠-٩]", ar) and ("٪" in ar or "%" in ar)
    assert any(w in ar for w in ("مليار", "مليون"))
    assert "أضعاف" in ar or "مرات" in ar
    assert re.search(r"\d,\d{3}", "\n".join(texts))


@pytest.mark.parametrize("n, words", [
    (5, "خمسة"), (12, "اثنا عشر"), (15, "خمسة عشر"), (25, "خمسة وعشرون"), (500, "خمسمائة"),
    (243, "مائتا وثلاثة وأربعون"),
])
def test_arabic_number_words(n, words):
    assert forms.ar_words(n) == words


@pytest.mark.parametrize("n, words", [(7, "seven"), (15, "fifteen"), (42, "forty-two"),
                                      (250, "two hundred and fifty")])
def test_english_number_words(n, words):
    assert forms.en_words(n) == words


def test_indic_digits():
    assert forms.indic("1,250.5") == "١٬٢٥٠٫٥"


def test_store_rows_match_the_app_schema(tmp_path):
    g = next(generate(1, seed=9))
    claims = claims_of(g)
    assert claims and all(g.article["text"][c.start:c.end] == c.text for c in claims)
    for c in claims:
        for q in c.quantities:
            assert g.article["text"][q.start:q.end] == q.text
    info = build_store(tmp_path / "s.db", 300, seed=9, procs=1)
    conn = sqlite3.connect(tmp_path / "s.db")
    assert info["claims"] == 300
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 300
    assert conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0] == 300
    assert conn.execute("SELECT count(DISTINCT claim_id) FROM claim_keys").fetchone()[0] > 250
    word = conn.execute("SELECT key_text FROM claims WHERE rowid = 7").fetchone()[0].split()[-1]
    hits = conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?", [f'"{word}"']).fetchone()[0]
    assert hits >= 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'claims' AND type = 'trigger'"
                        ).fetchone()[0] >= 3
    bad = conn.execute("SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id "
                       "WHERE substr(a.text, c.start + 1, c.end - c.start) != c.text").fetchone()[0]
    assert bad == 0
    # attribution stats of a bulk-written store count its claims as ingest would
    assert conn.execute("SELECT sum(n) FROM attribution_counts").fetchone()[0] == 300
    assert conn.execute("SELECT count(DISTINCT attribution_type) FROM attribution_counts").fetchone()[0] >= 2
