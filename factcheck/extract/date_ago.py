"""Spans of time counted from publication: "two days ago", "three weeks ago", قبل يومين، "in two weeks", بعد شهرين.

Needs: the article text, the span to search, the language and the publication date (or None: nothing is
read). Adds: (start, end, value, relative) tuples in the form of ``date_periods.find_periods``, which
``dates.find_dates`` merges the same way. A count of days is that day (YYYY-MM-DD), of weeks that week
at the precision its days share (as ``calendar.week``: "three weeks ago" names no one day), of months that
month, of years that year, of decades the year ten times as many back ("two decades ago", قبل عقدين → 2005
from 2025): the precision the unit names. A lexicon ``tails`` phrase after the unit belongs to the span
(قبل عقد من الزمن). English needs the marker after the count ("ago"); Arabic the marker before it (قبل), and then the
count is a dual (يومين), a number and a unit (ثلاثة أيام، 10 سنوات) or a singular unit that ends its
clause (قبل عام.) or stands before a listed word (قبل أسبوع في جنيف). A count back from something else
(قبل يومين من الانتخابات، قبل عام 2020) or a vague one ("a few days ago", قبل أيام) is no date. The words
are data: ``ago`` in ``lexicons/<lang>/dates.json``; the count is read by ``numbers``. The span runs from
the count (English) or the marker (Arabic) to the end of the phrase, a clitic on the marker left out. The
marker is found by a literal search, so a text without it costs one scan.

Counts ahead of publication are read the same way from the ``ahead`` and ``from_now`` entries (which take
the ``ago`` units): "two years from now" always; "in two weeks" / بعد شهرين only when the clause reads ahead
(``date_direction.bare_direction``), since in a past clause they are a duration or count from another event,
and never after a ``blockers_before`` word ("the highest in 20 years"). A frequent marker ("in", بعد) is
searched only with a unit in the next few words, and only in a text holding a unit at all.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .date_direction import bare_direction
from .numbers import Tok, clitic_forms, number_words, read_number, tokenize

_REACH = 48  # characters searched on the other side of the marker
_MAX = 100  # larger counts back are not news dates
_CLAUSE_END = frozenset(".,،;؛:!?؟)\"»”")


@cache
def _lex(language: str, key: str = "ago") -> dict | None:
    """The ``ago`` entry (counts back) or an ``ahead`` one (counts forward), which takes its units from ``ago``."""
    data = load_json(language, "dates")
    entry = data.get(key)
    if not entry:
        return None
    entry = {**data["ago"], **entry} if key != "ago" else entry
    units = {fold(w): u for u, ws in entry["units"].items() for w in ws}
    duals = {fold(w): u for u, ws in entry.get("duals", {}).items() for w in ws}
    singular = {fold(w): u for u, ws in entry.get("singular", {}).items() for w in ws}
    marker, unit_re = re.escape(entry["marker"]), None
    if entry.get("unit_within"):  # a frequent marker ("in"): searched only with a unit in the next few words
        words = [w for ws in entry["units"].values() for w in ws] + [w for ws in entry.get("duals", {}).values() for w in ws]
        alts = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        marker += f"(?=\\s+(?:[^\\s]+\\s+){{0,{entry['unit_within']}}}?(?:{alts})(?![^\\W\\d_]))"
        unit_re = re.compile(f"(?:{alts})(?![^\\W\\d_])")  # a literal alternation: a text without one costs one scan
    return {"units": units, "duals": duals, "singular": singular, "before": entry["position"] == "before",
            "regex": re.compile(f"{marker}(?![^\\W\\d_])", re.IGNORECASE if entry.get("unit_within") else 0),
            "not_after": frozenset(fold(w) for w in entry.get("not_after", ())),
            "skip": frozenset(fold(w) for w in entry.get("skip", ())),
            "starts": tuple(data.get("weeks_quarters", {}).get("week_starts", (0,))),
            "free": frozenset(fold(w) for w in entry.get("singular_before", ())),
            "tails": tuple(tuple(fold(w) for w in t.split()) for t in entry.get("tails", ())),
            "sign": -1 if key == "ago" else 1, "unit_re": unit_re, "ahead_only": bool(entry.get("ahead_only")),
            "blockers": frozenset(fold(w) for w in entry.get("blockers_before", ()))}


def _value(pub: date, unit: str, n: int, starts: tuple[int, ...]) -> str:
    """The date ``n`` units from publication (negative: back)."""
    if unit == "day":
        return cal.shift_days(pub, n)
    if unit in ("week", "fortnight"):  # a fortnight: two weeks ("a fortnight ago" = "two weeks ago")
        return cal.week(pub, n * (2 if unit == "fortnight" else 1), starts)
    if unit == "month":
        return cal.iso(*cal.shift_months(pub, n))
    return cal.iso(pub.year + n * (10 if unit == "decade" else 1))  # a decade: ten years


def _unit(key: str, table: dict) -> str | None:
    return next((table[stem] for stem, clitic in clitic_forms(key) if stem in table and clitic in ("", "و")), None)


def _count(toks: list[Tok], k: int, u: int) -> int | None:
    """The whole count read in ``toks[k:u]`` (exactly), else None; an article alone ("a week ago") is one."""
    nw = number_words()
    if u - k == 1 and toks[k].key in nw.articles:
        return 1
    r = read_number(toks, k)
    if r is None or r.vague or r.end != u or not 0 < r.value <= _MAX or r.value != int(r.value):
        return None
    return int(r.value)


def _english(text: str, m: re.Match, lo: int, lex: dict, pub: date) -> tuple | None:
    toks = tokenize(text, max(lo, m.start() - _REACH), m.start())
    if len(toks) < 2:
        return None
    unit = lex["units"].get(toks[-1].key)
    if unit is None:
        return None
    for k in range(max(0, len(toks) - 4), len(toks) - 1):
        n = _count(toks, k, len(toks) - 1)
        if n is not None:
            return toks[k].start, m.end(), _value(pub, unit, lex["sign"] * n, lex["starts"]), True
    return None


def _arabic(text: str, m: re.Match, hi: int, lex: dict, pub: date) -> tuple | None:
    toks = tokenize(text, m.end(), min(hi, m.end() + _REACH))
    k = 1 if toks and toks[0].key in lex["skip"] else 0  # قبل نحو ثلاثة أشهر
    if k >= len(toks) or toks[k].kind == "s":
        return None
    unit, u = _unit(toks[k].key, lex["duals"]), k
    n: int | None = 2
    if unit is None:
        unit = _unit(toks[k].key, lex["singular"])
        free = (_clause_ends(text, toks[k].end, hi) or (k + 1 < len(toks) and toks[k + 1].key in lex["free"])
                or _tail(toks, k + 1, lex) > 0)
        n = 1 if unit is not None and free else None
        if n is None:
            u = next((j for j in range(k + 1, min(len(toks), k + 4)) if _unit(toks[j].key, lex["units"])), -1)
            n = _count(toks, k, u) if u > 0 else None
            unit = _unit(toks[u].key, lex["units"]) if n is not None else None
    if unit is None or n is None:
        return None
    u += _tail(toks, u + 1, lex)  # قبل عقد من الزمن: the tail is part of the phrase
    after = toks[u + 1] if u + 1 < len(toks) else None
    if after is not None and (after.kind == "n" or after.key in lex["not_after"]):
        return None
    return m.start(), toks[u].end, _value(pub, unit, lex["sign"] * n, lex["starts"]), True


def _tail(toks: list[Tok], j: int, lex: dict) -> int:
    """How many tokens from ``toks[j]`` make a tail of the unit (من الزمن), or 0."""
    return next((len(t) for t in lex["tails"] if tuple(x.key for x in toks[j:j + len(t)]) == t), 0)


def _clause_ends(text: str, pos: int, hi: int) -> bool:
    """Whether the clause ends at ``pos`` (a singular unit alone: قبل عام، not قبل عام 2020 / قبل شهر رمضان)."""
    rest = text[pos:hi].lstrip()
    return not rest or rest[0] in _CLAUSE_END


def _word_start(text: str, pos: int, lo: int) -> bool:
    """Whether the marker at ``pos`` starts a word, an Arabic و/ف clitic allowed before it (وقبل)."""
    if pos > lo and text[pos - 1] in "وف":
        pos -= 1
    return pos <= lo or not text[pos - 1].isalpha()


def ago_anchored(text: str, start: int, end: int, language: str) -> bool:
    """Whether a count back or ahead could start in ``text[start:end]``: its marker matches there (without one
    ``find_ago`` finds nothing)."""
    lang = "ar" if language == "ar" else "en"
    return any(lex["regex"].search(text, start, end) is not None
               for lex in filter(None, (_lex(lang), _lex(lang, "ahead"), _lex(lang, "from_now"))))


def find_ago(text: str, start: int, end: int, language: str, published: date | None) -> list[tuple]:
    """(start, end, value, True) of each count back from (or ahead of) publication inside ``text[start:end]``."""
    lang = "ar" if language == "ar" else "en"
    if published is None:
        return []
    out = []
    for lex in filter(None, (_lex(lang), _lex(lang, "ahead"), _lex(lang, "from_now"))):
        if lex["unit_re"] is not None and lex["unit_re"].search(text, start, end) is None:
            continue
        for m in lex["regex"].finditer(text, start, end):
            if not _word_start(text, m.start(), start) or lex["blockers"] and _blocked(text, m.start(), start, lex):
                continue
            found = (_arabic(text, m, end, lex, published) if lex["before"]
                     else _english(text, m, start, lex, published))
            if found is not None and (not lex["ahead_only"] or bare_direction(text, found[0], found[1], lang) == cal.AHEAD):
                out.append(found)
    return out


_BLOCK_REACH = 40  # characters looked back for a superlative before "in" ("the highest in 20 years")


def _blocked(text: str, pos: int, lo: int, lex: dict) -> bool:
    """Whether a blocker word ("first", "highest", "time") stands in the few words before the marker."""
    return any(t.key in lex["blockers"] for t in tokenize(text, max(lo, pos - _BLOCK_REACH), pos))
