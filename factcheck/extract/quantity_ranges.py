"""Ranges and ratios: two adjacent numbers read together.

Needs: the tokens of one clause and two adjacent quantity ``Body`` readings. Adds: the shared unit and scale
to the bounds of a range ("between 30 and 40 billion dinars", "€80-100 million"), the qualifiers at_least and
at_most to the bounds of a range of limits ("between 5 and 7 percent", "5-7%", "two or three people"; not a
change "from 200 to 300" or a change then a level "by 14 to 212"), and one factor for a ratio ("by a ratio of 3 to 1" → 3 times). Tables:
``quantity_context.json`` (``range_*``, ``ratio_*``).
"""
from __future__ import annotations

from .numbers import CONJUNCTIONS, Tok, clitic_forms, lookup, read_number
from .quantity_parts import Body
from .quantity_tables import tables


def join_range(toks: list[Tok], a: Body, b: Body) -> tuple[Body, Body | None]:
    """The two readings ``a`` and ``b`` of adjacent numbers, as a range (``_shared``, then ``_limits``) or, for a
    ratio, one factor and None."""
    ratio = _ratio(toks, a, b)
    if ratio is not None:
        return ratio, None
    close = _close(toks, a, b)
    if not close and _change_then_level(toks, a, b):
        return a, b if b.unit is not None or a.unit is None else Body(b.start, b.end, b.value, a.unit, None, b.qualifier)
    a2, b2 = _shared(toks, a, b, close)
    return _limits(toks, a2, b2, close)


def _change_then_level(toks: list[Tok], a: Body, b: Body) -> bool:
    """"rose by 14 to 212", «بمقدار 14 إلى 212»: the first number, after ``change_by``, is the size of a change and the
    second, after a bare "to", the level reached (the two are then no range, and a bare level takes the change's
    unit)."""
    tb = tables()
    return (a.start > 0 and toks[a.start - 1].key in tb.change_by and a.total is None and b.total is None
            and _link(toks, a, b) in tb.range_bare_links)


def _ratio(toks: list[Tok], a: Body, b: Body) -> Body | None:
    """"by a ratio of 3 to 1", "the ratio is 3:1", «بنسبة 3 إلى 1»: two numbers with no unit joined by a ratio link
    (or a glued colon) within two words after a ratio word are one factor, written the larger first ("3 to 1",
    "1 to 1")."""
    tb = tables()
    if a.unit is not None or b.unit is not None or a.total is not None or b.total is not None or not b.value:
        return None
    if a.value < b.value:
        return None  # rising numbers are a range («زادت بنسبة 10 إلى 15»: a share, its percent sign left out)
    link = toks[a.end] if b.start == a.end + 1 else None
    if link is None or a.qualifier != "exact" or not (link.key in tb.ratio_links or link.key == ":" and link.glued):
        return None
    before = toks[max(0, a.start - 2):a.start]  # "a ratio of 3 to 1", "the ratio is 3:1", «بنسبة 3 إلى 1»
    if not any(stem in tb.ratio_heads for t in before for stem, _ in clitic_forms(t.key)):
        return None
    return Body(a.start, b.end, round(a.value / b.value, 6), "times", None, b.qualifier)


def _close(toks: list[Tok], a: Body, b: Body) -> bool:
    """Whether a first number of no unit of its own and the number of the second bound lie within a factor of two
    ("rose 10 to 15 percent", "fell 1 to 2 percent"): the bounds of one estimate, even after a verb of change. A
    change then a level lie farther apart ("fell 0.4 to 3.8%", "fell 4 to 35 million")."""
    base = _base(toks, b)
    return a.unit is None and a.total is None and base is not None and 0 < a.value < base.value <= 2 * a.value


def _base(toks: list[Tok], b: Body):
    """The reading of the number of bound ``b`` alone, without its scale word, else None."""
    nb = next((k for k in range(b.start, min(b.end, b.start + 3)) if read_number(toks[k:k + 1], 0)), None)
    return None if nb is None else read_number(toks[nb:nb + 1], 0)


def _changes(t: Tok, verbs: frozenset[str]) -> bool:
    """A verb or noun of change, with an Arabic و/ف clitic too (وارتفع، ورفعت)."""
    return any(stem in verbs for stem, clitic in clitic_forms(t.key) if clitic in ("", "و", "ف"))


def _limits(toks: list[Tok], a: Body, b: Body, close: bool = False) -> tuple[Body, Body]:
    """The bounds of a range of limits: the smaller first at_least, the second at_most, after a bounding opener
    ("between"; "from" too, unless a verb of change stands before it in the clause: "rose from 200 to 300"), a
    dash, a bare "to" (not within two words of a verb of change: "rose by $312 million to $14.8bn" is a change,
    then a level, unless the bounds are ``_close``) or an alternative ("or")."""
    tb = tables()
    if a.total is not None or b.total is not None or _link(toks, a, b) is None or not a.value < b.value:
        return a, b
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return a, b
    link, before = _link(toks, a, b), toks[a.start - 1].key if a.start else ""
    opened = before in tb.range_bounding_openers
    if before in tb.range_openers and not opened:  # "from": «أصيب من 200 إلى 300 شخص» is a range, but
        if any(_changes(t, tb.range_not_after) for t in toks[:a.start]):
            return a, b  # "the toll rose from 200 to 300" is a change from one level to another
        opened = True
    changed = any(_changes(t, tb.range_not_after) for t in toks[max(0, a.start - 2):a.start])  # "rose by 5% to 7%"
    bounded = (opened and link in tb.range_links or link in ("-", "–")
               or link in tb.range_bare_links and (close or not changed) or link in tb.range_alternatives)
    if not bounded:
        return a, b
    if a.qualifier == "exact":
        a = Body(a.start, a.end, a.value, a.unit, None, "at_least")
    if b.qualifier == "exact":
        b = Body(b.start, b.end, b.value, b.unit, None, "at_most")
    return a, b


def _shared(toks: list[Tok], a: Body, b: Body, close: bool = False) -> tuple[Body, Body]:
    """Two bounds of a range share unit and scale. The first takes the second's ("between 30 and 40 billion
    dinars", "30-40%", "$2 to $3 billion"; after a bare "to" / إلى too, "200 to 300 people", when the first is
    the smaller and no verb of change stands before it: "fell 0.4 to 3.8%" is a change, then a level; after a pair link, when the first is
    the smaller and the second has a unit: "two or three people", «24 و25 شخصا»); after an opener or a dash, a
    second with no unit takes the first's ("€80-100 million", "the toll rose from 200 to 300"). ``close`` bounds after
    a verb of change are a range too ("rose 10 to 15 percent")."""
    tb = tables()
    link = _link(toks, a, b)
    if a.total is not None or b.total is not None or link is None or (b.unit is None and b.value == a.value):
        return a, b
    if link not in tb.range_links and link not in tb.pair_links:
        return a, b
    opened = (a.start > 0 and toks[a.start - 1].key in tb.range_openers) or link in "-–"
    bare = link in tb.range_bare_links and (close or not (a.start and _changes(toks[a.start - 1], tb.range_not_after)))
    base = _base(toks, b)
    pair = link in tb.pair_links and a.unit is None and b.unit is not None and base is not None and a.value < base.value
    bare = bare and base is not None and a.value < base.value  # «البنزين 95 إلى 21 جنيهاً»: a grade, then a price
    if not (opened or bare or pair) or base is None or not _bound(toks, a):
        return a, b
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return a, b
    value = a.value
    if base is not None and base.value and b.value != base.value and a.value < base.value:
        value = a.value * (b.value / base.value)  # the scale word of the second bound ("مليار", "billion"), or its
        # currency's sub-unit ("between 50 and 70 cents", «بين 50 و70 قرشا»: 0.5 to 0.7)
    unit = a.unit or b.unit
    if b.unit is None and unit is not None and opened:
        b = Body(b.start, b.end, b.value, unit, None, b.qualifier)
    if a.unit != unit or value != a.value:
        a = Body(a.start, a.end, value, unit, None, a.qualifier)
    return a, b


def _link(toks: list[Tok], a: Body, b: Body) -> str | None:
    """The word linking two adjacent bounds: a token between them ("to", "-", «إلى»), or the و clitic of a number
    word starting the second («عشرين وثلاثين»); None when they are not adjacent."""
    if b.start == a.end + 1:
        return toks[a.end].key
    hit = lookup(toks[b.start].key) if b.start == a.end and toks[b.start].kind == "w" else None
    return hit[3] if hit is not None and hit[3] in CONJUNCTIONS else None


def _bound(toks: list[Tok], a: Body) -> bool:
    """Whether the first bound ends in its number ("2", "$2", "about two"), not in a unit word."""
    for k in range(a.start, a.end):
        r = read_number(toks, k) if toks[k].kind in "nw" else None
        if r is not None and r.end == a.end and r.value == a.value:
            return True
    return False
