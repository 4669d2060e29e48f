"""An apposition set off by commas between a subject and its verb keeps the two together when an adverb opens the
verb phrase after it ('Roughly 6.6 million people, or a third of the population, now need food assistance'):
one claim, not the subject and apposition as one and 'now need food assistance' as another."""
from __future__ import annotations

from datetime import date

import pytest
from span_checks import frame_rows

PUB = date(2024, 3, 4)


@pytest.mark.parametrize("text", [
    "Roughly 6.6 million people, or a third of the population, now need food assistance.",
    "About 300 workers, or 10% of the staff, still face layoffs.",
    "Tesla, the carmaker, also sold 1.8 million cars last year.",
    "The plant, built in 1932, currently employs 400 people.",
], ids=["now", "still", "also", "currently"])
def test_the_subject_keeps_its_predicate(text):
    rows = frame_rows(text, "en", PUB)
    assert [r[0] for r in rows] == [text.rstrip(".")], rows
