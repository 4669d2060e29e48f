"""Quantity noise: digit strings that are not amounts (dates, years, times of day, phone numbers,
identifiers, ages in apposition ("Smith, 54, said", «محمد علي (54 عاما)»), product names and model or series numbers: "the Ariane 6 rocket", "iPhone 15",
"the Fortune 500 companies", "صاروخ أريان 6", "طائرات بوينغ 737").

Needs: the article text, a chunk's ``numbers.Tok`` tokens and a ``Reading``. Adds: ``blocked_spans`` (spans of
times, numeric dates and phone numbers in a chunk) and ``digit_noise``, the test ``quantities`` applies
to every number written in digits.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_json
from ..text.normalize import fold
from .calendar import HIJRI_LAST
from .date_attributive import attributive_year_at
from .date_hijri import hijri_year_at
from .numbers import DIGITS, Reading, Tok, lookup, tokenize
from .quantity_tables import noun_unit, opens_qualifier, phrase_at, tables, variants

_D = f"[{DIGITS}]"
_BLOCKED = re.compile(
    rf"{_D}{{1,2}} ?: ?{_D}{{2}}(?::{_D}{{2}})?"  # times of day
    rf"|{_D}{{1,4}}(?P<sep>[/.\-]){_D}{{1,2}}(?P=sep){_D}{{1,4}}"  # numeric dates, versions (one separator: not "3-3.5%")
    rf"|(?:\+|\b00) ?{_D}[0-9\u0660-\u0669\u06f0-\u06f9 ()\-]{{6,}}{_D}"  # international phone numbers
    rf"|\(?\b0{_D}{{1,4}}\)?[ \-]{_D}{{2,4}}(?:[ \-]{_D}{{2,4}})+"  # local phone numbers
    rf"|\b{_D}{{3}}[-.]{_D}{{3,4}}[-.]{_D}{{4}}\b")
_BLOCK_OPEN = re.compile(rf"[{DIGITS}+(]")
_LATIN = re.compile(r"[a-z]")
_SENTENCE_OPEN = frozenset(".!?:\n\"“«")
_NOT_COUNTED = frozenset({"percent", "percentage_point", "basis_point", "times"})


def blocked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``_BLOCKED`` in the chunk; the search starts at the first character one can start with
    (a digit, "+" or "("), so that sre does not try the pattern at every position before it."""
    first = _BLOCK_OPEN.search(text, start, end)
    return [] if first is None else [m.span() for m in _BLOCKED.finditer(text, first.start(), end)]


def digit_noise(text: str, toks: list[Tok], r: Reading, unit: str | None, blocked) -> bool:
    """A digit string that is a date, year, time, phone number, identifier or product name."""
    t = toks[r.start]
    if any(s < t.end and t.start < e for s, e in blocked):
        return True
    prev = toks[r.start - 1] if r.start else None
    nxt = toks[r.end] if r.end < len(toks) else None
    if prev is not None and t.glued and (prev.kind == "w" and _LATIN.match(prev.key) or prev.key in "+#№-/"):
        return not (_dash_range(toks, r, unit) or unit in tables().letter_prefixes.get(text[prev.start:prev.end], ()))
    if nxt is not None and nxt.glued and nxt.kind == "w" and unit is None and r.end == r.start + 1:
        return True
    if nxt is not None and nxt.key == "/" and nxt.glued and r.end + 1 < len(toks) and toks[r.end + 1].glued and (
            toks[r.end + 1].kind == "n"):
        return True  # "9/11", "24/7", "50/50": digits joined by a slash (a proper fraction before "of" is read apart)
    if _date_like(text, toks, r, unit, prev, nxt) or (unit is None and _label_like(text, prev)):
        return True
    if unit is None and (_apposed_age(text, toks, r) or _labelled_list(text, toks, r.start)):
        return True
    if _bracketed_age(text, toks, r, unit):
        return True
    return prev is not None and r.end == r.start + 1 and _model_number(text, toks, r, unit)


_AGE_BEFORE = re.compile(r"[A-Za-z.'’]\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*,\s")
_AGE_MAX = 120


def _apposed_age(text: str, toks: list[Tok], r: Reading) -> bool:
    """'Smith, 54, was charged', 'a man, 34, and': a bare whole number up to 120 standing alone between two
    commas right after an English word is the age of the person named before it, in apposition, not an amount."""
    if r.start or r.end != len(toks) or not toks[r.start].key.isdigit() or not 0 < r.value <= _AGE_MAX:
        return False
    t = toks[r.start]
    return bool(_AGE_BEFORE.search(text, max(0, t.start - 4), t.start)) and bool(_AGE_AFTER.match(text, t.end))


def _bracketed_age(text: str, toks: list[Tok], r: Reading, unit: str | None) -> bool:
    """«محمد علي (54 عاما)»، «شاب (23 عاماً)», 'John Smith (54)': a whole number of years up to 120 alone in brackets
    right after a word is the age of whom that word names, in apposition, not an amount (a bare number only after
    a capitalised name: «المصابين (12)» is a count)."""
    k, e = r.start, r.end + (unit == "year")
    if unit not in (None, "year") or k < 2 or e >= len(toks) or toks[k - 1].key != "(" or toks[e].key != ")":
        return False
    before = toks[k - 2]
    if not toks[k].key.isdigit() or not 0 < r.value <= _AGE_MAX or before.kind != "w":
        return False
    return unit == "year" or bool(_LATIN.match(before.key)) and text[before.start].isupper()


def _labelled_list(text: str, toks: list[Tok], k: int) -> bool:
    """«في الدقيقتين 34 و78», 'Articles 5 and 6': a number joined by a pair link to a number after a label is a
    label too."""
    tb = tables()
    return k >= 3 and toks[k - 1].key in tb.pair_links and toks[k - 2].kind == "n" and _label_like(text, toks[k - 3])


def _date_like(text: str, toks: list[Tok], r: Reading, unit, prev: Tok | None, nxt: Tok | None) -> bool:
    """Day numbers next to a month, years, and times of day."""
    tb = tables()
    key = toks[r.start].key
    if prev is not None and prev.key == "." and r.start >= 2:
        prev = toks[r.start - 2]  # "Nov. 15"
    plain = r.end == r.start + 1 and key.isdigit()
    if plain and r.value <= 31 and ((nxt is not None and nxt.key in tb.months)
                                    or (prev is not None and prev.key in tb.months)
                                    or _in_day_list(toks, r.start)):
        return True
    if plain and len(key) == 4 and 1800 <= r.value <= 2100:
        if unit is None or (prev is not None and (prev.key in tb.year_words or prev.key in tb.months)):
            return True
        if prev is not None and prev.key in tb.determiners and any(t.key in tb.year_nouns for t in toks[r.end:r.end + 3]):
            return True  # "the 2025 fiscal year": a year naming a singular year noun, not 2025 years
        if attributive_year_at(text, toks[r.start].start, toks[r.start].end):
            return True  # "a 1967 law", "the 1994 genocide": a year as a modifier (``date_attributive``)
    if plain and unit is None and nxt is not None and nxt.key in tb.year_after:
        return True  # "1447 هـ", "622 AD"
    if plain and nxt is not None and nxt.key in tb.grade_after:
        return True  # "95 أوكتان", "98 octane": a fuel's grade names the product
    if plain and len(key) in (3, 4) and r.value < HIJRI_LAST and (_after_month(
            toks, r.start, _hijri_months(), unit is None) or hijri_year_at(text, toks[r.start].start, toks[r.start].end)):
        return True  # "15 شعبان 1446", «رمضان من عام 1446»: the year of a Hijri date (``date_hijri``)
    if unit is None and prev is not None and prev.key in tb.time_before and not (_level_at(toks, r) or _share_bound(toks, r)):
        return True
    return unit is None and phrase_at(toks, r.end, tb.time_after)[0] is not None


def _share_bound(toks: list[Tok], r: Reading) -> bool:
    """"forecast at 3-4%", "seen at 3 to 4 percent": the first bound of a range of percent or points after "at" is
    no time of day."""
    tb, j = tables(), r.end
    if j + 1 >= len(toks) or toks[j].key not in tb.range_links or toks[j + 1].kind != "n":
        return False
    return any(phrase_at(toks, j + 2, table)[0] is not None for table in (tb.percent, tb.points))


def _level_at(toks: list[Tok], r: Reading) -> bool:
    """"stood at 312", "stands at 300,000": a verb of a level before "at", or a number no clock shows (a separator or
    a decimal, 2400 and above), makes the number after "at" a level, not a time of day (``time_not_after``)."""
    key = toks[r.start].key
    hours, _, minutes = key.partition(".")  # "at 9.30": a clock
    clock = hours.isdigit() and (not minutes or len(minutes) == 2 and minutes.isdigit() and int(hours) < 24 and int(
        minutes) < 60)
    if r.end > r.start + 1 or not clock or int(hours) >= 2400:
        return True
    if r.start >= 2 and toks[r.start - 2].key in _level_verbs("time_not_after"):
        return True
    return _object_level(toks, r.start - 2)


def _object_level(toks: list[Tok], i: int) -> bool:
    """"put the death toll at 112", "estimated the number of displaced at 40": a verb setting the level of its object,
    the object's words (no figure, punctuation or preposition) between it and "at" (``time_not_after_object``)."""
    verbs, breakers = _level_verbs("time_not_after_object"), tables().breakers
    for k in range(i, max(-1, i - _OBJECT_WORDS), -1):
        if toks[k].kind != "w" or toks[k].key in breakers:  # "put the kids to bed at 9": a time
            return False
        if toks[k].key in verbs:
            return k < i
    return False


_OBJECT_WORDS = 7  # words an object between a verb of a level and "at" may take ("the number of displaced people")


@lru_cache(maxsize=2)
def _level_verbs(field: str) -> frozenset[str]:
    """Folded verbs of a level before "at" (``field`` of quantity_context.json, both languages)."""
    return frozenset(fold(w) for lang in ("ar", "en") for w in load_json(lang, "quantity_context").get(field, ()))


@lru_cache(maxsize=1)
def _hijri_months() -> frozenset[str]:
    """First words of the Hijri month names (``hijri_months`` of ar/dates.json and en/dates.json: «رمضان 1447»,
    "Ramadan 1447"), folded as token keys are."""
    names = [m for lang in ("ar", "en") for m in load_json(lang, "dates").get("hijri_months", ())]
    return frozenset(toks[0].key for toks in (tokenize(m, 0, len(m)) for m in names) if toks)


def _after_month(toks: list[Tok], i: int, months: frozenset[str], two_words: bool) -> bool:
    """Whether a month of ``months`` is right before token ``i`` (or, with ``two_words``, the first word of a
    two-word one, ربيع الأول, two tokens before)."""
    return i >= 1 and toks[i - 1].key in months or two_words and i >= 2 and toks[i - 2].key in months


def _in_day_list(toks: list[Tok], i: int) -> bool:
    """The day number at ``i`` is one of a list or range of day numbers with a month at one end: after the list
    ('24 and 25 November', '24, 25 and 26 May', يومي 24 و25 نوفمبر), or before it when the list closes with a
    word or dash ('November 24, 25 and 26'; after 'On May 5, 12' a new clause counts 12)."""
    lo = hi = i
    while i - lo < 8 and _day_link(toks, lo - 1, lo - 2):  # at most five days in a list
        lo -= 2
    while hi - lo < 8 and _day_link(toks, hi + 1, hi + 2):
        hi += 2
    months = tables().months
    if lo == hi:
        return False
    if hi + 1 < len(toks) and toks[hi + 1].key in months:
        return True
    return lo > 0 and toks[lo - 1].key in months and toks[hi - 1].key not in ",،"


def _day_link(toks: list[Tok], link: int, i: int) -> bool:
    """A day link at ``link`` and a day number (1-31, at most two digits) at ``i``."""
    return (0 <= i < len(toks) and 0 <= link < len(toks) and toks[link].key in tables().day_links
            and toks[i].key.isdigit() and len(toks[i].key) <= 2 and 1 <= int(toks[i].key) <= 31)


def _label_like(text: str, prev: Tok | None) -> bool:
    """"رقم 5", "Article 5", "Grok 4": a number naming something rather than counting it."""
    if prev is None or prev.kind == "s":
        return prev is not None and prev.key in "#№"
    if prev.key in tables().labels:
        return True
    return bool(_LATIN.match(prev.key)) and text[prev.start].isupper() and not _opens_count(prev.key)


@lru_cache(maxsize=16384)
def _opens_count(key: str) -> bool:
    """A word that may stand right before a count ("Another 50", "Only 12", "Some 300"): number, qualifier,
    determiner, preposition or a listed opener; any other capitalised word there reads as a name."""
    tb = tables()
    return (lookup(key) is not None or opens_qualifier(key) or key in tb.count_openers or key in tb.determiners
            or key in tb.breakers or key in tb.months or key in tb.year_words)


def _dash_range(toks: list[Tok], r: Reading, unit: str | None) -> bool:
    """"30-40%", "5%-7%", "€80-100 million": the second bound of a dashed range with a unit or a scale word (the
    first bound may carry its percent sign), not an identifier ("F-16", "COVID-19", "737-800")."""
    k = r.start
    p = k - 3 if k >= 3 and toks[k - 2].key in "%٪" and toks[k - 2].glued else k - 2  # "5%-7%"
    if (unit is None and r.end - k < 2) or p < 0 or toks[k - 1].key != "-" or toks[p].kind != "n":
        return False
    try:
        return float(toks[p].key.replace(",", "")) < float(toks[k].key.replace(",", ""))
    except ValueError:
        return False


def _model_number(text: str, toks: list[Tok], r: Reading, unit: str | None) -> bool:
    """A number right after a product or series name is part of the name: a Latin name (capitalised
    inside a sentence, or camelCase: "iPhone 15") with nothing counted after it, or before a counted noun
    when the number cannot count it ("Ariane 6 rocket": singular) or the name follows a determiner or a
    number ("the Fortune 500 companies", "150 Boeing 737 jets"); an indefinite Arabic word after a counted
    or name-class noun, with nothing counted after it ("صاروخ أريان 6"). Not "told Reuters 500 jobs"."""
    if unit is not None and (unit in _NOT_COUNTED or unit.isupper()):
        return False
    p = r.start - 1
    prev = toks[p]
    if prev.kind != "w" or lookup(prev.key) is not None or opens_qualifier(prev.key):
        return False
    tb = tables()
    if prev.key in tb.months or prev.key in tb.year_words or prev.key in tb.breakers:
        return False
    if _LATIN.match(prev.key):
        if p == 0 or _sentence_start(text, toks[p].start):
            return _initial_name(text, toks, r, p)
        return _latin_name(text, toks, p) and (unit is None or _names_count(text, toks, r, p))
    return unit is None and _arabic_name(toks, p)


def _latin_name(text: str, toks: list[Tok], p: int) -> bool:
    """A capitalised word inside a sentence ("the Ariane"), or a camelCase one anywhere ("iPhone")."""
    raw = text[toks[p].start:toks[p].end]
    if any(c.isupper() for c in raw[1:]) and not raw.isupper():
        return True
    return raw[0].isupper() and not _sentence_start(text, toks[p].start)


def _sentence_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the start of the text or of a sentence."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_OPEN


def _initial_name(text: str, toks: list[Tok], r: Reading, p: int) -> bool:
    """A capitalised word opening a sentence or clause right before plain digits names a product or
    series ("Windows 11 users rose", "Fortune 500 companies") unless it may open a count ("Another 50
    people", "Only 12"); a grouped figure ("Gaza 2,000") is a count."""
    raw = text[toks[p].start:toks[p].end]
    camel = any(c.isupper() for c in raw[1:]) and not raw.isupper()
    return (camel or raw[0].isupper()) and toks[r.start].key.isdigit() and not _opens_count(toks[p].key)


def _names_count(text: str, toks: list[Tok], r: Reading, p: int) -> bool:
    """Whether a counted noun after the number reads as the name's noun, not the counted one."""
    noun = toks[r.end] if r.end < len(toks) else None
    if noun is not None and noun.key.isascii() and not noun.key.endswith("s") and r.value != 1:
        return True  # "a Falcon 9 rocket": a count above one takes a plural
    if p == 0:
        return False
    before = toks[p - 1]
    return before.kind == "n" or before.key in tables().determiners


def _arabic_name(toks: list[Tok], p: int) -> bool:
    """An indefinite word, itself no counted noun, after an indefinite counted or name-class noun; a word with
    the conjunction و after a counted noun opens a new phrase (أشخاص وأصيب 9: "and 9 were injured"), no name."""
    prev = toks[p]
    if p == 0 or "ال" in prev.key[:3] or noun_unit(prev.key) is not None or prev.key in tables().labels:
        return False
    if phrase_at(toks, p, tables().rate_links)[0] is not None:
        return False  # «4520 صوتا مقابل 3980»: a link to a second figure, no name
    if prev.key[:1] == "و" and len(prev.key) > 3 and noun_unit(toks[p - 1].key) is not None:
        return False
    head = toks[p - 1]
    if head.kind != "w" or head.key.startswith("ال"):
        return False
    return noun_unit(head.key) is not None or any(v in tables().name_heads for v in variants(head.key))


def age_band(toks: list[Tok], i: int, unit: str | None, value: float) -> bool:
    """A bound and a bare whole number up to 120 right after a noun of people or an age word (``age_words``: aged)
    name an age group, not an amount: "children under five", "people over 65", "those aged over 60"."""
    if unit is not None or not i or value > 120 or value != int(value):
        return False
    prev = toks[i - 1].key
    return prev in tables().age_words or noun_unit(prev) == "person"


def word_in_name(text: str, toks: list[Tok], r: Reading) -> bool:
    """A number word written in lower case between two capitalised words inside a sentence is a particle of a
    name, no amount ("Erik ten Hag", "Vincent van Gogh" style names)."""
    if r.start == 0 or r.end >= len(toks):
        return False
    first, prev, nxt = toks[r.start], toks[r.start - 1], toks[r.end]
    if not text[first.start].islower() or prev.kind != "w" or nxt.kind != "w":
        return False
    return text[prev.start].isupper() and text[nxt.start].isupper() and _LATIN.match(prev.key + nxt.key) is not None
