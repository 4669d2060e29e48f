"""Ordinals of occurrence: "for the 12th time", "a record fifth title", «للمرة الثانية عشرة», «لقبه الخامس».

Needs: the article text, a clause's bounds and ``lexicons/<lang>/quantity_ordinals.json`` (both languages
merged, as their scripts never clash). Adds: ``occurrences``, a ``Quantity`` per ordinal of a noun of
occurrence, its value the ordinal, its unit the noun's ("times", as "12 times" has; "title"; "term"): the
ordinal says how many times so far, so two tellings of it conflict when they differ. Any other ordinal
("the 5th branch", «الدورة العشرين») stays a position, and "first" («الأولى») an idiom of novelty.
English puts the ordinal before the noun (words of ``between`` or capitalised names may stand between:
"his 24th Grand Slam title"); Arabic puts the noun, with any clitic or possessive suffix, before a definite
ordinal (its teens «الثانية عشرة» and tens «الحادية والعشرين» included) or before digits («الـ12»، «للمرة 44»).
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .numbers import Tok, tokenize
from .quantity_tables import lead_clitic_end, tables, variants

_BETWEEN_MAX = 3  # words between an English ordinal and its noun ("24th Grand Slam title")


@cache
def _table() -> dict:
    """The merged, folded tables of both languages."""
    out: dict = {"ordinals": {}, "unit_ordinals": {}, "tens": {}, "nouns": {}, "teens": set(), "between": set(),
                 "anchors": []}
    for lang in ("en", "ar"):
        data = load_json(lang, "quantity_ordinals")
        for key in ("ordinals", "unit_ordinals", "tens", "nouns"):
            out[key].update({fold(k): v for k, v in data.get(key, {}).items()})
        for key in ("teens", "between"):
            out[key].update(fold(w) for w in data.get(key, ()))
        out["anchors"] += data.get("anchors", ())
    out["anchors"] = tuple(out["anchors"])
    return out


def occurrences(text: str, start: int, end: int) -> list[Quantity]:
    """Ordinals of occurrence in ``text[start:end]``, in text order; a clause naming no noun of occurrence
    (``anchors``, a substring test) is not tokenised."""
    tb = _table()
    chunk = text[start:end]
    if not any(a in chunk for a in tb["anchors"]):
        return []
    toks = tokenize(text, start, end)
    out = []
    for i, t in enumerate(toks):
        unit = _noun(t.key)
        if unit is None:
            continue
        found = _english(text, toks, i) or _arabic(toks, i)
        if found is not None:
            s, e = lead_clitic_end(text, toks[found[0]]), toks[found[1] - 1].end  # «بولايته»: past the clitic
            out.append(Quantity(s, e, text[s:e], found[2], unit, "exact", None))
    return out


def _noun(key: str) -> str | None:
    """Unit of a noun of occurrence (clitics and possessive suffixes aside: للمرة، لقبه), else None."""
    nouns = _table()["nouns"]
    return next((nouns[v] for v in variants(key) if v in nouns), None)


def _english(text: str, toks: list[Tok], i: int) -> tuple[int, int, float] | None:
    """(first token, end, value) of an English ordinal before the noun at ``i``."""
    tb = _table()
    k = i - 1
    while k >= 0 and i - k <= _BETWEEN_MAX and toks[k].kind == "w" and (
            toks[k].key in tb["between"] or text[toks[k].start].isupper()) and _ordinal_en(toks, k) is None:
        k -= 1
    found = _ordinal_en(toks, k) if k >= 0 else None
    return None if found is None else (found[0], i + 1, found[1])


def _ordinal_en(toks: list[Tok], k: int) -> tuple[int, float] | None:
    """(first token, value) of an English ordinal ending at token ``k``: "12th", "fifth", "twenty-fifth"."""
    tb, t = _table(), toks[k]
    if t.kind == "w" and t.glued and k >= 1 and toks[k - 1].kind == "n" and t.key in tables().ordinal_suffixes:
        value = float(toks[k - 1].key) if toks[k - 1].key.isdigit() else None
        return (k - 1, value) if value and value > 1 else None
    if t.kind != "w":
        return None
    if t.glued and k >= 2 and toks[k - 1].key == "-" and toks[k - 2].key in tb["tens"] and t.key in tb["unit_ordinals"]:
        return k - 2, float(tb["tens"][toks[k - 2].key] + tb["unit_ordinals"][t.key])  # "twenty-first"
    value = tb["ordinals"].get(t.key)
    return (k, float(value)) if value else None


def _arabic(toks: list[Tok], i: int) -> tuple[int, int, float] | None:
    """(first token, end, value) of an Arabic noun of occurrence at ``i`` and the definite ordinal after it."""
    tb, n = _table(), len(toks)
    d = i + 2 if i + 2 < n and toks[i + 1].key == "ال" else i + 1  # «للمرة الـ12»، «للمرة 44»
    if d < n and toks[d].kind == "n" and toks[d].key.isdigit() and (d == i + 2 or _definite(toks[i].key)):
        value = float(toks[d].key)
        return (i, d + 1, value) if value > 1 else None
    if i + 1 >= n or not toks[i + 1].key.startswith("ال"):
        return None  # «مرة ثانية»: "once more", no count
    word = toks[i + 1].key[2:]
    if word in tb["tens"]:
        return i, i + 2, float(tb["tens"][word])  # «للمرة العشرين»
    unit = tb["ordinals"].get(word) or tb["unit_ordinals"].get(word)
    if unit is None:
        return None
    if i + 2 < n and toks[i + 2].key in tb["teens"]:
        return i, i + 3, float(unit + 10)  # «الثانية عشرة»، «الحادي عشر»
    if i + 2 < n and toks[i + 2].key[:1] == "و" and (tens := _tens(toks[i + 2].key[1:])):
        return i, i + 3, float(unit + tens)  # «الحادية والعشرين»
    return (i, i + 2, float(unit)) if word in tb["ordinals"] else None


def _definite(key: str) -> bool:
    """An Arabic noun with the article, after any clitic (للمرة، بالمرة): digits after it are its ordinal, not
    what an indefinite noun before them counts or names (ولاية 3)."""
    return key.startswith(_DEFINITE)


_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال", "وبال", "ولل", "فلل")


def _tens(key: str) -> int | None:
    """Value of a tens word with or without the article (والعشرين after its و)."""
    tens = _table()["tens"]
    return tens.get(key[2:] if key.startswith("ال") else key)
