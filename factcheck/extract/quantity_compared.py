"""Comparisons and elisions: a bare number that counts what the figure before it counts.

Needs: the quantities of one span, in text order, and the tables of ``quantity_lexicon``. Adds: the unit of
the figure before to a bare number after a comparison lead ("1,300 patients, up from 940"), after a link
eliding its noun ("scored 7 goals and conceded 21", «قتل 3 أشخاص وأصيب 9») or before 'others' («على 5
آخرين»); ``tally``: the two sides of a vote tally count votes ("by a vote of 70 to 29").
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .numbers import lookup, tokenize
from .quantity_tables import tables, variants
from .quantity_units import is_function_key

_NOT_NOUNS = frozenset({"percent", "percentage_point", "times"})
_LEAD_CHARS = 24  # characters a comparison lead before a number may take ("compared with", "بالمقارنة مع")
_ELIDED_RATIO = 1000  # "cut 500 jobs and invest 20 million": a figure this much larger counts something else


def compared(text: str, out: list[Quantity]) -> list[Quantity]:
    """A bare number after a comparison lead ("up from", "compared with", مقارنة بـ) counts what the figure before
    it counts: "1,300 patients in August, up from 940 in July" → 940 person; so does one after a link that elides
    a counted noun ("scored 7 goals and conceded 21", «قتل 3 أشخاص وأصيب 9») or before 'others' (``others_nouns``:
    «وبالسجن المؤبد على 5 آخرين»)."""
    leads = tables().compare_leads
    out = list(out)
    for n in range(1, len(out)):
        q, prev = out[n], out[n - 1]
        if q.unit is not None or prev.unit is None or q.start < prev.end:
            continue
        keys = tuple(t.key for t in tokenize(text, max(prev.end, q.start - _LEAD_CHARS), q.start))
        if any(keys[-len(p):] == p for p in leads if len(p) <= len(keys)) or (
                q.value <= _ELIDED_RATIO * prev.value and (_elided(keys, prev.unit) or _others(text, q, prev.unit))):
            out[n] = replace(q, unit=prev.unit)
    return out


def _elided(keys: tuple[str, ...], unit: str) -> bool:
    """The words ``keys`` before a bare number end in a link, or a link and one verb ("and conceded", وأصيب),
    and the figure before counts things (not a share, a rate, money or a span of time)."""
    tb = tables()
    if not keys or unit in _NOT_NOUNS or not unit.islower() or "/" in unit or unit in tb.span_units:
        return False
    last = keys[-1]
    if last in tb.ellipsis_links:
        return True
    if len(keys) > 1 and keys[-2] in tb.ellipsis_links and not is_function_key(last):
        return True
    return last[:1] == "و" and len(last) > 3 and lookup(last) is None and not is_function_key(last[1:])


def _others(text: str, q: Quantity, unit: str) -> bool:
    """'على 5 آخرين', 'نقل 7 آخرون': 'others' after a bare number, when the figure before counts things."""
    after = tokenize(text, q.end, min(len(text), q.end + _LEAD_CHARS))
    return bool(after) and after[0].key in tables().others_nouns and _elided(("و",), unit)


def multiplying_verb(word: str) -> bool:
    return any(v in tables().standalone_verbs for v in variants(fold(word)))


_TALLY_WORDS = 8  # words back a word of voting may stand before a tally ("passed the bill by a vote of 70 to 29")
_VOTE = "vote"


@cache
def _tally_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(folded words of voting, folded tally links) of both languages (``quantity_verbs.json``)."""
    data = [load_json(lang, "quantity_verbs") for lang in ("ar", "en")]
    words, links = (frozenset(fold(w) for d in data for w in d.get(f, ())) for f in ("tally_words", "tally_links"))
    return words, links


def tally(text: str, out: list[Quantity]) -> list[Quantity]:
    """A vote tally counts votes on each side: two bare counts joined by a tally link ("70 to 29", «70 مقابل 29»)
    after a word of voting in the clause ("by a vote of 70 to 29", بأغلبية), or beside a side already counted in
    votes ("70 votes to 29"), each take the unit vote."""
    words, links = _tally_tables()
    out = list(out)
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        units = {a.unit, b.unit}
        if not units <= {None, _VOTE} or a.qualifier != "exact" or b.qualifier != "exact":
            continue
        between = [t.key for t in tokenize(text, a.end, b.start)]
        if len(between) != 1 or between[0] not in links:
            continue
        before = tokenize(text, max(0, a.start - _LEAD_CHARS), a.start)
        if before and any(v in tables().range_openers for v in variants(before[-1].key)):
            continue  # "rose from 20 to 30": a change, no tally
        if _VOTE in units or _voting_before(text, a.start, words):
            out[n - 1], out[n] = replace(a, unit=_VOTE), replace(b, unit=_VOTE)
    return out


def _voting_before(text: str, start: int, words: frozenset[str]) -> bool:
    """A word of voting among the words of the clause before ``start``, no number between."""
    toks = tokenize(text, max(0, start - 80), start)[-_TALLY_WORDS:]
    for t in reversed(toks):
        if t.kind == "n" or t.key in ",،;؛.":
            return False
        if any(v in words for v in variants(t.key)):
            return True
    return False
