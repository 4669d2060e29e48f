"""Events and subjects: a small language-independent event set with trigger lexicons.

Needs: a claim's span. Adds: the event type (or None) and the subject span and key.
"""
from __future__ import annotations

from ..models import Span


def detect_event(text: str, start: int, end: int, language: str) -> tuple[str | None, Span | None, str | None]:
    """(event, subject span, subject key) for the claim ``text[start:end]``."""
    return None, None, None
