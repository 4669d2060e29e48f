"""The extraction pipeline: text → segment → furniture → attribute → claims. Pure: no I/O, no clock."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .attribution.classify import attribute
from .extract.claims import extract_claims
from .extract.tokens import text_tokens
from .models import Analysis, Claim
from .text.furniture import flag_furniture
from .text.normalize import detect_language
from .text.segment import BREAK, segment


def analyze(text: str, language: str | None = None, published: date | None = None) -> Analysis:
    """Segment ``text`` and extract its claims; ``language`` is detected when not given."""
    language = language or detect_language(text)
    segments = segment(text)
    work = _unwrapped(text, segments)
    if work is not text:
        segments = tuple(replace(s, text=work[s.start:s.end]) for s in segments)
    tokens = text_tokens(work)
    segments = flag_furniture(work, segments, language, tokens)
    live = [s for s in segments if not s.furniture]
    frames_live = iter(attribute(work, live, language))
    frames = [[] if s.furniture else next(frames_live) for s in segments]
    claims = extract_claims(work, segments, frames, language, published, tokens)
    if work is not text:
        segments = tuple(_original(text, s) for s in segments)
        claims = tuple(_claim_original(text, c) for c in claims)
    return Analysis(language=language, segments=segments, claims=claims)


def _unwrapped(text: str, segments) -> str:
    """``text`` with the line breaks inside sentences (hard-wrapped lines rejoined by ``segment``)
    read as spaces: the same length, so every offset holds; ``text`` itself when there are none."""
    inside = [s for s in segments if BREAK.search(s.text)]
    if not inside:
        return text
    chars = list(text)
    for s in inside:
        for m in BREAK.finditer(text, s.start, s.end):
            chars[m.start()] = " "
    return "".join(chars)


def _original(text: str, span):
    """``span`` with its text taken from the article as submitted (offsets are the same)."""
    return None if span is None else replace(span, text=text[span.start:span.end])


def _claim_original(text: str, c: Claim) -> Claim:
    a = c.attribution
    return replace(c, text=text[c.start:c.end], subject=_original(text, c.subject),
                   quantities=tuple(_original(text, q) for q in c.quantities),
                   dates=tuple(_original(text, d) for d in c.dates),
                   attribution=replace(a, source=_original(text, a.source), cue=_original(text, a.cue),
                                       cited=_original(text, a.cited)))
