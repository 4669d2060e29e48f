"""A whole written after the part's verb phrase ('about 890,000 voters cast ballots out of 7.6 million registered',
«نحو 890 ألف ناخب أدلوا بأصواتهم من أصل 7.6 مليون مسجل») is the part's total, as it is when written right after
it ('890,000 of the 7.6 million registered voters'). Before, the whole was a second figure of its own, in Arabic
with the raw word «مسجل» as its unit."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _q(text: str, lang: str):
    return [(text[q.start:q.end] == q.text, q.value, q.unit, q.total) for q in find_quantities(text, 0, len(text), lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("نحو 890 ألف ناخب أدلوا بأصواتهم من أصل 7.6 مليون مسجل", "ar", [(True, 890000.0, "person", 7600000.0)]),
    ("أدلى نحو 890 ألف ناخب بأصواتهم من أصل 7.6 مليون مسجل", "ar", [(True, 890000.0, "person", 7600000.0)]),
    ("نجح 300 طالب في الامتحان من مجموع 500 متقدم", "ar", [(True, 300.0, "person", 500.0)]),
    ("About 890,000 voters cast ballots out of 7.6 million registered.", "en", [(True, 890000.0, "person", 7600000.0)]),
    ("Some 300 students passed the exam out of 500 who sat it.", "en", [(True, 300.0, "person", 500.0)]),
])
def test_a_whole_after_the_verb_is_the_parts_total(text, lang, want):
    assert _q(text, lang) == want


@pytest.mark.parametrize("text, lang, n", [
    # a whole smaller than the part, another unit, or a clause boundary between them: two figures
    ("Some 300 students passed, out of 200 places.", "en", 2),
    ("The firm paid $300 million to investors out of 500 lawsuits filed.", "en", 2),
    ("قتل 12 شخصا في الهجوم، وأصيب 40 من أصل 60 جريحا نقلوا إلى المستشفى", "ar", 2),
])
def test_no_total_across_a_clause_or_a_measure(text, lang, n):
    assert len(find_quantities(text, 0, len(text), lang)) == n
