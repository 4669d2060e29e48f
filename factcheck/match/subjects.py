"""Whether two claims are about one subject: each side's subject named on the other, and no name word
of one that the other lacks in any spelling.

Needs: two ``ClaimKeys`` (subjects, marks and their entity ids, all names). Adds: ``shared_subject()``
(True, False, or None when a side names no subject). A mark word meets the other claim's names by
skeleton, by a clipped form (Man, Manchester), by any reading of its spelling (Munich, ميونخ) or by
the registry entity it names (Egypt, مصر). Symmetric in its two arguments.
"""
from __future__ import annotations

from .keys import ClaimKeys
from .names import ENTITY


def shared_subject(ka: ClaimKeys, kb: ClaimKeys) -> bool | None:
    """True/False when both sides name a subject (event subject, entity or proper name), else None.
    Subjects are sets of name skeletons; the same subject when each side's subject is named on the
    other (in its words, its subject or its own source: "Orbitel said it ..." names Orbitel)."""
    if ka.subjects and kb.subjects:
        return bool(_named_on(ka, kb) and _named_on(kb, ka)) and not _told_apart(ka, kb)
    if not (ka.actors or ka.proper) or not (kb.actors or kb.proper):
        return None
    return bool(ka.actors & kb.actors or ka.proper & kb.allnames or kb.proper & ka.allnames)


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
