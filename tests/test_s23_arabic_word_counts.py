"""An Arabic number word from three to ten counts the indefinite plural noun right after it (its
tamyiz), also when the noun is of no known class: «ست وجهات جديدة» is 6 destinations and «ثلاث
وجهات» 3, where before the first was dropped (ست also means "lady") and the second had no unit. Only
a sound feminine plural (…ات) is taken so; a definite or possessed word, a verb or a clitic is not."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows


@pytest.mark.parametrize("text,want", [
    ("تعتزم الشركة تشغيل رحلات إلى ست وجهات جديدة.", [("ست وجهات", 6.0, "وجه")]),
    ("تعتزم الشركة تشغيل رحلات إلى ثلاث وجهات جديدة.", [("ثلاث وجهات", 3.0, "وجه")]),
    ("نفذت الشرطة سبع مداهمات في المدينة.", [("سبع مداهمات", 7.0, "مداهم")]),
    ("أجرت الوزارة عشر مقابلات مع المرشحين.", [("عشر مقابلات", 10.0, "مقابل")]),
], ids=["ست", "ثلاث", "سبع", "عشر"])
def test_a_number_word_counts_the_plural_after_it(text, want):
    assert quantity_rows(text, "ar", ("text", "value", "unit")) == want


@pytest.mark.parametrize("text", [
    "قرأت خمس الكتاب فقط.",  # a definite noun after it
    "ستة يعملون في المصنع.",  # a verb after it
], ids=["definite", "verb"])
def test_no_count_without_an_indefinite_plural(text):
    rows = quantity_rows(text, "ar", ("text", "value", "unit"))
    assert all(unit in (None, "percent") for _, _, unit in rows), rows  # «خمس الكتاب»: a fifth
