"""A match score written from the loser's side ('lost 1-3', خسر أمام النصر 1-3) rises like a range but is a score: no
quantity, as 'won 3-1' is none. A rising pair with a unit after it, or with no contest word before it, stays a range."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _quantities(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, 0, len(text), language)]


@pytest.mark.parametrize("language, text", [
    ("ar", "وكان الهلال قد خسر أمام النصر 1-3 في ديربي الرياض الجمعة الماضي."),
    ("ar", "وتعادل الوداد مع الرجاء 2-2 بعد أن خسر أمامه 0-1 في الذهاب."),
    ("en", "Arsenal lost 1-3 at home to Everton on Saturday."),
])
def test_a_rising_score_after_a_contest_word_is_no_quantity(language, text):
    assert _quantities(text, language) == []


@pytest.mark.parametrize("language, text, want", [
    ("ar", "وتراجع الجنيه أمام الدولار 2-3% خلال الأسبوع.", [(2.0, "percent"), (3.0, "percent")]),
    ("en", "The team lost 2-4 kg on average during the camp.", [(2.0, "kg"), (4.0, "kg")]),
    ("en", "The company will hire 1-3 engineers in Cairo.", [(1.0, "person"), (3.0, "person")]),
])
def test_other_rising_pairs_stay_ranges(language, text, want):
    assert [(v, u) for v, u in _quantities(text, language)] == want
