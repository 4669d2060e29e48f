"""The fast paths added for extraction speed give exactly what the plain paths give."""
from __future__ import annotations

import re

import pytest

from factcheck.attribution.cues import lexicon as attribution_lexicon
from factcheck.attribution.cues import tokenize as cue_tokenize
from factcheck.attribution.draft import scan
from factcheck.extract.claims import _mostly_evaluative, _negated, _sentence_indices
from factcheck.extract.clauses import lexicon, marks
from factcheck.extract.events import name_runs, trigger_indices
from factcheck.extract.numbers import DIGITS, INVISIBLE, MARKS
from factcheck.extract.numbers import tokenize as number_tokens
from factcheck.extract.tokens import text_tokens, tokenize, tokens_and_starts

TEXTS = [
    ("ar", "قالت الحكومة إن الشركة لم تسرّح 300 موظف، ولا يقل عددهم عن 250 شخصاً في مصنع «النصر»."),
    ("ar", "أعلن البنك المركزي عن خفض غير متوقع للفائدة بمقدار 200 نقطة أساس يوم الخميس."),
    ("ar", "وأكد الرئيس التنفيذي لشركة iPhone أن المبيعات ارتفعت ٣٫٥٪ خلال الربع الثالث."),
    ("en", "The company didn't cut 1,200 jobs, a spokesperson for eBay said on Monday."),
    ("en", "Officials said no fewer than 40 people were hurt; the mayor called it a terrible, shameful day."),
    ("en", "Acme Corp agreed to acquire Northwind for $4.3bn, the firms said in a joint statement."),
    ("en", "Ünal Çelik, the McDonald's chief in İzmir, said sales rose 12 percent."),
]


@pytest.mark.parametrize("lang,text", TEXTS)
@pytest.mark.parametrize("cut", [(0, None), (5, -3), (10, 40)])
def test_tokens_and_starts_match_tokenize(lang, text, cut):
    start, end = cut[0], len(text) if cut[1] is None else len(text) + cut[1]
    toks, starts = tokens_and_starts(text, text_tokens(text), start, end)
    assert toks == tokenize(text, start, end)
    assert starts == [t.start for t in toks]
    assert tokens_and_starts(text, None, start, end) == (toks, starts)


@pytest.mark.parametrize("lang,text", TEXTS)
def test_trigger_indices_with_labels(lang, text):
    mk = marks(tokenize(text, 0, len(text)), lang)
    assert trigger_indices(mk, lexicon(lang).triggers) == trigger_indices(mk)


@pytest.mark.parametrize("lang,text", TEXTS)
def test_sentence_indices_agree_with_plain_scans(lang, text):
    toks = tokenize(text, 0, len(text))
    mk = marks(toks, lang)
    idx = _sentence_indices(toks, mk, lang)
    assert idx["triggers"] == trigger_indices(mk)
    assert idx["cues"] == [i for i, m in enumerate(mk) if "cue:person" in m or "cue:org" in m]
    for a in range(len(toks)):
        for b in range(a + 1, len(toks) + 1):
            assert _negated(toks, mk, a, b, lang, idx["negations"]) == _negated(toks, mk, a, b, lang)
            assert _mostly_evaluative(mk, a, b, idx["evaluative"]) == _mostly_evaluative(mk, a, b)


@pytest.mark.parametrize("text,named", [
    ("the iPhone maker", ["iPhone"]),
    ("shares of eBay fell", ["eBay"]),
    ("a deal with Acme Corp today", ["Acme Corp"]),
    ("the ünal deal", []),
    ("the çÉlik deal", []),  # only a-z openings are looked inside
    ("the xÉlik deal", ["xÉlik"]),
    ("no names here at all", []),
])
def test_name_runs_find_inner_capitals(text, named):
    toks = tokenize(text, 0, len(text))
    runs = name_runs(text, toks, "en")
    assert [text[toks[i].start:toks[j - 1].end] for i, j in runs] == named


@pytest.mark.parametrize("text,kinds", [
    ("٣٫٥٪ من 1,200", ["n", "s", "w", "n"]),
    ("قالَ\u200fت $5", ["w", "s", "n"]),
    ("مُ\u200eحَمَّد_x", ["w", "w"]),
    ("ab\u200b\u200bcd 7", ["w", "n"]),
])
def test_number_tokens_kinds_and_spans(text, kinds):
    toks = number_tokens(text, 0, len(text))
    assert [t.kind for t in toks] == kinds
    assert [(t.start, t.end) for t in toks] == [m.span() for m in _OLD_NUMBER_TOKEN.finditer(text)]


# numbers._TOKEN before its word branch was unrolled (letters, then marks/invisibles and letters)
_OLD_NUMBER_TOKEN = re.compile(
    rf"(?P<n>[{DIGITS}]+(?:[{INVISIBLE}]*[.,\u066b\u066c][{INVISIBLE}]*[{DIGITS}]+)*)"
    rf"|(?P<w>[^\W\d_](?:[^\W\d_]|[{MARKS}{INVISIBLE}])*)"
    rf"|(?P<s>[^\s\w{INVISIBLE}{MARKS}])")


@pytest.mark.parametrize("lang,text", TEXTS)
def test_attribution_scan_tries_every_trigger(lang, text):
    """``scan`` calls ``attempt`` at each trigger token it does not skip, in order."""
    lex = attribution_lexicon(lang)
    toks = cue_tokenize(text, 0, len(text))
    seen: list[int] = []

    def attempt(_text, _toks, i, _lex):
        seen.append(i)
        return None, i + 1

    scan(text, toks, lex, attempt)
    want, i = [], 0
    while i < len(toks):
        if toks[i].f in lex.triggers:
            n = lex["own_voice"].match(toks, i)
            if n:
                i += n
                continue
            want.append(i)
        i += 1
    assert seen == want


@pytest.mark.parametrize("text", [t for _, t in TEXTS] + ["قرآنۥ\u06e5ي\u0670ة ٢٠٢٥", "a\u200b\u064bb\u200c\u06e6c_d"])
def test_number_tokens_match_the_old_word_branch(text):
    assert [(t.start, t.end) for t in number_tokens(text, 0, len(text))] == [
        m.span() for m in _OLD_NUMBER_TOKEN.finditer(text)]
