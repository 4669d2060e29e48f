"""clauses: the article-level token index gives exactly what tokenizing a stretch gives, and the
clause cutter's basic cuts."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.clauses import clause_spans, marks
from factcheck.extract.tokens import text_tokens, tokenize, tokens_in

PIECES = ["أعلنت", " ", "شركة", "«إكس»", "والبنك", "بنحو", "٤٫٣", "2,750", "4.3bn", "U.S.", "two-thirds",
          "O'Neil", "AT&T", "\u064b", "ـ", "\u200f", "\u2067", "،", ",", ".", "؛", "\n", "e\u0301", "😀",
          "_", "Ünïcode", "١٢٬٥٠٠", "۳۴"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data())
def test_tokens_in_equals_tokenize(text, data):
    """Any span, including spans that start or end inside a word or a number."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert tokens_in(text, text_tokens(text), start, end) == tokenize(text, start, end)


@pytest.mark.parametrize("text, start, end", [
    ("The company cut 2,750 jobs.", 4, 11),        # whole word
    ("The company cut 2,750 jobs.", 6, 20),        # starts and ends inside words
    ("The company cut 2,750 jobs.", 17, 27),       # starts inside a number
    ("أعلنت الشركة عن تسريح ٢٬٧٥٠ موظفاً", 3, 25),  # Arabic, inside words
    ("أعلنت الشركة عن تسريح ٢٬٧٥٠ موظفاً", 0, 0),   # empty
])
def test_tokens_in_cases(text, start, end):
    got = tokens_in(text, text_tokens(text), start, end)
    assert got == tokenize(text, start, end)
    assert all(start <= t.start and t.end <= end and text[t.start:t.end] for t in got)


def test_tokens_in_without_index_tokenizes():
    text = "Shares fell 3 percent on Monday."
    assert tokens_in(text, None, 7, 20) == tokenize(text, 7, 20)


@pytest.mark.parametrize("text, language, pieces", [
    ("The firm cut 300 jobs; it also closed two plants in Ohio.", "en", 2),
    ("أغلقت الشركة مصنعين؛ وسرّحت نحو 300 موظف في القاهرة.", "ar", 2),
    ("Prices rose 3 percent last year.", "en", 1),
])
def test_clause_spans(text, language, pieces):
    spans = clause_spans(text, 0, len(text), language)
    assert len(spans) == pieces
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)


def test_marks_memo_matches_fresh_lookup():
    """Marks keyed by the folded token give the same labels for spellings that fold alike."""
    text = "وأعلنت الشركة، وأعلنت الشركه، واعلنت الشركة"
    toks = tokenize(text, 0, len(text))
    mk = marks(toks, "ar")
    assert mk[0] == mk[2] == mk[4] == {"predicate_cues": 1}
    assert mk[1] == mk[3] == mk[5] and "cue:org" in mk[1]
    mk[0]["pred"] = 1  # callers extend their marks: each token gets its own dict
    assert "pred" not in mk[2] and "pred" not in marks(toks, "ar")[0]
