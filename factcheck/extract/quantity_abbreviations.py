"""Currency abbreviations after an amount: «500 ج.م», «250 ر.س», «300 د.إ», «15 د.ك» (letters joined by dots).

Needs: a chunk's ``numbers.Tok`` tokens and the index after a number. Adds: ``abbreviated_currency``, the ISO code
and the index after the abbreviation, when its letters and dots are glued together as written (a spaced «ج م» is
no abbreviation). Table: ``units.json`` ``abbreviations`` of both languages, by their dotted form.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from .numbers import Tok, tokenize


@cache
def _table() -> dict[str, tuple[int, str]]:
    """Each abbreviation as written (hamza kept: د.أ is the Jordanian dinar, د.إ the UAE dirham) → (its number of
    tokens, its ISO code)."""
    return {form: (len(tokenize(form, 0, len(form))), code)
            for lang in ("ar", "en") for form, code in load_json(lang, "units").get("abbreviations", {}).items()}


def abbreviated_currency(text: str, toks: list[Tok], j: int) -> tuple[str, int] | None:
    """``(code, index after)`` of a currency abbreviation starting at token ``j``, else None."""
    for size in sorted({n for n, _ in _table().values()}, reverse=True):
        run = toks[j:j + size]
        if len(run) == size and all(t.glued for t in run[1:]):
            code = _table().get(text[run[0].start:run[-1].end], (0, None))[1]
            if code is not None:
                end = j + size
                if end < len(toks) and toks[end].glued and toks[end].kind == "w":
                    continue  # a longer word
                return code, end
    return None
