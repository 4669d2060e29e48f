"""Attribution: who stands behind each part of each sentence.

Needs: the article text, its sentences and language. Adds, per sentence, the frames found in it:
each frame says which part of the sentence is reported content and the ``Attribution`` behind it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Attribution, Segment


@dataclass(frozen=True, slots=True)
class Frame:
    """Reported content ``[content_start, content_end)`` and who reports it."""

    attribution: Attribution
    content_start: int
    content_end: int


def attribute(text: str, sentences: Sequence[Segment], language: str) -> list[list[Frame]]:
    """Frames for each sentence, in order; an empty list means the article's own voice."""
    return [[] for _ in sentences]
