"""Quantities: numbers with scale, unit, qualifier and part-of-total, with spans.

Needs: the article text and the span to search. Adds: ``Quantity`` objects whose offsets index
the article text. A quantity's span runs from its qualifier ("نحو", "more than") or currency sign to
its unit or counted noun ("نحو 500 موظف", "$4.3bn"); a part of a total runs from the part to the
total's noun ("بنصف فريق المؤسسين الأصلي المكون من 12 شخصاً" → 6 of 12 person). Units are ISO 4217
codes, "percent", "percentage_point", "times" or a counted noun's canonical unit; a counted noun
missing from the lexicon leaves the unit None. A fraction with no total is a share: "half of" → 50
percent. Dates, years, times of day, phone numbers, identifiers ("رقم 5", "G20", "Grok 4") and vague
words ("عشرات", "dozens of") are not quantities (``quantity_noise``). Tables: ``lexicons/<lang>/units.json``,
``qualifiers.json`` and ``quantity_context.json``, both languages merged (their scripts never clash).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Quantity
from ..text.normalize import fold
from .numbers import DIGITS, MAX_VALUE, Reading, Tok, fraction_of, lookup, number_words, read_number, tokenize
from .quantity_noise import blocked_spans, digit_noise
from .quantity_tables import (
    dual_unit,
    has_anchor,
    is_anchor,
    lead_clitic_end,
    names_period,
    noun_unit,
    opens_qualifier,
    phrase_at,
    tables,
    variants,
    verb_qualifier,
)

_LATIN = re.compile(r"[a-z]")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a calendar year after a construct noun
_APOSTROPHES = frozenset("'’-")
_NO_TOTAL_UNITS = frozenset({"percent", "percentage_point", "basis_point", "times", "magnitude", "celsius"})
_CONTEXT_WINDOW = 8  # words back a context noun may stand ("حصيلة القتلى إلى أكثر من 300")
_CLAUSE_END = re.compile(rf"\n|[!?؟,،;؛:](?=\s)|\.(?=\s+[^\s{DIGITS}])")  # not "Nov. 15"
_GAP = 7  # words a fraction may stand from its total ("بنصف فريق المؤسسين الأصلي المكون من 12")


@dataclass(frozen=True, slots=True)
class Body:
    """A number with what follows it, over tokens ``[start, end)``."""

    start: int
    end: int
    value: float
    unit: str | None = None
    total: float | None = None
    qualifier: str = "exact"


def find_quantities(text: str, start: int, end: int, language: str) -> list[Quantity]:
    """Quantities inside ``text[start:end]``, in text order (``language`` is informative only: the
    tables of both languages apply, as Arabic articles quote Latin figures)."""
    start, end = max(0, start), min(len(text), end)
    out: list[Quantity] = []
    for s, e in _chunks(text, start, end):
        if any(map(has_anchor, text[s:e].split())):
            out += _scan(text, s, e)
    verbs = [q for q in out if q.unit == "times" and _multiplying_verb(q.text)]
    if verbs and len(verbs) < sum(q.unit == "times" for q in out):
        out = [q for q in out if q not in verbs]  # "doubled ... three times": the explicit factor counts
    return out


def _multiplying_verb(word: str) -> bool:
    return any(v in tables().standalone_verbs for v in variants(fold(word)))


def _chunks(text: str, start: int, end: int):
    """Clauses of ``text[start:end]``: cut at line breaks and at punctuation before a space, which no
    quantity crosses ("2,750" and "4.3" have no space after their separator)."""
    s = start
    for m in _CLAUSE_END.finditer(text, start, end):
        yield s, m.start()
        s = m.end()
    yield s, end


def _scan(text: str, start: int, end: int) -> list[Quantity]:
    """Quantities of one chunk, token by token."""
    toks = tokenize(text, start, end)
    blocked = blocked_spans(text, start, end)
    out: list[Quantity] = []
    symbols = tables().symbols
    role = _word_role
    bodies: list[Body] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "w":
            r = role(t.key)
            if r == 0 or (r == 2 and not _qualified(toks, i)):
                i += 1
                continue
        elif t.kind == "s" and t.key not in symbols:
            i += 1
            continue
        body, nxt = _quantity_at(text, toks, i, blocked)
        if body is not None:
            if bodies:
                bodies[-1] = _range_start(toks, bodies[-1], body)
            bodies.append(body)
        i = max(nxt, i + 1)
    for body in bodies:
        s, e = lead_clitic_end(text, toks[body.start]), toks[body.end - 1].end
        out.append(Quantity(s, e, text[s:e], body.value, body.unit, body.qualifier, body.total))
    return out


def _range_start(toks: list[Tok], a: Body, b: Body) -> Body:
    """The first bound of "between 30 and 40 billion dinars" / "30-40%" takes the second's unit and scale."""
    tb = tables()
    if a.unit is not None or a.total is not None or b.unit is None and b.value == a.value or b.start != a.end + 1:
        return a
    link = toks[a.end].key
    opened = a.start > 0 and toks[a.start - 1].key in tb.range_openers
    if link not in tb.range_links or not (opened or link in "-–") or toks[b.start].kind != "n":
        return a
    base = read_number(toks[b.start:b.start + 1], 0)
    value = a.value
    if base is not None and base.value and b.value > base.value and a.value < base.value and a.end - a.start == 1:
        value = a.value * (b.value / base.value)  # the scale word of the second bound ("مليار")
    if b.unit is None and value == a.value:
        return a
    return Body(a.start, a.end, value, b.unit, None, a.qualifier)


@lru_cache(maxsize=65536)
def _word_role(key: str) -> int:
    """1 when a folded word can start a quantity by itself, 2 when it can only open a qualifier, else 0."""
    return 1 if is_anchor(key) else 2 if opens_qualifier(key) else 0


def _qualified(toks: list[Tok], i: int) -> bool:
    """A qualifier phrase starts at ``i`` and something follows it."""
    qual, k = phrase_at(toks, i, tables().qual_before)
    return qual is not None and k < len(toks)


def _quantity_at(text: str, toks: list[Tok], i: int, blocked) -> tuple[Body | None, int]:
    """The quantity starting at token ``i`` (with its qualifier) and the index to resume from."""
    qual, k = phrase_at(toks, i, tables().qual_before)
    if qual is None or k >= len(toks):
        qual, k = None, i
    body, nxt = _body(text, toks, k, blocked, qual is not None)
    if body is None and qual is not None:
        body, nxt = _body(text, toks, i, blocked)
        qual = None
    if body is None:
        return None, nxt
    if qual is not None and names_period(toks, i, body.end, body.unit):
        body = Body(k, body.end, body.value, body.unit, body.total, body.qualifier)
    elif qual is not None:
        body = Body(i, body.end, body.value, body.unit, body.total, qual)
    elif body.qualifier == "exact" and i >= 2:
        verb = verb_qualifier(toks, i)
        body = body if verb is None else Body(i, body.end, body.value, body.unit, body.total, verb)
    return body, body.end


def _body(text: str, toks: list[Tok], k: int, blocked, qualified: bool = False) -> tuple[Body | None, int]:
    """A quantity without a leading qualifier at token ``k``: fraction, number, or standalone word."""
    frac = _fraction(text, toks, k, blocked, qualified)
    if frac is not None:
        return frac, frac.end
    code, j = _currency_before(text, toks, k)
    reading = read_number(toks, j) if j < len(toks) else None
    if reading is None:
        return (_standalone(toks, k), k + 1) if code is None else (None, k + 1)
    if reading.vague:
        return None, reading.end
    return _finish(text, toks, k, reading, code, blocked), reading.end


def _finish(text: str, toks: list[Tok], k: int, r: Reading, code: str | None, blocked) -> Body | None:
    """Unit, noise checks, trailing qualifier and total for a number read at ``r``."""
    unit, e = (code, r.end) if code else _unit_after(text, toks, r.end)
    if not r.words and digit_noise(text, toks, r, unit, blocked):
        return None
    if r.words and unit is None and (_ordinal(toks[r.start]) or _adjectival(toks, r.start)):
        return None
    if unit is None:
        k, unit = _context_unit(toks, k)
    qual, e2 = _qual_after(toks, e, unit)
    body = Body(k, e2 if qual else e, r.value, unit, None, qual or "exact")
    whole = _with_total(text, toks, body, blocked)
    if whole is None and unit is None and (r.needs_noun or r.value == 0):
        return None
    return whole or body


def _ordinal(t: Tok) -> bool:
    """"العشرين" after a noun ("الدورة العشرين") is an ordinal: a definite tens word alone."""
    hit = lookup(t.key)
    return hit is not None and hit[0] == "tens" and ("ال" in hit[3] or hit[3].endswith("لل"))


def _adjectival(toks: list[Tok], k: int) -> bool:
    """"الأيام الثلاثة الماضية": a definite number word after a definite noun describes that noun."""
    hit = lookup(toks[k].key)
    if hit is None or hit[3] != "ال" or not k:
        return False
    prev = toks[k - 1]
    return prev.kind == "w" and prev.key.startswith("ال") and lookup(prev.key) is None


def _context_unit(toks: list[Tok], k: int) -> tuple[int, str | None]:
    """Unit of a bare number from a word before it: "magnitude 7.0" (start moves back), "the death toll
    rose to 300" → person (a context noun a few words back in the clause, no number between)."""
    tb = tables()
    if k and toks[k - 1].key in tb.unit_before:
        return k - 1, tb.unit_before[toks[k - 1].key]
    for p in range(k - 1, max(-1, k - 1 - _CONTEXT_WINDOW), -1):
        t = toks[p]
        if t.kind == "n" or (t.kind == "w" and lookup(t.key) is not None):
            break
        if t.key in tb.unit_context:
            return k, tb.unit_context[t.key]
    return k, None


def _qual_after(toks: list[Tok], e: int, unit: str | None):
    """Trailing qualifier at ``e``, or after one adjective of a counted noun ("شركتين أخريين على الأقل")."""
    qual, e2 = phrase_at(toks, e, tables().qual_after)
    if qual is None and unit and e + 1 < len(toks) and not _is_function(toks[e]):
        qual, e2 = phrase_at(toks, e + 1, tables().qual_after)
    return qual, e2


def _simple(text: str, toks: list[Tok], k: int, blocked, bare: bool = False) -> Body | None:
    """A plain number with its unit (a total): no fraction, no nested total; ``bare``: no unit either."""
    code, j = _currency_before(text, toks, k)
    r = read_number(toks, j) if j < len(toks) else None
    if r is None or r.vague:
        return None
    unit, e = (code, r.end) if code or bare else _unit_after(text, toks, r.end)
    if bare and r.needs_noun:
        return Body(k, e, r.value, unit)
    if (unit is None and r.needs_noun) or (not r.words and digit_noise(text, toks, r, unit, blocked)):
        return None
    return Body(k, e, r.value, unit)


def _currency_before(text: str, toks: list[Tok], k: int) -> tuple[str | None, int]:
    """ISO code of a currency sign or code before the number ("$", "US$", "USD 5"), and the number's index."""
    tb = tables()
    t = toks[k]
    if t.kind == "s" and t.key in tb.symbols:
        return tb.symbols[t.key], k + 1
    if t.kind == "w" and k + 1 < len(toks):
        nxt = toks[k + 1]
        if nxt.kind == "s" and nxt.glued and nxt.key in tb.symbols and t.key in tb.symbol_prefixes:
            return tb.symbol_prefixes[t.key], k + 2
        if nxt.kind == "n" and text[t.start:t.end] in tb.iso:
            return text[t.start:t.end], k + 1
    return None, k


def _unit_after(text: str, toks: list[Tok], j: int) -> tuple[str | None, int]:
    """The unit following a number at token ``j`` and the index after it."""
    if j >= len(toks):
        return None, j
    tb = tables()
    t = toks[j]
    for table, unit in ((tb.percent, "percent"), (tb.points, "percentage_point")):
        hit, e = phrase_at(toks, j, table)
        if hit:
            return unit, e
    if t.key in tb.multipliers and (t.key != "x" or t.glued):
        return "times", j + 1
    if t.kind == "s" and t.key == "-" and t.glued and j + 1 < len(toks) and toks[j + 1].glued:
        return _hyphenated(toks, j + 1)
    if t.kind == "w" and text[t.start:t.end] in tb.iso:
        return text[t.start:t.end], j + 1
    return _noun_after(toks, j)


def _hyphenated(toks: list[Tok], j: int) -> tuple[str | None, int]:
    """"10-fold" → times; "2,000-strong workforce" → person; "5-year" → year."""
    tb = tables()
    key = toks[j].key
    if key == tb.fold_suffix:
        return "times", j + 1
    if key in tb.strong:
        unit, e = _noun_after(toks, j + 1)
        return (unit, e) if unit else ("person", j + 1)
    unit = noun_unit(key)
    return (unit, j + 1) if unit else (None, j - 1)


def _noun_after(toks: list[Tok], j: int) -> tuple[str | None, int]:
    """Currency word or counted noun at ``j`` (English: after up to two modifiers; Arabic: "من ال…")."""
    tb = tables()
    for skip in range(3):
        k = j + skip
        if k >= len(toks) or toks[k].kind != "w" or (skip and _is_function(toks[k - 1])):
            break
        unit, e = _currency_at(toks, k, j)
        if unit is None:
            unit, e = _noun_at(toks, k)
        if unit is not None:
            return unit, e
        if not _LATIN.match(toks[k].key):
            break
    if j + 1 < len(toks) and toks[j].key in tb.of_link and toks[j + 1].key.startswith("ال"):
        unit, e = _noun_at(toks, j + 1)
        if unit is not None:
            return unit, e
    return None, j


def _is_function(t: Tok) -> bool:
    """Words a counted noun's modifiers cannot be (prepositions, determiners, verbs, numbers)."""
    tb = tables()
    return t.kind != "w" or t.key in tb.breakers or t.key in tb.determiners or lookup(t.key) is not None


def _noun_at(toks: list[Tok], k: int) -> tuple[str | None, int]:
    unit, e = phrase_at(toks, k, tables().noun_phrases)
    if unit is not None:
        return unit, e
    unit = noun_unit(toks[k].key)
    return (unit, k + 1) if unit else (None, k)


def _currency_at(toks: list[Tok], k: int, j: int) -> tuple[str | None, int]:
    """ISO code of a currency word at ``k``; nationality words before it (English, from ``j``) or after it."""
    tb = tables()
    entry = noun_unit(toks[k].key, "currencies")
    if entry is None:
        return None, k
    default, qualified = entry
    if k + 1 < len(toks) and toks[k + 1].key == "of" and toks[k].key in tb.weight_if_of:
        return tb.weight_if_of[toks[k].key], k + 1
    for m in range(j, k):
        if toks[m].key in qualified:
            return qualified[toks[m].key], k + 1
    if k + 1 < len(toks) and noun_unit(toks[k + 1].key, qualified):
        return noun_unit(toks[k + 1].key, qualified), k + 2
    return (default, k + 1) if default or not qualified else (None, k + 1)


def _standalone(toks: list[Tok], k: int) -> Body | None:
    """Words that carry their own count: ضعفين, twice, tenfold, ضعف ما."""
    tb = tables()
    t = toks[k]
    if t.kind != "w":
        return None
    hit = noun_unit(t.key, "standalone")
    if hit:
        return Body(k, k + 1, hit[0], hit[1])
    unit = dual_unit(t.key)
    if unit is not None:
        points, e = phrase_at(toks, k, tb.points)
        qual, e2 = _qual_after(toks, e if points else k + 1, unit)
        return Body(k, e2 if qual else (e if points else k + 1), 2.0, points or unit, None, qual or "exact")
    if t.key.endswith(tb.fold_suffix) and len(t.key) > len(tb.fold_suffix):
        num = lookup(t.key[: -len(tb.fold_suffix)])
        if num and num[0] in ("unit", "ten", "teen", "tens", "hmul"):
            return Body(k, k + 1, num[1], "times")
    if t.key == tb.double_word and k + 1 < len(toks) and toks[k + 1].key in tb.double_next:
        return Body(k, k + 1, 2.0, "times")
    return None


def _with_total(text: str, toks: list[Tok], a: Body, blocked) -> Body | None:
    """"6 of 12", "ستة من أصل 12", "ستة من مؤسسيها الاثني عشر", "seven of its 20 board members"."""
    if a.unit in _NO_TOTAL_UNITS or (a.unit and a.unit.isupper()) or a.end >= len(toks):
        return None
    tb = tables()
    link, k = phrase_at(toks, a.end, tb.total_links)
    noun_unit_between, bare = None, False
    if link is not None:
        k = _skip_determiners(toks, k)
        k = phrase_at(toks, k, tb.qual_before)[1]  # "4,000 of the port's roughly 9,000 dockworkers"
    elif toks[a.end].key in tb.of_link and a.end + 2 < len(toks) and toks[a.end + 1].kind == "w":
        k = a.end + 2
        if not _definite_number(toks, k):
            return None
        noun_unit_between, bare = noun_unit(toks[a.end + 1].key), True
        k = k + 1 if toks[k].key == "ال" else k
    else:
        return None
    b = _simple(text, toks, k, blocked, bare) if k < len(toks) else None
    if b is None or b.value <= a.value or (a.unit and b.unit and a.unit != b.unit):
        return None
    if a.unit and b.unit is None and b.end < len(toks) and not _is_function(toks[b.end]):
        return None  # "21 goals in 87 appearances": another noun, two quantities
    return Body(a.start, b.end, a.value, b.unit or noun_unit_between or a.unit, b.value, a.qualifier)


def _skip_determiners(toks: list[Tok], k: int) -> int:
    """Skip "its", "the company's" between a link and a total."""
    tb = tables()
    for _ in range(3):
        if k < len(toks) and toks[k].key in tb.determiners:
            k += 1
        elif k + 2 < len(toks) and toks[k + 1].key in _APOSTROPHES and toks[k + 2].key == "s":
            k += 3
    return k


def _definite_number(toks: list[Tok], k: int) -> bool:
    """"الاثني عشر", "الـ12", "ال 12": a number with the article, as after a noun it counts."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.key == "ال":
        return k + 1 < len(toks) and toks[k + 1].kind == "n"
    hit = lookup(t.key) if t.kind == "w" else None
    return hit is not None and hit[3] == "ال"


def _fraction(text: str, toks: list[Tok], k: int, blocked, qualified: bool = False) -> Body | None:
    """Fractions: "نصف مليون", "two-thirds of the 300 seats", "بنصف فريق … من 12 شخصاً", "half of"."""
    got = _fraction_word(toks, k)
    if got is None or (k and toks[k - 1].key in tables().fraction_blockers):
        return None
    f, m, definite = got
    scale = _scale_after_fraction(toks, m)
    if scale is not None:
        value, e = f * scale[0], scale[1]
        unit, e = _unit_after(text, toks, e)
        return Body(k, e, value, unit)
    total = _total_ahead(text, toks, m, blocked)
    if total is not None:
        return Body(k, total.end, f * total.value, total.unit, total.value)
    shared = qualified or (k and toks[k - 1].key in tables().share_before)
    if shared and (m >= len(toks) or _is_function(toks[m])):
        return Body(k, m, round(f * 100, 6), "percent")  # "أكثر من النصف", "more than half", "by a third"
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
    if hit is not None and t.key[len(hit[1]):] not in nw.fraction_need_count:
        return hit[0], k + 1, "ال" in hit[1]
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


def _scale_after_fraction(toks: list[Tok], m: int) -> tuple[float, int] | None:
    """"نصف مليون", "half a million", "a quarter billion" → (scale, index after)."""
    if m < len(toks) and toks[m].key in number_words().articles:
        m += 1
    hit = lookup(toks[m].key) if m < len(toks) and toks[m].kind == "w" else None
    if hit is not None and hit[0] == "scale" and hit[2] == "one" and not hit[3]:
        return hit[1], m + 1
    return None


def _total_ahead(text: str, toks: list[Tok], m: int, blocked) -> Body | None:
    """The total a fraction takes: the first number within a few words, before any clause break."""
    tb = tables()
    for p in range(m, min(len(toks), m + _GAP)):
        t = toks[p]
        if t.kind == "n" or (t.kind == "w" and lookup(t.key) is not None):
            b = _simple(text, toks, p, blocked)
            return b if b is not None and b.value < MAX_VALUE else None
        if t.kind == "s" and t.key not in _APOSTROPHES or t.key in tb.breakers:
            return None
    return None


def _share_follows(toks: list[Tok], m: int) -> bool:
    """A fraction with no total is a share only before "of"/"the", a definite Arabic noun or a construct
    ("ثلث إجمالي النفقات", "ربع موازنة 2025"), unless the noun makes it a name ("ربع النهائي")."""
    t = toks[m]
    if t.kind != "w" or t.key in tables().fraction_next_blockers:
        return False
    if t.key in ("of", "the") or (t.key.startswith("ال") and len(t.key) > 3):
        return True
    nxt = toks[m + 1] if m + 1 < len(toks) else None
    if nxt is None or _LATIN.match(t.key) or _is_function(t):
        return False
    if nxt.kind == "n":
        return _YEAR.fullmatch(nxt.key) is not None  # a construct naming its year: "ثلث ميزانية 2024"
    return (nxt.kind == "w" and nxt.key.startswith("ال") and len(nxt.key) > 3
            and nxt.key not in tables().fraction_next_blockers)
