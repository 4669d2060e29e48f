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
from .cue_names import gap, subject_lex
from .tokens import Tok


class TollLex(NamedTuple):
    heads: frozenset[str]
    victims: frozenset[str]
    preps: frozenset[str]
    bound: frozenset[str]
    people: frozenset[str]
    figure_preps: frozenset[str]


@cache
def _lex(language: str) -> TollLex:
    return TollLex(*folded_sets(language, "events_tolls", ("toll_heads", "victim_nouns", "cause_preps", "bound",
                                                            "people", "figure_preps")))


_PHRASE_MAX = {"ar": 3, "en": 6}  # words of the incident's phrase (إعصار ميليسا المدمر، 'the earthquake in northern Turkey')


def _word(tok: Tok) -> str:
    """The folded word without an Arabic و/ف clitic (وعدد → عدد)."""
    return tok.variants[1] if len(tok.variants) > 1 and tok.norm[:1] in "وف" else tok.norm


def toll_subject(text: str, toks: list[Tok], language: str, mk=None) -> tuple[int, int] | None:
    """Span of the incident or place a toll counts the victims of: the words after a tally noun and its victims
    (حصيلة ضحايا X، عدد قتلى X، 'death toll from X', 'number of dead in X'), past a preposition of the incident or
    place (في، جراء، 'from', 'in'); in English the name owning the toll ("Pakistan's death toll") or else the first
    capitalised name of that phrase when it has one. An Arabic phrase opening with a preposition fused to its noun (عدد
    الوفيات بوباء الكوليرا، بالكوليرا: the cause) is no subject: the place after its في is (في إقليم دارفور), else none.
    None when the claim holds no toll or nothing follows it; ``mk`` are the tokens' clause marks."""
    lex = _lex(language)
    if not lex.heads:
        return None
    for i, t in enumerate(toks):
        if _word(t) in lex.heads:
            j = _after_victims(toks, i + 1, lex, language)
            if j is None:
                continue
            if language == "en" and _word(toks[j - 1]) not in lex.preps:  # 'the death toll passes 40,000 in Gaza'
                span = _owner(text, toks, i) or _modifier_name(text, toks, i, lex, 1) or _place_after(
                    text, toks, j, lex) or _modifier_name(text, toks, i, lex, 0)
            else:
                span = _owner(text, toks, i) or _phrase(text, toks, j, lex, language, mk)
            if span:
                return span
    return None


def _owner(text: str, toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Span of an English name owning the toll at ``toks[i]`` past one modifier ("Pakistan's death toll"), or None."""
    for k in (i - 1, i - 2):
        if k >= 0 and text.endswith(("'s", "’s"), toks[k].start, toks[k].end) and text[toks[k].start].isupper():
            return toks[k].start, toks[k].end - 2
    return None


def _modifier_name(text: str, toks: list[Tok], i: int, lex: TollLex, lo: int) -> tuple[int, int] | None:
    """Span of the first capitalised name among the English modifiers of the toll at ``toks[i]`` ('Gaza death
    toll', 'Turkey earthquake death toll', 'the Kathmandu flood toll'): back to a determiner or the claim's start,
    not a victim noun capitalised at the sentence start ('Death toll'); with ``lo`` 1 not the claim's first word,
    which may be capitalised only as the sentence's start ('Storm death toll rises to 12 in Poland': the place after
    the figure comes first); None when none is capitalised."""
    m = i
    while m > lo and text[toks[m - 1].end:toks[m].start] == " " and toks[m - 1].norm.isalpha() and (
            toks[m - 1].norm not in lex.bound and toks[m - 1].norm not in _DETERMINERS):
        m -= 1
    return _first_name(text, toks, m, i, skip=lex.victims | lex.heads) if m < i else None


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their"})


def _place_after(text: str, toks: list[Tok], j: int, lex: TollLex) -> tuple[int, int] | None:
    """Span of the first capitalised name after a preposition of the place or incident (``cause_preps``) following
    an English toll's figure ('the death toll passes 40,000 in Gaza' → Gaza), or None."""
    for k in range(j, len(toks) - 1):
        if toks[k].norm in lex.preps and not gap(text, toks, k + 1):
            m = k + 1 + (toks[k + 1].norm == "the")
            if m < len(toks) and text[toks[m].start].isupper():
                return _first_name(text, toks, m, min(len(toks), m + _PHRASE_MAX["en"]))
    return None


def _after_victims(toks: list[Tok], j: int, lex: TollLex, language: str) -> int | None:
    """Index after the victims of a tally noun ending at ``j`` and the preposition after them; None when no victims
    follow ('the number of jobs', عدد الموظفين), or when an Arabic definite victims noun has no preposition after it
    (حصيلة القتلى ارتفعت). In English 'toll' itself counts the dead ('the death toll from')."""
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
    elif language == "ar" and _word(toks[j - 1]).startswith("ال") and not (j < len(toks) and _fused_preposition(toks[j], lex)):
        return None  # 'حصيلة القتلى ارتفعت': a definite noun heads no construct, what follows is no incident
    return j if j < len(toks) else None


def _phrase(text: str, toks: list[Tok], j: int, lex: TollLex, language: str, mk=None) -> tuple[int, int] | None:
    """Span of the incident's phrase opening at ``toks[j]``: up to ``_PHRASE_MAX`` words, not ending on a preposition, before punctuation, a
    bounding word or a number; in Arabic also a place after في (الزلزال في أفغانستان، في إقليم دارفور), and only that
    place after a cause with a fused preposition (بوباء الكوليرا في إقليم دارفور); in English its first name."""
    k, most = j, _PHRASE_MAX.get(language, 3)
    if language == "ar" and _fused_preposition(toks[j], lex):
        f = next((m for m in range(j + 1, min(len(toks) - 1, j + most + 1)) if toks[m].norm == "في"), None)
        return _place(text, toks, f + 1, lex, mk) if f is not None and not gap(text, toks, f) else None
    while k < len(toks) and k - j < most and not (k > j and gap(text, toks, k)) and _open(toks[k], lex):
        if language == "ar" and k > j and _word(toks[k]) in lex.preps or language == "en" and k > j and _figure_verb(
                text, toks, k, lex):
            break
        k += 1
    while k > j and _word(toks[k - 1]) in lex.preps:
        k -= 1  # 'the floods in': the phrase ends on its noun
    if k == j:
        return None
    if language == "ar" and k + 1 < len(toks) and toks[k].norm == "في" and not gap(text, toks, k) and (
            place := _place(text, toks, k + 1, lex, mk)):
        return toks[j].start, place[1]  # الزلزال في أفغانستان: the place the incident struck
    if language == "en":
        return _first_name(text, toks, j, k) or (toks[j].start, toks[k - 1].end)
    return toks[j].start, toks[k - 1].end


def _fused_preposition(tok: Tok, lex: TollLex) -> bool:
    """An Arabic word read with a preposition ب fused to it (بوباء، بالكوليرا), not a listed preposition (بسبب)."""
    w = tok.norm
    return len(w) > 3 and w[0] == "ب" and w not in lex.preps and w[1:] in tok.variants[1:]


def _place(text: str, toks: list[Tok], k: int, lex: TollLex, mk) -> tuple[int, int] | None:
    """Span of the place after في at ``toks[k]``: one word, and a second one when the first is an indefinite noun in
    construct (إقليم دارفور، ولاية كسلا) and the second no bounding word, number or word any lexicon marks (a verb:
    في ليبيا ارتفع); None when no word opens there."""
    if k >= len(toks) or gap(text, toks, k) or not _open(toks[k], lex):
        return None
    e = k + 1
    if e < len(toks) and not gap(text, toks, e) and not toks[k].norm.startswith("ال") and _open(toks[e], lex) and (
            mk is not None and not mk[e].keys() - {"pred"} and "\u0621" <= toks[e].norm[:1] <= "\u064a"):
        e += 1
    return toks[k].start, toks[e - 1].end


def _figure_verb(text: str, toks: list[Tok], k: int, lex: TollLex) -> bool:
    """The lowercase English word at ``toks[k]`` is the verb of the toll's figure: a number or a bounding word
    or a preposition of the figure (``figure_preps``: to, at) follows it ('the landslide passes 60', 'the storm
    climbs to 24')."""
    return text[toks[k].start].islower() and toks[k].norm.isalpha() and k + 1 < len(toks) and (
        toks[k + 1].norm[:1].isdigit() or toks[k + 1].norm in lex.figure_preps)


def _open(tok: Tok, lex: TollLex) -> bool:
    """A word that may continue the incident's phrase: not a bounding word or a number."""
    return _word(tok) not in lex.bound and tok.norm not in lex.bound and not tok.norm[:1].isdigit()


def _first_name(text: str, toks: list[Tok], j: int, k: int, skip: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Span of the first run of capitalised words in ``toks[j:k]`` ('Hurricane Melissa'), none of ``skip``, or None."""
    stop = subject_lex("en").stop  # a weekday or a month is no name: "Monday's blast"
    s = next((m for m in range(j, k) if text[toks[m].start].isupper() and toks[m].norm not in skip
              and toks[m].norm.removesuffix("'s").removesuffix("’s") not in stop), None)
    if s is None:
        return None
    e = s + 1
    while e < k and text[toks[e].start].isupper() and text[toks[e - 1].end:toks[e].start] == " " and (
            toks[e].norm not in skip):
        e += 1
    return toks[s].start, toks[e - 1].end
