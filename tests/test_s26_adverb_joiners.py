"""A word that joins clauses but is also an adverb ('once', 'since', 'yet', 'so', 'before', 'after') ends the content
of a trailing frame as an adverb when a word stands before it: 'The plant reopened once, officials said' keeps
'once' (it lost it). After a comma it still joins nothing and goes ('Prices rose 5%, however, the ministry said')."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text, claim", [
    ("The plant reopened once in 2024, officials said.", "The plant reopened once in 2024"),
    ("The plant was closed twice in 2024 and reopened once, officials said.",
     "The plant was closed twice in 2024 and reopened once"),
    ("The contractor has not paid the 300 workers yet, the union said.", "The contractor has not paid the 300 workers yet"),
    ("Nobody had seen the 12 missing fishermen since, police said.", "Nobody had seen the 12 missing fishermen since"),
    ("Prices rose 5% in May, however, the ministry said.", "Prices rose 5% in May"),
])
def test_an_adverb_ending_the_content_stays(text, claim):
    claims = analyze(text, "en", date(2025, 9, 10)).claims
    assert [c.text for c in claims] == [claim]
