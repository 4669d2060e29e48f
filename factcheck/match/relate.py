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
FLIP_TOPIC = 0.3  # a negation or antonym alone conflicts only between claims this close in topic
# claims of one language "say the same thing but for a word" when this close in topic and wording:
# only then may a learned one-sided word, an outlet swap or a bare flip decide a conflict
SAME_TOPIC = 0.4
SAME_WORDS = 0.15


@dataclass(frozen=True, slots=True)
class Relation:
    """The verdict on a pair: relation, a 0..100 score (confidence in it) and plain-words reasons."""

    relation: str
    score: int
    reasons: tuple[str, ...] = ()


def _unrelated(ka: ClaimKeys, kb: ClaimKeys, topic: float) -> bool:
    if topic >= TOPIC_MIN:
        return False
    return not ((ka.event and ka.event == kb.event) or ka.actors & kb.actors
                or ka.proper & kb.allnames or kb.proper & ka.allnames)


def _same_wording(ka: ClaimKeys, kb: ClaimKeys, topic: float) -> bool:
    return ka.language == kb.language and topic >= SAME_TOPIC and F.jaccard(ka, kb) >= SAME_WORDS


def _anchored(ka: ClaimKeys, kb: ClaimKeys, topic: float) -> bool:
    """Whether the claims are about one matter: a subject both name, or (one language) the same
    wording, or the same event where neither names anything the other lacks; a swap or a flip means
    nothing without it."""
    same = F.shared_subject(ka, kb)
    if same or _same_wording(ka, kb, topic):
        return True
    return bool(ka.event and ka.event == kb.event and same is None and ka.actors == kb.actors)


def _role_swaps(ka: ClaimKeys, kb: ClaimKeys, topic: float) -> list:
    """Swapped entities that fill the same role: the claims are anchored, and an outlet (a dateline
    or source agency, never the actor) counts only between claims worded the same."""
    if not _anchored(ka, kb, topic):
        return []
    return F.swaps(ka, kb, skip=() if _same_wording(ka, kb, topic) else ("outlet",))


def _subject_differs(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """A reason when the claims are about different subjects (or, lacking subjects, little overlap)."""
    same = F.shared_subject(ka, kb)
    if same is False:
        return "different subjects"
    if same is None and ka.language == kb.language and F.jaccard(ka, kb) < 0.25:
        return "different subjects or scope"
    return None


def _differs(ka: ClaimKeys, kb: ClaimKeys, figures: bool, swapped: bool, topic: float) -> str | None:
    """Why a would-be conflict is about different things: for differing figures, another subject or
    scope; for a flip (negation, antonym) alone, two explicit subjects that share no name."""
    if figures:
        return _subject_differs(ka, kb) or F.scope(ka, kb)
    if not swapped and topic < FLIP_TOPIC:
        return "little in common besides the opposite wording"
    if not swapped and ka.subjects and kb.subjects and F.shared_subject(ka, kb) is False:
        return "different subjects"
    return None


def _flipped(polar: list) -> bool:
    """Whether the sides say opposite things: one side negated, or opposite poles, but not both
    ("did not rise" vs "fell"). Opposite poles on several scales at once ("rose to its highest" vs
    "fell to its lowest") are one opposition, not two that cancel."""
    negated = any(s.kind == "negation" for s in polar)
    return negated != any(s.kind == "antonym" for s in polar)


def _score(p: float) -> int:
    return int(round(100 * max(p, 1 - p)))


def _related(topic: float, reasons: tuple[str, ...]) -> Relation:
    return Relation("related", int(round(40 + 55 * topic)), reasons)


def _evidence(base: int, signals: int, same_event: bool) -> int:
    """Confidence of a rule-based verdict: more independent signals and a shared event raise it."""
    return min(95, base + 8 * signals + (8 if same_event else 0))


def relate(a: Claim, b: Claim) -> Relation:
    """Relation between two claims with the reasons for it."""
    return relate_keys(claim_keys(a), claim_keys(b))


def relate_keys(ka: ClaimKeys, kb: ClaimKeys) -> Relation:
    """``relate`` on keys already computed (symmetric in its arguments)."""
    topic = F.topic(ka, kb)
    if _unrelated(ka, kb, topic):
        return Relation("unrelated", int(round(100 * (1 - topic))), ("no shared event, subject or wording",))
    q = F.quantities(ka, kb) or F.numbers(ka, kb)
    d = F.dates(ka, kb)
    polar = F.negation(ka, kb) + F.antonyms(ka, kb)
    swaps = _role_swaps(ka, kb, topic)
    q_conf = [s for s in q if s.verdict == "conflict"]
    date_differ = [s for s in d if s.verdict == "differ"]
    same_event = bool(ka.event and ka.event == kb.event)
    q_other = [s for s in q_conf if s.kind == "quantity"]
    if date_differ and (not same_event or q_other):  # other figures at another time: a later reading
        return _related(topic, ("different times: " + date_differ[0].reason,) + tuple(s.reason for s in q_other))
    if swaps and (q_conf or date_differ):
        return _related(topic, tuple(s.reason for s in swaps + q_conf + date_differ))
    flips = polar if _flipped(polar) and _anchored(ka, kb, topic) else []
    hard = q_conf + date_differ + swaps + flips
    if hard:
        differs = _differs(ka, kb, bool(q_conf or date_differ), bool(swaps), topic)
        if differs:
            return _related(topic, (differs,) + tuple(s.reason for s in hard))
    if not hard and ka.subjects and kb.subjects and F.shared_subject(ka, kb) is False:
        return _related(topic, ("different subjects",) + tuple(s.reason for s in q + d))
    agree = [s for s in q + d if s.verdict == "agree"]
    if not hard and agree:  # explicit agreement on figures is never overridden by learned cues
        return _agrees(ka, kb, agree, polar, same_event)
    vec = M.vector(ka, kb, signals=q + d + polar + swaps)
    p = M.probability(vec) if M.model() else 0.5
    if hard:
        return Relation("conflicts", max(_score(p), _evidence(60, len(hard), same_event)),
                        tuple(s.reason for s in hard))
    if polar and not _flipped(polar):  # negation and opposite wording: "did not rise" vs "fell"
        return Relation("agrees", max(_score(p), 55),
                        tuple(s.reason for s in polar) + ("negation and opposite wording cancel out",))
    measures = [s for s in q if s.kind == "measure"]
    if measures:  # both give figures, of different things (killed vs injured): nothing to contradict
        return _related(topic, tuple(s.reason for s in measures))
    if p >= CONFLICT_P:
        return _learned_verdict(ka, kb, p, topic)
    if _one_sided_figures(ka, kb):
        return _related(topic, ("only one gives figures",))
    unlike = [s for s in q if s.verdict == "incomparable"]
    if unlike:  # both give figures, of different things: nothing to agree on
        return _related(topic, tuple(s.reason for s in unlike))
    if same_event or topic >= 0.3:
        reasons = ("same event: " + ka.event,) if same_event else ()
        return Relation("agrees", _score(p), reasons or ("same wording on the key points",))
    return _related(topic, ("same topic, no shared figures to compare",))


def _agrees(ka: ClaimKeys, kb: ClaimKeys, agree: list, polar: list, same_event: bool) -> Relation:
    reasons = tuple(s.reason for s in agree) + (("same event: " + ka.event,) if same_event else ())
    if polar:
        reasons += tuple(s.reason for s in polar) + ("negation and opposite wording cancel out",)
    return Relation("agrees", _evidence(62, len(agree), same_event), reasons)


def _one_sided_figures(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """One side states quantities or dates and the other none: a headline or a vaguer mention."""
    fa, fb = bool(ka.quantities or ka.dates), bool(kb.quantities or kb.dates)
    return fa != fb


def _learned_verdict(ka: ClaimKeys, kb: ClaimKeys, p: float, topic: float) -> Relation:
    """The model leans to a conflict: it stands only on a learned word pair (each side says one word
    of it) between claims of one language; a word only one side has is at most a difference."""
    wcues, pcues = M.shipped_cues(ka, kb, kb.tokset - ka.tokset)
    pairs = tuple("one says '{}', the other '{}'".format(*sorted(xy)) for xy, w in pcues[:2] if w > 0)
    words = tuple(f"only one says '{w}'" for w, s in wcues[:2] if s > 0)
    if ka.language == kb.language and (pairs or _same_wording(ka, kb, topic)):
        return Relation("conflicts", _score(p), pairs + words)
    return _related(topic, words or ("worded differently on a key point",))
