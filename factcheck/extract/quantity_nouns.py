"""Counted nouns outside the unit classes: "30 raids" → raid, «20 شحنة» → شحن.

Needs: the tokens of one clause and the index after a number that found no unit of a known class. Adds:
``counted_noun``, the noun the number counts, as a normalised singular lemma (English: a lowercase plural after up
to two lowercase modifiers, its plural ending undone; Arabic: an indefinite, unpossessed noun right after a number in
digits, its accusative alef, its ة and its sound plural ending undone; a broken plural stays as written), so two claims counting different things never share a
unit. Tables: ``lexicons/<lang>/quantity_nouns.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..lexicons import load_json
from ..models import Quantity
from .numbers import MARKS, Reading, Tok, lookup, tokenize
from .quantity_tables import PRONOUNS, definite, noun_unit, phrase_at, possessed, tables
from .quantity_units import is_function_key

_LATIN_WORD = re.compile(r"[a-z]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_TRAILING_MARKS = re.compile(f"[{MARKS}]+$")
_MODIFIERS = 2  # "30 new wildfires", "12 large cargo vessels"
_MIN_LATIN = 3  # shorter plurals are abbreviations or function words ("us")


@dataclass(frozen=True, slots=True)
class NounTables:
    not_counted: frozenset[str]
    singular: tuple[tuple[str, str], ...]
    invariable: frozenset[str]
    irregular: dict[str, str]
    plural_suffixes: tuple[tuple[str, str], ...]
    min_stem: int


@cache
def noun_tables() -> NounTables:
    """The tables of both languages (loaded once)."""
    en, ar = load_json("en", "quantity_nouns"), load_json("ar", "quantity_nouns")
    return NounTables(
        frozenset(w.lower() for w in en.get("not_counted", ())) | frozenset(_fold(w) for w in ar.get("not_counted", ())),
        tuple(sorted(en.get("singular", {}).items(), key=lambda kv: -len(kv[0]))),
        frozenset(en.get("invariable", ())), dict(en.get("irregular", {})),
        tuple(sorted(ar.get("plural_suffixes", {}).items(), key=lambda kv: -len(kv[0]))), int(ar.get("min_stem", 3)))


def _fold(word: str) -> str:
    toks = tokenize(word, 0, len(word))
    return toks[0].key if toks else ""


def counted_noun(text: str, toks: list[Tok], r: Reading, j: int) -> tuple[str | None, int]:
    """``(lemma, index after the noun)`` of the counted noun after the number ``r`` whose unit search ended at
    token ``j``, else ``(None, j)``."""
    if j >= len(toks) or toks[j].kind != "w" or toks[j].glued or r.value == 1:
        return None, j
    if _LATIN_WORD.fullmatch(toks[j].key):
        return _english(text, toks, j)
    if _ARABIC_WORD.fullmatch(toks[j].key) and not r.words and not _accusative_scale(toks[r.end - 1]):
        return _arabic(text, toks, j, 11 <= r.value % 100 <= 99)
    if _ARABIC_WORD.fullmatch(toks[j].key) and r.words and _tamyiz_plural(toks[j].key, r.value):
        return _arabic(text, toks, j, False, tamyiz=True)  # «ست وجهات»: a word from three to ten counts the plural after it
    return None, j


def _tamyiz_plural(key: str, value: float) -> bool:
    """A folded sound feminine plural (…ات) after a number word from three to ten: the noun it counts, whatever
    its class (a broken plural is not told from other words by its form, so it is left to the noun tables)."""
    return 3 <= value <= 10 and value == int(value) and key.endswith("ات") and len(key) >= 5


def _accusative_scale(t: Tok) -> bool:
    """«12 مليونا», «45 ألفا»: a scale in the accusative stands for its counted noun, which no word after it is."""
    hit = lookup(t.key) if t.kind == "w" else None
    return hit is not None and hit[0] == "scale" and t.key.endswith("ا")


def _english(text: str, toks: list[Tok], j: int) -> tuple[str | None, int]:
    """A lowercase plural after up to two lowercase modifiers: "30 wildfires", "12 new cargo vessels"."""
    for k in range(j, min(len(toks), j + _MODIFIERS + 1)):
        t = toks[k]
        raw = text[t.start:t.end]
        if t.kind != "w" or (k > j and t.glued) or not _LATIN_WORD.fullmatch(raw) or _blocked(toks, k):
            return None, j
        if _plural(raw):
            if k + 1 < len(toks) and toks[k + 1].glued and toks[k + 1].key in "'’-":
                return None, j  # "30 players' wages", "the 3 years-old": a noun of another phrase
            if raw in noun_tables().invariable and _plural_next(text, toks, k + 1):
                continue  # "12 salmon pens": a zero plural modifying the plural after it
            return _singular(raw), k + 1
    return None, j


def _plural_next(text: str, toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is a separate lowercase Latin word in the plural."""
    if k >= len(toks) or toks[k].kind != "w" or toks[k].glued:
        return False
    raw = text[toks[k].start:toks[k].end]
    return bool(_LATIN_WORD.fullmatch(raw)) and raw not in noun_tables().invariable and _plural(raw)


def _plural(word: str) -> bool:
    tb = noun_tables()
    if word in tb.irregular:
        return True
    return (len(word) >= _MIN_LATIN and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and not word.endswith("ly") and word not in tb.not_counted) or word in tb.invariable


def _singular(word: str) -> str:
    tb = noun_tables()
    if word in tb.irregular:
        return tb.irregular[word]
    if word in tb.invariable:
        return word
    for end, repl in tb.singular:
        if word.endswith(end) and len(word) - len(end) >= 2:
            return word[: -len(end)] + repl
    return word


def _arabic(text: str, toks: list[Tok], j: int, accusative: bool, tamyiz: bool = False) -> tuple[str | None, int]:
    """An indefinite, unpossessed noun right after the number («20 شحنة», «15 غواصة»): no clitic opening it, no
    verb (an imperfect prefix, a future سـ, a perfect plural وا), no nisba adverb (يا), no pronoun suffix (a
    written ه, not ة: «3980 لمنافسه») and no preposition carrying a pronoun («اثنان منهم»). The plural a number
    word counts (``tamyiz``: «ست وجهات», «ثلاث وزارات») may open with و: no conjunction follows the number there."""
    key, t = toks[j].key, toks[j]
    bare = _TRAILING_MARKS.sub("", text[t.start:t.end])
    if _blocked(toks, j) or len(key) < 3 or key.startswith(_CLITICS[1:] if tamyiz else _CLITICS) or key.endswith(("يا", "وا")):
        return None, j
    if len(key) >= 5 and key.startswith(_FUTURE) or bare.endswith("ه") and len(key) > 3:
        return None, j
    if definite(key) or key.startswith("ال") or possessed(key) or _preposition_pronoun(key):
        return None, j
    return _arabic_lemma(key, accusative or "\u064b" in text[t.start:t.end], bare.endswith("ة")), j + 1


# a conjunction (و، ف), a preposition (ب، ل) or an imperfect prefix (ي) opening the word: it starts another
# phrase («قتل 20 وأصيب 30», «إصابة 15 بجروح»); a noun spelled with such a first letter is missed, never misread
_CLITICS = ("و", "ف", "ب", "ل", "ي")
_FUTURE = ("سي", "ست", "سن")  # سيضربون، ستبدأ: the future prefix of a verb


def _preposition_pronoun(key: str) -> bool:
    """«منهم», «فيها», «عليه»: a preposition carrying a pronoun suffix."""
    tb = tables()
    return any(key.endswith(p) and (key[: -len(p)] in tb.breakers or key[: -len(p)] in tb.of_link)
               for p in PRONOUNS)


def _arabic_lemma(key: str, accusative: bool, feminine: bool) -> str:
    """The folded noun without the alef of the accusative after 11-99 or of a written tanwin (كتابا، سدًا → سد),
    without a written ة (folded ه) and without a sound plural ending: شحنة، شحنات → شحن; عقار، عقارات → عقار (a
    plural in ات may be of a noun with or without ة, so neither keeps it)."""
    tb = noun_tables()
    if accusative and len(key) > 2 and key.endswith("ا"):
        key = key[:-1]
    if feminine and key.endswith("ه") and len(key) > tb.min_stem:
        return key[:-1]
    for end, repl in tb.plural_suffixes:
        if key.endswith(end) and len(key) - len(end) >= tb.min_stem:
            return key[: -len(end)] + repl
    return key


def _blocked(toks: list[Tok], k: int) -> bool:
    """A word that is no counted noun: a function word, a number word, a month, a listed adverb or particle, a
    qualifier or a time word after a number."""
    tb = tables()
    key = toks[k].key
    return (is_function_key(key) or key in noun_tables().not_counted or lookup(key) is not None
            or key in tb.months or key in tb.restrictives or key in tb.others_nouns or key in tb.year_after
            or key in tb.of_link or key in tb.range_links or key in tb.pair_links
            or phrase_at(toks, k, tb.qual_after)[0] is not None or phrase_at(toks, k, tb.time_after)[0] is not None
            or phrase_at(toks, k, tb.span_bound_after)[0] is not None)


_TIMES = frozenset({"", "x", "×"})  # "2 x 500mg doses"


def counts_measured(text: str, out: list[Quantity]) -> list[Quantity]:
    """"two 500mg tablets", "three 40-foot containers", "2 x 500mg doses": a bare count right before a measure
    written as one compound modifier (a number glued to its unit) counts the English plural noun after the measure;
    the measure keeps its own unit (2 tablet, 500 mg)."""
    out = list(out)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if a.unit is not None or a.qualifier != "exact" or text[a.end:b.start].strip() not in _TIMES or b.unit is None:
            continue
        if " " in b.text:
            continue  # "two 500 mg": no compound modifier
        toks = tokenize(text, b.end, min(len(text), b.end + 60))
        if not toks or toks[0].glued and toks[0].key != "-" or not _LATIN_WORD.fullmatch(toks[0].key):
            continue
        noun, _ = _english(text, toks, 0)
        if noun is not None:
            out[n] = replace(a, unit=noun_unit(noun) or noun)
    return out
