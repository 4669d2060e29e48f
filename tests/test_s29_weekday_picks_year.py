"""A day and month with its weekday and no year ('Friday 25 July', «الخميس 23 يوليو», 'Tuesday, March 3') is the
occurrence whose weekday matches, among the years around publication: in an article of 19 September 2025, 'will hold a
strike from Friday 25 July' is 25 July 2025 (a Friday; 25 July 2026 is a Saturday), whatever the tense guessed. With
no weekday, or when none of the years matches, the rule of the tense stands."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2025, 9, 19)


def _dates(text: str, language: str):
    return [(d.text, d.value) for c in analyze("Headline words here\n\n" + text, language, PUB).claims for d in c.dates]


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Resident doctors will hold a five-day strike from 7am on Friday 25 July, the union said.", "en", "2025-07-25"),
    ("The 300 workers will walk out on Saturday 25 July, the union said.", "en", "2026-07-25"),
    ("The union said 300 workers walked out on Monday, Sept. 8.", "en", "2025-09-08"),
    ("وقالت النقابة إن 300 عامل سيضربون يوم الجمعة 25 يوليو.", "ar", "2025-07-25"),
])
def test_the_weekday_picks_the_year(text, language, want):
    got = _dates(text, language)
    assert [v for _, v in got if v.endswith(want[4:])] == [want], got


def test_without_a_weekday_the_tense_decides():
    got = _dates("Resident doctors will hold a five-day strike from 25 July, the union said.", "en")
    assert [v for _, v in got] == ["2026-07-25"], got
