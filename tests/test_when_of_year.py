"""A comma piece opened by a temporal relative right after a year ("since 2019, when 22 people died",
«منذ عام 2019، حين لقي 22 شخصا حتفهم») tells what happened in that year: it stays in the claim that
dates it, so its figures keep their year (cut off, "22 died" would stand undated beside today's toll)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text,lang", [
    ("It was the deadliest rail accident in the country since 2019, when 22 people died in a collision.", "en"),
    ("وهو الحادث الأسوأ منذ عام 2019، حين لقي 22 شخصا حتفهم في تصادم قطارين.", "ar"),
    ("The last such flood came in 1998, when 40 people were killed.", "en"),
])
def test_a_when_clause_after_a_year_keeps_its_year(text, lang):
    claims = analyze(text, lang, date(2026, 11, 20)).claims
    with_22 = [c for c in claims if any(q.value in (22, 40) for q in c.quantities)]
    assert len(with_22) == 1 and [d.value for d in with_22[0].dates] in (["2019"], ["1998"]), claims


def test_a_when_clause_after_a_figure_is_still_cut():
    claims = analyze("Sales rose 5%, when the company cut prices.", "en", date(2026, 11, 20)).claims
    assert [c.text for c in claims] == ["Sales rose 5%", "when the company cut prices"]
