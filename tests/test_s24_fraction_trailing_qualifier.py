"""A share written as a fraction of a noun takes a qualifier written after that noun: «نصف الإصابات تقريبا» is about
half, «ربع الموظفين على الأقل» at least a quarter (the span runs to the qualifier). A fraction with a total keeps
its own reading, and a word after the noun that is no qualifier changes nothing."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

FIELDS = ("text", "value", "unit", "qualifier")


@pytest.mark.parametrize("text,want", [
    ("وسجل نصف الإصابات تقريبا في محافظة عكار.", [("نصف الإصابات تقريبا", 50.0, "percent", "about")]),
    ("وغادر ربع الموظفين على الأقل الشركة.", [("ربع الموظفين على الأقل", 25.0, "percent", "at_least")]),
    ("وسجل نصف الإصابات في محافظة عكار.", [("نصف", 50.0, "percent", "exact")]),
    ("وسجل نحو نصف الإصابات في عكار.", [("نحو نصف", 50.0, "percent", "about")]),
], ids=["about-after", "at-least-after", "none", "before"])
def test_a_qualifier_after_the_fractions_noun(text, want):
    assert quantity_rows(text, "ar", FIELDS) == want
