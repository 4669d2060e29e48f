"""Whether a casualty claim is a sports injury: a player hurt, no people harmed by an incident.

Needs: a claim's tokens (``tokens.Tok``), its casualty trigger's index and its quantities. Adds, for
``events.detect_event``: ``sports_injury``, true when the trigger names a harm short of death (injured, إصابة) in a
sports setting or at a body part ('Salah suffered a knee injury', تعرض اللاعب لإصابة في الركبة), with no incident that
harms people (attack, accident, قصف، حادث) and no count of people harmed: such a claim holds no casualty event. The
word classes are data (``events_injuries.json``).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..lexicons import folded_sets
from ..models import Quantity
from .tokens import Tok


class InjuryLex(NamedTuple):
    injury: frozenset[str]
    sport: frozenset[str]
    body: frozenset[str]
    incident: frozenset[str]


@cache
def _lex(language: str) -> InjuryLex:
    return InjuryLex(*folded_sets(language, "events_injuries", (
        "injury_words", "sport_context", "body_parts", "incident_nouns")))


def _has(tok: Tok, words: frozenset[str]) -> bool:
    return any(v in words for v in tok.variants)


def sports_injury(toks: list[Tok], trigger: int, quantities: Sequence[Quantity], language: str) -> bool:
    """Whether the casualty trigger ``toks[trigger]`` is a sports injury: an injury word, a sports setting or a body
    part in the claim, no incident noun and no count of people."""
    lex = _lex(language)
    if not (0 <= trigger < len(toks)) or not _has(toks[trigger], lex.injury):
        return False
    if any(q.unit == "person" for q in quantities) or any(_has(t, lex.incident) for t in toks):
        return False  # 'Two fans were injured', 'injured in a crash': people harmed by an incident
    return any(_has(t, lex.sport) or _has(t, lex.body) for t in toks)
