"""Concepts two claims of different languages share: the bilingual word groups of
``lexicons/relate_concepts.json`` (hospital/مستشفى, vaccines/لقاحات), read on the claims' content stems.

Needs: ``ClaimKeys.content``, ``quantities`` and ``language``. Adds: ``counted_apart(ka, kb)`` (one figure
counting different things across languages: "50 protesters" vs «50 صحفيا»), ``concepts_apart(ka, kb)`` (each
claim names another thing of one kind: teachers vs «الأطباء»), ``kinds_alike(ka, kb)``, ``shared_concepts(ka, kb)``, the number of concepts
both claims name when their languages differ (0 for one language: their words are compared as spelt;
``across=False`` counts one language's synonyms too, for the test of unrelated claims).
Derived when a pair is related, never stored, so the stored frames do not depend on this lexicon.
"""
from __future__ import annotations

from functools import cache, lru_cache

from ..lexicons import load_json
from ..text.normalize import fold
from .keys import ClaimKeys
from .roles import role_word
from .substitution import generic_people
from .tokens import WORD, tokens


@cache
def _index() -> dict[str, dict[str, int]]:
    """Language → content stem → concept number (a stem in two groups keeps the first)."""
    out: dict[str, dict[str, int]] = {"ar": {}, "en": {}}
    for i, group in enumerate(load_json("", "relate_concepts")["groups"]):
        for language, table in out.items():
            for word in group.get(language, ()):
                # an Arabic noun alone may lose a first letter taken for a clitic (وقود → قود); with the
                # article, as it mostly stands in a claim, it keeps it (الوقود → وقود): both are read
                forms = (word, "ال" + word) if language == "ar" and not word.startswith("ال") else (word,)
                for form in forms:
                    toks = tokens(form)
                    if len(toks) == 1 and not (toks[0].stop or toks[0].cue):
                        table.setdefault(toks[0].s, i)
    return out


@cache
def concept_kinds() -> dict[int, str]:
    """Concept number → its ``kind`` (people, goods, trade …), for the groups that have one."""
    return {i: g["kind"] for i, g in enumerate(load_json("", "relate_concepts")["groups"]) if g.get("kind")}


@lru_cache(maxsize=65536)
def concepts(language: str, content: frozenset[str]) -> frozenset[int]:
    """The concept numbers of a claim's content stems."""
    table = _index().get(language, {})
    return frozenset(c for c in (_lookup(table, s) for s in content) if c is not None)


def _lookup(table: dict[str, int], s: str) -> int | None:
    """The concept of a stem, or of an Arabic one without its accusative alif (صحفيا، متظاهرا)."""
    hit = table.get(s)
    if hit is None and len(s) > 3 and s[-1] == "ا":
        hit = table.get(s[:-1])
    return hit


def shared_concepts(ka: ClaimKeys, kb: ClaimKeys, across: bool = True) -> int:
    """How many concepts two claims both name: of different languages only (0 for one), unless not
    ``across`` (then also synonyms of one language: workers/employees, company/firm)."""
    if across and ka.language == kb.language or not ka.content or not kb.content:
        return 0
    return len(concepts(ka.language, ka.content) & concepts(kb.language, kb.content))


def _kinds(language: str, content: frozenset[str]) -> dict[str, dict[int, str]]:
    """Kind → {concept: the stem naming it} of a claim's content stems (concepts of a kind only)."""
    table, kinds = _index().get(language, {}), concept_kinds()
    out: dict[str, dict[int, str]] = {}
    for s in sorted(content):
        c = _lookup(table, s)
        if c is not None and c in kinds:
            out.setdefault(kinds[c], {}).setdefault(c, s)
    return out


def concepts_apart(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why two claims of two languages are about two things: for one kind, each names a thing of it
    and none the other names ("Teachers went on strike" vs «أضرب الأطباء», bread vs «الوقود», exports
    vs «الواردات»). A second thing on one side ("wheat and rice" vs «القمح») or things of two kinds (a
    storm on one side, an airline on the other) are no such pair. One language: claims worded alike
    but for such words are a substitution (``substitution``), a conflict as in the stance data; across
    languages the words are matched through a lexicon, so the verdict stays "related", as for
    ``counted_apart``."""
    if ka.language == kb.language or not ka.content or not kb.content:
        return None
    ga, gb = _kinds(ka.language, ka.content), _kinds(kb.language, kb.content)
    for kind in sorted(ga.keys() & gb.keys()):
        if ga[kind].keys().isdisjoint(gb[kind]):
            x, y = min(ga[kind].values()), min(gb[kind].values())
            if ka.language < kb.language:  # the English word first, whichever side it is on
                x, y = y, x
            return f"different things: '{x}' vs '{y}'"
    return None


def kinds_alike(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether two claims of two languages name things of one kind (the same things or not)."""
    if ka.language == kb.language or not ka.content or not kb.content:
        return False
    return not _kinds(ka.language, ka.content).keys().isdisjoint(_kinds(kb.language, kb.content))


def counted_apart(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why one figure told in two languages is no agreement: the nouns it counts name two concepts
    ("arrested 50 protesters" vs «اعتقلت 50 صحفيا»; "15 new schools" vs «15 مستشفى»). Only for
    counts of people or of no unit: a unit both give is one class already (raids and strikes, ``qkeys``).
    One language's counted nouns are compared as spelt (``substitution.other_things``)."""
    if ka.language == kb.language or not ka.quantities or not kb.quantities:
        return None
    for qa in ka.quantities:
        na = _counted(ka.language, qa.text) if qa.unit in _PLAIN else None
        if na is None:
            continue
        for qb in kb.quantities:
            nb = _counted(kb.language, qb.text) if qb.value == qa.value and qb.unit == qa.unit else None
            if nb is not None and nb[0] != na[0]:
                x, y = sorted((na[1], nb[1]))
                return f"different things counted: '{x}' vs '{y}'"
    return None


_PLAIN = ("person", None)  # units whose counted noun may name different things


@lru_cache(maxsize=16384)
def _counted(language: str, text: str) -> tuple[int, str] | None:
    """(concept, word) of the counted noun a figure's text ends with ("50 protesters", «15 مستشفى»)."""
    words = WORD.findall(fold(text))
    if len(words) < 2 or words[-1][0].isdigit():
        return None
    toks = tokens(words[-1])  # the last word ("500 cholera cases": cases, no concept)
    if len(toks) != 1 or toks[0].s in generic_people():  # people, jobs, ضحايا: one count of anyone
        return None
    if role_word(words[-1]) is not None:  # "40 wounded" (soldiers): what befell them, not who they are
        return None
    hit = _lookup(_index().get(language, {}), toks[0].s)
    return (hit, words[-1]) if hit is not None else None
