"""«ثلاثاً وستين حالة», «خمساً وعشرين شخصاً»: the accusative of a unit (with its tanween alif) before و and a ten
is part of the number, 63 and 25, not a word before 60 and 20."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("phrase", "value"), [
    ("ثلاثاً وستين حالة", 63.0), ("ثلاثا وستين حالة", 63.0), ("خمساً وعشرين حالة", 25.0),
    ("أربعاً وثلاثين حالة", 34.0), ("سبعاً وأربعين حالة", 47.0), ("تسعاً وتسعين حالة", 99.0),
    ("ثلاث وستين حالة", 63.0),
])
def test_the_unit_counts(phrase, value):
    text = f"التسمم\n\nبلغ إجمالي المصابين {phrase} حتى مساء أمس."
    got = [(q.value, q.text) for c in analyze(text, "ar", date(2025, 8, 14)).claims for q in c.quantities]
    assert got == [(value, phrase)], got
