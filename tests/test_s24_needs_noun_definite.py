"""A number word that is also a common word (ست 'lady') counts only a plural: from three to ten an
Arabic counted noun is plural, so a definite singular after it («ست البيت», the lady of the house)
is no counted noun and the word no number. A sound plural, definite or not, is still counted («ست الشركات»,
«ست شركات»), and so is a number word that is only a number («ستة أشهر»)."""
from __future__ import annotations

import pytest
from span_checks import quantity_rows

FIELDS = ("text", "value", "unit")


@pytest.mark.parametrize("text", [
    "وقالت الدراسة إن ست البيت تنفق ساعات على الأعمال المنزلية.",
    "وتقضي ست البيت ساعات طويلة في المطبخ.",
    "وقالت إن ست المنزل تدير ميزانية الأسرة.",
], ids=["lady-of-the-house", "opening", "house"])
def test_a_definite_singular_after_an_ambiguous_number_word_is_no_count(text):
    assert quantity_rows(text, "ar", FIELDS) == []


@pytest.mark.parametrize("text,want", [
    ("ودمجت الحكومة ست الشركات في هيئة واحدة.", [("ست الشركات", 6.0, "company")]),
    ("ودمجت الحكومة ست شركات.", [("ست شركات", 6.0, "company")]),
    ("وقضى ست سنوات في السجن.", [("ست سنوات", 6.0, "year")]),
    ("وقضى ستة أشهر في السجن.", [("ستة أشهر", 6.0, "month")]),
], ids=["definite-sound-plural", "indefinite-plural", "years", "unambiguous-word"])
def test_plural_counts_stay(text, want):
    assert quantity_rows(text, "ar", FIELDS) == want
