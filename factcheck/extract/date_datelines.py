"""The date a dated dateline gives the document it opens: a press release's own day.

Needs: the article text, an offset and the language's month names (``months`` of ``lexicons/<lang>/dates.json``).
Adds ``dateline_day``: the day written in the last dated dateline opening a paragraph before the offset
('AUSTIN, Texas, March 3, 2026 /PRNewswire/ -- Acme today announced', 'LONDON, Feb. 27, 2026 -- '): a place
in capitals (a state or country may follow in any case), a full date with its year, an optional wire between
slashes and a dash. The release speaks from that day, so its 'today', 'yesterday' and weekdays count from it,
not from the day an outlet published it. A date inside a sentence ('On March 3, 2026, Acme opened') is no
dateline; a dateline without a year ('LONDON, March 3 (Reuters) -') gives no day of its own.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from ..lexicons import load_json

_PLACE = r"[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+)*(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)*){0,2}"
_WIRE = r"(?:/[^/\n]{2,40}/)?"
_DASH = r"(?:--|—|–|-)"


@cache
def _pattern(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """The dateline pattern of ``language`` and its month names (folded) → month number; None when the
    language writes no month names in its lexicon."""
    months = load_json(language, "dates").get("months") or {}
    names = {name.lower(): int(n) for n, forms in months.items() for name in forms}
    if not names or language != "en":
        return None  # only the English wire dateline form is described here
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    regex = (rf"(?m)^[ \t]*{_PLACE},[ \t]+(?P<month>(?i:{alternation}))[ \t]+(?P<day>\d{{1,2}}),[ \t]*"
             rf"(?P<year>\d{{4}})[ \t]*{_WIRE}[ \t]*{_DASH}")
    return re.compile(regex), names


@lru_cache(maxsize=16)
def _datelines(text: str, language: str) -> tuple[tuple[int, date], ...]:
    """(offset, day) of every dated dateline of ``text``, in text order."""
    found = _pattern(language)
    if found is None:
        return ()
    regex, names = found
    out = []
    for m in regex.finditer(text):
        try:
            day = date(int(m["year"]), names[m["month"].lower()], int(m["day"]))
        except ValueError:
            continue  # 'February 30': no day
        out.append((m.start(), day))
    return tuple(out)


def dateline_day(text: str, before: int, language: str) -> date | None:
    """The day of the last dated dateline of ``text`` starting at or before ``before``, or None."""
    day = None
    for start, d in _datelines(text, language):
        if start > before:
            break
        day = d
    return day
