"""Points after a fraction and unit phrases joined by hyphens, for quantities.

Needs: the tokens of one clause (``numbers.tokenize``) and the unit tables (``quantity_tables``). Adds:
``point_after_fraction`` (the unit a fraction is an amount of: "half a percentage point", «نصف نقطة مئوية», "half a
percent", and a bare point after a fraction, "a quarter point", "a half-point hike", «ربع نقطة»: the fraction of a
percentage point, since index points are counted in digits, never quartered; ``fraction_points`` of
``units.json``), ``article_point`` ("rose by a percentage point": one), ``hyphen_point`` (whether a fraction is glued by a hyphen to such a point: "quarter-point", which
needs no count before it) and ``hyphen_unit`` (the unit after a hyphen glued to a number: a phrase of several words joined by hyphens,
"25-basis-point", "0.75-percentage-point", read as the spaced phrase, else one counted noun, "10-storey") and
``unit_ending_at`` (the unit of one or two words an Arabic واحد/اثنان follows: «نقطة مئوية واحدة»).
"""
from __future__ import annotations

from .numbers import Tok, number_words
from .quantity_tables import noun_unit, phrase_at, tables


def _glued_hyphen(toks: list[Tok], m: int) -> bool:
    return m + 1 < len(toks) and toks[m].key == "-" and toks[m].glued and toks[m + 1].glued


def point_after_fraction(toks: list[Tok], m: int) -> tuple[str, int] | None:
    """(unit, index after) of the points or percent a fraction ending before ``m`` is an amount of."""
    tb = tables()
    if _glued_hyphen(toks, m):
        m += 1  # "a half-point hike"
    elif m + 1 < len(toks) and toks[m].key in tb.of_link and toks[m + 1].key in number_words().articles:
        m += 1
    if m < len(toks) and toks[m].key in number_words().articles:
        m += 1
    for table, unit in ((tb.points, "percentage_point"), (tb.percent, "percent"),
                        (tb.fraction_points, "percentage_point")):
        hit, e = phrase_at(toks, m, table)
        if hit and toks[m].kind == "w":  # not "half %"
            return unit, e
    return None


def article_point(toks: list[Tok], k: int) -> int | None:
    """Index after "a percentage point" (an article right before a phrase of percentage points: one point) at ``k``."""
    if toks[k].kind != "w" or toks[k].key not in number_words().articles:
        return None
    hit, e = phrase_at(toks, k + 1, tables().points)
    return e if hit is not None and toks[k + 1].kind == "w" else None


def hyphen_point(toks: list[Tok], m: int) -> bool:
    """Whether a hyphen at ``m`` glues a fraction to a point ("quarter-point")."""
    return _glued_hyphen(toks, m) and phrase_at(toks, m + 1, tables().fraction_points)[0] is not None


def hyphen_unit(toks: list[Tok], j: int) -> tuple[str | None, int]:
    """(unit, index after) of a unit phrase whose words, from ``j``, are joined by glued hyphens ("basis-point"),
    else of the counted noun at ``j`` ("storey"), else ``(None, j + 1)``."""
    words, last = [toks[j]], [j]
    k = j
    while _glued_hyphen(toks, k + 1) and toks[k + 2].kind == "w":
        k += 2
        words.append(toks[k])
        last.append(k)
    tb = tables()
    for table in (tb.points, tb.noun_phrases) if len(words) > 1 else ():
        unit, e = phrase_at(words, 0, table)
        if unit is not None and e > 1:
            return unit, last[e - 1] + 1
    return noun_unit(toks[j].key), j + 1


def unit_ending_at(toks: list[Tok], k: int) -> tuple[str | None, int]:
    """(unit, start) of the counted noun or the unit phrase of two words ending right before ``k``, which an Arabic
    one or two follows («نقطة مئوية واحدة»: one percentage point, «شخص واحد»)."""
    tb = tables()
    if k >= 2:
        for table in (tb.points, tb.noun_phrases):
            unit, e = phrase_at(toks, k - 2, table)
            if unit is not None and e == k:
                return unit, k - 2
    return noun_unit(toks[k - 1].key), k - 1
