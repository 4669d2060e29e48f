"""English frame details around the subject: a channel opening the sentence before it ("In a statement
on Monday, the ministry said ...") and a one-word capitalised subject that is an organisation ("Acme
said in a statement", "Acme said its revenue rose"), not a person's surname.

Needs: the sentence tokens, the English lexicon and ``lexicons/en/attribution_organisations.json``.
Adds: ``leading_channel`` (index where such a lead-in starts) and ``organisation_subject``.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from .cues import Lexicon, Tok
from .draft import COMMAS, Draft
from .reporting_en import channel

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}$")
_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)(\.?)[ \t\u00a0]+$")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("en", "attribution_organisations")
    return frozenset(data.get("organisation_openers", ())), frozenset(data.get("name_neighbours", ()))


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
            return k
        j += n
    return start if j == k - 1 and j > m else k


def organisation_subject(text: str, toks: list[Tok], d: Draft, formal: bool, lex: Lexicon) -> bool:
    """A one-word capitalised source (not an acronym) speaking through a formal channel or opening its
    content with 'it'/'its', never introduced earlier in the article as a person ('Mary Osei', 'Dr Osei')."""
    words = [t for t in d.source_toks if t.word]
    if len(words) != 1 or len(d.source_toks) != 1:
        return False
    w = words[0]
    word = text[w.start:w.end]
    if not word[:1].isupper() or _ACRONYM.match(word):
        return False
    openers, neighbours = _lists()
    if not formal:
        first = next((t for t in toks if t.start >= d.content_start), None) if d.content_start > w.end else None
        if first is None or first.f not in openers:
            return False
    return not _introduced_as_person(text, w.start, word, neighbours, lex["title_abbreviations"])


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
