"""Nouns that are a unit of time only after a preposition of duration: «منذ ثلاثة عقود», «قبل عقدين», «على مدى
عقدين» (decades), where the same noun elsewhere counts something else («وقعت الشركة ثلاثة عقود»: three contracts).

Needs: a chunk's ``numbers.Tok`` tokens. Adds: ``duration_after``, the unit of such a noun right after a number that
a listed preposition stands right before, and ``duration_dual``, the unit of its dual right after the preposition
(a count of two). Table: ``units.json`` ``duration_nouns`` of both languages (unit → nouns, duals, preps).
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..lexicons import load_json
from ..text.normalize import fold
from .numbers import Tok

_CLITICS = "وف"


class _Entry(NamedTuple):
    unit: str
    nouns: frozenset[str]
    duals: frozenset[str]
    preps: frozenset[str]


@cache
def _entries() -> tuple[_Entry, ...]:
    """The ``duration_nouns`` entries of both languages, folded."""
    def words(entry: dict, key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in entry.get(key, ()))
    return tuple(_Entry(unit, words(e, "nouns"), words(e, "duals"), words(e, "preps"))
                 for lang in ("ar", "en") for unit, e in load_json(lang, "units").get("duration_nouns", {}).items())


def _after_prep(toks: list[Tok], k: int, entry: _Entry) -> bool:
    """A preposition of ``entry`` right before token ``k``, perhaps with a و/ف clitic («ومنذ»)."""
    key = toks[k - 1].key if k > 0 and toks[k - 1].kind == "w" else ""
    return key in entry.preps or key[:1] in _CLITICS and key[1:] in entry.preps


def duration_duals() -> frozenset[str]:
    """Every dual of a noun of ``duration_nouns`` (a quantity may start there)."""
    return frozenset(w for e in _entries() for w in e.duals)


def duration_after(toks: list[Tok], k: int, j: int) -> tuple[str | None, int]:
    """``(unit, j + 1)`` when the noun at ``j`` after the number starting at ``k`` is such a noun and a preposition of
    duration stands right before the number («منذ ثلاثة عقود»), else ``(None, j)``."""
    if j >= len(toks) or toks[j].kind != "w":
        return None, j
    for entry in _entries():
        if toks[j].key in entry.nouns and _after_prep(toks, k, entry):
            return entry.unit, j + 1
    return None, j


def duration_dual(toks: list[Tok], k: int) -> str | None:
    """The unit of a dual of such a noun at ``k`` right after a preposition of duration («قبل عقدين»), else None."""
    return next((e.unit for e in _entries() if toks[k].key in e.duals and _after_prep(toks, k, e)), None)
