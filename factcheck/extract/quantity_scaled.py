"""Unit abbreviations that carry a scale: "70 bcm" is 70 billion cubic metres, "1.2 mb/d" 1.2 million barrels.

Needs: a chunk's ``numbers.Tok`` tokens and the index after a number. Adds: ``scaled_after``, the (scale, unit,
index after) of such an abbreviation, so that "70 bcm" and "70 billion cubic metres" compare. Tables:
``units.json`` ``scaled_nouns`` (English; the abbreviations are Latin in Arabic text too). Also ``glued_only``: unit
words read only when glued to the number ("2.9pc" is percent, "3 pc games" none).
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from .numbers import Tok
from .quantity_lexicon import PhraseIndex, _index, phrase_at


@cache
def glued_only() -> frozenset[str]:
    """Unit words read only when glued to their number ("2.9pc"; ``units.json`` ``glued_only``)."""
    return frozenset(w for lang in ("ar", "en") for w in load_json(lang, "units").get("glued_only", ()))


@cache
def _scaled() -> PhraseIndex:
    data = [load_json(lang, "units") for lang in ("ar", "en")]
    return _index((p, (float(v[0]), v[1])) for d in data for p, v in d.get("scaled_nouns", {}).items())


def scaled_after(text: str, toks: list[Tok], j: int) -> tuple[float, str, int] | None:
    """(scale, unit, index after) of a scaled abbreviation written as listed (lowercase) at token ``j``, else None."""
    if j >= len(toks) or toks[j].kind != "w":
        return None
    hit, e = phrase_at(toks, j, _scaled())
    if hit is None or text[toks[j].start:toks[e - 1].end].lower() != text[toks[j].start:toks[e - 1].end]:
        return None  # "3 MT" may be a name; newsrooms write the scaled abbreviations in lowercase
    if e < len(toks) and toks[e].glued and toks[e].kind in "nw":
        return None
    return hit[0], hit[1], e
