"""Comparisons and elisions: a bare number that counts what the figure before it counts.

Needs: the quantities of one span, in text order, and the tables of ``quantity_lexicon``. Adds: the unit of
the figure before to a bare number after a comparison lead ("1,300 patients, up from 940"; "rose to 14% from 10"), after a link
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

_NOT_NOUNS = frozenset({"percent", "percentage_point", "basis_point", "times"})
_LEAD_CHARS = 24  # characters a comparison lead before a number may take ("compared with", "بالمقارنة مع")
_ELIDED_RATIO = 1000  # "cut 500 jobs and invest 20 million": a figure this much larger counts something else


def compared(text: str, out: list[Quantity]) -> list[Quantity]:
    """A bare number after a comparison lead ("up from", "compared with", مقارنة بـ) counts what the figure before
    it counts: "1,300 patients in August, up from 940 in July" → 940 person; so does one after a link that elides
    a counted noun ("scored 7 goals and conceded 21", «قتل 3 أشخاص وأصيب 9») or before 'others' (``others_nouns``:
    «وبالسجن المؤبد على 5 آخرين»). The figure before is the main one, not its conversion in brackets."""
    leads = tables().compare_leads
    out = list(out)
    for n in range(1, len(out)):
        q, prev = out[n], out[n - 1]
        if n >= 2 and _conversion(text, out[n - 2], prev):
            prev = out[n - 2]  # "400 billion shillings ($3.1 billion) …, down from 600 billion": the main figure
        if q.unit is not None or prev.unit is None or q.start < out[n - 1].end:
            continue
        keys = tuple(t.key for t in tokenize(text, max(prev.end, q.start - _LEAD_CHARS), q.start))
        if any(keys[-len(p):] == p for p in leads if len(p) <= len(keys)) or _level_from(text, keys, prev, q) or (
                q.value <= _ELIDED_RATIO * prev.value and (_elided(keys, prev.unit) or _others(text, q, prev.unit)
                                                           or _parallel(text, prev, q) or _shortfall(text, q, prev))):
            out[n] = replace(q, unit=prev.unit)
    return out


def compared_rates(text: str, out: list[Quantity]) -> list[Quantity]:
    """A figure in the base unit of the rate before it, after a comparison lead or a level's "from" ("$2.07 a kilogram
    last week from $2.43 a year earlier", «2.55 مليون برميل يومياً … مقارنة مع 2.41 مليون برميل»), is that rate: it takes
    the rate's unit (USD/kg, barrel/day). Run after ``per_units``: a figure with a rate of its own keeps it."""
    leads, froms = tables().compare_leads, _level_tables()[1]
    out = list(out)
    for n in range(1, len(out)):
        q, prev = out[n], out[n - 1]
        if not prev.unit or "/" not in prev.unit or q.unit != prev.unit.split("/")[0] or q.start < prev.end:
            continue
        keys = tuple(t.key for t in tokenize(text, max(prev.end, q.start - _LEAD_CHARS), q.start))
        if keys and (keys[-1] in froms or any(keys[-len(p):] == p for p in leads if len(p) <= len(keys))):
            out[n] = replace(q, unit=prev.unit)
    return out


def _conversion(text: str, main: Quantity, q: Quantity) -> bool:
    """``q`` stands in brackets right after ``main`` in another unit: the same amount converted ("400 billion
    shillings ($3.1 billion)", «5 مليارات جنيه (100 مليون دولار)»)."""
    return (main.unit is not None and q.unit is not None and main.unit != q.unit
            and text[main.end:q.start].strip() == "(" and text[q.end:q.end + 1] == ")")


def _level_from(text: str, keys: tuple[str, ...], prev: Quantity, q: Quantity) -> bool:
    """"rose to 14% from 10": a bare number right after ``level_from`` ("from") when the figure before is the level a
    change reached, right after ``level_to`` ("to"), is the level it started from, in the same unit."""
    ctx = _level_tables()
    before = tokenize(text, max(0, prev.start - 8), prev.start)
    return len(keys) == 1 and keys[0] in ctx[1] and bool(before) and before[-1].key in ctx[0] and (
        prev.value <= _ELIDED_RATIO * q.value)  # "to $40 million from 25": the scale left out, no amount in dollars


@cache
def _level_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(folded "to" words, folded "from" words) of ``quantity_context.json`` ``level_to`` and ``level_from``."""
    data = [load_json(lang, "quantity_context") for lang in ("ar", "en")]
    return (frozenset(fold(w) for d in data for w in d.get("level_to", ())),
            frozenset(fold(w) for d in data for w in d.get("level_from", ())))


_CLAUSE_CHARS = 60  # characters a coordinated clause may take before its bare number ("while the Bloc Québécois won")


@cache
def _parallel_tables() -> tuple[dict[str, str], frozenset[str], tuple[tuple[str, ...], ...]]:
    """(folded verb → its class, folded prepositions after a verb, folded shortfall phrases) (``quantity_verbs.json``)."""
    data = [load_json(lang, "quantity_verbs") for lang in ("ar", "en")]
    verbs = {fold(w): c for d in data for c, ws in d.get("parallel_verbs", {}).items() for w in ws}
    preps = frozenset(fold(w) for d in data for w in d.get("parallel_preps", ()))
    short = tuple(tuple(fold(w).split()) for d in data for w in d.get("shortfall_after", ()))
    return verbs, preps, short


def _verb_class(keys: list[str]) -> str | None:
    """The class of the nearest listed verb among the last ``_VERB_WORDS`` words of ``keys`` (a و/ف clitic allowed):
    right before the figure ("won 22"), or before a preposition or a VSO subject (حصل حزب الأصالة على 87)."""
    verbs = _parallel_tables()[0]
    for k in reversed(keys[-_VERB_WORDS:]):
        cls = verbs.get(k) or (verbs.get(k[1:]) if k[:1] in "وف" else None)
        if cls:
            return cls
    return None


_VERB_WORDS = 5  # words a clause's verb may stand before its figure (a VSO subject between)


def _parallel(text: str, prev: Quantity, q: Quantity) -> bool:
    """"The Conservatives took 144 seats, while the Bloc won 22": the verbs of the clauses of the two figures are of
    one class (``parallel_verbs``) and an ellipsis link stands between the figures; the figure before counts things."""
    between = [t.key for t in tokenize(text, max(prev.end, q.start - _CLAUSE_CHARS), q.start)]
    links = tables().ellipsis_links
    cut = next((n for n in range(len(between) - 1, -1, -1) if between[n] in links), None)
    if cut is None or not _elided(("و",), str(prev.unit)):
        return False
    cls = _verb_class(between[cut + 1:])
    return cls is not None and cls == _verb_class([t.key for t in tokenize(text, max(0, prev.start - 40), prev.start)])


def _shortfall(text: str, q: Quantity, prev: Quantity) -> bool:
    """"won 22, three short of a majority": a bare number before a shortfall phrase falls short in the unit of the
    figure before it, when that figure counts things."""
    after = tuple(t.key for t in tokenize(text, q.end, min(len(text), q.end + _LEAD_CHARS)))
    return any(after[:len(p)] == p for p in _parallel_tables()[2]) and _elided(("و",), str(prev.unit))


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
