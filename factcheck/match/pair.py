"""One pair of claims' keys as ``relate`` reads them: the overlaps, subject and wording tests its
rules share, each computed once (lazily where costly), and the thresholds they use.

Needs: two ``ClaimKeys``. Adds: ``Pair`` (topic as ``features.topic``, word overlap, shared event,
names, cited sources; ``unrelated``, ``same_subject``, ``same_wording``, ``anchored``, ``one_matter``,
``unplaced``, ``role_swaps``, ``differs``), ``root_overlap``, ``same_wording`` and ``cited_alike``.
"""
from __future__ import annotations

from enum import Enum
from typing import Final

from . import features as F
from .concepts import kinds_alike, shared_concepts
from .keys import ClaimKeys
from .money import converted
from .names import skeleton
from .substitution import other_things

TOPIC_MIN = 0.2  # below this topic overlap, with no shared event or entity, the claims are unrelated
FLIP_TOPIC = 0.3  # a negation or antonym alone conflicts only between claims this close in topic
# claims of one language "say the same thing but for a word" when this close in topic and wording:
# only then may a learned one-sided word, an outlet swap or a bare flip decide a conflict
SAME_TOPIC = 0.4
SAME_WORDS = 0.15
# learned contradiction words on both sides (each its own) stand for a learned pair only between
# claims that share at least this much of their wording in any form (else two stories of one actor)
TWO_SIDED_WORDS = 0.2


def same_wording(ka: ClaimKeys, kb: ClaimKeys, topic: float) -> bool:
    return ka.language == kb.language and topic >= SAME_TOPIC and F.jaccard(ka, kb) >= SAME_WORDS


class Pair:
    """Values of one pair that several rules read, each computed once (lazily where costly): topic
    as ``F.topic``, word overlap as ``F.jaccard``, subject as ``F.shared_subject``."""

    __slots__ = ("ka", "kb", "shared", "jaccard", "same_event", "names", "topic", "source", "_subject",
                 "_wording")

    def __init__(self, ka: ClaimKeys, kb: ClaimKeys) -> None:
        self.ka, self.kb = ka, kb
        ca, cb = ka.content, kb.content
        # across languages no word is spelt alike: the concepts both name stand for shared words
        self.shared = inter = (len(ca & cb) if ka.language == kb.language else shared_concepts(ka, kb)) if ca and cb else 0
        self.jaccard = inter / (len(ca) + len(cb) - inter) if ca and cb else 0.0
        score = self.jaccard
        if ca and cb:
            score = max(score, 0.8 * inter / min(len(ca), len(cb)))
        self.same_event = bool(ka.event and ka.event == kb.event)
        self.names = F.named_alike(ka, kb)
        if self.same_event:  # the additions of F.topic, in its order
            score += 0.35
        if ka.actors and not ka.actors.isdisjoint(kb.actors):
            score += 0.25
        if self.names:
            score += 0.25
        self.topic = min(1.0, score)
        self.source = ka.sources & kb.sources if ka.sources and kb.sources else _NONE
        self._subject: bool | None | _Unset = _UNSET
        self._wording: bool | _Unset = _UNSET

    def unrelated(self) -> bool:
        """Below ``TOPIC_MIN`` in topic with no shared event, actor or name, nor a source both cite for
        a number both give, or for figures of one unit about a word both spell alike (malaria, ملاريا),
        nor a precise figure both give (``precise_alike``), nor a number both give with (one language)
        a concept both name in any of its synonyms ("500 workers" / "500 employees at the firm") or (two
        languages) things of one kind both name ("exports fell 8%" / «انخفضت الواردات 8%»)."""
        ka, kb = self.ka, self.kb
        return self.topic < TOPIC_MIN and not (self.same_event or not ka.actors.isdisjoint(kb.actors) or self.names
                                               or (self.source and (not ka.numbers.isdisjoint(kb.numbers)
                                                                    or cited_alike(ka, kb)))
                                               or precise_alike(ka, kb)
                                               or not ka.numbers.isdisjoint(kb.numbers)
                                               and (ka.language == kb.language and shared_concepts(ka, kb, across=False) > 0
                                                    or kinds_alike(ka, kb)))

    @property
    def same_subject(self) -> bool | None:
        if self._subject is _UNSET:
            self._subject = F.shared_subject(self.ka, self.kb)
        return self._subject

    @property
    def same_wording(self) -> bool:
        """One language, this close in topic and wording (``_same_wording``)."""
        if self._wording is _UNSET:
            self._wording = (self.ka.language == self.kb.language and self.topic >= SAME_TOPIC
                             and self.jaccard >= SAME_WORDS)
        return self._wording

    def anchored(self) -> bool:
        """Whether the claims are about one matter: a subject both name, or (one language) the same
        wording, or the same event where neither names anything the other lacks; a swap or a flip
        means nothing without it."""
        same = self.same_subject
        if same or self.same_wording:
            return True
        return bool(self.same_event and same is None and self.ka.actors == self.kb.actors)

    def one_matter(self) -> bool:
        """Whether more than an event type ties the claims to one matter: a subject both name, a word
        both use (in any of its forms), a name or an entity both give."""
        ka, kb = self.ka, self.kb
        return bool(self.same_subject or self.shared or self.names or ka.actors & kb.actors
                    or ka.language == kb.language and root_overlap(ka, kb) > 0)

    def unplaced(self) -> bool:
        """Whether nothing ties the claims to one occurrence: only one side is dated, and they share
        no name beyond the subject (a second party, a place), no scope ("in the city") nor a cited
        source."""
        ka, kb = self.ka, self.kb
        if bool(ka.dates) == bool(kb.dates) or self.source:
            return False
        subjects = ka.subjects | kb.subjects
        if not subjects:
            return False
        shared = (ka.names | ka.context) & (kb.names | kb.context)
        return not (ka.actors & kb.actors or ka.scopes & kb.scopes
                    or any(not _of_subject(n, subjects) for n in shared))

    def role_swaps(self) -> list:
        """Swapped entities that fill the same role: the claims are anchored, and an outlet (a
        dateline or source agency, never the actor) counts only between claims worded the same."""
        ka, kb = self.ka, self.kb
        if not ka.entities or not kb.entities or ka.ent_ids == kb.ent_ids or not self.anchored():
            return []  # (F.swaps finds none without entities on both sides that differ)
        skip = (() if self.same_wording else ("outlet",)) + (("currency",) if converted(ka, kb) else ())
        return F.swaps(self.ka, self.kb, skip=skip) or F.people_swaps(ka, kb)

    def differs(self, figures: bool, swapped: bool) -> str | None:
        """Why a would-be conflict is about different things: for differing figures, another
        subject (or, lacking subjects, little overlap of words and of their forms: زلزال/زلزالا) or scope; for a flip (negation, antonym)
        alone, little in common, two explicit subjects that share no name, or a forecast against a
        reported act. ``swapped``: an entity
        swap, or a flip tied to one matter by a figure both give, needs no more overlap."""
        ka, kb = self.ka, self.kb
        if figures:
            same = self.same_subject
            if same is False:
                return "different subjects"
            if same is None and ka.language == kb.language and self.jaccard < 0.25 and root_overlap(ka, kb) < 0.25:
                return "different subjects or scope"  # (little overlap in words, in any of their forms)
            return F.scope(ka, kb) or F.forecast_vs_fact(ka, kb) or F.occurrences(ka, kb) or other_things(ka, kb)
        if not swapped and self.topic < FLIP_TOPIC:
            return "little in common besides the opposite wording"
        if not swapped and ka.subjects and kb.subjects and self.same_subject is False:
            return "different subjects"
        return F.forecast_vs_fact(ka, kb)  # "expected the bank to raise rates" vs "held rates steady"


def _of_subject(name: str, subjects: frozenset[str]) -> bool:
    """Whether a name skeleton is (part of) a subject's ("dltr" of "Delta Air", subject "dlt")."""
    return any(name.startswith(s) or s.startswith(name) for s in subjects)


class _Unset(Enum):
    """Not computed yet (told apart from None, a computed ``same_subject``)."""

    UNSET = 0


_UNSET: Final = _Unset.UNSET
_NONE: frozenset[str] = frozenset()


def cited_alike(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Figures of one unit on both sides and a content word both spell alike (its skeleton: malaria,
    ملاريا), for two claims that cite one source."""
    if not ka.quantities or not kb.quantities or {q.unit for q in ka.quantities}.isdisjoint(q.unit for q in kb.quantities):
        return False
    return not {skeleton(w) for w in ka.content if len(w) > 3}.isdisjoint(skeleton(w) for w in kb.content if len(w) > 3)


def precise_alike(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """A precise figure both give in one unit (48.3%, 3,517 people: a fraction written or four
    significant digits; not a round 120 or 2 million): two claims that share it are about one matter
    as likely as not, across languages too (turnout of 48.3% and «نسبة المشاركة 48.3%»)."""
    if not ka.quantities or not kb.quantities:
        return False
    a = {(q.value, q.unit) for q in ka.quantities if q.unit and _precise(q.value)}
    return bool(a) and not a.isdisjoint((q.value, q.unit) for q in kb.quantities)


def _precise(value: float) -> bool:
    if value != int(value):
        return True
    digits = str(int(abs(value))).rstrip("0")
    return len(digits) >= 4


def root_overlap(ka: ClaimKeys, kb: ClaimKeys) -> float:
    """Jaccard overlap of the claims' content words in any form (``F.root``: طلبا/لطلب are one)."""
    ra, rb = F.roots(ka.content), F.roots(kb.content)
    return len(ra & rb) / len(ra | rb) if ra and rb else 0.0

