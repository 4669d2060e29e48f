"""Properties of the whole pipeline on arbitrary text: it never raises and every span indexes the
original text exactly (claims, quantities, dates, attribution source/cue/cited, subjects)."""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.pipeline import analyze

BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
PIECES = ["أعلنت شركة «إكس» عن تسريح نحو 500 موظف", "، حيث ", ". ", "؟ ", "\n", "\n\n", "مليار مليار مليار",
          "٤٫٣ مليار دولار", "4.3", "يوليو 2023", "By Jane Doe, Reuters", "التعليقات 0", '"', "«", "»",
          "The firm said it raised $20 million, which ", "د. ", "U.S. ", "…", "\u0651", "\u064b", "ـ",
          "\x00", "😀", "e\u0301", BIDI, "وبحسب مصادر، فإن ", "ويرى محللون أن ", ":", "؛", "(", ")"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=40).map("".join)


def _spans(analysis):
    for c in analysis.claims:
        yield c.start, c.end, c.text
        for q in c.quantities:
            yield q.start, q.end, q.text
        for d in c.dates:
            yield d.start, d.end, d.text
        for sp in (c.subject, c.attribution.source, c.attribution.cue, c.attribution.cited):
            if sp is not None:
                yield sp.start, sp.end, sp.text
    for s in analysis.segments:
        yield s.start, s.end, s.text


def _check(text, language=None):
    a = analyze(text, language, date(2025, 9, 13))
    for start, end, value in _spans(a):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == value
    return a


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "ar", "en"]))
def test_offsets_hold_on_arbitrary_text(text, language):
    _check(text, language)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text):
    _check(text)


@pytest.mark.parametrize("text", [
    "مليار مليار مليار",
    "x" * 100_000,
    ("أعلنت الشركة عن تسريح 500 موظف، حيث " * 3000),
    ("The firm cut 500 jobs, which " * 3000),
    "\u200f" * 1000 + "ارتفع السهم 5%." + "\u202b" * 1000,
    "\x00" * 50 + "Sales rose 4%." + "\x00" * 50,
], ids=["billion-words", "100k-line", "ar-3000-clauses", "en-3000-clauses", "bidi-runs", "nul-runs"])
def test_extreme_inputs(text):
    _check(text)
