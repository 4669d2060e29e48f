"""A country reporting a figure: the subject of a statistic, not a speaker.

Needs: the sentence tokens, the reporting verb's index and its subject, and ``lexicons/en/attribution_places.json``
(country and territory names, verbs that take a count as a plain object). Adds ``figure_subject``: 'Romania reported
the most cases, with 30,692' and 'Italy confirmed 300 new infections' state a figure about the place, the writer's
own claim, whole; with a clause ('Italy said that ...', 'Italy reported that ...') or a quote the place speaks for
its government and the frame stands.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from .cues import QUOTES_OPEN, Tok, tokenize


@cache
def _lists() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    data = load_json("en", "attribution_places")
    places = frozenset(tuple(t.f for t in tokenize(p, 0, len(p))) for p in data.get("places", ()))
    return places, frozenset(data.get("figure_verbs", ()))


def figure_subject(toks: list[Tok], i: int, j: int, subject: list[Tok]) -> bool:
    """The verb at ``i`` reports a figure about the place that is its whole ``subject``, with a plain object at
    ``j`` (no 'that', colon or quote opening a reported clause)."""
    places, verbs = _lists()
    if toks[i].f not in verbs or not subject:
        return False
    words = subject[1:] if subject[0].f == "the" else subject
    if tuple(t.f for t in words) not in places:
        return False
    return j >= len(toks) or toks[j].f not in ("that", ":") and toks[j].f not in QUOTES_OPEN
