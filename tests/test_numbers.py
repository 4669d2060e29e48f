"""numbers: tokenizer offsets, digit strings and number words in Arabic and English."""
from __future__ import annotations

import pytest

from factcheck.extract.numbers import parse_digits, read_number, tokenize


@pytest.mark.parametrize(("key", "value"), [
    ("2750", 2750), ("2,750", 2750), ("1,234,567", 1234567), ("4.3", 4.3), ("4,3", 4.3), ("0.5", 0.5),
    ("1.234.567", 1234567), ("12,5", 12.5), ("0", 0),
])
def test_parse_digits(key, value):
    assert parse_digits(key) == pytest.approx(value)


@pytest.mark.parametrize("key", ["0100", "007", "1,2,3", "13.09.2025", "1" * 30, "4,3.2", "1,2345"])
def test_parse_digits_rejects_codes_and_dates(key):
    assert parse_digits(key) is None


def _numbers(text: str):
    toks = tokenize(text, 0, len(text))
    out, i = [], 0
    while i < len(toks):
        r = read_number(toks, i)
        if r is None:
            i += 1
            continue
        if not r.vague:
            out.append((text[toks[r.start].start:toks[r.end - 1].end], r.value))
        i = r.end
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("٢٬٧٥٠", [("٢٬٧٥٠", 2750)]),
    ("مليون و638 ألف", [("مليون و638 ألف", 1638000)]),
    ("ألفين و500", [("ألفين و500", 2500)]),
    ("5 ملايين وثلاثمائة ألف", [("5 ملايين وثلاثمائة ألف", 5300000)]),
    ("two million and 40 thousand", [("two million and 40 thousand", 2040000)]),
    ("مليونين و3 ملايين", [("مليونين", 2e6), ("3 ملايين", 3e6)]),
    ("٤٫٣ مليار", [("٤٫٣ مليار", 4.3e9)]),
    ("4.3 مليار", [("4.3 مليار", 4.3e9)]),
    ("60 ألفاً", [("60 ألفاً", 6e4)]),
    ("3 آلاف", [("3 آلاف", 3e3)]),
    ("خمسمائة", [("خمسمائة", 500)]),
    ("اثني عشر", [("اثني عشر", 12)]),
    ("اثنا عشر", [("اثنا عشر", 12)]),
    ("الاثني عشر", [("الاثني عشر", 12)]),
    ("ثلاثمائة وخمسون", [("ثلاثمائة وخمسون", 350)]),
    ("خمسة وعشرون", [("خمسة وعشرون", 25)]),
    ("عشرون", [("عشرون", 20)]),
    ("مئة", [("مئة", 100)]),
    ("مائة", [("مائة", 100)]),
    ("ثلاث مئة", [("ثلاث مئة", 300)]),
    ("ألفان", [("ألفان", 2000)]),
    ("ثلاثة ملايين", [("ثلاثة ملايين", 3e6)]),
    ("ثلاثة آلاف وخمسمائة", [("ثلاثة آلاف وخمسمائة", 3500)]),
    ("مليون ونصف", [("مليون ونصف", 1.5e6)]),
    ("تريليون", [("تريليون", 1e12)]),
    ("twelve", [("twelve", 12)]),
    ("a dozen", [("a dozen", 12)]),
    ("two dozen", [("two dozen", 24)]),
    ("two hundred and fifty", [("two hundred and fifty", 250)]),
    ("twenty-five", [("twenty-five", 25)]),
    ("three thousand five hundred", [("three thousand five hundred", 3500)]),
    ("a million", [("a million", 1e6)]),
    ("4.3bn", [("4.3bn", 4.3e9)]),
    ("5m", [("5m", 5e6)]),
    ("10k", [("10k", 1e4)]),
    ("2.5 million", [("2.5 million", 2.5e6)]),
    ("ستة من مؤسسيها الاثني عشر", [("ستة", 6), ("الاثني عشر", 12)]),
    ("مليار مليار مليار", [("مليار", 1e9)] * 3),
    ("five six", [("five", 5), ("six", 6)]),
])
def test_read_number(text, expected):
    got = _numbers(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    assert [g[1] for g in got] == pytest.approx([e[1] for e in expected])


@pytest.mark.parametrize("text", ["عشرات", "مئات", "آلاف", "الآلاف", "dozens", "hundreds", "thousands", "أحد", "several"])
def test_vague_words_are_not_numbers(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text", ["قتل \u200f27\u200e شخصاً", "«خمسة» أشخاص", "x\x00y 12", "بـ500 موظف"])
def test_tokens_index_the_text(text):
    for t in tokenize(text, 0, len(text)):
        assert t.start < t.end and text[t.start:t.end].strip()


def test_glued_flags():
    text = "$4.3bn و 12 %"
    toks = tokenize(text, 0, len(text))
    assert [(t.kind, t.glued) for t in toks] == [("s", False), ("n", True), ("w", True), ("w", False),
                                                 ("n", False), ("s", False)]
