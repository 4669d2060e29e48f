"""Quantities: numbers with scale, unit, qualifier and part-of-total, with spans.

Needs: the article text and the span to search. Adds: ``Quantity`` objects whose offsets index
the article text.
"""
from __future__ import annotations

from ..models import Quantity


def find_quantities(text: str, start: int, end: int, language: str) -> list[Quantity]:
    """Quantities inside ``text[start:end]``, in text order."""
    return []
