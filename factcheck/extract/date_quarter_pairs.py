"""Two quarters under one plural quarter word: "between the first and third quarters", «بين الربعين الأول والثالث».

Needs: the article text, the span to search, the language and the publication date. Adds: ``find_quarter_pairs``,
(start, end, value, relative) of each of the two quarters, in the form of ``date_periods.find_periods``: the
first from its ordinal (with its article: "the first"; «الربعين الأول»), the second from its ordinal to the
plural word and the year ("third quarters of 2025"; «الثالث من العام 2025», without the و clitic). Each is dated
as a single quarter is (its first month, ``calendar.quarter_month``); a year written after the pair dates both,
and two yearless ends resolve together: the later one by the clause's tense (``date_direction``), the earlier in
the same year, or the year before when it is the later quarter of the two (the fourth and first quarters). A yearless pair followed by "of" / من (the
quarters of a game) is none, as a single quarter is.
Tables: ``weeks_quarters`` of ``lexicons/<lang>/dates.json`` (``quarter_plurals``, ``quarter_pair_links``,
``quarter_ordinals``, ``quarter_articles``, ``quarter_of``).
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .date_direction import bare_direction
from .numbers import INVISIBLE

_SP = f"(?:[\\s{INVISIBLE}]+)"
_NEXT = re.compile(r"\s+(\w+)")
_YEAR = "(?<![0-9\u0660-\u0669])(?:19|20|١٩|٢٠)[0-9\u0660-\u0669]{2}(?![0-9\u0660-\u0669])"


def _alts(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@cache
def _grammar(language: str) -> tuple[re.Pattern | None, dict[str, int], frozenset[str]]:
    """(the pair pattern, folded ordinal → quarter, folded words after a yearless pair that make it no date) of a
    language."""
    q = load_json(language, "dates").get("weeks_quarters", {})
    plurals, links = q.get("quarter_plurals"), q.get("quarter_pair_links")
    if not plurals or not links:
        return None, {}, frozenset()
    ords = {fold(w).lower(): int(n) for n, ws in q["quarter_ordinals"].items() for w in ws}
    o = _alts(w for ws in q["quarter_ordinals"].values() for w in ws)
    year = f"(?:{_SP}?,?{_SP}?(?:(?:{_alts(q['quarter_of'])}){_SP})?(?:(?:العام|عام|fiscal){_SP})?(?P<y>{_YEAR}))?"
    if language == "ar":
        body = (f"(?P<a>(?:{_alts(plurals)}){_SP}(?P<o1>{o})){_SP}(?:{_alts(links)})(?P<b>(?P<o2>{o}){year})")
    else:
        art = f"(?:(?:{_alts(q.get('quarter_articles', ()))}){_SP})?"
        body = (f"(?P<a>{art}(?P<o1>{o}))(?:{_SP}?(?:{_alts(links)}){_SP}?)(?:{art})(?P<b>(?P<o2>{o})(?:{_SP}|-)"
                f"(?:{_alts(plurals)}){year})")
    stops = frozenset(fold(w).lower() for w in q.get("quarter_of", []) + q.get("not_after", []))
    return re.compile(f"(?<!\\w){body}(?!\\w)", 0 if language == "ar" else re.IGNORECASE), ords, stops


def find_quarter_pairs(text: str, start: int, end: int, language: str, published: date | None) -> list[tuple]:
    """(start, end, value, relative) of the two quarters of each pair in ``text[start:end]`` (module docstring)."""
    regex, ords, stops = _grammar("ar" if language == "ar" else "en")
    out: list[tuple] = []
    if regex is None:
        return out
    for m in regex.finditer(text, start, end):
        n1, n2 = ords.get(fold(m["o1"]).lower()), ords.get(fold(m["o2"]).lower())
        if n1 is None or n2 is None or n1 == n2:
            continue
        after = _NEXT.match(text, m.end())
        if not m["y"] and after and fold(after[1]).lower() in stops:
            continue  # 'the first and third quarters of the game'; a year would have been read
        if m["y"]:
            y2, relative = int(m["y"]), False
        elif published is None:
            continue
        else:
            y2, relative = cal.quarter_year(published, n2, bare_direction(text, m.start(), m.end(), language)), True
        y1 = y2 if n1 < n2 else y2 - 1
        out += [(*m.span("a"), cal.quarter_month(y1, n1, False), relative),
                (*m.span("b"), cal.quarter_month(y2, n2, False), relative)]
    return out
