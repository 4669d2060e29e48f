"""Quantities: numbers with scale, unit, qualifier and part-of-total, with spans.

Needs: the article text and the span to search. Adds: ``Quantity`` objects whose offsets index
the article text. A quantity's span runs from its qualifier ("نحو", "more than") or currency sign to
its unit or counted noun ("نحو 500 موظف", "$4.3bn"); a part of a total runs from the part to the
total's noun ("بنصف فريق المؤسسين الأصلي المكون من 12 شخصاً" → 6 of 12 person). Units are ISO 4217
codes, "percent", "percentage_point", "times" or a counted noun's canonical unit, the noun's class
(volunteers → person, مصانع → factory); a counted noun of no known class is its own unit, a singular lemma
("30 wildfires" → wildfire, ``quantity_nouns``); an age after an age word is in years ("aged 18 to 24"); one
height or duration in several units is one quantity in its largest unit ("5ft 10in", «ساعتين ونصف»,
``quantity_compound``); and an
ordinal ("the 5th branch") or a match score ("won 3-0") is no quantity, but an ordinal of occurrence counts
("for the 12th time": 12 times, ``quantity_ordinals``), and so does a position in a ranking, of unit ``rank``
with the ranking's size as its total ("ranked 145th out of 180 countries", «المرتبة 170 من أصل 180 دولة»,
``quantity_ranks``). A bare number takes the unit of the
figure before it after a comparison lead ("1,300 patients, up from 940") or a link eliding its noun ("scored
7 goals and conceded 21", «قتل 3 أشخاص وأصيب 9»). A fraction with no total is a share: "half of" → 50
percent. Dates, years, times of day, phone numbers, identifiers ("رقم 5", "G20", "Grok 4") and vague
words ("عشرات", "dozens of") are not quantities (``quantity_noise``). Tables: ``lexicons/<lang>/units.json``,
``qualifiers.json`` and ``quantity_context.json``, both languages merged (their scripts never clash).
This module scans clauses (cut by ``quantity_chunks``) and reads qualifiers and standalone counts ("twice", "ضعفين"); a bare scale after a
vague word ("several thousand") is vague too. Units are read by ``quantity_units``, fractions and parts of a
total by ``quantity_parts``, ranges (the bounds share unit and scale: "200 to 300 people", "$2 to $3 billion",
"€80-100 million") by ``quantity_ranges``, a bare number after a comparison by ``quantity_compared``, which
also gives both sides of a vote tally the unit vote. A verb bounds the number it governs from afar (``quantity_verbs``:
«تجاوز عدد الإصابات المسجلة 94 ألفا», "topped the 94,000 mark"), and a bare count as the object of a verb whose
object is people counts people ("displaced 30,000"); an amount per a period or a unit is a rate, its unit
'<unit>/<per>' ("3.4 million barrels a day" barrel/day, "$72.40 a barrel" USD/barrel, "$200 for one night" USD/night,
no count of one night: ``quantity_rates``); a number after the noun it describes («الجنود الثلاثة», «دورته الـ62»)
is read by ``quantity_adjectival``; a unit abbreviation may carry a scale ("70 bcm", ``quantity_scaled``); a count before a
compound measure counts the noun after it ("two 500mg tablets", ``quantity_nouns.counts_measured``); a dotted currency
abbreviation names its currency («500 ج.م», ``quantity_abbreviations``) and a noun of time that is one only after a
preposition of duration is read there («منذ ثلاثة عقود», ``quantity_durations``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..models import Quantity
from .numbers import Reading, Tok, lookup, number_words, read_number, tokenize
from .quantity_abbreviations import abbreviated_currency
from .quantity_adjectival import (
    adjectival,
    article_ordinal,
    definite_noun,
    occurrence_one,
    ordinal,
    possessive,
    sound_plural,
)
from .quantity_chunks import chunks
from .quantity_compared import compared, compared_rates, multiplying_verb, tally
from .quantity_compound import (
    age_context,
    and_fraction,
    clock_duration,
    compound_tables,
    glued_compound,
    join_compound,
)
from .quantity_durations import duration_after
from .quantity_noise import age_band, blocked_spans, digit_noise, word_in_name
from .quantity_nouns import counted_noun, counts_measured
from .quantity_ordinals import occurrences
from .quantity_partitives import partitives
from .quantity_parts import Body, fraction_at, intro_total, with_total
from .quantity_people import people_after
from .quantity_points import unit_ending_at
from .quantity_ranges import join_range
from .quantity_ranks import ranks
from .quantity_rates import drop_tenors, per_units
from .quantity_scaled import scaled_after
from .quantity_scores import PERCENT_SIGNS, is_score
from .quantity_signs import age_noun, metre_suffix, signed
from .quantity_standalone import qual_after, standalone
from .quantity_tables import (
    has_anchor,
    is_anchor,
    lead_clitic_end,
    names_period,
    noun_unit,
    opens_qualifier,
    phrase_at,
    tables,
)
from .quantity_totals_apart import totals_apart
from .quantity_units import (
    clause_unit,
    coin_after,
    context_unit,
    currency_before,
    of_noun,
    rate_after,
    unit_after,
)
from .quantity_verbs import counted_subject, people_object, verb_bound

_NOT_NOUNS = frozenset({"percent", "percentage_point", "times"})
_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"})
# units counted in whole numbers only (people, cases, homes …; not tonnes, days or shares): "2.500 شخص"
# written with a dot between thousands, as many Arabic and European outlets do, is 2,500
_WHOLE_COUNTS = frozenset({"aircraft", "application", "appearance", "arrest", "bed", "branch", "bridge", "building",
                           "case", "charge", "church", "city", "classroom", "clinic", "company", "country", "dose",
                           "drone", "factory", "flight", "goal", "home", "hospital", "household", "job", "lawsuit",
                           "livestock", "match", "meal", "medal", "missile", "mosque", "office", "person", "petition",
                           "project", "request", "room", "school", "seat", "ship", "signature", "station", "store",
                           "strike", "tank", "tent", "tree", "vehicle", "village", "vote", "warehouse", "well"})
_DOT_GROUP = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")
_MINUS = frozenset("-−")  # hyphen-minus and the minus sign U+2212
_CELSIUS_MAX = 60  # no air temperature on record reaches it: a bare weather degree above it is Fahrenheit
_LEAD_CHARS = 24  # characters a comparison lead before a number may take ("compared with", "بالمقارنة مع")
_ELIDED_RATIO = 1000  # "cut 500 jobs and invest 20 million": a figure this much larger counts something else


def _coordinated(t: Tok) -> bool:
    """An Arabic noun with a و clitic that is a unit only without it (وإصابة), not a noun spelt with و (وظيفة)."""
    return t.kind == "w" and t.key.startswith("و") and t.key not in tables().nouns and noun_unit(t.key[1:]) is not None


def find_quantities(text: str, start: int, end: int, language: str) -> list[Quantity]:
    """Quantities inside ``text[start:end]``, in text order (``language`` is informative only: the
    tables of both languages apply, as Arabic articles quote Latin figures)."""
    start, end = max(0, start), min(len(text), end)
    out: list[Quantity] = []
    for s, e in chunks(text, start, end):
        found = _scan(text, s, e) if any(map(has_anchor, text[s:e].split())) else []
        # "for the 12th time": the ordinal counts, no number inside it does; "ranked 145th out of 180
        # countries": a position, its total the size of the ranking
        if occ := occurrences(text, s, e) + ranks(text, s, e):
            found = sorted(occ + [q for q in found if not any(o.start < q.end and q.start < o.end for o in occ)],
                           key=lambda q: q.start)
        out += found
    if any(q.unit is None for q in out[1:]):
        out = compared(text, out)
    out = partitives(text, out)  # "14.5 million tourists, 1.2 million of them from the Gulf"
    out = tally(text, out)  # "by a vote of 70 to 29", "70 to 29 votes"
    out = per_units(text, drop_tenors(text, out))  # "$200 for one night", "3.4 million barrels a day"
    out = compared_rates(text, out)  # "$2.07 a kilogram, from $2.43 a year earlier"
    out = counts_measured(text, out)  # "two 500mg tablets"
    out = totals_apart(text, out)  # "890,000 voters cast ballots out of 7.6 million registered"
    verbs = [q for q in out if q.unit == "times" and multiplying_verb(q.text)]
    if verbs and len(verbs) < sum(q.unit == "times" for q in out):
        out = [q for q in out if q not in verbs]  # "doubled ... three times": the explicit factor counts
    return [_decimal(q) for q in out]


def _decimal(q: Quantity) -> Quantity:
    """``q`` with its value and total at 12 significant digits: a scaled decimal is the number written, not its
    binary product ("$4.1 million" is 4100000, not 4099999.9999999995)."""
    value = float(f"{q.value:.12g}")
    total = None if q.total is None else float(f"{q.total:.12g}")
    return q if value == q.value and total == q.total else replace(q, value=value, total=total)


def _unhyphenated(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the hyphens of amounts written as compound adjectives ("a $5-billion bond sale",
    "a 40-million-euro deal", "a 500-pound fine"): a hyphen glued between a number (or a scale word after
    one) and a scale word or currency noun joins them as a space would, so it reads as no range ("$5 to a
    billion"). Offsets stay those of the text: only the hyphen's token goes."""
    if len(toks) < 3 or not any(t.key == "-" for t in toks):
        return toks
    scales, currencies = number_words().scales, tables().currencies
    out: list[Tok] = []
    joined = False
    for k, t in enumerate(toks):
        if joined:
            out.append(t._replace(glued=False))
            joined = False
            continue
        if t.key == "-" and t.glued and 0 < k < len(toks) - 1 and out:
            before, after = out[-1], toks[k + 1]
            if after.glued and after.kind == "w" and (after.key in scales or after.key in currencies) and (
                    before.kind == "n" or before.kind == "w" and before.key in scales and len(out) > 1
                    and out[-2].kind == "n"):
                joined = True
                continue
        out.append(t)
    return out


def _scan(text: str, start: int, end: int) -> list[Quantity]:
    """Quantities of one chunk, token by token."""
    toks = _unhyphenated(tokenize(text, start, end))
    blocked = blocked_spans(text, start, end)
    out: list[Quantity] = []
    symbols = tables().symbols
    links = compound_tables().links
    role = _word_role
    bodies: list[Body] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "w" and (t.key[:1] == "و" or t.key in links) and (
                half := and_fraction(toks, i, bodies[-1] if bodies else None)):
            if bodies and bodies[-1].start == half.start:
                bodies[-1] = half  # "three hours and a half"
            else:
                bodies.append(half)  # «ساعة ونصف»
            i = half.end
            continue
        if t.kind == "w":
            r = role(t.key)
            if r == 0 or (r == 2 and not _qualified(toks, i)):
                i += 1
                continue
        elif t.kind == "s" and t.key not in symbols:
            i += 1
            continue
        body, nxt = _quantity_at(text, toks, i, blocked)
        if body is not None and bodies and (whole := join_compound(toks, bodies[-1], body)):
            bodies[-1], body = whole, None  # "1 hour and 45 minutes": one duration
        if body is not None:
            if bodies:
                bodies[-1], body = join_range(toks, bodies[-1], body)
            if body is not None:  # None: a ratio joined to the number before it
                bodies.append(body)
        i = max(nxt, i + 1)
    for body in bodies:
        s, e = lead_clitic_end(text, toks[body.start]), toks[body.end - 1].end
        out.append(Quantity(s, e, text[s:e], body.value, body.unit, body.qualifier, body.total))
    return out



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
    if body is None or qual is not None and qual != "exact" and age_band(toks, i, body.unit, body.value):
        return None, nxt if body is None else body.end
    if qual == "exact" or (qual is not None and names_period(toks, i, body.end, body.unit)):
        body = Body(k, body.end, body.value, body.unit, body.total, body.qualifier)
    elif qual is not None:
        body = Body(i, body.end, body.value, body.unit, body.total, qual)
    elif body.qualifier == "exact" and i >= 1:
        verb = verb_bound(toks, i, body.end)
        body = body if verb is None else Body(i, body.end, body.value, body.unit, body.total, verb)
    return body, body.end


def _body(text: str, toks: list[Tok], k: int, blocked, qualified: bool = False) -> tuple[Body | None, int]:
    """A quantity without a leading qualifier at token ``k``: fraction, number, or standalone word."""
    whole = glued_compound(toks, k) or clock_duration(toks, k)  # "2h 30m", "5ft 10in", "in 2:01:09"
    if whole is not None:
        return whole, whole.end
    frac = fraction_at(text, toks, k, blocked, qualified)
    if frac is not None and frac.unit == "percent" and frac.qualifier == "exact" and not qualified:
        frac = _share_qualified(toks, frac)
    if frac is not None:
        return frac, frac.end
    code, j = currency_before(text, toks, k)
    reading = read_number(toks, j) if j < len(toks) else None
    if reading is None:
        return (standalone(text, toks, k, qualified), k + 1) if code is None else (None, k + 1)
    if reading.vague or _vague_scale(toks, reading):
        return None, reading.end
    return _finish(text, toks, k, reading, code, blocked), reading.end


def _share_qualified(toks: list[Tok], frac: Body) -> Body:
    """«نصف الإصابات تقريبا»: a share of the noun after it, with a qualifier after that noun (about half)."""
    e = frac.end
    if e >= len(toks) or toks[e].kind != "w" or not toks[e].key.startswith("ال"):
        return frac
    qual, e2 = qual_after(toks, e, frac.unit)  # past the noun, not before another number
    return frac if qual is None else Body(frac.start, e2, frac.value, frac.unit, frac.total, qual)


def _vague_scale(toks: list[Tok], r: Reading) -> bool:
    """"several thousand", "a few hundred", "a couple of hundred": a bare scale after a vague word is vague."""
    hit = lookup(toks[r.start].key) if r.words else None
    if hit is None or hit[0] not in ("scale", "hmul", "dozen") or not r.start:
        return False
    p = r.start - 1
    if p and toks[p].key in tables().of_link:
        p -= 1
    prev = lookup(toks[p].key)
    return prev is not None and prev[0] == "vague"


def _finish(text: str, toks: list[Tok], k: int, r: Reading, code: str | None, blocked) -> Body | None:
    """Unit, noise checks, trailing qualifier and total for a number read at ``r``."""
    if not r.words and r.end < len(toks) and toks[r.end].glued and toks[r.end].key in tables().ordinal_suffixes:
        return None  # "the 5th branch": an ordinal is a position, not a count
    if is_score(text, toks, r) if not r.words else word_in_name(text, toks, r):
        return None  # "won 3-0"; "Erik ten Hag"
    sign = code is None and _percent_before(toks, r.start)
    metre = None if code or sign else metre_suffix(text, toks, r)  # "300m tall": a metre, not a million
    r = r if metre is None else replace(r, value=metre)
    unit: str | None
    scaled = None if code or sign or metre is not None else scaled_after(text, toks, r.end)
    if scaled is not None:  # "70 bcm": 70 billion cubic metres
        r, unit, e = replace(r, value=round(r.value * scaled[0], 6)), scaled[1], scaled[2]
    else:
        unit, e = (code, r.end) if code else ("percent", r.end) if sign else ("metre", r.end) if (
            metre is not None) else unit_after(text, toks, r.end)
        if unit is None and (abbreviated := abbreviated_currency(text, toks, r.end)):
            unit, e = abbreviated  # «500 ج.م»
        if unit is not None and e == r.end + 1 and r.words and _coordinated(toks[r.end]):
            unit, e = None, r.end  # «عاملين اثنين وإصابة خمسة»: a noun after و opens the next phrase
    if unit is None and not sign:
        coin = coin_after(text, toks, r.end)
        if coin is not None:  # «50 سنتا»: half a dollar, comparable with the dollar amounts of the report
            r, unit, e = replace(r, value=round(r.value / coin[0], 6)), coin[1], coin[2]
        elif e == r.end:
            unit, e = people_after(text, toks, r.end, r.value)  # "40 Palestinians", «ثلاثة أمريكيين»
            unit, e = (unit, e) if unit else clause_unit(toks, k, r.end)
            unit = "fahrenheit" if unit == "celsius" and r.value > _CELSIUS_MAX else unit  # "hit 110 degrees"
            unit, e = (unit, e) if unit else duration_after(toks, k, r.end)  # «منذ ثلاثة عقود»
    k = k - 1 if sign else k
    minus = _minus(toks, k, r)
    if minus:  # "-5°C", "−0.3%": a signed number; the sign is part of the span
        k, r = k - 1, replace(r, value=-r.value)
    elif (negative := signed(toks, k, e, unit))[3]:  # "minus 12°C", «3 تحت الصفر»
        k, e, unit, r = negative[0], negative[1], negative[2], replace(r, value=-r.value)
    if unit in _SPANS_OF_TIME and age_noun(toks, e):
        return None  # "the 29-year-old": an age describes a person, it is no amount
    unit, e = rate_after(text, toks, k, unit, e)
    if unit is not None and r.value > 10 and e == r.end + 1 and definite_noun(toks[r.end], unit):
        unit, e = None, r.end  # "737 الشهر الماضي": past ten an Arabic counted noun is indefinite
    elif unit is not None and r.needs_noun and e == r.end + 1 and definite_noun(toks[r.end], unit) and not (
            sound_plural(toks[r.end].key)):
        unit, e = None, r.end  # «ست البيت» (the lady of the house): a number word counts a plural, not «البيت»
    if unit in _WHOLE_COUNTS and r.end == r.start + 1 and _DOT_GROUP.fullmatch(toks[r.start].key):
        r = replace(r, value=r.value * 1000)  # "1.245 إصابة": no fraction of a case, so the dot groups thousands
    if unit is None and e == r.end and age_context(toks, k):
        unit = "year"  # "people aged 18 to 24": an age, in years, as "a 29-year-old man" is; not a count
    of_unit, of_end = (None, e) if unit or r.value == 1 else of_noun(text, toks, e)  # not "one of the …'
    if not r.words and not minus and digit_noise(text, toks, r, unit or of_unit, blocked):
        return None
    if r.words and unit is None and adjectival(toks, r.start):
        # "الجنود الثلاثة": the number describes the definite noun before it, which is its unit; a
        # span of time ("الأيام الثلاثة الماضية", "الأشهر الستة الأولى") is a period, not a count, unless a
        # possessive makes it the length of something («خلال أيامه العشرة»: 10 days); «البرميل الواحد» (the
        # single barrel) names one unit of the noun, as a price per barrel does, never a count
        noun = noun_unit(toks[r.start - 1].key)
        owned = possessive(toks[r.start - 1].key)
        counted = noun and noun not in _NOT_NOUNS and (owned or noun not in _SPANS_OF_TIME) and r.value != 1
        return Body(r.start - 1, e, r.value, noun, None, "exact") if counted else None
    if r.words and unit is None and occurrence_one(toks, r.start):
        return None  # «نزحوا مرة واحدة على الأقل»: once, no count of people
    if r.words and unit is None and adjectival(toks, r.start, definite=False):
        noun, s0 = unit_ending_at(toks, r.start)  # «مفقودين اثنين»، «شخص واحد»، «نقطة مئوية واحدة»: after what they count
        return Body(s0, e, r.value, noun, None, "exact")
    if r.words and unit is None and ordinal(toks[r.start]):
        return None
    if not r.words and unit is None and article_ordinal(toks, r.start):
        return None
    if not r.words and unit is None and r.start >= 2 and toks[r.start - 1].key == "ال":
        noun = noun_unit(toks[r.start - 2].key)  # «المعتقلين الـ14»: the digits count the plural before them
        unit = noun if noun and noun not in _NOT_NOUNS and noun not in _SPANS_OF_TIME else None
    if unit is None and of_unit is None:  # "300 of its workers" names its own unit
        unit, e = counted_noun(text, toks, r, e)  # "30 wildfires": a noun of no known class is its own unit
        k, unit = (k, unit) if unit else context_unit(toks, k)
        unit = unit or people_object(toks, k, e) or counted_subject(toks, k)  # "displaced 30,000", "Visitors reached"
    qual, e2 = qual_after(toks, e, unit)
    body = Body(k, e2 if qual else e, r.value, unit, None, qual or "exact")
    whole = with_total(text, toks, body, blocked)
    if whole is None and unit is None and of_unit is not None:  # "300 of its workers"
        total = intro_total(text, toks, of_end, of_unit, blocked)  # "300 من موظفيها البالغ عددهم 900"
        if total is not None and total.value > r.value:
            return Body(k, total.end, r.value, of_unit, total.value, body.qualifier)
        return Body(k, of_end, r.value, of_unit, None, body.qualifier)
    if whole is None and unit is None and (r.needs_noun or r.value == 0):
        return None
    return whole or body


def _minus(toks: list[Tok], k: int, r: Reading) -> bool:
    """A minus sign glued before the digits at ``k`` and standing apart from the word before it ("fell to -5°C"),
    not the dash of a range ("2-3%") or of a name ("COVID-19")."""
    return (not r.words and k == r.start and k > 0 and toks[k - 1].key in _MINUS and toks[k].glued
            and (k == 1 or not toks[k - 1].glued and toks[k - 2].kind != "n"))  # not "2020 -2024"


def _percent_before(toks: list[Tok], k: int) -> bool:
    """"٪45" (a percent sign typed before the number, as right-to-left input often leaves it)."""
    if k < 1 or toks[k - 1].key not in PERCENT_SIGNS or not toks[k].glued:
        return False
    return not (k > 1 and toks[k - 1].glued and toks[k - 2].kind == "n")  # "50%30" is no such sign
