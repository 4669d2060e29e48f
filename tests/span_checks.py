"""Shared by the extraction tests: quantities and dates of a sentence as comparable rows, each
span checked against the text it claims to cover (offsets index the original text)."""
from __future__ import annotations

from datetime import date

from factcheck.extract.dates import find_dates
from factcheck.extract.quantities import find_quantities

QUANTITY_FIELDS = ("text", "value", "unit", "qualifier", "total")


def quantity_rows(text: str, language: str, fields: tuple[str, ...] = QUANTITY_FIELDS) -> list[tuple]:
    """``fields`` of every quantity in ``text``, in text order."""
    out = find_quantities(text, 0, len(text), language)
    assert all(text[q.start:q.end] == q.text for q in out)
    return [tuple(getattr(q, f) for f in fields) for q in out]


def date_rows(text: str, language: str, published: date | None) -> list[tuple[str, str]]:
    """(text, ISO value) of every date in ``text``; relative ones resolved against ``published``."""
    out = find_dates(text, 0, len(text), language, published)
    assert all(text[d.start:d.end] == d.text for d in out)
    return [(d.text, d.value) for d in out]
