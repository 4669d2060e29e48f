"""find_quantities: values, units, qualifiers, totals and exact spans on hand-written sentences."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities import find_quantities

DATA = Path(__file__).parent / "data"


def _cases(lang: str):
    lines = (DATA / f"quantities_{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [pytest.param(lang, json.loads(line), id=f"{lang}{n}") for n, line in enumerate(lines, 1) if line]


def _got(text: str, lang: str):
    return [{"text": q.text, "value": q.value, "unit": q.unit, "qualifier": q.qualifier, "total": q.total}
            for q in find_quantities(text, 0, len(text), lang)]


@pytest.mark.parametrize(("lang", "case"), _cases("ar") + _cases("en"))
def test_sentences(lang, case):
    got = _got(case["text"], lang)
    want = case["expected"]
    assert [g["text"] for g in got] == [w["text"] for w in want]
    for g, w in zip(got, want, strict=True):
        assert g["value"] == pytest.approx(w["value"], rel=1e-6)
        assert (g["unit"], g["qualifier"]) == (w["unit"], w["qualifier"])
        assert g["total"] == (None if w["total"] is None else pytest.approx(w["total"]))


def test_enough_cases():
    for lang in ("ar", "en"):
        cases = [c.values[1] for c in _cases(lang)]
        assert sum(bool(c["expected"]) for c in cases) >= 60
        assert sum(not c["expected"] for c in cases) >= 10


SEEDS = [
    ("xAI باتت تحتفظ بنصف فريق المؤسسين الأصلي المكون من 12 شخصاً فقط.",
     "نصف فريق المؤسسين الأصلي المكون من 12 شخصاً", 6, 12, "person", "exact"),
    ("أعلن عن تقسيم الشركة إلى أربعة مجالات رئيسية:", "أربعة مجالات", 4, None, "division", "exact"),
    ("إصدار أسهم جديدة بقيمة 250 مليار دولار للمساهمين", "250 مليار دولار", 2.5e11, None, "USD", "exact"),
    ("عن الاستغناء عن نحو 500 موظف من فريق وسم البيانات", "نحو 500 موظف", 500, None, "person", "about"),
    ("زيادة عدد هؤلاء المدربين بمقدار عشرة أضعاف خلال الفترة", "عشرة أضعاف", 10, None, "times", "exact"),
    ("لجمع نحو 4.3 مليار دولار لدعم استثماراتها", "نحو 4.3 مليار دولار", 4.3e9, None, "USD", "about"),
]


@pytest.mark.parametrize(("text", "span", "value", "total", "unit", "qualifier"), SEEDS)
def test_seed_examples(text, span, value, total, unit, qualifier):
    (q,) = find_quantities(text, 0, len(text), "ar")
    assert (q.text, q.unit, q.qualifier, q.total) == (span, unit, qualifier, total)
    assert q.value == pytest.approx(value)


def test_offsets_index_the_whole_text():
    prefix = "مقدمة طويلة. "
    text = prefix + "قتل 27 شخصاً. Some 200 journalists came."
    qs = find_quantities(text, len(prefix), len(text), "ar")
    assert [(q.text, text[q.start:q.end]) for q in qs] == [("27 شخصاً", "27 شخصاً"),
                                                           ("Some 200 journalists", "Some 200 journalists")]
    assert find_quantities(text, 0, len(prefix), "ar") == []


@pytest.mark.parametrize("text", [
    "1" * 5000, "٩" * 3000 + " مليار", "مليار مليار مليار مليار", "\x00\x01 12\x00 شخص \x7f",
    "٤\u200f٫\u200e٣ مليار دولار", "9" * 400 + ".5%", "$" * 100 + "5bn", "1,000,000,000,000,000,000 دولار",
    "نصف " * 500, "من أصل " * 300 + "12",
])
def test_pathological_input(text):
    for q in find_quantities(text, 0, len(text), "ar"):
        assert math.isfinite(q.value) and text[q.start:q.end] == q.text
        assert q.total is None or math.isfinite(q.total)


def test_bidi_inside_number():
    text = "جمعت ٤\u200f٫\u200e٣ مليار دولار"
    (q,) = find_quantities(text, 0, len(text), "ar")
    assert (q.value, q.unit, q.text) == (pytest.approx(4.3e9), "USD", "٤\u200f٫\u200e٣ مليار دولار")


_ALPHABET = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩.,٫٬%٪$€ -:/+") + [
    " نحو ", " أكثر من ", " مليار ", " ألف ", " دولار ", " شخصاً ", " نصف ", " من أصل ", " الاثني ", " عشر ",
    " ثلاثة ", " أضعاف ", " about ", " of its ", " million ", " bn", " a quarter of ", " people ", " 2023 ",
    " سبتمبر ", "\u200f", "\x00", "ـ", "ً", " و", "-strong ", " twenty-", "five "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.integers(0, 5), st.integers(0, 5))
def test_never_raises_and_spans_hold(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    for q in find_quantities(text, start, end, "ar"):
        assert start <= q.start < q.end <= end
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    for q in find_quantities(text, 0, len(text), "en"):
        assert text[q.start:q.end] == q.text and math.isfinite(q.value)


ARTICLE = (
    "أعلنت الشركة يوم الثلاثاء عن خطة جديدة لإعادة الهيكلة تشمل الاستغناء عن نحو 500 موظف من فريقها. "
    "وقال متحدث باسم الشركة إن القرار جاء بعد مراجعة شاملة للأداء خلال العام الماضي، مشيراً إلى أن "
    "الإدارة درست خيارات عدة قبل اتخاذه. وبحسب مصادر مطلعة، فإن الشركة جمعت 4.3 مليار دولار من "
    "المستثمرين في جولة التمويل الأخيرة، وتسعى إلى توسيع أعمالها في الأسواق الناشئة.\n"
    "ويرى محللون أن الخطوة تعكس ضغوطاً متزايدة على قطاع التكنولوجيا، في ظل ارتفاع تكاليف التشغيل "
    "وتباطؤ النمو. وأضافوا أن ثلث الموظفين البالغ عددهم 1,200 شخص قد يغادرون خلال عامين.\n"
)
