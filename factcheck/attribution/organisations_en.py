"""English frame details around the subject: a channel or a fronted adverbial opening the sentence before
it ("In a statement on Monday, the ministry said ...", "At a conference in Dubai, the governor said ...") and a one-word capitalised subject that is an organisation ("Acme
said in a statement", "Acme said its revenue rose"), not a person's surname.

Needs: the sentence tokens, the English lexicon and ``lexicons/en/attribution_organisations.json``.
Adds: ``leading_channel`` (index where such a lead-in starts) and ``organisation_subject``.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicons import load_json
from .cues import Lexicon, Tok
from .draft import COMMAS, Draft
from .reporting_en import adjunct_phrase, channel

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}$")
_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)(\.?)[ \t\u00a0]+$")


class _Signals(NamedTuple):
    openers: frozenset[str]  # 'its' opening the content: a capitalised word's own things
    acronym_openers: frozenset[str]  # 'it'/'its' opening the content after an acronym
    organisations: frozenset[str]  # well-known one-word organisations (lower-cased)
    neighbours: frozenset[str]  # function words before a capitalised word that are not a given name


@cache
def _lists() -> _Signals:
    data = load_json("en", "attribution_organisations")
    return _Signals(*(frozenset(w.lower() for w in data.get(key, ())) for key in (
        "organisation_openers", "acronym_openers", "organisations", "name_neighbours")))


def leading_channel(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Start of 'In a statement (on Monday),' closed by a comma right before the subject at ``k``, when it
    opens the clause; ``k`` when there is none."""
    if k < 2 or toks[k - 1].f not in COMMAS:
        return k
    m = k - 2
    while m > 0 and toks[m - 1].f not in COMMAS and toks[m - 1].f not in (":", ";"):
        m -= 1
    start = m
    while m < k - 1 and toks[m].f in lex["clause_leads"]:
        m += 1
    j = m
    while j < k - 1:
        n = channel(toks, j, lex)
        if not n:
            return start if adjunct_phrase(toks, m, k - 1, lex) else k  # "At a conference in Dubai, X said"
        j += n
    return start if j == k - 1 and j > m else k


def organisation_subject(text: str, toks: list[Tok], d: Draft, formal: bool, lex: Lexicon) -> bool:
    """A one-word capitalised source that is a known organisation, or speaks through a formal channel, or
    opens its content with 'its' (an acronym: 'it' too), never introduced earlier in the article as a person
    ('Mary Osei', 'Dr Osei'). Without such a signal it is a person's surname ('Osei said it would')."""
    words = [t for t in d.source_toks if t.word]
    if len(words) != 1 or len(d.source_toks) != 1:
        return False
    w = words[0]
    word = text[w.start:w.end]
    if not word[:1].isupper():
        return False
    signals = _lists()
    acronym = _ACRONYM.match(word) is not None
    if not (formal or w.f in signals.organisations or _opener(toks, d, w) in (
            signals.acronym_openers if acronym else signals.openers)):
        return False
    return acronym or not _introduced_as_person(text, w.start, word, signals.neighbours, lex["title_abbreviations"])


def _opener(toks: list[Tok], d: Draft, source: Tok) -> str | None:
    """The folded first word of the content when it follows the source ('Acme said its ...'), else None."""
    if d.content_start <= source.end:
        return None
    first = next((t for t in toks if t.start >= d.content_start), None)
    return first.f if first is not None else None


def _introduced_as_person(text: str, stop: int, word: str, neighbours: frozenset[str], titles) -> bool:
    """'Mary Osei' / 'Dr. Osei' before ``stop``: a capitalised word that is not a function word right
    before ``word`` (a full stop between them only after a title abbreviation)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text[:stop + len(word)]):
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        prev = before.group(1)
        if before.group(2) and prev.lower() not in titles:
            continue  # "... by Reuters. Acme said": a sentence boundary, not a name
        if prev.lower() not in neighbours:
            return True
    return False
