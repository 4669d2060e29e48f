"""Rejoining clause pieces split around an insertion: 'The plan, which was proposed in 2019, will cost
$2bn' and 'Prices, according to X, rose 4%' are one claim each, not a subject cut from its predicate.

Needs: the sentence tokens, their clause marks and the clause pieces (``clauses.cut``). Adds: the pieces
with a short subject rejoined to the predicate after its relative, apposition or 'according to'
insertion (used by ``claims``).
"""
from __future__ import annotations

from bisect import bisect_left

from .claim_edges import (
    apposition_start,
    relative_before_object,
    relative_holds_predicate,
    relative_piece_before_object,
)
from .clauses import has_predicate
from .tokens import Tok

_SUBJECT_MAX = 7  # tokens of a subject noun phrase before a relative insertion ('the government's backing for a third runway')


def _insertion(text: str, toks: list[Tok], leads: list[int], a: int, b: int) -> int | None:
    """Index of a relative pronoun or 'according to' opening a comma-delimited insertion in ``toks[a:b]``
    (None if none); ``leads`` are the sentence's tokens marked as such."""
    for j in leads[bisect_left(leads, a):bisect_left(leads, b)]:
        gap = text[toks[j - 1].end:toks[j].start] if j else ","
        if j == a or "," in gap or "،" in gap:
            return j
    return None


def rejoin_insertions(text: str, toks: list[Tok], mk, pieces: list[tuple[int, int]], language: str,
                      leads: list[int]) -> list[tuple[int, int]]:
    """'The plan, which was proposed in 2019, will cost $2bn': a piece opening with a predicate after a
    relative insertion that follows a short subject (a noun phrase) joins the subject and the insertion;
    so does the piece after an inserted 'according to X' ('Prices, according to X, rose 4%'), and a relative set
    off inside a verb-first clause before the rest of it (``relative_before_object``: أعلنت شركة X، التي …، تسريح)."""
    if len(pieces) < 2:
        return pieces
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        pa, pb = out[-1] if out else (a, a)
        j = _insertion(text, toks, leads, pa, pb) if out and b - a >= 2 else None
        if relative_piece_before_object(text, toks, mk, out, a, b, language):
            out[-2:] = [(out[-2][0], b)]  # 'Acme hired X, who led Y, as chief executive'
            continue
        if j is None and out and (apposition_start(text, toks, mk, pa, pb, a, language) is not None
                                  or relative_holds_predicate(text, toks, mk, pa, pb, a, b, language)) or out and (
                relative_before_object(text, toks, mk, pa, pb, a, b, language)):
            out[-1] = (pa, b)  # 'Tesla, the carmaker, sold 4m cars': the subject keeps its predicate
            continue
        if j is not None and (has_predicate(toks, mk, a, a + 1, language) or "attribution_leads" in mk[j] and not (
                {"connectors", "weak_connectors", "free_connectors", "coordinators"} & mk[a].keys())):
            if 0 < j - pa <= _SUBJECT_MAX:
                out[-1] = (pa, b)
                continue
            if j == pa and len(out) > 1 and out[-2][1] - out[-2][0] <= _SUBJECT_MAX:
                out[-2:] = [(out[-2][0], b)]
                continue
        out.append((a, b))
    return out
