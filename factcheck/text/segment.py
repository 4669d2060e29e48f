"""Segmentation: paragraphs and sentences with offsets into the original text.

Needs: the article text. Adds: ``Segment`` objects (one per sentence) with paragraph index and the
headline flag (the first non-empty line). Sentences end at . ! ? ؟ … (and a run of them, e.g. "..")
followed by space or a closing quote, but not inside decimals (4.3, ٤٫٣), initials, or known
abbreviations (lexicons/<lang>/abbreviations.txt). Furniture is flagged by ``furniture.py``.
"""
from __future__ import annotations

import re

from ..lexicons import load_set
from ..models import Segment

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# a sentence end: terminal punctuation (a run of it), optional closing quotes/brackets
_END = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s|$)|[!?؟]+[\"'”’»)\]]*")
_SPACE = " \t\u00a0\u200f\u200e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def _abbreviations() -> frozenset[str]:
    return load_set("en", "abbreviations") | load_set("ar", "abbreviations")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial, not a sentence."""
    i = dot
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(«\"“":
        i -= 1
    word = text[i:dot + 1]
    if word.lower() in _abbreviations():
        return True
    letters = word[:-1].replace(".", "")
    # single initials ("J. Smith", "U.S.") and dotted acronyms
    return 0 < len(letters) <= 2 and letters.isalpha() and letters[:1].isupper()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SPACE):
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside ``text[start:end]`` as (start, end) pairs, trimmed of space."""
    out: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        first = m.start()
        if text[first] == "." and m.group().rstrip("\"'”’»)]") == ".":
            if _is_abbreviation(text, first):
                continue
            nxt = stop
            # "4.3" never matches (no following space) but "p. 4" or lower-case continuation does
            while nxt < end and text[nxt] in " \t":
                nxt += 1
            if nxt < end and text[nxt].islower():
                continue
        s, e = _trim(text, cur, stop)
        if e > s:
            out.append((s, e))
        cur = stop
    s, e = _trim(text, cur, end)
    if e > s:
        out.append((s, e))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) pairs, trimmed of surrounding space."""
    out = []
    for m in _LINE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return out


def segment(text: str) -> tuple[Segment, ...]:
    """Split ``text`` into sentences; the first non-empty line is the headline."""
    out: list[Segment] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        for s, e in split_sentences(text, ps, pe):
            out.append(Segment(s, e, text[s:e], paragraph=p, headline=(p == 0)))
    return tuple(out)
