"""Tallies: a score or a vote told as two counts joined by a dash ("won 3-1", «فاز 2-0», "passed 52-48").

Needs: a claim's text and event, ``lexicons/<lang>/match_contest.json`` (the events and words that make
two counts a result, not a range: "10-15 people"), or two ``ClaimKeys`` (their ``tally``). Adds: ``tally()``, the two counts of the
claim's first tally, larger first, and its span (keys.py leaves the quantities inside it out: «1-3 يوم»
is no range of days); a result is the same told from either side ("won 3-1" and "lost 1-3" both
say 3-1); and ``signals()``, agreement or conflict on the tally with a reason
("both give the result 3-1", "the results differ: 2-0 vs 2-2"), read in place of the bare numbers the
tally is made of (a draw 2-2 against a win 2-0 shares a number but is another result).
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lexicons import load_json
from ..text.normalize import fold

if TYPE_CHECKING:
    from .features import Signal

# two counts of one to three digits joined by a dash or colon, not inside a longer run of digits,
# dashes, slashes or points (a date 12-09-2025, a season 2024-25 has a third part or four digits); a
# dash may be a hyphen-minus, an en dash or a figure dash; after a colon two digits are a clock's
# minutes (10:30), not a count
_TALLY = re.compile(r"(?<![\d.,/:\-–‒])(\d{1,3}) ?(?:[-–‒] ?(\d{1,3})|: ?(\d(?!\d)|\d{3}))(?![\d.,/:\-–‒])")


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLITICS = ("و", "ف", "ب")


@cache
def _context() -> tuple[frozenset[str], frozenset[str]]:
    """(events whose claims give tallies, folded words that make two counts a tally: contest verbs and
    the ``tally_words`` of ``lexicons/<lang>/match_contest.json``)."""
    events: set[str] = set()
    words: set[str] = set()
    for lang in ("ar", "en"):
        t = load_json(lang, "match_contest")
        events |= set(t.get("tally_events", ()))
        words |= {fold(w) for w in t.get("tally_words", ())}
        words |= {fold(f) for v in t.get("verbs", ()) for f in v.get("forms", ()) if " " not in f}
    return frozenset(events), frozenset(words)


def _tallied(text: str, event: str | None) -> bool:
    """Whether two counts in this claim are a result: its event gives results, or a contest, draw or
    vote word is in it (elsewhere "10-15 people" is a range)."""
    events, words = _context()
    if event in events:
        return True
    return any(w in words or (w[:1] in _CLITICS and w[1:] in words) for w in _WORD.findall(fold(text)))


def tally(text: str, event: str | None = None) -> tuple[tuple[int, int] | tuple[()], tuple[int, int]]:
    """(the counts of the first tally in ``text``, larger first, or ``()``; its span in ``text``, whose
    digits are no amounts of their own). ``event``: the claim's, telling a result from a range."""
    m = _TALLY.search(text)
    if not m or not _tallied(text, event):
        return (), (0, 0)
    a, b = int(m.group(1)), int(m.group(2) or m.group(3))
    return ((a, b) if a >= b else (b, a)), m.span()


def signals(ta: tuple[int, ...], tb: tuple[int, ...]) -> list[Signal]:
    """The tally signal of two claims that both give one."""
    from .features import Signal  # (features reads keys, which reads ``tally``)

    if not ta or not tb:
        return []
    if ta == tb:
        return [Signal("number", "agree", f"both give the result {ta[0]}-{ta[1]}")]
    pair = sorted((f"{ta[0]}-{ta[1]}", f"{tb[0]}-{tb[1]}"))
    return [Signal("number", "conflict", f"the results differ: {pair[0]} vs {pair[1]}")]
