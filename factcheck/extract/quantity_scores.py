"""Match scores and vote tallies written as two numbers joined by a dash: no quantity.

Needs: the number tokens of one span (``numbers.tokenize``) and the ``score_leads`` of ``quantity_context.json``.
Adds ``is_score``: a falling or level pair ("won 3-0", "drew 2-2", "فاز 2-1") is a score, as a range always rises;
so is a rising pair told from the loser's side after a contest word ("lost 1-3", خسر أمام النصر 1-3) with no unit
after it ("lost 2-4 kg" is a range).
"""
from __future__ import annotations

from .numbers import Reading, Tok
from .quantity_tables import tables
from .quantity_units import unit_after

PERCENT_SIGNS = frozenset("%٪")  # the percent sign, Latin and Arabic


def is_score(text: str, toks: list[Tok], r: Reading) -> bool:
    """A match score or a vote tally: two whole numbers joined by a dash, the first not below the second ("won
    3-0", "drew 2-2", "فاز 2-1"); a range always rises ("3-5 days", "30-40%"), so a falling or level pair is none,
    and so is a rising one told from the loser's side after a contest word ("lost 1-3", خسر أمام النصر 1-3)."""
    k, n = r.start, len(toks)
    if r.end != k + 1 or not toks[k].key.isdigit():
        return False
    if k + 2 < n and toks[k + 1].key in "-–" and toks[k + 1].glued and toks[k + 2].glued and toks[k + 2].key.isdigit():
        return r.value >= float(toks[k + 2].key) or _lost_score(text, toks, k)
    if k >= 2 and toks[k - 1].key in "-–" and toks[k - 1].glued and toks[k].glued and toks[k - 2].key.isdigit():
        return float(toks[k - 2].key) >= r.value or _lost_score(text, toks, k - 2)
    return False


_SCORE_MAX = 20  # goals, sets or points of one side of a match score
_SCORE_LEAD_WORDS = 3  # words before a score its contest word may stand ("lost 1-3", "خسر أمام النصر 1-3")


def _lost_score(text: str, toks: list[Tok], k: int) -> bool:
    """The rising pair at ``toks[k]``, ``toks[k + 2]`` is a score told from the loser's side: small whole numbers, a
    contest word (``score_leads``) just before, no unit after ("lost 2-4 kg" is a range)."""
    if not float(toks[k].key) < float(toks[k + 2].key) <= _SCORE_MAX:
        return False
    leads = tables().score_leads
    if not any(t.key in leads for t in toks[max(0, k - _SCORE_LEAD_WORDS):k]):
        return False
    return k + 3 >= len(toks) or unit_after(text, toks, k + 3)[0] is None and toks[k + 3].key not in PERCENT_SIGNS
