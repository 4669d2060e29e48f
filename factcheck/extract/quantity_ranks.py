"""Ranks: a position in a ranking ("ranked 145th out of 180 countries", «المرتبة 170 من أصل 180 دولة»).

Needs: the article text, a clause's bounds and ``lexicons/<lang>/quantity_ranks.json`` (both languages merged,
as their scripts never clash), with the ordinal words of ``quantity_ordinals``. Adds: ``ranks``, a ``Quantity``
per position, its unit ``rank``, its value the position and its total the size of the ranking when the text
gives it ("out of 180", «من أصل 180»): two tellings of one ranking that give two positions conflict, where
"145th" alone was no quantity at all (an ordinal is a position, and ``quantities`` drops it) and "out of 180
countries" a count of countries.

A position is an ordinal
- after a verb of ranking, a few words of ``between`` aside: "ranked 145th", "slipped to 12th", "finished
  third", "ranked No. 3" (a bare number after "No." once a verb of ranking stands before it);
- before a noun of position or a superlative: "in 12th place", "the world's 10th-largest economy";
- before a total: "180th of 180 countries";
- in Arabic, after a definite noun of position (with any clitic): «المرتبة 170»، «في المركز الـ58»،
  «بالمرتبة الخامسة»، «المركز الأول».
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .numbers import Tok, lookup, read_number, tokenize
from .quantity_ordinals import _arabic, _definite, _ordinal_en
from .quantity_ordinals import _table as _ordinals
from .quantity_tables import _index, clitic_forms, lead_clitic_end, phrase_at, variants
from .quantity_units import unit_after

UNIT = "rank"
_VERB_GAP = 4  # words of ``between`` a verb of ranking and its ordinal may take ("climbed two places to 42nd")


@cache
def _table() -> dict:
    """The merged, folded tables of both languages."""
    out: dict = {"verbs": set(), "moves": set(), "between": set(), "nouns": set(), "superlatives": set(), "numbered": set(),
                 "first": {}, "anchors": []}
    totals = []
    for lang in ("en", "ar"):
        data = load_json(lang, "quantity_ranks")
        for key in ("verbs", "moves", "between", "nouns", "superlatives", "numbered"):
            out[key].update(fold(w) for w in data.get(key, ()))
        out["first"].update({fold(k): v for k, v in data.get("first", {}).items()})
        out["anchors"] += data.get("anchors", ())
        totals += [(p, True) for p in data.get("totals", ())]
    out["totals"] = _index(totals)
    out["after"] = frozenset(out["nouns"] | out["superlatives"])  # what may follow an ordinal of position
    out["anchors"] = tuple(out["anchors"])
    return out


def ranks(text: str, start: int, end: int) -> list[Quantity]:
    """Positions in a ranking inside ``text[start:end]``, in text order; a clause holding none of the
    ``anchors`` (a substring test) is not tokenised."""
    tb = _table()
    chunk = text[start:end].lower()
    if not any(a in chunk for a in tb["anchors"]):
        return []
    toks = tokenize(text, start, end)
    out: list[Quantity] = []
    i, n = 0, len(toks)
    while i < n:
        found = _arabic_rank(toks, i) or _english_rank(text, toks, i)
        if found is None:
            i += 1
            continue
        first, last, value = found
        total, last = _total(text, toks, last)
        s, e = _past_clitic(text, toks[first]), toks[last - 1].end
        out.append(Quantity(s, e, text[s:e], value, UNIT, "exact", total))
        i = last
    return out


def _english_rank(text: str, toks: list[Tok], i: int) -> tuple[int, int, float] | None:
    """(first token, end, value) of an English position whose ordinal ends at token ``i``."""
    tb = _table()
    t = toks[i]
    if t.kind == "w" and t.key in tb["numbered"] and _after_verb(toks, i) and i + 1 < len(toks):
        j = i + 2 if toks[i + 1].key == "." and i + 2 < len(toks) else i + 1
        if toks[j].kind == "n" and toks[j].key.isdigit():  # "ranked No. 3"
            return i, j + 1, float(toks[j].key)
        return None
    ordinal = _ordinal(toks, i)
    if ordinal is None:
        return None
    k, value = ordinal
    nxt = i + 1
    if nxt < len(toks) and toks[nxt].key == "-" and toks[nxt].glued:
        nxt += 1  # "10th-largest"
    word = toks[k].kind == "w"
    if nxt < len(toks) and toks[nxt].kind == "w" and toks[nxt].key in tb["after"] and not (
            word and k and toks[k - 1].key == "the" and toks[nxt].key in tb["nouns"]):
        return k, nxt + 1, value  # "in 12th place", "10th-largest"; not "in the first place"
    if _after_verb(toks, k) or not word and _total(text, toks, i + 1)[0]:
        return k, i + 1, value  # "ranked 145th", "180th of 180 countries" (not "the first of 12 suspects")
    return None


def _ordinal(toks: list[Tok], i: int) -> tuple[int, float] | None:
    """(first token, value) of an English ordinal ending at token ``i``, "first" included."""
    t = toks[i]
    if t.kind != "w":
        return None
    if t.key in _table()["first"] and t.key not in _ordinals()["ordinals"]:
        return i, float(_table()["first"][t.key])
    if t.glued and i >= 1 and toks[i - 1].kind == "n" and toks[i - 1].key in ("1",) and t.key == "st":
        return i - 1, 1.0  # "1st": ``_ordinal_en`` counts occurrences from the second
    return _ordinal_en(toks, i) if t.key.isascii() else None


def _after_verb(toks: list[Tok], k: int) -> bool:
    """A verb of ranking stands before token ``k``, with at most ``_VERB_GAP`` words of ``between``; a verb
    of a move, with "to" among them ("slipped to 12th")."""
    tb = _table()
    p, to = k - 1, False
    while p >= 0 and k - p <= _VERB_GAP + 1:
        key = toks[p].key
        if key in tb["verbs"] or to and key in tb["moves"]:
            return True
        if key not in tb["between"] and toks[p].kind != "n" and (not key.isascii() or lookup(key) is None):
            return False  # "climbed two places to 42nd": a count of places moved may stand there too
        to = to or key == "to"
        p -= 1
    return False


def _arabic_rank(toks: list[Tok], i: int) -> tuple[int, int, float] | None:
    """(first token, end, value) of an Arabic definite noun of position at ``i`` and its ordinal."""
    tb = _table()
    t = toks[i]
    if t.kind != "w" or not _definite(t.key) or not any(v in tb["nouns"] for v in variants(t.key)):
        return None
    if i + 1 < len(toks) and toks[i + 1].key in tb["first"]:
        return i, i + 2, float(tb["first"][toks[i + 1].key])  # «المركز الأول»
    found = _arabic(toks, i)
    if found is None and i + 1 < len(toks) and toks[i + 1].key == "1" and toks[i + 1].kind == "n":
        return i, i + 2, 1.0  # «المرتبة 1»
    return found


def _past_clitic(text: str, t: Tok) -> int:
    """Start of a position whose first token is ``t``, past a clitic on an Arabic noun of position
    (بالمركز، وللمرتبة → المركز، المرتبة); any other token's start."""
    nouns = _table()["nouns"]
    stem = next((f for f, _ in clitic_forms(t.key) if f in nouns), None)
    if stem is None or stem == t.key:
        return lead_clitic_end(text, t)
    letters, pos = len(t.key) - len(stem), t.start
    while pos < t.end and letters:
        letters -= bool(fold(text[pos]))  # harakat and tatweel fold to nothing
        pos += 1
    return pos


def _total(text: str, toks: list[Tok], j: int) -> tuple[float | None, int]:
    """(size of the ranking, end) when a total phrase and a number follow token ``j`` ("out of 180
    countries", «من أصل 180 دولة»), else (None, j)."""
    hit, k = phrase_at(toks, j, _table()["totals"])
    if hit is None or k >= len(toks):
        return None, j
    r = read_number(toks, k)
    if r is None or r.vague or r.value < 2:
        return None, j
    _, e = unit_after(text, toks, r.end)
    return r.value, max(e, r.end)
