"""The extraction pipeline: text → segment → furniture → attribute → claims. Pure: no I/O, no clock."""
from __future__ import annotations

from datetime import date

from .attribution.classify import attribute
from .extract.claims import extract_claims
from .extract.tokens import text_tokens
from .models import Analysis
from .text.furniture import flag_furniture
from .text.normalize import detect_language
from .text.segment import segment


def analyze(text: str, language: str | None = None, published: date | None = None) -> Analysis:
    """Segment ``text`` and extract its claims; ``language`` is detected when not given."""
    language = language or detect_language(text)
    tokens = text_tokens(text)
    segments = flag_furniture(text, segment(text), language, tokens)
    live = [s for s in segments if not s.furniture]
    frames_live = iter(attribute(text, live, language))
    frames = [[] if s.furniture else next(frames_live) for s in segments]
    claims = extract_claims(text, segments, frames, language, published, tokens)
    return Analysis(language=language, segments=segments, claims=claims)
