"""A comma piece opened by an elative or a partitive with a pronoun that points back to the noun before it («أبرزها»،
«أهمها»، «منها»، «بينهم») names members of that noun: «فروا إلى دول الجوار، أبرزها تشاد ومصر وجنوب السودان» is one
claim. It was cut in two, and when the list piece could not stand alone («أبرزها تشاد ومصر والسودان») the countries were
lost."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze


@pytest.mark.parametrize("text", [
    "فر 3 ملايين شخص إلى دول الجوار، أبرزها تشاد ومصر وجنوب السودان.",
    "فر 3 ملايين شخص إلى دول الجوار، أبرزها تشاد ومصر والسودان.",
    "استوردت مصر القمح من 5 دول، أهمها روسيا وأوكرانيا ورومانيا.",
    "قتل 40 شخصا في الهجوم، بينهم 12 طفلا و9 نساء.",
    "أغلقت الشركة 7 مصانع، أكبرها في الإسكندرية وطنطا والمنصورة.",
])
def test_an_elaboration_stays_with_the_noun_it_elaborates(text):
    claims = analyze(text, "ar", date(2025, 11, 12)).claims
    assert [c.text for c in claims] == [text.rstrip(".")]
