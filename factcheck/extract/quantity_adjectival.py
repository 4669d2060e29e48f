"""Arabic number words and digits after a noun: a description of the noun, a count of it, or its position.

Needs: number tokens (``numbers.Tok``) and the quantity tables. Adds, for ``quantities``: ``adjectival`` (a number
word after the noun it describes: «الجنود الثلاثة», «أيامه العشرة», «شخص واحد»), ``possessive`` (a noun made
definite by a possessive suffix), ``occurrence_one`` («مرة واحدة»: once, a description of the noun of occurrence),
``ordinal`` («الدورة العشرين») and ``article_ordinal`` (digits with the article
after a singular noun: «دورته الـ62»), and ``definite_noun`` (a counted noun with the article).
"""
from __future__ import annotations

from .numbers import Tok, lookup
from .quantity_tables import definite, dual_unit, noun_unit, possessed, tables

NOT_NOUNS = frozenset({"percent", "percentage_point", "times"})
SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"})


def definite_noun(t: Tok, unit: str) -> bool:
    """An Arabic counted noun with the article (not "بالمئة", not a currency)."""
    return unit.islower() and unit not in NOT_NOUNS and definite(t.key)


def ordinal(t: Tok) -> bool:
    """"العشرين" after a noun ("الدورة العشرين") is an ordinal: a definite tens word alone."""
    hit = lookup(t.key)
    return hit is not None and hit[0] == "tens" and ("ال" in hit[3] or hit[3].endswith("لل"))


_SOUND_PLURALS = ("ين", "ون", "ات")


def sound_plural(key: str) -> bool:
    """A folded Arabic word in a sound plural ending (…ات، …ون، …ين), article or not."""
    return key.endswith(_SOUND_PLURALS)


def article_ordinal(toks: list[Tok], k: int) -> bool:
    """«في دورته الـ62»، «النسخة الـ30»، «الذكرى الـ50»: digits with the article after a noun that is no counted
    noun and no sound plural name its position (an ordinal); after a plural («المشاركين الـ500») they count it."""
    if k < 2 or toks[k - 1].key != "ال" or toks[k - 2].kind != "w":
        return False
    key = toks[k - 2].key
    bare = next((key[: -len(p)] for p in ("هما", "هم", "ها", "ه") if key.endswith(p) and len(key) - len(p) >= 3), key)
    return "\u0621" <= key[:1] <= "\u064a" and noun_unit(key) is None and not sound_plural(bare) and (
        lookup(key) is None)


def adjectival(toks: list[Tok], k: int, definite: bool = True) -> bool:
    """"الأيام الثلاثة الماضية": a definite number word after a definite noun describes that noun (a
    count of it when the noun is a counted one: 3 days). Not ``definite``: «مفقودين اثنين»، «شخص واحد», one
    or two written after the indefinite counted noun they agree with, as Arabic writes them."""
    hit = lookup(toks[k].key)
    if hit is None or not k or hit[3] != ("ال" if definite else "") or toks[k].kind != "w":
        return False
    prev = toks[k - 1]
    if not definite:  # after a dual («طفلان اثنان») the number only stresses the count the dual gives
        unit = noun_unit(prev.key) if prev.kind == "w" and not prev.key.startswith("ال") and not dual_unit(
            prev.key) else None
        dual = hit[1] == 1.0 or prev.key.endswith(("ين", "ان"))  # two agrees with a dual, not «جنود اثنان منهم»
        return hit[0] == "unit" and hit[1] in (1.0, 2.0) and dual and unit is not None and unit not in NOT_NOUNS and (
            unit not in SPANS_OF_TIME)
    return prev.kind == "w" and (prev.key.startswith("ال") or possessive(prev.key)) and lookup(prev.key) is None


def occurrence_one(toks: list[Tok], k: int) -> bool:
    """«مرة واحدة» 'once': the number word one right after a noun of repetition (``multipliers`` of units.json: مرة،
    ضعف) describes it; it counts no one, not the people a verb before it displaced or killed."""
    hit = lookup(toks[k].key)
    return (hit is not None and hit[1] == 1.0 and toks[k].kind == "w" and k > 0 and toks[k - 1].kind == "w"
            and toks[k - 1].key in tables().multipliers)


def possessive(key: str) -> bool:
    """A counted noun made definite by a possessive suffix (أيامه، جنودها), not by the article."""
    if key.startswith("ال") or noun_unit(key) is None:
        return False
    return possessed(key) or key.endswith("ه") and key not in tables().nouns and noun_unit(key[:-1]) is not None
