"""A death toll told with a long place phrase before its verb ('The death toll from Typhoon Ragasa in the northern
Philippines rose to 61') still counts people: a context noun farther back than its usual window counts when a verb of
reaching a total stands between it and the number, as a count head does."""
from __future__ import annotations

import pytest

from factcheck.extract.quantities import find_quantities


def _units(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, 0, len(text), language)]


@pytest.mark.parametrize("language, text, want", [
    ("en", "The death toll from Typhoon Ragasa in the northern Philippines rose to 61 on Saturday.", [(61.0, "person")]),
    ("en", "The toll from the collapse of the textile factory in Gazipur climbed to 112.",
     [(112.0, "person")]),
    ("ar", "وارتفعت حصيلة ضحايا الفيضانات التي اجتاحت المناطق الجبلية في شمال البلاد إلى 47.", [(47.0, "person")]),
])
def test_a_far_toll_counts_people(language, text, want):
    assert _units(text, language) == want


def test_a_far_toll_without_a_verb_of_reaching_gives_no_unit():
    text = "The toll from the collapse of the factory building in the capital's industrial zone on Monday: 112."
    assert _units(text, "en") == [(112.0, None)]
