"""Quantity words with no number: words that carry their own count, and trailing qualifiers.

Needs: number tokens (``numbers.Tok``) and the quantity tables. Adds, for ``quantities``: ``standalone`` (twice,
tenfold, ضعفين, an indefinite Arabic dual of a counted noun or of a currency: شركتين → 2 company, جنيهين → 2 EGP,
دولارين → 2 USD; a currency shared by several countries takes the one the article names, as its plural does) and
``qual_after`` (a qualifier after a quantity: "or more", على الأقل).
"""
from __future__ import annotations

from .numbers import Tok, lookup, read_number
from .quantity_durations import duration_dual
from .quantity_parts import Body
from .quantity_places import article_currency
from .quantity_tables import dual_currency, dual_unit, noun_unit, phrase_at, tables
from .quantity_units import is_function


def qual_after(toks: list[Tok], e: int, unit: str | None):
    """Trailing qualifier at ``e``, or after one adjective of a counted noun ("شركتين أخريين على الأقل");
    none before another number ("60 million pounds plus 10 million": an addition)."""
    qual, e2 = phrase_at(toks, e, tables().qual_after)
    if qual is None and unit and e + 1 < len(toks) and not is_function(toks[e]):
        qual, e2 = phrase_at(toks, e + 1, tables().qual_after)
    if qual is not None and e2 < len(toks) and (toks[e2].kind == "n" or toks[e2].key in tables().symbols
                                                or read_number(toks, e2) is not None):
        return None, e
    return qual, e2


def standalone(text: str, toks: list[Tok], k: int, qualified: bool = False) -> Body | None:
    """Words that carry their own count: ضعفين, twice, tenfold, ضعف ما, an Arabic dual (شركتين, جنيهين); ``qualified``:
    a qualifier stands right before ``k`` (ما يزيد على ضعف: 'more than double', where ضعف cannot be 'weakness')."""
    tb = tables()
    t = toks[k]
    if t.kind != "w":
        return None
    hit = noun_unit(t.key, "standalone")
    if hit:
        return Body(k, k + 1, hit[0], hit[1])
    if t.key in tb.base_verbs and _as_verb(toks, k):
        return Body(k, k + 1, *tb.base_verbs[t.key])
    unit = dual_unit(t.key) or _dual_currency(text, t.key) or duration_dual(toks, k)  # «قبل عقدين»
    if unit is not None:
        points, e = phrase_at(toks, k, tb.points)
        # «طفلان اثنان»: the number repeats the dual's count; after a span of time اثنين may name Monday
        e = e if points else k + 1 if unit in tb.span_units else _two_after(toks, k + 1)
        qual, e2 = qual_after(toks, e, unit)
        return Body(k, e2 if qual else e, 2.0, points or unit, None, qual or "exact")
    if t.key.endswith(tb.fold_suffix) and len(t.key) > len(tb.fold_suffix):
        num = lookup(t.key[: -len(tb.fold_suffix)])
        if num and num[0] in ("unit", "ten", "teen", "tens", "hmul"):
            return Body(k, k + 1, num[1], "times")
    if t.key == tb.double_word and (qualified or k + 1 < len(toks) and toks[k + 1].key in tb.double_next):
        return Body(k, k + 1, 2.0, "times")
    return None


def _dual_currency(text: str, key: str) -> str | None:
    """ISO code of an indefinite Arabic dual of a currency word (جنيهين، دولاران، بريالين), else None."""
    word = dual_currency(key)
    if word is None:
        return None
    tb = tables()
    default, qualified = tb.currencies[word]
    return article_currency(text, qualified.values()) or default if word in tb.by_place else default


def _two_after(toks: list[Tok], k: int) -> int:
    """Index after the number word two at ``k`` (اثنان، اثنين، اثنتان), which restates a dual before it, else ``k``."""
    r = read_number(toks, k) if k < len(toks) and toks[k].kind == "w" else None
    return r.end if r is not None and r.words and r.value == 2 and r.end == k + 1 else k


def _as_verb(toks: list[Tok], k: int) -> bool:
    """"Measles cases triple in Europe", "Spending will double": a present form of a verb of multiplying after a
    plural subject or an opener (a modal, "to"), and before a clause end or a preposition, not a noun it describes
    ("a triple murder", "double-digit")."""
    tb = tables()
    if k + 1 < len(toks) and not (toks[k + 1].kind == "s" and toks[k + 1].key != "-" or is_function(toks[k + 1])):
        return False
    prev = [t.key for t in toks[max(0, k - 2):k]]
    if any(tuple(prev[-len(p):]) == p for p in tb.base_openers if len(p) <= len(prev)):
        return True
    last = toks[k - 1] if k else None
    return last is not None and last.kind == "w" and len(last.key) > 3 and last.key.endswith("s") and (
        not is_function(last))
