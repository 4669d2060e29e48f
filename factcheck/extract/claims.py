"""Claims: one atomic, checkable proposition per unit, with its span and extracted values.

Needs: the article text, its sentences (furniture already flagged), the attribution frames per
sentence, the language and the publication date. Adds: ``Claim`` objects in text order.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..attribution.classify import Frame
from ..models import UNATTRIBUTED, Claim, Segment
from .dates import find_dates
from .events import detect_event
from .quantities import find_quantities


def _units(seg: Segment, frames: Sequence[Frame]):
    """(start, end, attribution) content units of one sentence."""
    if not frames:
        yield seg.start, seg.end, UNATTRIBUTED
        return
    for f in frames:
        yield f.content_start, f.content_end, f.attribution


def checkworthiness(has_quantity: bool, has_date: bool, has_event: bool, n_words: int) -> float:
    """0..1: how much a fact-checker could verify in the unit."""
    score = 0.2 + 0.3 * has_quantity + 0.2 * has_date + 0.25 * has_event
    if n_words < 4:
        score -= 0.2
    return max(0.0, min(1.0, score))


def extract_claims(text: str, segments: Sequence[Segment], frames: Sequence[Sequence[Frame]],
                   language: str, published: date | None) -> tuple[Claim, ...]:
    """Claims of the article in text order."""
    out: list[Claim] = []
    for i, seg in enumerate(segments):
        if seg.furniture:
            continue
        for s, e, attribution in _units(seg, frames[i]):
            if e <= s:
                continue
            quantities = tuple(find_quantities(text, s, e, language))
            dates = tuple(find_dates(text, s, e, language, published))
            event, subject, subject_key = detect_event(text, s, e, language)
            words = len(text[s:e].split())
            out.append(Claim(
                start=s, end=e, text=text[s:e], language=language, event=event, subject=subject,
                subject_key=subject_key, quantities=quantities, dates=dates, attribution=attribution,
                checkworthiness=checkworthiness(bool(quantities), bool(dates), bool(event), words),
                sentence=i,
            ))
    return tuple(out)
