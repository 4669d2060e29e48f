"""Time adjuncts of a reporting frame, in both languages: a date the date extractor reads, after at most one
preposition of the lexicon's ``date_prepositions`` ('in mid-March', 'three days ago', 'over the weekend',
'on Tuesday'; في مارس، منتصف الأسبوع، قبل ثلاثة أيام، في تشرين الأول الماضي), and a second date joined to it by
one of ``date_range_links`` ('between March and May', من 5 إلى 9 مايو), and a part of the day after it (``day_parts``:
'Monday night'; Arabic writes it before the day, مساء الاثنين, inside the date). Such an adjunct dates the saying: it is
no part of the source before the verb nor of the content after it. Whether words form a date is the date
extractor's call (``extract.dates``), so every form it knows counts and none it leaves out does.

Needs: the text, tokens of one sentence (or part of one) and the lexicon. Adds token counts only.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from functools import lru_cache

from ..extract.dates import find_dates, may_hold_dates
from .cues import Lexicon, Tok

_ANY_DAY = date(2000, 6, 15)  # a reference day for relative dates: only where a date stands matters here


@lru_cache(maxsize=512)
def _date_spans(text: str, start: int, end: int, language: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of the dates in ``text[start:end]``, in text order (most spans hold none: tested cheaply)."""
    if not may_hold_dates(text, start, end, language):
        return (), ()
    spans = sorted((d.start, d.end) for d in find_dates(text, start, end, language, _ANY_DAY))
    return tuple(s for s, _ in spans), tuple(e for _, e in spans)


def _date_at(text: str, toks: list[Tok], k: int, language: str, inside: bool = False) -> int:
    """Index after the date starting at ``toks[k]`` (inside it after a clitic when ``inside``: ومايو), 0 when
    none starts there or it ends inside a token."""
    if k >= len(toks):
        return 0
    t = toks[k]
    starts, ends = _date_spans(text, toks[0].start, toks[-1].end, language)
    n = bisect_left(starts, t.start)
    if n < len(starts) and (starts[n] == t.start or inside and starts[n] < t.end):
        m = bisect_left(toks, ends[n], key=lambda x: x.end)
        return m + 1 if m < len(toks) and toks[m].end == ends[n] else 0
    return 0


def time_adjunct(text: str, toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Tokens of a time adjunct starting at ``toks[k]`` (0 when none starts there)."""
    if not text or k >= len(toks) or not toks[k].word:
        return 0
    m = k + lex["date_prepositions"].match(toks, k)
    end = _date_at(text, toks, m, lex.language)
    if not end or m == k and end == k + 1 and toks[k].f.isdigit():
        return 0  # a bare year names something ('حملة 2024', 'Vision 2030'); 'in 2024' dates
    link = lex["date_range_links"].match(toks, end)
    later = link and _date_at(text, toks, end + link, lex.language) or _date_at(text, toks, end, lex.language, True)
    end = later or end
    if "day_parts" in lex.sets:
        end += lex["day_parts"].match(toks, end)  # 'Monday night': the part of the day closes the adjunct
    return end - k


def without_time(text: str, toks: list[Tok], lex: Lexicon, keep) -> list[Tok]:
    """``toks`` without a time adjunct closing them after at least one word, when ``keep(words before)``
    allows ('The ministry on Tuesday' → 'The ministry'; 'مسؤول في مارس' → 'مسؤول')."""
    for m in range(1, len(toks)):
        if time_adjunct(text, toks, m, lex) == len(toks) - m and keep(toks[:m]):
            return toks[:m]
    return toks


def before_time(text: str, toks: list[Tok], lex: Lexicon, keep) -> list[Tok]:
    """``toks`` up to the first time adjunct after at least one word, when ``keep(words before)`` allows."""
    for m in range(1, len(toks)):
        if time_adjunct(text, toks, m, lex) and keep(toks[:m]):
            return toks[:m]
    return toks
