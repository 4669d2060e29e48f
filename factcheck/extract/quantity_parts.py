"""Fractions and parts of a total for quantities: "6 of 12", "seven of its 20 board members",
"ستة من أصل 12", "two-thirds of the 300 seats", "نصف مليون", "half of" (a share: 50 percent), and the
fraction words spelled like a number or a noun (خُمس، خمس الموظفين، عُشر; not خمس سنوات or ثمن النفط).

Needs: the tokens of one clause, the number readers (``numbers``) and unit reading (``quantity_units``).
Adds: ``Body`` (a number with what follows it, over token indices), ``with_total`` (a part with its
total, spanning from the part to the total's noun), ``intro_total`` (a total introduced after a part's noun:
"300 من موظفيها البالغ عددهم 900") and ``fraction_at`` (a fraction with its scale, "a quarter of a million",
"half a dozen"; an amount of points or percent, "half a percentage point"; a total, also one introduced by
البالغ عددهم / الذي يضم / "which has" past a break, which takes the counted noun named before it when it has
none; or a share).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import (
    MARKS,
    MAX_VALUE,
    Tok,
    ambiguous_fractions,
    clitic_forms,
    fraction_of,
    lookup,
    number_words,
    read_number,
)
from .quantity_noise import digit_noise
from .quantity_points import article_point, hyphen_point, point_after_fraction
from .quantity_tables import noun_unit, phrase_at, possessed, tables
from .quantity_units import LATIN, currency_before, is_function, unit_after

_YEAR = re.compile(r"(?:19|20)\d\d")  # a calendar year after a construct noun
_APOSTROPHES = frozenset("'’-")
_NO_TOTAL_UNITS = frozenset({"percent", "percentage_point", "basis_point", "times", "magnitude", "celsius",
                             "fahrenheit"})
_GAP = 7  # words a fraction may stand from its total ("بنصف فريق المؤسسين الأصلي المكون من 12")
_DAMMA = "\u064f"
_MARK = re.compile(f"[{MARKS}]")


@dataclass(frozen=True, slots=True)
class Body:
    """A number with what follows it, over tokens ``[start, end)``."""

    start: int
    end: int
    value: float
    unit: str | None = None
    total: float | None = None
    qualifier: str = "exact"


def with_total(text: str, toks: list[Tok], a: Body, blocked) -> Body | None:
    """"6 of 12", "ستة من أصل 12", "ستة من مؤسسيها الاثني عشر", "seven of its 20 board members"; a restrictive
    particle may stand between the part and the link ("14 banks only out of 46", «3 فقط من الوزراء الأحد عشر»)."""
    if a.unit in _NO_TOTAL_UNITS or (a.unit and a.unit.isupper()):
        return None
    one = _one_in_every(toks, a)
    if one is not None or a.end >= len(toks):
        return one
    tb = tables()
    e = a.end + 1 if toks[a.end].key in tb.restrictives and a.end + 1 < len(toks) else a.end  # "14 فقط من أصل 46"
    link, k = phrase_at(toks, e, tb.total_links)
    if link is None and a.unit is None and toks[e].kind == "w" and phrase_at(toks, e + 1, tb.total_links)[0] == "rate":
        link, k = phrase_at(toks, e + 1, tb.total_links)  # "45 murders per 100,000": a noun of no unit, then the rate
    noun_unit_between, bare, one_word, counted, whole_noun = None, False, k - e < 2, False, False
    linked = link is not None and link != "rate" and not one_word  # "out of", «من أصل»: never before a year
    if link is not None:
        k = _skip_determiners(toks, k)
        k = phrase_at(toks, k, tb.qual_before)[1]  # "4,000 of the port's roughly 9,000 dockworkers"
        if k + 1 < len(toks) and toks[k].kind == "w" and _definite_number(toks, k + 1):
            # «3 من بين المعتقلين الـ14»: a definite noun, then the definite number that counts it
            noun_unit_between, bare, k = noun_unit(toks[k].key), True, k + 1 + (toks[k + 1].key == "ال")
    elif toks[e].key in tb.of_link and e + 2 < len(toks) and toks[e + 1].kind == "w":
        k = e + 2
        if not _definite_number(toks, k):
            return None
        noun_unit_between, bare = noun_unit(toks[e + 1].key), True
        k = k + 1 if toks[k].key == "ال" else k
    elif a.unit and a.end - a.start >= 3 and toks[a.end - 2].key in tb.of_link and _definite_number(toks, e):
        # «3 من الوزراء الاثني عشر»: the noun read with من is the part's, and counted: the word after the total is
        # none of its nouns («3 من المتهمين العشرة لعدم كفاية الأدلة»)
        k, bare, counted = e + (toks[e].key == "ال"), True, True
    elif a.unit is None and toks[e].key in tb.of_link and e + 1 < len(toks) and toks[e + 1].kind == "n":
        # «11 من 14 محللاً»: a bare part, من, and a whole that names what both count (checked below)
        k, whole_noun = e + 1, True
    else:
        return None
    b = _simple(text, toks, k, blocked, bare, linked) if k < len(toks) else None
    if whole_noun and (b is None or b.unit is None or b.end < len(toks) and toks[b.end].key in tb.range_bare_links):
        return None  # «3 من 9» alone, or a change «من 9 آلاف نقطة إلى …»: no whole named
    if b is not None and b.end + 1 < len(toks) and toks[b.end].key in "-–" and toks[b.end].glued and (
            toks[b.end + 1].glued and toks[b.end + 1].kind == "n"):
        return None  # "2 goals in the 4-1 win": a score, no total
    rate = link == "rate"  # "312 cases per 100,000 people": the part keeps its own noun
    if b is None or b.value <= a.value or (a.unit and b.unit and a.unit != b.unit and not rate):
        return None
    if (a.unit and b.unit is None and b.end < len(toks) and not is_function(toks[b.end]) and (bare or one_word)
            and not counted):
        return None  # "21 goals in 87 appearances": another noun (not after "out of", من أصل: "of 46 can survive")
    unit = (a.unit or b.unit) if rate else b.unit or noun_unit_between or a.unit
    return Body(a.start, b.end, a.value, unit, b.value, a.qualifier)


_EVERY = ("من", "كل")  # folded «من كل»: "in every"


def _one_in_every(toks: list[Tok], a: Body) -> Body | None:
    """«أسرة من كل خمس أسر» ("one household in every five"): an indefinite counted noun standing for one before
    «من كل» and the count ``a`` of the same noun is one part of that total."""
    k = a.start
    if k < 3 or a.unit is None or tuple(t.key for t in toks[k - 2:k]) != _EVERY:
        return None
    noun = toks[k - 3]
    if noun.kind != "w" or noun.key.startswith("ال") or lookup(noun.key) is not None or noun_unit(noun.key) != a.unit:
        return None
    return Body(k - 3, a.end, 1.0, a.unit, a.value, a.qualifier)


def _skip_determiners(toks: list[Tok], k: int) -> int:
    """Skip "its", "the company's" between a link and a total, and a word of position after them ("its last")."""
    tb = tables()
    for _ in range(3):
        if k < len(toks) and toks[k].key in tb.determiners:
            k += 1
        elif k + 2 < len(toks) and toks[k + 1].key in _APOSTROPHES and toks[k + 2].key == "s":
            k += 3
    return k + 1 if k + 1 < len(toks) and toks[k].key in tb.total_adjectives and toks[k + 1].kind in "nw" else k


def _definite_number(toks: list[Tok], k: int) -> bool:
    """"الاثني عشر", "الـ12", "ال 12": a number with the article, as after a noun it counts."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.key == "ال":
        return k + 1 < len(toks) and toks[k + 1].kind == "n"
    hit = lookup(t.key) if t.kind == "w" else None
    return hit is not None and hit[3] == "ال"


def _simple(text: str, toks: list[Tok], k: int, blocked, bare: bool = False, linked: bool = False) -> Body | None:
    """A plain number with its unit (a total): no fraction, no nested total; ``bare``: no unit either; ``linked``:
    after a two-word total link ("out of", «من أصل»), where a year-like figure is the total ("500 out of 2000")."""
    code, j = currency_before(text, toks, k)
    r = read_number(toks, j) if j < len(toks) else None
    if r is None or r.vague:
        return None
    unit, e = (code, r.end) if code or bare else unit_after(text, toks, r.end)
    if bare and r.needs_noun:
        return Body(k, e, r.value, unit)
    if (unit is None and r.needs_noun) or (not r.words and not (linked and _year_like(toks, r)) and (
            digit_noise(text, toks, r, unit, blocked))):
        return None
    return Body(k, e, r.value, unit)


def _year_like(toks: list[Tok], r) -> bool:
    """A single four-digit figure a year could be."""
    return r.end == r.start + 1 and len(toks[r.start].key) == 4 and 1800 <= r.value <= 2100


def fraction_at(text: str, toks: list[Tok], k: int, blocked, qualified: bool = False) -> Body | None:
    """Fractions: "نصف مليون", "two-thirds of the 300 seats", "بنصف فريق … من 12 شخصاً", "half of", with a
    trailing qualifier ("بمقدار النصف تقريبا", "half a million or more")."""
    b = _fraction_body(text, toks, k, blocked, qualified)
    if b is None or b.end >= len(toks):
        return b
    qual, e = phrase_at(toks, b.end, tables().qual_after)
    return b if qual is None else Body(b.start, e, b.value, b.unit, b.total, qual)


def _fraction_body(text: str, toks: list[Tok], k: int, blocked, qualified: bool = False) -> Body | None:
    """A fraction's value, unit and total, over tokens from ``k``; "a percentage point" is one."""
    one = article_point(toks, k)
    if one is not None:
        return Body(k, one, 1.0, "percentage_point")
    got = (_fraction_word(toks, k) or _ambiguous_fraction(text, toks, k) or _shared_ambiguous(toks, k)
           or _slash_fraction(toks, k))
    if got is None or (k and toks[k - 1].key in tables().fraction_blockers):
        return None
    f, m, definite = got
    scale = _scale_after_fraction(toks, m)
    if scale is not None:
        value, e = f * scale[0], scale[1]
        unit, e = unit_after(text, toks, e)
        return Body(k, e, value, unit)
    point = point_after_fraction(toks, m)
    if point is not None:
        return Body(k, point[1], f, point[0])
    named = m < len(toks) and toks[m].key in tables().fraction_next_blockers  # «الربع الثالث»: a period, no part
    total = None if named else _total_ahead(text, toks, m, blocked)
    if total is not None:
        return Body(k, total.end, f * total.value, total.unit, total.value)
    tb = tables()
    shared = qualified or (k and toks[k - 1].key in tb.share_before)
    if shared and (m >= len(toks) or is_function(toks[m]) or definite and toks[m].key not in tb.fraction_next_blockers):
        # "أكثر من النصف", "more than half", "by a third", "بمقدار الثلث العام الماضي" (a definite fraction heads no
        # construct: the word after it starts something else)
        return Body(k, m, round(f * 100, 6), "percent")
    if m < len(toks) and (toks[m].key in tb.share_after or toks[m].key in tb.share_nouns and m - k >= 3
                          and toks[m - 1].key in number_words().fraction_plurals):
        return Body(k, m, round(f * 100, 6), "percent")  # "a fifth higher than in 2024", "a two-thirds majority"
    if definite or m >= len(toks) or not _share_follows(toks, m):
        return None
    return Body(k, m, round(f * 100, 6), "percent")


def _fraction_word(toks: list[Tok], k: int) -> tuple[float, int, bool] | None:
    """``(fraction, index after, definite)`` for "نصف", "ثلاثة أرباع", "a third", "two-thirds"."""
    nw = number_words()
    t = toks[k]
    if t.kind != "w":
        return None
    hit = fraction_of(t.key)
    if hit is not None and (t.key[len(hit[1]):] not in nw.fraction_need_count or hyphen_point(toks, k + 1)):
        return hit[0], k + 1, "ال" in hit[1]  # "half", "quarter-point"
    count = lookup(t.key)
    if count is None or count[0] not in ("unit", "article", "ten") or count[3]:
        return None
    j = k + 1
    if j + 1 < len(toks) and toks[j].key == "-" and toks[j].glued and toks[j + 1].glued:
        j += 1
    if j >= len(toks) or toks[j].kind != "w":
        return None
    key = toks[j].key
    if count[1] == 1 and key in nw.fractions:
        return nw.fractions[key], j + 1, False
    if key in nw.fraction_plurals:
        return count[1] / nw.fraction_plurals[key], j + 1, False
    return None


def _slash_fraction(toks: list[Tok], k: int) -> tuple[float, int, bool] | None:
    """``(fraction, index after, False)`` for a proper fraction in digits before "of" / من ("1/3 of respondents",
    «2/3 من السكان»); a date or a score ("9/11", "24/7") has no "of" after it or is no proper fraction."""
    if k + 3 >= len(toks) or toks[k + 1].key != "/" or not (toks[k + 1].glued and toks[k + 2].glued):
        return None
    a, b = toks[k].key, toks[k + 2].key
    if not (a.isdigit() and b.isdigit()) or not 0 < int(a) < int(b) or toks[k + 3].key not in tables().of_link:
        return None
    return int(a) / int(b), k + 3, False


def _ambiguous_fraction(text: str, toks: list[Tok], k: int) -> tuple[float, int, bool] | None:
    """خُمس (a damma on its first letter) or خمس before a definite noun that is no span of time: a fifth."""
    t = toks[k]
    hit = _ambiguous_stem(t.key) if t.kind == "w" else None
    if hit is None:
        return None
    f, clitic, damma_only = hit
    if _damma_after(text, t, len(clitic) + 1) or (not damma_only and _definite_noun(toks, k + 1)):
        return f, k + 1, False
    return None


def _shared_ambiguous(toks: list[Tok], k: int) -> tuple[float, int, bool] | None:
    """A definite word spelled like an ambiguous fraction after a word giving a change's size (بمقدار الخمس,
    بنسبة العشر): a fraction, which "the five" after such a word cannot be."""
    t = toks[k]
    if not k or t.kind != "w" or toks[k - 1].key not in tables().share_before or not t.key.startswith("ال"):
        return None
    f = ambiguous_fractions()[0].get(t.key[2:])
    return None if f is None else (f, k + 1, True)


@lru_cache(maxsize=16384)
def _ambiguous_stem(key: str) -> tuple[float, str, bool] | None:
    """(fraction, clitic, needs a damma) of a folded word spelled like an ambiguous fraction word."""
    table, need_damma = ambiguous_fractions()
    for stem, clitic in clitic_forms(key):
        if stem in table and "ال" not in clitic:
            return table[stem], clitic, stem in need_damma
    return None


def _damma_after(text: str, t: Tok, letters: int) -> bool:
    """Whether the ``letters``-th letter of token ``t`` (counting from 1) carries a damma."""
    seen = 0
    for pos in range(t.start, t.end):
        c = text[pos]
        if _MARK.match(c):
            if seen == letters and c == _DAMMA:
                return True
        elif c.isalpha():
            if seen == letters:
                return False
            seen += 1
    return False


def _definite_noun(toks: list[Tok], m: int) -> bool:
    """A definite noun that is neither a number word nor a span of time (خمس السنوات الماضية is five)."""
    if m >= len(toks) or toks[m].kind != "w":
        return False
    t = toks[m]
    if not t.key.startswith("ال") or len(t.key) <= 3 or lookup(t.key) is not None:
        return False
    return str(noun_unit(t.key)) not in tables().span_units and t.key not in tables().fraction_next_blockers


def _scale_after_fraction(toks: list[Tok], m: int) -> tuple[float, int] | None:
    """"نصف مليون", "half a million", "a quarter of a million", "half a dozen", "a half-million" → (scale, index
    after)."""
    nw = number_words()
    if m + 1 < len(toks) and toks[m].key == "-" and toks[m].glued and toks[m + 1].glued:
        m += 1  # "a quarter-million tourists": the hyphen joins the scale, which is no total
    if m + 1 < len(toks) and toks[m].key in tables().of_link and toks[m + 1].key in nw.articles:
        m += 1  # "a quarter of a million": "of" before the article only
    if m < len(toks) and toks[m].key in nw.articles:
        m += 1
    hit = lookup(toks[m].key) if m < len(toks) and toks[m].kind == "w" else None
    if hit is not None and not hit[3] and (hit[0] == "scale" and hit[2] == "one" or hit[0] == "dozen"):
        return hit[1], m + 1
    return None


def _total_ahead(text: str, toks: list[Tok], m: int, blocked) -> Body | None:
    """The total a fraction takes: the first number within a few words, before any clause break, or the
    number after a total intro (البالغ عددهم، الذي يضم، "which has"), even past a break. A total with no
    unit of its own takes the counted noun between the fraction and it (ثلثي موظفيها البالغ عددهم 900)."""
    tb = tables()
    plain, words = True, 0
    for p in range(m, len(toks)):
        t = toks[p]
        words += not (t.key in _APOSTROPHES or t.glued and toks[p - 1].key in _APOSTROPHES)  # trial's: one word
        if words > _GAP:
            return None
        intro, after = phrase_at(toks, p, tb.total_intros)
        if intro:
            return _named_total(text, toks, m, p, phrase_at(toks, after, tb.qual_before)[1], blocked, True)
        if t.kind == "n" or (t.kind == "w" and lookup(t.key) is not None) or (t.kind == "s" and t.key in tb.symbols):
            return _named_total(text, toks, m, p, p, blocked, False) if plain else None
        if t.kind == "s" and t.key not in _APOSTROPHES or t.key in tb.breakers:
            plain = False  # past a break only an intro may still name the total
    return None


def _named_total(text: str, toks: list[Tok], m: int, p: int, k: int, blocked, intro: bool) -> Body | None:
    """The total read at ``k``; with no unit it takes the first counted noun in ``toks[m:p]``; after an intro,
    a total counting something else than that noun is none ("ربع الموظفين في الشركة البالغة 50 عاما")."""
    b = _simple(text, toks, k, blocked) if k < len(toks) else None
    if b is None or not b.value < MAX_VALUE:
        return None
    owner = {q - 1 for q in range(m + 1, p) if toks[q].key in _APOSTROPHES and toks[q].glued}  # the city's council
    noun = next((u for q in range(m, p) if q not in owner and toks[q].kind == "w"
                 and (u := noun_unit(toks[q].key)) is not None), None)
    if b.unit is None and noun is not None:
        return Body(b.start, b.end, b.value, noun)
    if intro and noun is not None and b.unit != noun:
        return None
    return b


def intro_total(text: str, toks: list[Tok], e: int, unit: str, blocked) -> Body | None:
    """The total a part names right after its noun ("300 من موظفيها البالغ عددهم 900"): an intro phrase at
    ``e`` and a number counting the same ``unit`` (or nothing)."""
    tb = tables()
    intro, k = phrase_at(toks, e, tb.total_intros)
    if intro is None:
        return None
    b = _simple(text, toks, phrase_at(toks, k, tb.qual_before)[1], blocked)
    return b if b is not None and b.unit in (None, unit) else None


def _share_follows(toks: list[Tok], m: int) -> bool:
    """A fraction with no total is a share only before "of"/"the" or a possessive ("its"), a definite or possessed
    Arabic noun or a construct ("ثلث إجمالي النفقات", "ربع موازنة 2025"), unless the noun makes it a name ("ربع النهائي")."""
    t = toks[m]
    if t.kind != "w" or t.key in tables().fraction_next_blockers:
        return False
    if t.key in ("of", "the") or t.key in tables().possessive_determiners or (t.key.startswith("ال") and len(t.key) > 3):
        return True  # "half of", "half its value", «نصف الموظفين»
    if possessed(t.key):
        return True  # «ثلث موظفيها»: a possessed noun is definite
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    if nxt is None or LATIN.match(t.key) or is_function(t):
        return False
    if nxt.kind == "n":
        return _YEAR.fullmatch(nxt.key) is not None  # a construct naming its year: "ثلث ميزانية 2024"
    return (nxt.kind == "w" and nxt.key.startswith("ال") and len(nxt.key) > 3
            and nxt.key not in tables().fraction_next_blockers)
