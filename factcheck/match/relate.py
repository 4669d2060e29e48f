"""relate(a, b): do two claims agree, conflict, merely relate, or not concern each other — and why.

Needs: two ``Claim`` objects (any languages). Adds: a ``Relation`` with reasons a person can check.
Decided from the claims' frames, never from text similarity alone:

- quantities of one unit are intervals: exact ±1 % (rounding: 4.3 billion = 4,300 million), "about"
  ±10 %, "at least"/"more than" open above, "at most"/"less than" open below; overlapping intervals
  agree, disjoint ones conflict; different units are not comparable;
- dates agree when equal at the coarser precision (2024-05 and 2024-05-28); different dates of the
  same event conflict, of anything else mean different times ("related");
- one side negated, opposite antonym poles (rose/fell) or a swapped entity (Egypt vs Libya) in an
  otherwise matching frame conflict; a swap plus another difference means another subject;
- different subjects or scopes (a city vs a district) are "related", never "conflicts";
- otherwise a small logistic model (``model.py``, trained on ANS train) weighs learned contradiction
  words and word pairs; its cues are reported like the rules'.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Claim
from . import features as F
from . import model as M
from .keys import ClaimKeys, claim_keys

TOPIC_MIN = 0.2  # below this topic overlap, with no shared event or entity, the claims are unrelated
CONFLICT_P = 0.5


@dataclass(frozen=True, slots=True)
class Relation:
    """The verdict on a pair: relation, a 0..100 score (confidence in it) and plain-words reasons."""

    relation: str
    score: int
    reasons: tuple[str, ...] = ()


def _unrelated(ka: ClaimKeys, kb: ClaimKeys, topic: float) -> bool:
    linked = (ka.event and ka.event == kb.event) or set(ka.entities) & set(kb.entities) \
        or ka.proper & kb.names or kb.proper & ka.names
    return topic < TOPIC_MIN and not linked


def _scope_differs(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """A reason when the claims are about different subjects (or, lacking subjects, little overlap)."""
    same = F.shared_subject(ka, kb)
    if same is False:
        return "different subjects"
    if same is None and ka.language == kb.language and F.jaccard(ka, kb) < 0.25:
        return "different subjects or scope"
    return None


def _score(p: float) -> int:
    return int(round(100 * max(p, 1 - p)))


def relate(a: Claim, b: Claim) -> Relation:
    """Relation between two claims with the reasons for it."""
    ka, kb = claim_keys(a), claim_keys(b)
    topic = F.topic(ka, kb)
    if _unrelated(ka, kb, topic):
        return Relation("unrelated", int(round(100 * (1 - topic))), ("no shared event, subject or wording",))
    q = F.quantities(ka, kb)
    nums = [] if q else F.numbers(ka, kb)
    q = q or nums
    d = F.dates(ka, kb)
    polar = F.negation(ka, kb) + F.antonyms(ka, kb)
    swaps = F.swaps(ka, kb)
    q_conf = [s for s in q if s.verdict == "conflict"]
    same_event = bool(ka.event and ka.event == kb.event)
    date_differ = [s for s in d if s.verdict == "differ"]
    scope = _scope_differs(ka, kb) if (q_conf or date_differ) else None
    if date_differ and not same_event:
        return Relation("related", _score(topic), ("different times: " + date_differ[0].reason,))
    if swaps and (q_conf or date_differ):
        return Relation("related", _score(topic), tuple(s.reason for s in swaps + q_conf + date_differ))
    if scope:
        return Relation("related", _score(topic), (scope,) + tuple(s.reason for s in q_conf))
    vec = M.vector(ka, kb, signals=q + d + polar + swaps)
    p = M.probability(vec) if M.model() else 0.5
    hard = q_conf + date_differ + swaps + ([] if len(polar) % 2 == 0 else polar)
    if hard:
        return Relation("conflicts", max(_score(p), 60), tuple(s.reason for s in hard))
    agree = [s for s in q + d if s.verdict == "agree"]
    if polar:  # an even number of flips: "did not rise" vs "fell"
        reasons = tuple(s.reason for s in agree + polar)
        return Relation("agrees", max(_score(p), 55), reasons + ("negation and opposite wording cancel out",))
    if p >= CONFLICT_P and not any(s.kind in ("quantity", "date") for s in agree):
        return Relation("conflicts", _score(p), _learned_reasons(ka, kb) or ("worded differently on a key point",))
    if agree or same_event or topic >= 0.3:
        reasons = tuple(s.reason for s in agree) + (("same event: " + ka.event,) if same_event else ())
        return Relation("agrees", _score(p), reasons or ("same wording on the key points",))
    return Relation("related", _score(topic), ("same topic, no shared figures to compare",))


def _learned_reasons(ka: ClaimKeys, kb: ClaimKeys) -> tuple[str, ...]:
    m = M.model()
    wcues, pcues = M.learned_cues(ka, kb, m.get("words", {}), m.get("pairs", {}))
    out = ["one says '{}', the other '{}'".format(*sorted(xy)) for xy, w in pcues[:2] if w > 0]
    out += [f"only one says '{w}'" for w, s in wcues[:2] if s > 0]
    return tuple(out)
