"""People named by their nationality or trade: plural demonyms and nisba nouns after a number.

Needs: the article text, a chunk's ``numbers.Tok`` tokens, the index after a number and its value. Adds:
``people_after``, the unit of a counted noun read by its ending, not listed: a capitalised English plural
demonym ("three Americans", "40 Palestinians", "two Britons", "7 Lebanese") or an Arabic nisba plural
(«ثلاثة أمريكيين»، «4 سوريين») or, after 11 to 99, its accusative singular («20 فلسطينيا»), or after a scale
word its genitive singular («3.5 مليون سوري»). Also ``context_noun``: the unit a context word before a bare
number gives it ("toll", «حصيلة»; "population" only with no noun modifier before it: "Egypt's population", "a
population of", not "the tiger population"). Tables: ``lexicons/<lang>/quantity_people.json``,
``quantity_context.json`` (``unit_context``, ``unit_context_bare``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .numbers import Tok, lookup, number_words
from .quantity_tables import noun_unit, tables


@dataclass(frozen=True, slots=True)
class PeopleTables:
    """The endings of ``quantity_people.json`` (Arabic ones folded)."""

    en_unit: str
    en_endings: tuple[str, ...]
    en_not_endings: tuple[str, ...]
    en_adjective_endings: tuple[str, ...]
    en_min_stem: int
    ar_unit: str
    ar_endings: tuple[str, ...]
    ar_accusative: tuple[str, ...]
    ar_counts: tuple[float, float]
    ar_min_stem: int
    ar_adverbs: frozenset[str]
    ar_scale_singular: tuple[str, ...]
    ar_not_nisba: frozenset[str]


@cache
def people_tables() -> PeopleTables:
    """The tables (loaded once)."""
    en, ar = load_json("en", "quantity_people"), load_json("ar", "quantity_people")
    low, high = ar["accusative_counts"]
    return PeopleTables(
        en["unit"], tuple(en["endings"]), tuple(en["not_endings"]), tuple(en["adjective_endings"]), en["min_stem"],
        ar["unit"], tuple(fold(e) for e in ar["endings"]), tuple(fold(e) for e in ar["accusative_endings"]),
        (float(low), float(high)), ar["min_stem"], frozenset(fold(w) for w in ar["adverbs"]),
        tuple(ar["scale_singular_endings"]), frozenset(fold(w) for w in ar["not_nisba"]))


def people_after(text: str, toks: list[Tok], j: int, value: float) -> tuple[str | None, int]:
    """``(unit, j + 1)`` when the word at ``j``, right after a number of ``value``, is a demonym or nisba noun
    that counts people; ``(None, j)`` otherwise."""
    if j >= len(toks) or toks[j].kind != "w":
        return None, j
    tb = people_tables()
    raw = text[toks[j].start:toks[j].end]
    if raw.isascii():
        return (tb.en_unit, j + 1) if _demonym(text, toks, j, raw, tb) else (None, j)
    scale = j > 0 and (lookup(toks[j - 1].key) or ("",))[0] in ("scale", "hundred")
    hundreds = value >= 100 and value % 100 == 0  # «1500 أردني»: a round hundred counts a singular, as a scale does
    singular = (scale or hundreds) and raw.endswith(tb.ar_scale_singular)  # the raw ي: not a folded ى (مستشفى)
    return (tb.ar_unit, j + 1) if _nisba(toks[j].key, value, singular, tb) else (None, j)


def _demonym(text: str, toks: list[Tok], j: int, raw: str, tb: PeopleTables) -> bool:
    """"Americans", "Britons", "Pakistanis", "Lebanese": capitalised, a demonym's ending, not in a title-cased
    line, and not an adjective before the plural noun it describes ("3 Chinese carmakers")."""
    if not (raw[:1].isupper() and raw[1:].islower()) or raw.endswith(tb.en_not_endings):
        return False
    ending = next((e for e in tb.en_endings if raw.endswith(e)), None)
    if ending is None or len(raw) - len(ending) < tb.en_min_stem:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.kind != "w":
        return True
    word = text[nxt.start:nxt.end]
    if word[:1].isupper():
        return False
    return not (ending in tb.en_adjective_endings and word.endswith("s") and len(word) > 3)


def _nisba(key: str, value: float, singular: bool, tb: PeopleTables) -> bool:
    """«أمريكيين»، «لبنانيون» after any count; «فلسطينيا» after 11 to 99; «سوري» after a scale word («3.5 مليون
    سوري», ``singular``); no article, no number word, no adverb."""
    if key.startswith("ال") or lookup(key) is not None or key in tb.ar_adverbs or key in tb.ar_not_nisba:
        return False
    if any(key.endswith(e) and len(key) - len(e) >= tb.ar_min_stem for e in tb.ar_endings):
        return True
    if singular:
        return len(key) - 1 >= tb.ar_min_stem
    low, high = tb.ar_counts
    return low <= value <= high and value == int(value) and any(
        key.endswith(e) and len(key) - len(e) >= tb.ar_min_stem for e in tb.ar_accusative)


def definite_nisba(key: str) -> str | None:
    """The people unit of a definite Arabic nisba plural («السودانيين», «الفلسطينيون»), as a count head owns it
    («عدد السودانيين الفارين»), else None."""
    tb = people_tables()
    return tb.ar_unit if key.startswith("ال") and _nisba(key[2:], 0.0, False, tb) else None


_APOSTROPHES = frozenset("'’")


def context_noun(toks: list[Tok], p: int) -> str | None:
    """The unit the context word at ``p`` gives a bare number after it; a word of ``unit_context_bare`` only after
    a determiner, a possessive ("Egypt's", "the countries'") or at the start of the clause."""
    tb = tables()
    unit = noun_unit(toks[p].key, tb.unit_context)
    if unit is None or toks[p].key not in tb.unit_context_bare or p == 0:
        return unit
    before = toks[p - 1]
    possessive = before.key in _APOSTROPHES or before.key == "s" and p > 1 and toks[p - 2].key in _APOSTROPHES
    return unit if possessive or before.key in tb.determiners or before.key in number_words().articles else None
