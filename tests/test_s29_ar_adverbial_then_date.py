"""A time adverbial and a date after a VSO source («وقال وزير التموين شريف فاروق في وقت سابق هذا الشهر إن») date the
saying: the source is the minister alone."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize(("frame", "source"), [
    ("وقال وزير التموين شريف فاروق في وقت سابق هذا الشهر", "وزير التموين شريف فاروق"),
    ("وقالت الوزارة في وقت سابق الأسبوع الماضي", "الوزارة"),
    ("وقال وزير التموين شريف فاروق في وقت سابق", "وزير التموين شريف فاروق"),
])
def test_the_adverbial_and_date_are_no_part_of_the_source(frame, source):
    text = f"عنوان الخبر عن القمح\n\n{frame} إن احتياطي القمح يكفي لمدة ستة أشهر."
    got = [(c.text, c.attribution.source.text) for c in analyze(text, "ar", date(2025, 8, 14)).claims]
    assert got == [("احتياطي القمح يكفي لمدة ستة أشهر", source)], got
