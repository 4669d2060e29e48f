"""Concepts two claims of different languages share: the bilingual word groups of
``lexicons/relate_concepts.json`` (hospital/مستشفى, vaccines/لقاحات), read on the claims' content stems.

Needs: ``ClaimKeys.content`` and ``language``. Adds: ``shared_concepts(ka, kb)``, the number of concepts
both claims name when their languages differ (0 for one language: their words are compared as spelt;
``across=False`` counts one language's synonyms too, for the test of unrelated claims).
Derived when a pair is related, never stored, so the stored frames do not depend on this lexicon.
"""
from __future__ import annotations

from functools import cache, lru_cache

from ..lexicons import load_json
from .keys import ClaimKeys
from .tokens import tokens


@cache
def _index() -> dict[str, dict[str, int]]:
    """Language → content stem → concept number (a stem in two groups keeps the first)."""
    out: dict[str, dict[str, int]] = {"ar": {}, "en": {}}
    for i, group in enumerate(load_json("", "relate_concepts")["groups"]):
        for language, table in out.items():
            for word in group.get(language, ()):
                toks = tokens(word)
                if len(toks) == 1 and not (toks[0].stop or toks[0].cue):
                    table.setdefault(toks[0].s, i)
    return out


@lru_cache(maxsize=65536)
def concepts(language: str, content: frozenset[str]) -> frozenset[int]:
    """The concept numbers of a claim's content stems."""
    table = _index().get(language, {})
    return frozenset(table[s] for s in content if s in table)


def shared_concepts(ka: ClaimKeys, kb: ClaimKeys, across: bool = True) -> int:
    """How many concepts two claims both name: of different languages only (0 for one), unless not
    ``across`` (then also synonyms of one language: workers/employees, company/firm)."""
    if across and ka.language == kb.language or not ka.content or not kb.content:
        return 0
    return len(concepts(ka.language, ka.content) & concepts(kb.language, kb.content))
