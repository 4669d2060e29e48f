"""compare(a_text, b_text): relate two free statements for ``POST /v1/compare``; nothing is stored.

Needs: two texts (languages and publication dates optional). Adds: a ``Comparison`` with the
relation, score, reasons and each side's frame as a plain dict ready for JSON.
Each statement is analysed by the pipeline; when it yields several claims the pair of claims
(one per side) that relate most closely is compared; when it yields none the whole text is the unit.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..models import Claim
from ..pipeline import analyze
from ..text.normalize import detect_language
from . import features as F
from .keys import claim_keys, frame
from .relate import relate
from .times import reported_apart

_TERMINAL = ".!?؟…\"'»”)"
_RANK = {"conflicts": 3, "agrees": 3, "related": 1, "unrelated": 0}


@dataclass(frozen=True, slots=True)
class Comparison:
    """The answer of ``compare``: relation, score, reasons and the two frames."""

    relation: str
    score: int
    reasons: tuple[str, ...]
    a: dict
    b: dict

    def as_dict(self) -> dict:
        return {"relation": self.relation, "score": self.score, "reasons": list(self.reasons),
                "a": self.a, "b": self.b}


def _as_sentence(text: str) -> str:
    """The statement with a full stop when it ends without one, so that a one-line statement is read
    as a sentence, not a headline (the stop is past the text: every span of the text stays put)."""
    body = text.rstrip()
    return text if not body or body[-1] in _TERMINAL else body + "."


def _clip(claim: Claim, n: int, text: str) -> Claim:
    return claim if claim.end <= n else replace(claim, end=n, text=text[claim.start:n])


def units(text: str, language: str | None = None, published: date | None = None) -> tuple[Claim, ...]:
    """The claims of a statement, or the whole text as one claim when the pipeline finds none."""
    language = language or detect_language(text)
    probe = _as_sentence(text)
    n = len(text.rstrip()) if probe is not text else len(text)
    claims = tuple(_clip(c, n, text) for c in analyze(probe, language, published).claims if c.start < n)
    if claims:
        return claims
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    return (Claim(start=start, end=start + len(stripped), text=stripped, language=language),)


def _whole(text: str, claims: tuple[Claim, ...]) -> Claim:
    """One unit for the whole statement: its text with every claim's quantities and dates."""
    first = claims[0]
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    return replace(first, start=start, end=start + len(stripped), text=stripped,
                   event=next((c.event for c in claims if c.event), None),
                   quantities=tuple(q for c in claims for q in c.quantities),
                   dates=tuple(d for c in claims for d in c.dates),
                   negated=any(c.negated for c in claims))


def _best_pair(ca: tuple[Claim, ...], cb: tuple[Claim, ...]) -> tuple[Claim, Claim]:
    return max(((x, y) for x in ca for y in cb),
               key=lambda p: F.topic(claim_keys(p[0]), claim_keys(p[1])))


def compare(a_text: str, b_text: str, a_language: str | None = None, b_language: str | None = None,
            a_published: date | None = None, b_published: date | None = None) -> Comparison:
    """Relate two statements and return the verdict with both frames."""
    ca = units(a_text, a_language, a_published)
    cb = units(b_text, b_language, b_published)
    if len(ca) > 1 or len(cb) > 1:
        x, y = _best_pair(ca, cb)
        wa = _whole(a_text, ca) if len(ca) > 1 else ca[0]
        wb = _whole(b_text, cb) if len(cb) > 1 else cb[0]
        r_pair, r_whole = relate(x, y), relate(wa, wb)
        if _RANK[r_pair.relation] >= _RANK[r_whole.relation]:
            r, x, y = r_pair, x, y
        else:
            r, x, y = r_whole, wa, wb
    else:
        x, y = ca[0], cb[0]
        r = relate(x, y)
    r = reported_apart(r, claim_keys(x), claim_keys(y), a_published, b_published)
    return Comparison(r.relation, r.score, r.reasons, frame(x), frame(y))
