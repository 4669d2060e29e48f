"""Form tests of name runs for claim subjects, mostly English: a break mark between two tokens (``gap``, both
languages), a word that may belong to a name (``not_stop``), a hyphenated modifier before it
(``compound_modifier``: "Nairobi-based"), a place after a location preposition (``after_location``), the
subject span of an English name (``name_span``) over a lowercase title joined by "of" (``title_start``: the mayor
of Lyon) or the institution a possessive owns (``possessive_head``: Egypt's central bank), and an exchange listing
in brackets after a company's name (``ticker_glosses``: 'Acme Corp (NASDAQ: ACME)', Reuters' '(AAPL.O)').

Needs: a claim's tokens and the subject lexicon (``cue_names.SubjectLex``). Adds token indices and spans only.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .tokens import Tok

if TYPE_CHECKING:
    from .cue_names import SubjectLex

_NAME_BREAKS = "،,.;؛:()\"«»"


def gap(text: str, toks: list[Tok], k: int) -> bool:
    """Punctuation between ``toks[k - 1]`` and ``toks[k]`` (a name does not run across it)."""
    return any(c in _NAME_BREAKS for c in text[toks[k - 1].end:toks[k].start])


def possessive_head(toks: list[Tok], end: int, sub: SubjectLex) -> int:
    """End of a name ending at ``end`` extended over the institution it owns: "Egypt's central
    bank", "Britain's finance ministry" (up to three lowercase words, the last one a listed head)."""
    k = bisect_left([t.start for t in toks], end)
    if k == 0 or not toks[k - 1].norm.endswith(("'s", "’s")):
        return end
    for m in range(k, min(k + 3, len(toks))):
        if toks[m].norm in sub.heads:
            return toks[m].end
        if toks[m].norm in sub.stop:
            break
    return end


_LISTING = r"[A-Za-z][A-Za-z .&-]{0,24}:\s*[A-Z0-9][A-Z0-9.\-]{0,11}"
_TICKER = re.compile(rf"\(\s*(?:{_LISTING}(?:\s*[,;/]\s*{_LISTING})*|[A-Z0-9]{{1,6}}\.[A-Z]{{1,2}})\s*\)")


def ticker_glosses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of exchange listings in brackets inside ``text[start:end]`` ('(NASDAQ: ACME)', '(AAPL.O)')."""
    return [m.span() for m in _TICKER.finditer(text, start, end)]


def not_stop(norm: str, stop: frozenset[str]) -> bool:
    """A word that may belong to a name: not a stop word, with or without a possessive ("Saturday's")."""
    return norm not in stop and not (norm.endswith(("'s", "’s")) and norm[:-2] in stop)


def compound_modifier(text: str, t: Tok) -> bool:
    """A capitalised word hyphenated to a lowercase one ("Nairobi-based", "Saudi-backed", "State-run") modifies the
    name after it and is no part of it ("Coca-Cola", "Rolls-Royce" stay names)."""
    dash = text.rfind("-", t.start, t.end)
    return dash > t.start and text[dash + 1:t.end].islower()


PLACE_LINKS = frozenset({"and", "or"})


def after_location(text: str, toks: list[Tok], k: int, sub, preps: frozenset[str] | None = None) -> bool:
    """The token at ``k`` follows a lowercase location preposition (``preps``, else ``location_preps``), directly or
    after "the" ("in the"), past a place noun joined by "of" ("in the town of Kassala")."""
    if k > 2 and toks[k - 1].norm in sub.of_links and toks[k - 2].norm in sub.place_heads and text[
            toks[k - 2].start].islower():
        k -= 2
    if k > 1 and toks[k - 1].norm == "the" and text[toks[k - 1].start] == "t":
        k -= 1
    preps = sub.location_preps if preps is None else preps
    return k > 0 and toks[k - 1].norm in preps and text[toks[k - 1].start].islower()


def name_span(text: str, toks: list[Tok], s: int, e: int, sub: SubjectLex) -> tuple[int, int]:
    """An English capitalised name ``text[s:e]`` as a subject: taken back over a lowercase title joined by "of"
    (``title_start``: "the mayor of Lyon") and, with a possessive, on over the institution it owns ("Egypt's
    central bank", ``possessive_head``) or else cut to its owner ("Kenya's economy grew" → Kenya)."""
    k = bisect_left([t.start for t in toks], s)
    s = toks[title_start(text, toks, k, sub)].start if k < len(toks) else s
    if text.endswith(("'s", "’s"), s, e):
        owned = possessive_head(toks, e, sub)
        e = owned if owned != e or e - 2 <= s else e - 2
    return s, e


def title_start(text: str, toks: list[Tok], k: int, sub: SubjectLex) -> int:
    """Index of the first token of a name starting at ``toks[k]`` taken back over a lowercase title or
    institution joined to it by "of" ("the mayor of Lyon", "the central bank of Kenya": its lowercase modifiers
    after "the" join too); ``k`` when no such title stands before it."""
    if k < 2 or toks[k - 1].norm not in sub.of_links or toks[k - 2].norm not in sub.title_heads or any(
            text[toks[m - 1].end:toks[m].start] != " " for m in (k - 1, k)) or not text[toks[k - 1].start].islower():
        return k
    h = k - 2
    for m in range(h - 1, max(-1, h - 4), -1):
        if toks[m].norm == "the" and m < h - 1:
            return m + 1  # "the central bank of Kenya": its modifiers
        if toks[m].norm == "the" or not text[toks[m].start].islower() or toks[m].norm in sub.stop or gap(
                text, toks, m + 1):
            break
    return h
