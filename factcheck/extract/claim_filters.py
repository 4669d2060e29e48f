"""Units that are no claims whatever their score, and counts with no value that still make one checkable.

Needs: the clause-lexicon marks of a claim's tokens (``clause_lexicon.marks``) and what the claim stage found
in the unit (a figure or date, an event or predicate). Adds ``vague_count`` and ``not_a_claim``, for
``claims``; the word classes are ``count_words``, ``document_labels`` and ``no_comment`` of
``lexicons/<lang>/clauses.json``.
"""
from __future__ import annotations

Marks = list[dict[str, int]]


def vague_count(mk: Marks, a: int, b: int) -> bool:
    """A count with no value ('نزح مئات الآلاف'، 'أصيب العشرات'): with a predicate or an event, a magnitude a
    fact-checker can verify (a verbless headline, 'نزوح آلاف الأسر', is not made a claim by it)."""
    return any("count_words" in m for m in mk[a:b])


def not_a_claim(mk: Marks, a: int, b: int, figured: bool, predicated: bool) -> bool:
    """A verbless label of a document and its issuer ('بيان صادر عن وزارة الداخلية') or a request for comment
    declined or unanswered ('ولم تستجب الوزارة لطلب التعليق'), with no figure or date: the reporting, not a fact."""
    if figured:
        return False
    return not predicated and "document_labels" in mk[a] or any("no_comment" in m for m in mk[a:b])
