"""A noun joined by و right after a number opens the next phrase and is no unit of that number: in «وفاة عاملين اثنين
وإصابة خمسة آخرين» two is the count of the workers (the dual before it), not of «إصابة»."""
from __future__ import annotations

from datetime import date

from factcheck.pipeline import analyze


def _quantities(text: str):
    return [(q.text, q.value, q.unit) for c in analyze("عنوان الخبر\n\n" + text, "ar", date(2025, 9, 2)).claims
            for q in c.quantities]


def test_the_two_workers():
    got = _quantities("وأسفر الحريق عن وفاة عاملين اثنين وإصابة خمسة آخرين.")
    assert ("عاملين اثنين", 2.0, "person") in got, got
    assert not any(unit == "case" for _, _, unit in got), got


def test_a_number_word_compound_still_reads():
    got = _quantities("وأصيب خمسة وعشرون شخصا في الحادث.")
    assert ("خمسة وعشرون شخصا", 25.0, "person") in got, got


def test_a_noun_that_starts_with_waw_is_its_unit():
    got = _quantities("وألغت الشركة 300 وظيفة في مصنعها.")
    assert ("300 وظيفة", 300.0, "job") in got, got
