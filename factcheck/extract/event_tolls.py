"""The subject of a toll: what a casualty count is a count of.

Needs: a casualty claim's tokens (``tokens.Tok``). Adds, for ``events.detect_event``: the span of the incident or
place a toll construction counts the victims of (``toll_subject``): 'the death toll from Hurricane Melissa rose' →
Hurricane Melissa, 'the number of dead in Libya' → Libya, ارتفعت حصيلة ضحايا الزلزال في أفغانستان → الزلزال في
أفغانستان, عدد القتلى جراء الفيضانات → الفيضانات. The tally nouns, victim nouns, the prepositions of the incident and the
words that end its phrase are data (``events_tolls.json``).
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..lexicons import folded_sets
from .cue_names import gap
from .tokens import Tok


class TollLex(NamedTuple):
    heads: frozenset[str]
    victims: frozenset[str]
    preps: frozenset[str]
    bound: frozenset[str]
    people: frozenset[str]


@cache
def _lex(language: str) -> TollLex:
    return TollLex(*folded_sets(language, "events_tolls", ("toll_heads", "victim_nouns", "cause_preps", "bound",
                                                            "people")))


_PHRASE_MAX = {"ar": 3, "en": 6}  # words of the incident's phrase (إعصار ميليسا المدمر، 'the earthquake in northern Turkey')


def _word(tok: Tok) -> str:
    """The folded word without an Arabic و/ف clitic (وعدد → عدد)."""
    return tok.variants[1] if len(tok.variants) > 1 and tok.norm[:1] in "وف" else tok.norm


def toll_subject(text: str, toks: list[Tok], language: str) -> tuple[int, int] | None:
    """Span of the incident or place a toll counts the victims of: the words after a tally noun and its victims
    (حصيلة ضحايا X، عدد قتلى X، 'death toll from X', 'number of dead in X'), past a preposition of the incident or
    place (في، جراء، 'from', 'in'); in English the name owning the toll ("Pakistan's death toll") or else the first
    capitalised name of that phrase when it has one. None when
    the claim holds no toll or nothing follows it."""
    lex = _lex(language)
    if not lex.heads:
        return None
    for i, t in enumerate(toks):
        if _word(t) in lex.heads:
            j = _after_victims(toks, i + 1, lex, language)
            if j is not None and (span := _owner(text, toks, i) or _phrase(text, toks, j, lex, language)):
                return span
    return None


def _owner(text: str, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Span of an English name owning the toll at ``toks[i]`` past one modifier ("Pakistan's death toll"), or None."""
    for k in (i - 1, i - 2):
        if k >= 0 and text.endswith(("'s", "’s"), toks[k].start, toks[k].end) and text[toks[k].start].isupper():
            return toks[k].start, toks[k].end - 2
    return None


def _after_victims(toks: list[Tok], j: int, lex: TollLex, language: str) -> int | None:
    """Index after the victims of a tally noun ending at ``j`` and the preposition after them; None when no victims
    follow ('the number of jobs', عدد الموظفين). In English 'toll' itself counts the dead ('the death toll from')."""
    if language == "en" and toks[j - 1].norm in ("toll", "tally"):
        victims = True
    else:
        if language == "en" and j < len(toks) and toks[j].norm == "of":
            j += 1
        if j + 1 < len(toks) and toks[j].norm in lex.people and toks[j + 1].norm in lex.victims:
            j += 1  # 'the number of people killed'
        victims = j < len(toks) and toks[j].norm in lex.victims
        j += victims
    if not victims:
        return None
    if j < len(toks) and _word(toks[j]) in lex.preps:
        j += 1
    return j if j < len(toks) else None


def _phrase(text: str, toks: list[Tok], j: int, lex: TollLex, language: str) -> tuple[int, int] | None:
    """Span of the incident's phrase opening at ``toks[j]``: up to ``_PHRASE_MAX`` words, not ending on a preposition, before punctuation, a
    bounding word or a number; in Arabic also a place after في (الزلزال في أفغانستان); in English its first name."""
    k, most = j, _PHRASE_MAX.get(language, 3)
    while k < len(toks) and k - j < most and not (k > j and gap(text, toks, k)) and _open(toks[k], lex):
        if language == "ar" and k > j and _word(toks[k]) in lex.preps:
            break
        k += 1
    while k > j and _word(toks[k - 1]) in lex.preps:
        k -= 1  # 'the floods in': the phrase ends on its noun
    if k == j:
        return None
    if language == "ar" and k + 1 < len(toks) and toks[k].norm == "في" and not gap(text, toks, k) and not gap(
            text, toks, k + 1) and _open(toks[k + 1], lex):
        k += 2  # الزلزال في أفغانستان: the place the incident struck
    if language == "en":
        return _first_name(text, toks, j, k) or (toks[j].start, toks[k - 1].end)
    return toks[j].start, toks[k - 1].end


def _open(tok: Tok, lex: TollLex) -> bool:
    """A word that may continue the incident's phrase: not a bounding word or a number."""
    return _word(tok) not in lex.bound and tok.norm not in lex.bound and not tok.norm[:1].isdigit()


def _first_name(text: str, toks: list[Tok], j: int, k: int) -> tuple[int, int] | None:
    """Span of the first run of capitalised words in ``toks[j:k]`` ('Hurricane Melissa'), or None."""
    s = next((m for m in range(j, k) if text[toks[m].start].isupper()), None)
    if s is None:
        return None
    e = s + 1
    while e < k and text[toks[e].start].isupper() and text[toks[e - 1].end:toks[e].start] == " ":
        e += 1
    return toks[s].start, toks[e - 1].end
