"""Whether two claims are about one subject: each side's subject named on the other, and no name word
of one that the other lacks in any spelling.

Needs: two ``ClaimKeys`` (subjects, marks and their entity ids, all names). Adds: ``shared_subject()``
(True, False, or None when a side names no subject). A mark word meets the other claim's names by
skeleton, by a clipped form (Man, Manchester), by any reading of its spelling (Munich, ميونخ) or by
the registry entity it names (Egypt, مصر). A bare title is the subject the other side names with it
(``title_holder``: "the finance minister", "Finance Minister Rachel Reeves"; titles.py), and offices
none of the other's (a bare title against another office held, or claims without subjects that name
disjoint offices) tell two holders apart. Symmetric in its two arguments.
"""
from __future__ import annotations

from .keys import ClaimKeys
from .names import ENTITY, skeleton


def shared_subject(ka: ClaimKeys, kb: ClaimKeys) -> bool | None:
    """True/False when both sides name a subject (event subject, entity or proper name) or each names
    offices, none of the other's, else None (also when one side's subject is a word of the other:
    the object of the same act told from the other side).
    Subjects are sets of name skeletons; the same subject when each side's subject is named on the
    other (in its words, its subject or its own source: "Orbitel said it ..." names Orbitel)."""
    if ka.subjects and kb.subjects:
        if _other_offices(ka, kb):
            return False
        if _named_on(ka, kb) and _named_on(kb, ka) and not _told_apart(ka, kb):
            return True
        if title_holder(ka, kb):
            return True
        # one act told from either side ("the court sentenced the minister" / "the minister was jailed"):
        # the subject of one is a word of the other; who did it to whom is left to the other signals
        return None if _in_words(ka, kb) or _in_words(kb, ka) else False
    if ka.offices and kb.offices and ka.offices.isdisjoint(kb.offices):
        return False  # «وزير الري» vs «وزير الخارجية»: the offices named tell two holders apart
    if not (ka.actors or ka.proper) or not (kb.actors or kb.proper):
        return None
    return bool(ka.actors & kb.actors or ka.proper & kb.allnames or kb.proper & ka.allnames)


def _in_words(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether ``ka``'s subject is common nouns (no proper name: those are matched as names) and every
    one of its skeletons spells a content word of ``kb`` (or, from four letters, its start)."""
    if ka.subjects & ka.proper:
        return False
    words = {skeleton(w) for w in kb.content}
    return all(s in words or len(s) >= 4 and any(n.startswith(s) for n in words) for s in ka.subjects)


def _named_on(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether ``ka``'s subject is named on ``kb``: a shared skeleton, or a clipped word (Man City,
    Manchester City: "mn" starts "mnSstr", a word of the other's subject) when the subjects also share
    a word whole."""
    if ka.subjects & kb.allnames:
        return True
    return bool(ka.marks & kb.marks) and any(n.startswith(s) or s.startswith(n) for s in ka.subjects
                                             for n in kb.marks)


def _told_apart(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Two subjects that share a name word but each has one the other claim lacks (Manchester City
    vs Manchester United): two actors. A word matches its abbreviation (Man, Manchester), any reading
    of its spelling the other claim names (Munich, ميونخ) and the entity it names (Egypt, مصر)."""
    if not ka.marks or not kb.marks:
        return False
    na, nb = ka.allnames | ka.marks, kb.allnames | kb.marks
    return bool(_unmatched(ka, nb) and _unmatched(kb, na))


def _unmatched(k: ClaimKeys, names: frozenset[str]) -> frozenset[str]:
    """The marks of ``k`` that ``names`` (the other claim's) neither spell nor name as an entity."""
    named = {m for m, e in k.mark_ids if ENTITY + e in names}
    return frozenset(m for m in k.marks - named
                     if not any(m == n or n.startswith(m) or m.startswith(n) for n in names))


def title_holder(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """One side's subject is a bare title ("the finance minister", «وزير الخارجية») that the other's
    subject holds ("Finance Minister Rachel Reeves", «وزير الخارجية سامح شكري», or a name the title
    stands before), in either language, and the bare side names no entity the other does not
    («وزير الدفاع الإسرائيلي» needs Israel on the other side): one holder of one office."""
    return _holds(ka, kb) or _holds(kb, ka)


def _holds(bare: ClaimKeys, named: ClaimKeys) -> bool:
    if not bare.bare_title or not bare.bare_title <= named.titled:
        return False
    return all(s in named.allnames for s in bare.subjects if s.startswith(ENTITY))


def _other_offices(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """A bare title on one side and another office held on the other ("the defence minister" vs "Foreign
    Minister Annalena Baerbock"): the shared word "minister" names two holders."""
    return bool((ka.bare_title or kb.bare_title) and ka.titled and kb.titled and ka.titled.isdisjoint(kb.titled))
