"""Attribution frames: cue, source, type, content and carry-over on hand-written Arabic and English
sentences (tests/data/attribution_{ar,en}.jsonl), span invariants, and the seed gold sources."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import executed_lines

from factcheck.attribution.classify import attribute
from factcheck.attribution.cues import lexicon, tokenize
from factcheck.text.segment import segment

DATA = Path(__file__).parent / "data"
GOLD = Path("/work/shared/gold/seeds_gold.json")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _cases(lang):
    return [json.loads(line) for line in (DATA / f"attribution_{lang}.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


CASES = [(lang, c) for lang in ("ar", "en") for c in _cases(lang)]


def _frames(text, lang):
    segs = segment(text)
    return [f for fs in attribute(text, segs, lang) for f in fs]


def _overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _locate(text, content):
    s = text.find(content)
    assert s >= 0, content
    return s, s + len(content)


@pytest.mark.parametrize("lang,case", CASES, ids=[c["id"] for _, c in CASES])
def test_case(lang, case):
    if case.get("known_gap"):
        pytest.xfail(case["known_gap"])
    text = case["text"]
    frames = _frames(text, lang)
    expected = [e for e in case["frames"] if e["type"] != "unattributed"]
    assert len(frames) == len(expected), [text[f.content_start:f.content_end] for f in frames]
    for e in case["frames"]:
        span = _locate(text, e["content"])
        best = max(frames, key=lambda f: _overlap((f.content_start, f.content_end), span), default=None)
        hit = best is not None and _overlap((best.content_start, best.content_end), span) > 0
        if e["type"] == "unattributed":
            assert not hit
            continue
        assert hit, e["content"]
        a = best.attribution
        assert (a.type, text[best.content_start:best.content_end]) == (e["type"], e["content"])
        assert (a.source and a.source.text, a.cue and a.cue.text) == (e["source"], e["cue"])
        assert a.carried == e.get("carried", False)
        if "kind" in e:
            assert a.source_kind == e["kind"]
        if "cited" in e:
            assert a.cited is not None and a.cited.text == e["cited"]


@pytest.mark.parametrize("lang,case", CASES, ids=[c["id"] for _, c in CASES])
def test_spans_index_original_text(lang, case):
    text = case["text"]
    for f in _frames(text, lang):
        a = f.attribution
        for span in (a.source, a.cue, a.cited):
            if span is not None:
                assert text[span.start:span.end] == span.text
        assert 0 <= f.content_start < f.content_end <= len(text)


@pytest.mark.parametrize("text,cue,source", [
    ("\u200fوقال\u200f المتحدث باسم الوزارة إن الاجتماع انتهى.", "وقال", "المتحدث باسم الوزارة"),
    ("وقـــال المتحدثُ باسمِ الوزارةِ إنّ الاجتماع انتهى.", "وقـــال", "المتحدثُ باسمِ الوزارةِ"),
    ("وأكّدت الشركةُ أنّ الأرباح ارتفعت ٪١٢.", "وأكّدت", "الشركةُ"),
    ("واكدت الشركه ان الارباح ارتفعت.", "واكدت", "الشركه"),
])
def test_orthographic_variants_and_bidi(text, cue, source):
    frames = _frames(text, "ar")
    assert len(frames) == 1
    a = frames[0].attribution
    assert (a.cue.text, a.source.text, a.type) == (cue, source, "official")
    assert text[a.cue.start:a.cue.end] == cue


@pytest.mark.parametrize("text", [
    "ويُعتبر هذا العمل عنصراً أساسياً في تدريب النماذج.",
    "لأنه يعتبر معايير الأمان نوعاً من الرقابة.",
    "يبلغ عدد سكان المدينة مليون نسمة.",
    "The United States imposed new tariffs on steel.",
    "The claims were rejected by the court.",
])
def test_no_false_cues(text):
    lang = "en" if text.isascii() else "ar"
    assert _frames(text, lang) == []


@pytest.mark.parametrize("word,kind", [
    ("قال", "say"), ("قالت", "say"), ("يقولون", "say"), ("وتقول", "say"), ("فأكد", "confirm"),
    ("مشيرا", "say"), ("مضيفاً", "carry"), ("وأعلنت", "announce"), ("يرى", "say"), ("ووصف", "object"),
])
def test_arabic_verb_forms(word, kind):
    lex = lexicon("ar")
    tok = tokenize(word, 0, len(word))[0]
    assert lex.verb(tok.f)[0] == kind


def _gold_articles():
    if not GOLD.exists():
        return []
    return [g for g in json.loads(GOLD.read_text("utf-8")) if (SEEDS / g["file"]).exists()]


@pytest.mark.skipif(not GOLD.exists(), reason="seed gold annotation not present")
@pytest.mark.parametrize("article", _gold_articles(), ids=lambda g: g["file"])
def test_seed_gold_sources(article):
    """Each gold claim with a source is covered by a frame whose source span is that phrase."""
    text = (SEEDS / article["file"]).read_text("utf-8")
    frames = _frames(text, "ar")
    misses = []
    for gc in article["claims"]:
        if not gc.get("source") or "unattributed" in gc["accept"]:
            continue
        span = tuple(gc["span"])
        best = max(frames, key=lambda f: _overlap((f.content_start, f.content_end), span), default=None)
        ok = best is not None and _overlap((best.content_start, best.content_end), span) > 0
        ok = ok and best.attribution.source is not None and best.attribution.source.text == gc["source"]
        ok = ok and best.attribution.type in gc["accept"]
        if not ok:
            misses.append(gc["id"])
    assert misses == []


@pytest.mark.parametrize("lang,clause", [
    ("ar", "وقال المتحدث إن الإنتاج ارتفع، مما يعني أن الأسعار ستنخفض، حيث "),
    ("en", "the ministry said output rose, which means prices will fall, and "),
])
def test_long_line_is_linear(lang, clause):
    """One 100k-character line with thousands of clauses: frames bounded per clause, and ten times the
    text costs about ten times the work (counted in executed lines, not seconds)."""
    def run(n):
        text = clause * (n // len(clause) + 1) + "."
        segs = segment(text)
        found: list = []
        work = executed_lines(lambda: found.extend(f for fs in attribute(text, segs, lang) for f in fs))
        return work, found

    small, _ = run(10_000)
    large, found = run(100_000)
    assert len(found) > 1000
    assert all(f.content_end - f.content_start < len(clause) for f in found)
    assert large < 14 * small, (small, large)  # linear ≈ 10x; quadratic ≈ 100x


_VARIANT_TEXTS = [
    "وقـــال المتحدثُ باسمِ الوزارةِ إنّ الاجتماع انتهى يوم ٢٣ مارس.",
    "\u200fوأكّدت\u200f الشركةُ أنّ الأرباح ارتفعت ١٢٫٥٪.",
    "Reuters' reporter_1 said \u200ethe talks ended, according to a source.",
    "بحسبِ «رويترز»، فإنّ الصفقة أُلغيت؛ ونقلاً عن مصادر: «لا تعليق».",
]


@pytest.mark.parametrize("text", [c["text"] for _, c in CASES] + _VARIANT_TEXTS)
def test_prefilter_keeps_every_sentence_with_a_frame(text):
    """The raw-text prefilter may let through sentences without frames, never drop one with a frame."""
    from factcheck.attribution import frames_ar, frames_en
    lang = "en" if text.isascii() or "Reuters" in text else "ar"
    lex = lexicon(lang)
    find = frames_ar.find if lang == "ar" else frames_en.find
    for seg in segment(text):
        if find(text, tokenize(text, seg.start, seg.end), lex):
            assert lex.candidate(text[seg.start:seg.end]), text[seg.start:seg.end]


@pytest.mark.parametrize("text", _VARIANT_TEXTS + ["a_b c\u200fd \u200e", "كلمة\u200fكلمة ـــ ً"])
def test_tokenizer_fast_path_matches_exact_pattern(text):
    from factcheck.attribution.cues import _TOKEN, _TOKEN_PLAIN
    exact = [m.span() for m in _TOKEN.finditer(text)]
    assert [(t.start, t.end) for t in tokenize(text, 0, len(text))] == exact
    if "_" not in text and not any(c in text for c in "\u200e\u200f"):
        assert [m.span() for m in _TOKEN_PLAIN.finditer(text)] == exact
