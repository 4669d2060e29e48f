"""Unit reading for quantities: the currency sign or code before a number and the unit after it.

Needs: the tokens of one clause (``numbers.tokenize``) and the unit tables (``quantity_tables``). Adds:
``unit_after`` ("%", "percentage points", "10-fold", "2,000-strong", a currency word with its
nationality, a counted noun after up to two modifiers, "من الموظفين"), ``currency_before`` ("$", "US$",
"USD 5"; a bare درهم/دينار/جنيه, and a letter prefix ("R420 million", "N2.5bn", "KSh300"), by the article's
country, ``quantity_places``; a bare ليرة/دينار/shilling of no named country is XXX, money of no country; "Rs" with
no country is INR), ``context_unit`` (a unit named before a bare number: "magnitude 7.0", "the death toll rose to
300") and ``is_function``; ``clause_unit`` (a word that is a unit only in a clause about its measure: «درجة الحرارة 45
درجة») and ``coin_after`` (a coin read in its currency: «50 سنتا» → 0.5 USD). Units are ISO 4217 codes, "percent", "percentage_point", "times" or a counted
noun's canonical unit.
"""
from __future__ import annotations

import re

from .numbers import Tok, lookup
from .quantity_people import context_noun, definite_nisba
from .quantity_places import article_currency, rate_currency
from .quantity_points import hyphen_unit
from .quantity_scaled import glued_only
from .quantity_signs import compound_unit, letter_unit
from .quantity_tables import clitic_forms, definite, noun_unit, phrase_at, possessed, tables, variants
from .quantity_verbs import reaches_total

LATIN = re.compile(r"[a-z]")
_APOSTROPHES = frozenset("'’")
_MODEL_WORDS = 4  # words a product name with a model number may take ("Airbus A320neo", "Tesla Model 3")
_RATE_SUBJECT = 6  # words back the currency whose price a rate gives may stand ("the US dollar was trading at")
# ISO 4217's code for "no currency": in a rate, the amount's currency the article names no country for
# ("The shilling traded at 129 per dollar" → XXX/USD) and a sum in it («500 ألف ليرة» → XXX): money, of no country
UNKNOWN_CURRENCY = "XXX"
_CONTEXT_WINDOW = 8  # words back a context noun may stand ("حصيلة القتلى إلى أكثر من 300")
_HEAD_WINDOW = 12  # words back a count head may stand ("the number of internally displaced people in Sudan has reached")


def context_unit(toks: list[Tok], k: int) -> tuple[int, str | None]:
    """Unit of a bare number from a word before it: "magnitude 7.0" (start moves back), "the death toll rose to 300"
    → person (a context noun a few words back, no number between; farther, a count head with a verb of reaching)."""
    tb = tables()
    if k and toks[k - 1].key in tb.unit_before:
        return k - 1, tb.unit_before[toks[k - 1].key]
    named = _intro_noun(toks, k)
    if named is not None:
        return k, named
    for p in range(k - 1, -1, -1):  # a count head past the window needs a verb of reaching a total (quantity_verbs)
        t = toks[p]
        if t.kind == "n" or (t.kind == "w" and lookup(t.key) is not None):
            break
        # a count head may stand farther back than a context noun; so may a context noun before a verb of reaching a
        # total ("The death toll from Typhoon Ragasa in the northern Philippines rose to 61")
        near = p >= k - _CONTEXT_WINDOW or p >= k - _HEAD_WINDOW and reaches_total(toks, p, k)
        far = p < k - _HEAD_WINDOW and not reaches_total(toks, p, k)
        unit = (context_noun(toks, p) if near else None) or (None if far else _counted_after(toks, p, k))
        if unit:
            return k, unit
    return k, None


def _counted_after(toks: list[Tok], p: int, k: int) -> str | None:
    """Unit of the noun a count head at ``p`` owns, before the number at ``k``: "the number of pupils doubled
    to 48,000", «بلغ عدد القتلى 300» → person (the same class as "48,000 pupils", «300 قتيل»); an English noun
    after up to two modifiers ("the number of unemployed people")."""
    tb = tables()
    if toks[p].key not in tb.count_heads:
        return None
    q = p + 1
    while q < k and q < p + 4 and (toks[q].key in tb.of_link or toks[q].key in tb.determiners) and not (
            q == p + 1 and toks[q].key in tb.of_link and not LATIN.match(toks[q].key)):  # عدد من: "a number of"
        q += 1
    if q >= k or toks[q].kind != "w":
        return None
    unit, e = _noun_after(toks, q) if LATIN.match(toks[q].key) else _noun_at(toks, q)  # number of unemployed people
    if unit is None and not LATIN.match(toks[q].key):
        unit, e = definite_nisba(toks[q].key), q + 1  # «عدد السودانيين الفارين»: people
    return unit if e <= k else None


def _intro_noun(toks: list[Tok], k: int) -> str | None:
    """Unit of the counted noun right before a size intro (total_intros) that ends right before the number:
    «أعضاءها البالغ عددهم 45 ألفا», "its members, numbering 45,000" → person."""
    tb = tables()
    for p in range(max(1, k - 4), k):
        if toks[p].key in tb.total_intro_heads and phrase_at(toks, p, tb.total_intros)[1] == k:
            noun = toks[p - 1]
            return noun_unit(noun.key) if noun.kind == "w" else None
    return None


def currency_before(text: str, toks: list[Tok], k: int) -> tuple[str | None, int]:
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
        codes = tb.letter_prefixes.get(text[t.start:t.end])
        n = k + 2 if codes and nxt.key == "." and nxt.glued and k + 2 < len(toks) else k + 1  # "Rs. 96"
        if codes and toks[n].kind == "n" and (toks[n].glued or t.end - t.start > 1) and (
                code := article_currency(text, codes) or tb.letter_defaults.get(text[t.start:t.end])):
            return code, n  # "R420 million", "Rs 96" in an article naming its country; a bare "R" is ambiguous
    return None, k


def unit_after(text: str, toks: list[Tok], j: int) -> tuple[str | None, int]:
    """The unit following a number at token ``j`` and the index after it."""
    if j >= len(toks):
        return None, j
    tb = tables()
    t = toks[j]
    for table, name in ((tb.percent, "percent"), (tb.points, "percentage_point")):
        hit, e = phrase_at(toks, j, table)
        if hit and (t.glued or t.key not in glued_only()):  # "2.9pc", not "3 pc games"
            return name, e
    if t.key in tb.multipliers and (t.key != "x" or t.glued):
        return "times", j + 1
    if t.kind == "s" and t.key == "-" and t.glued and j + 1 < len(toks) and toks[j + 1].glued:
        return _hyphenated(toks, j + 1)
    if t.kind == "w" and text[t.start:t.end] in tb.iso:
        return text[t.start:t.end], j + 1
    if t.kind == "s":  # "50°C"
        unit, e = phrase_at(toks, j, tb.noun_phrases)
        return (unit, e) if unit is not None else (None, j)
    return letter_unit(text, toks, j) or _noun_after(toks, j, text)


def clause_unit(toks: list[Tok], k: int, j: int) -> tuple[str | None, int]:
    """A word at ``j`` (after the number starting at ``k``) that is a unit only in a clause about its measure
    (``clause_nouns``): «بلغت درجة الحرارة 45 درجة» → celsius, when a context phrase stands before the number in
    the clause; «95 درجة في الامتحان» has none. ``(None, j)`` otherwise."""
    if j >= len(toks) or toks[j].kind != "w":
        return None, j
    tb = tables()
    hits = next((tb.clause_nouns[v] for v in variants(toks[j].key) if v in tb.clause_nouns), ())
    keys = [t.key for t in toks[:k]]
    for unit, context in hits:
        for p in range(len(keys)):
            for phrase in context:
                n = len(phrase)
                if tuple(keys[p:p + n]) == phrase or n == 1 and phrase[0] in variants(keys[p]):
                    return unit, j + 1
    return None, j


def coin_after(text: str, toks: list[Tok], j: int) -> tuple[float, str, int] | None:
    """A coin of a currency after a number (``subunits``: «50 سنتا», «25 قرشا», «15 هللة»): (coins per unit, the
    currency's code, index after it); the code is that of a currency named elsewhere in the clause when the coin
    belongs to it («50 سنتا إلى 1.1 يورو» → EUR), else the coin's default, else (a fils, of many dinars) the one
    country among its codes the article names; a coin marked ``by_place`` (the piastre of several pounds and dinars)
    takes that country's code before its default; None when there is none."""
    if j >= len(toks) or toks[j].kind != "w":
        return None
    tb = tables()
    hit = next((tb.subunits[v] for v in variants(toks[j].key) if v in tb.subunits), None)
    if hit is None:
        return None
    per, default, codes, per_code, by_place = hit
    named = _clause_currency(text, toks, j)
    if named in codes:
        code: str | None = named
    elif by_place:
        code = article_currency(text, codes) or default  # «34 قرشا» in a Jordanian article: JOD
    else:
        code = default or article_currency(text, codes)  # «50 فلسا» in Kuwait: KWD
    return None if code is None else (per_code.get(code, per), code, j + 1)


def _clause_currency(text: str, toks: list[Tok], skip: int) -> str | None:
    """The first currency (sign, code or word) of the clause ``toks``, the token ``skip`` aside."""
    tb = tables()
    for m, t in enumerate(toks):
        if m == skip:
            continue
        if t.kind == "s" and t.key in tb.symbols:
            return tb.symbols[t.key]
        if t.kind == "w":
            code = _currency_at(toks, m, m, text)[0] if noun_unit(t.key, "currencies") else None
            if code is not None:
                return code.split("/")[0]
    return None


def rate_after(text: str, toks: list[Tok], k: int, unit: str | None, e: int) -> tuple[str | None, int]:
    """An exchange rate: a currency amount (or a bare number after a currency subject) then a link and a
    second currency ("281.4 per dollar", "48.5 pounds to the dollar", "48.5 جنيه للدولار") → "PKR/USD";
    anything else is returned unchanged. ``k`` is the number's first token, ``e`` the index after its unit."""
    if unit is not None and not unit.isupper():
        return unit, e
    if unit is None and e < len(toks) and toks[e].kind == "w" and noun_unit(toks[e].key, "currencies"):
        den, end = _second_currency(text, toks, e + 1)  # «129 شلناً مقابل الدولار»: a shilling of no named country
        return (f"{UNKNOWN_CURRENCY}/{den}", end) if den and den != UNKNOWN_CURRENCY else (unit, e)
    if unit is not None and e - 1 > k and _rate_clitic(toks[e - 1]):
        num = _currency_before_number(text, toks, k) or _opening_currency(text, toks, k)  # "تراجع الجنيه إلى 48.5
        # للدولار": للدولار is the second
        return (f"{num}/{unit}", e) if num and num != unit else (unit, e)
    den, end = _second_currency(text, toks, e)
    if den is None and unit is not None:
        den, end = _subject_currency(text, toks, k, e), e
    num = unit or _currency_before_number(text, toks, k) or (
        (_opening_currency(text, toks, k) or rate_currency(text, den) or UNKNOWN_CURRENCY) if den else None)
    if den is None or num is None or num == den:
        return unit, e
    return f"{num}/{den}", end


def _subject_currency(text: str, toks: list[Tok], k: int, e: int) -> str | None:
    """The currency whose price an amount ``toks[k:e]`` gives with no link word: the subject right before a
    rate verb ("The dollar fetched 150 yen", "the euro traded at 1.08 dollars") or, in Arabic, a definite
    currency right before the amount or a rate preposition (سجل الدولار 48.5 جنيه، استقر الدولار عند 48.5
    جنيه). A scaled amount ("5 billion dollars", "48.5 مليار جنيه") is a sum, never a rate."""
    tb = tables()
    if any(t.kind == "w" and lookup(t.key) is not None for t in toks[k:e]):
        return None
    for p in range(k - 1, max(-1, k - 1 - _RATE_SUBJECT), -1):
        if toks[p].kind != "w":
            return None
        if noun_unit(toks[p].key, "currencies") is None:
            continue
        code, g = _currency_at(toks, p, max(0, p - 2), text)
        latin = bool(LATIN.match(toks[p].key))
        verb, g = phrase_at(toks, g, tb.rate_verbs) if g < k else (None, g)
        qual, after = phrase_at(toks, g, tb.qual_before) if g < k else (None, g)
        if code is None or after != k or not (verb or not latin):
            return None
        lead = toks[max(0, p - 2):p]
        ok = (not p or any(t.key in tb.determiners for t in lead)) if latin else definite(toks[p].key)
        return code if ok else None
    return None


def _second_currency(text: str, toks: list[Tok], e: int) -> tuple[str | None, int]:
    """The currency after a rate link at ``e`` ("per dollar", "to the pound", "مقابل الدولار", "للدولار")."""
    tb = tables()
    if e >= len(toks) or toks[e].kind != "w":
        return None, e
    hit, d = phrase_at(toks, e, tb.rate_links)
    if hit is None:
        if not _rate_clitic(toks[e]):
            return None, e
        d = e
    definite = hit is not None and toks[d - 1].key in tb.determiners
    while d < len(toks) and toks[d].key in tb.determiners:
        d, definite = d + 1, True
    if d >= len(toks) or toks[d].kind != "w" or (toks[d].key in tb.weight_if_of and not definite):
        return None, e
    code, end = _currency_at(toks, d, d, text)
    return (code, end) if code else (None, e)


def _rate_clitic(t: Tok) -> bool:
    """A currency word carrying a rate clitic (للدولار): "per dollar", never the amount's own currency."""
    tb = tables()
    return any(clitic in tb.rate_clitics and noun_unit(stem, "currencies") for stem, clitic in clitic_forms(t.key))


def _currency_before_number(text: str, toks: list[Tok], k: int) -> str | None:
    """The currency a clause names a few words before the number ("The Pakistani rupee closed at")."""
    for p in range(k - 1, max(-1, k - 1 - _CONTEXT_WINDOW), -1):
        t = toks[p]
        if t.kind == "n" or (t.kind == "w" and lookup(t.key) is not None):
            return None
        if t.kind == "w" and noun_unit(t.key, "currencies") is not None:
            return _currency_at(toks, p, max(0, p - 2), text)[0] or UNKNOWN_CURRENCY
    return None


_OPENING = 4  # tokens of a clause's opening that may name the currency it is about ('The yen slid', «وتراجع الجنيه»)


def _opening_currency(text: str, toks: list[Tok], k: int) -> str | None:
    """The currency word opening the clause before the number at ``k`` ('The yen slid 0.7% to 153.88 per dollar'),
    else None."""
    for p in range(min(k, _OPENING)):
        if toks[p].kind == "w" and noun_unit(toks[p].key, "currencies") is not None:
            return _currency_at(toks, p, max(0, p - 2), text)[0]
    return None


def _hyphenated(toks: list[Tok], j: int) -> tuple[str | None, int]:
    """"10-fold" → times; "2,000-strong workforce" → person; "5-year" → year; "25-basis-point" → basis_point."""
    tb, key = tables(), toks[j].key
    if key == tb.fold_suffix:
        return "times", j + 1
    if key in tb.strong:
        unit, e = _noun_after(toks, j + 1)
        return (unit, e) if unit else ("person", j + 1)
    unit, e = hyphen_unit(toks, j)
    return (unit, e) if unit else (None, j - 1)


_COMPARATIVES = frozenset({"more", "fewer"})  # between a count and its noun: '500 more workers'


def _noun_after(toks: list[Tok], j: int, text: str = "") -> tuple[str | None, int]:
    """Currency word or counted noun at ``j`` (English: after up to two modifiers, a hyphenated one counting
    as one: "40 new wide-body jets"; Arabic: "من ال…")."""
    tb = tables()
    if j + 1 < len(toks) and toks[j].key in _COMPARATIVES and not is_function(toks[j + 1]):
        j += 1  # '818,000 fewer jobs', '500 more workers': the noun after the comparative is counted
    k = j
    for _ in range(3):
        if k >= len(toks) or toks[k].kind != "w" or (k > j and is_function(toks[k - 1])):
            break
        unit, e = _currency_at(toks, k, j, text)
        if unit is None and e > k:  # «500 ألف ليرة» in an article naming no lira country: money, of no country
            return UNKNOWN_CURRENCY, e
        if unit is None and not possessed(toks[k].key):  # "800 منازلهم": a counted noun is never possessed
            unit, e = _noun_at(toks, k)
        if unit is not None:
            return unit, e
        if not LATIN.match(toks[k].key):
            break
        k = _past_compound(toks, k)
    named = _past_model_name(text, toks, j)
    if named is not None:
        unit, e = _noun_at(toks, named)
        if unit is not None:
            return unit, e
    if j + 1 < len(toks) and toks[j].key in tb.of_link and toks[j + 1].key.startswith("ال"):
        unit, e = _noun_at(toks, j + 1)
        if unit is not None:
            return unit, e
    return None, j


def _past_compound(toks: list[Tok], k: int) -> int:
    """Index after the word at ``k`` and any words hyphenated to it ("narrow-body", "state-owned")."""
    while (k + 2 < len(toks) and toks[k + 1].kind == "s" and toks[k + 1].key == "-" and toks[k + 1].glued
           and toks[k + 2].glued and toks[k + 2].kind == "w"):
        k += 2
    return k + 1


def _past_model_name(text: str, toks: list[Tok], j: int) -> int | None:
    """Index after a product name with a model number at ``j`` ("Boeing 737", "Airbus A320neo", "Tesla
    Model 3", "Boeing 737 MAX"): capitalised Latin words, then digits (glued letters allowed), then at most
    one capitalised word; None when there is no such name."""
    k, n, words, digits = j, len(toks), 0, False
    while k < n and words <= _MODEL_WORDS:
        t = toks[k]
        raw = text[t.start:t.end] if text else ""
        if t.kind == "n" and (words or digits) and "," not in t.key and "." not in t.key:
            digits = True
        elif t.kind == "w" and raw[:1].isupper() and LATIN.match(t.key) and (raw.isupper() or lookup(t.key) is None):
            if digits and not t.glued:
                return k + 1 if k + 1 < n and toks[k + 1].kind == "w" else None  # "737 MAX jets"
            words += 1
        elif not (t.kind == "w" and t.glued and digits and LATIN.match(t.key)):  # "A320neo"
            return k if digits else None
        k += 1
    return None


def of_noun(text: str, toks: list[Tok], j: int) -> tuple[str | None, int]:
    """Counted noun after "of"/"من" that is its own (definite) group: "300 of its workers", "300 of the
    remaining staff", "1950 من موظفيها", "5 من أفراد الأسرة"; not a noun owning another ("7 of the company's
    20 directors") nor one before a definite total ("ستة من مؤسسيها الاثني عشر")."""
    tb = tables()
    if j + 1 >= len(toks) or toks[j].key not in tb.of_link:
        return None, j
    k = j + 1
    while k < j + 3 and k < len(toks) and toks[k].key in tb.determiners:
        k += 1
    if k >= len(toks) or toks[k].kind != "w":
        return None, j
    if LATIN.match(toks[k].key):
        if k == j + 1:
            return None, j
        unit, e = _noun_after(toks, k, text)
    elif possessed(toks[k].key) or text[toks[k].start:toks[k].end].endswith("ه") and len(toks[k].key) > 4 or (
            k + 1 < len(toks) and toks[k + 1].key.startswith("ال")):  # 'موظفيه', 'عناصره': his (a written ه, not ة)
        unit, e = _noun_at(toks, k)
    else:
        return None, j
    if unit is None or (e < len(toks) and (toks[e].key in _APOSTROPHES or toks[e].kind == "n"
                                            or lookup(toks[e].key) is not None)):
        return None, j
    return unit, e


def is_function(t: Tok) -> bool:
    """Words a counted noun's modifiers cannot be (prepositions, determiners, verbs, numbers)."""
    return t.kind != "w" or is_function_key(t.key)


def is_function_key(key: str) -> bool:
    """A folded preposition, determiner or number word (``is_function`` of a word)."""
    tb = tables()
    return key in tb.breakers or key in tb.determiners or lookup(key) is not None


def _noun_at(toks: list[Tok], k: int) -> tuple[str | None, int]:
    unit, e = phrase_at(toks, k, tables().noun_phrases)
    if unit is not None:
        return unit, e
    unit = noun_unit(toks[k].key) or compound_unit(toks[k].key)
    if unit and unit not in _TIME_UNITS and not toks[k].glued and _modifies_plural(toks, k):
        return None, k  # '22 fire units', '10 car bombs': the plural after it is counted, the modifier lends no unit
    if unit and LATIN.match(toks[k].key) and k + 1 < (after := _past_compound(toks, k)) < len(toks) \
            and toks[after].kind == "w":
        return None, k  # 'school-aged children', 'family-run shops': the compound modifies the noun after it
    return (unit, k + 1) if unit else (None, k)


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})  # '15-24 year olds'


def _modifies_plural(toks: list[Tok], k: int) -> bool:
    """An English singular noun right before a plural common noun, which it modifies ('fire units', 'car bombs')."""
    w, nxt = toks[k].key, toks[k + 1] if k + 1 < len(toks) else None
    return (nxt is not None and nxt.kind == "w" and not nxt.glued and LATIN.match(w) is not None
            and not w.endswith("s") and LATIN.match(nxt.key) is not None and len(nxt.key) > 3
            and nxt.key.endswith("s") and not nxt.key.endswith("ss") and not is_function_key(nxt.key))


def _currency_at(toks: list[Tok], k: int, j: int, text: str = "") -> tuple[str | None, int]:
    """ISO code of a currency word at ``k``; nationality words before it (English, from ``j``) or after it;
    a word shared by several countries (درهم, دينار) takes the one country the article names."""
    tb = tables()
    entry = noun_unit(toks[k].key, "currencies")
    if entry is None:
        return None, k
    default, qualified = entry
    if k + 1 < len(toks) and toks[k + 1].key == "of" and toks[k].key in tb.weight_if_of:
        return tb.weight_if_of[toks[k].key], k + 1
    for m in range(j, k):
        pair = f"{toks[m].key} {toks[m + 1].key}" if m + 1 < k else ""
        if pair in qualified or toks[m].key in qualified:  # "South Sudanese pounds"
            return qualified.get(pair) or qualified[toks[m].key], k + 1
    if k + 2 < len(toks) and f"{toks[k + 1].key} {toks[k + 2].key}" in qualified:  # جنيه جنوب سوداني
        return qualified[f"{toks[k + 1].key} {toks[k + 2].key}"], k + 3
    if k + 1 < len(toks) and noun_unit(toks[k + 1].key, qualified):
        return noun_unit(toks[k + 1].key, qualified), k + 2
    if any(v in tb.by_place for v in variants(toks[k].key)):
        default = article_currency(text, qualified.values()) or default
    return (default, k + 1) if default or not qualified else (None, k + 1)
