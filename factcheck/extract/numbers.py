"""Numbers with offsets: a tokenizer, digit strings and number words (Arabic and English).

Needs: the article text and a span. Adds: ``Tok`` tokens indexing the text and ``Reading``s (the value
of a number and the tokens it covers) for digit strings ("2,750", "٢٬٧٥٠", "٤٫٣", "4.3bn") and number
words ("ثلاثمائة وخمسون", "اثني عشر", "ثلاثة ملايين", "two hundred and fifty", "a dozen"), with a fraction
joined to them ("two and a half million", "مليونين ونصف المليون", "a million and a half").
Word lists come from ``lexicons/<lang>/numbers.json``. Both languages are always loaded: Arabic
articles quote Latin figures and the two scripts never share a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple, cast

from ..lexicons import load_json
from ..text.normalize import fold

DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff"
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TOKEN = re.compile(
    rf"(?P<n>[{DIGITS}]+(?:[{INVISIBLE}]*[.,\u066b\u066c][{INVISIBLE}]*[{DIGITS}]+)*)"
    rf"|(?P<w>[^\W\d_]+(?:[{MARKS}{INVISIBLE}]+[^\W\d_]*)*)"  # letters, marks and invisibles inside
    rf"|(?P<s>[^\s\w{INVISIBLE}{MARKS}])")
_DIGIT_MAP: dict[int, str | None] = {0x0660 + i: str(i) for i in range(10)}
_DIGIT_MAP |= {0x06F0 + i: str(i) for i in range(10)}
_DIGIT_MAP |= {0x066B: ".", 0x066C: ","} | {ord(c): None for c in
                                            "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b"
                                            "\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066"
                                            "\u2067\u2068\u2069\ufeff"}
_SPACE = re.compile(r"\s")  # as str.isspace
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,}")
_AR_CLITICS = ("وبال", "فبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل", "ك")
CONJUNCTIONS = frozenset({"و", "وال"})
MAX_VALUE = 1e15  # larger values are identifiers or noise, not amounts reported in news
_WORD_CLASSES = ("unit", "teen_unit", "ten", "teen", "tens", "hmul", "hundred", "dozen")


class Tok(NamedTuple):
    """One token: kind ``n`` (digits), ``w`` (word) or ``s`` (symbol); ``key`` is its folded form."""

    kind: str
    start: int
    end: int
    key: str
    glued: bool

    def __repr__(self) -> str:
        return f"Tok({self.kind}, {self.start}, {self.end}, {self.key!r})"


@lru_cache(maxsize=16384)
def word_key(raw: str) -> str:
    """Folded form of a word or symbol (orthography, harakat, case, invisible characters)."""
    return fold(raw)


@lru_cache(maxsize=65536)
def _kind_key(raw: str) -> tuple[str, str]:
    """(kind, key) of a matched token: the kind follows from its first character (digit, letter or
    other), so it is a function of the token's text."""
    kind = cast(re.Match, _TOKEN.match(raw)).lastgroup or ""
    return kind, raw.translate(_DIGIT_MAP) if kind == "n" else word_key(raw)


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``; ``glued`` means no space since the previous token."""
    new, kind_key, space = tuple.__new__, _kind_key, _SPACE.search
    out: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        kind, key = kind_key(m.group())
        if prev_end == s:
            glued = True
        elif prev_end < 0 or text[prev_end] == " ":
            glued = False
        else:
            glued = space(text, prev_end, s) is None
        out.append(new(Tok, (kind, s, e, key, glued)))
        prev_end = e
    return out


def parse_digits(key: str) -> float | None:
    """Value of an ASCII digit key ("2,750", "4.3", "4,3", "1.234.567"); None for codes and dates."""
    if len(key) > 24:
        return None
    if _DOT_THOUSANDS.fullmatch(key):
        return float(key.replace(".", ""))
    whole, dot, frac = key.partition(".")
    if "." in frac or "," in frac:
        return None
    if "," in whole:
        if _THOUSANDS.fullmatch(whole):
            whole = whole.replace(",", "")
        else:
            head, _, tail = whole.partition(",")
            if dot or "," in tail or len(tail) > 2:
                return None
            whole, dot, frac = head, ".", tail  # decimal comma: "4,3"
    if len(whole) > 1 and whole[0] == "0":
        return None  # leading zero: phone numbers, codes
    if len(whole) > 15:
        return None
    return float(f"{whole}.{frac}" if dot else whole)


@lru_cache(maxsize=16384)
def clitic_forms(key: str) -> tuple[tuple[str, str], ...]:
    """``(stem, clitic)`` readings of a folded word, the whole word first (وبالنصف → بالنصف …)."""
    out = [(key, "")]
    if key and "\u0621" <= key[0] <= "\u064a":
        out += [(key[len(p):], p) for p in _AR_CLITICS if key.startswith(p) and len(key) - len(p) >= 2]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Number-word tables of both languages, keys folded."""

    words: dict[str, tuple[str, float]]
    scales: dict[str, tuple[float, str]]
    suffixes: dict[str, tuple[float, str]]
    fractions: dict[str, float]
    fraction_plurals: dict[str, int]
    vague: frozenset[str]
    needs_noun: frozenset[str]
    articles: frozenset[str]
    joiners: frozenset[str]
    fraction_need_count: frozenset[str]


@cache
def number_words() -> NumberWords:
    """Both languages' ``numbers.json`` merged, keys folded (loaded once)."""
    words, scales, suffixes, fractions, plurals = {}, {}, {}, {}, {}
    sets: dict[str, set[str]] = {k: set() for k in ("vague", "needs_noun", "article", "joiners",
                                                     "fraction_need_count")}
    for lang in ("ar", "en"):
        d = load_json(lang, "numbers")
        for cls in _WORD_CLASSES:
            words.update({fold(w): (cls, float(v)) for w, v in d.get(cls, {}).items()})
        scales.update({fold(w): (float(v), kind) for w, (v, kind) in d.get("scale", {}).items()})
        suffixes.update({w.casefold(): (float(v), kind) for w, (v, kind) in d.get("scale_suffix", {}).items()})
        fractions.update({fold(w): float(v) for w, v in d.get("fractions", {}).items()})
        plurals.update({fold(w): int(v) for w, v in d.get("fraction_plurals", {}).items()})
        for k, s in sets.items():
            s.update(fold(w) for w in d.get(k, ()))
    return NumberWords(words, scales, suffixes, fractions, plurals, frozenset(sets["vague"]),
                       frozenset(sets["needs_noun"]), frozenset(sets["article"]), frozenset(sets["joiners"]),
                       frozenset(sets["fraction_need_count"]))


@lru_cache(maxsize=16384)
def lookup(key: str) -> tuple[str, float, str, str] | None:
    """``(class, value, scale kind, clitic)`` of a number word, or None; class ``scale``/``vague``/``article``."""
    nw = number_words()
    for stem, clitic in clitic_forms(key):
        if stem in nw.vague:
            return "vague", 0.0, "", clitic
        if stem in nw.words:
            cls, value = nw.words[stem]
            return cls, value, "", clitic
        if stem in nw.scales:
            value, kind = nw.scales[stem]
            return "scale", value, kind, clitic
    if key in nw.articles:
        return "article", 1.0, "", ""
    return None


@cache
def ambiguous_fractions() -> tuple[dict[str, float], frozenset[str]]:
    """``fractions_ambiguous`` (خمس: a fifth or five) and ``fractions_need_damma`` of both languages, folded."""
    table: dict[str, float] = {}
    damma: set[str] = set()
    for lang in ("ar", "en"):
        d = load_json(lang, "numbers")
        table.update({fold(w): float(v) for w, v in d.get("fractions_ambiguous", {}).items()})
        damma.update(fold(w) for w in d.get("fractions_need_damma", ()))
    return table, frozenset(damma)


@lru_cache(maxsize=16384)
def fraction_of(key: str) -> tuple[float, str] | None:
    """``(fraction, clitic)`` of a fraction word (نصف, بنصف, half, a quarter's "quarter")."""
    nw = number_words()
    for stem, clitic in clitic_forms(key):
        if stem in nw.fractions:
            return nw.fractions[stem], clitic
    return None


@dataclass(frozen=True, slots=True)
class Reading:
    """A number read from tokens ``[start, end)``: its value and how it was written."""

    value: float
    start: int
    end: int
    words: bool = False
    needs_noun: bool = False
    vague: bool = False


# (previous class, next class) -> whether the next word must carry "و"/"and" (None: either)
_FOLLOWS: dict[tuple[str | None, str], bool | None] = {
    ("unit", "ten"): False, ("teen_unit", "ten"): False, ("unit", "tens"): True, ("tens", "unit"): None,
    ("article", "hmul"): False, ("article", "scale"): False, ("article", "dozen"): False,
    ("unit", "dozen"): False, ("teen", "dozen"): False, ("tens", "dozen"): False,
}
_FOLLOWS.update({(p, "hmul"): False for p in ("unit", "ten", "teen", "tens")})
_FOLLOWS.update({(p, n): None for p in ("hundred", "hmul", "scale")
                 for n in ("unit", "teen_unit", "ten", "teen", "tens")})
_FOLLOWS.update({("scale", n): None for n in ("hundred", "hmul")})
_FOLLOWS.update({(p, "scale"): False for p in ("unit", "ten", "teen", "tens", "hundred", "hmul", "dozen")})
_FOLLOWS[("teen", "scale")] = False
_STARTS = frozenset(_WORD_CLASSES) | {"scale", "article"}


def read_number(toks: list[Tok], i: int) -> Reading | None:
    """The number starting at token ``i`` (digits with scale, or number words), or None."""
    t = toks[i]
    if t.kind == "n":
        value = parse_digits(t.key)
        return None if value is None else _scaled(toks, i, i + 1, value)
    if t.kind == "w":
        return _read_words(toks, i)
    return None


def _scaled(toks: list[Tok], i: int, j: int, value: float) -> Reading | None:
    """Digits followed by a scale suffix or word: 4.3bn, 4.3 مليار, 60 ألفاً, مليون ونصف."""
    nw = number_words()
    if j < len(toks) and toks[j].kind == "w":
        t = toks[j]
        suffix = nw.suffixes.get(t.key)
        hit = lookup(t.key)
        if suffix and (t.glued or suffix[1] == "any"):
            value, j = value * suffix[0], j + 1
        elif hit and hit[0] in ("scale", "hmul") and not hit[3] and not t.glued:
            value, j = value * hit[1], j + 1
            j, value = _and_a_half(toks, j, value, hit[1])
            j, value = _and_rest(toks, j, value, hit[1])
    if not value < MAX_VALUE:
        return None
    return Reading(value, i, j)


def _and_a_half(toks: list[Tok], j: int, value: float, scale: float) -> tuple[int, float]:
    """"مليون ونصف", "مليونين ونصف المليون", "a million and a half" → + half (or any fraction) of the scale."""
    got = _joined_fraction(toks, j)
    if got is None:
        return j, value
    f, j = got
    hit = lookup(toks[j].key) if j < len(toks) and toks[j].kind == "w" else None
    if hit is not None and hit[0] == "scale" and hit[1] == scale and hit[3] in ("", "ال"):
        j += 1  # the scale said again: "ونصف مليون", "ونصف المليون"
    return j, value + f * scale


def _joined_fraction(toks: list[Tok], j: int) -> tuple[float, int] | None:
    """(fraction, index after) of a fraction joined to a number: "ونصف" (و clitic), "and a half" or "-and-a-half"."""
    nw = number_words()
    if j < len(toks) and toks[j].kind == "w":
        for stem, clitic in clitic_forms(toks[j].key):
            if clitic == "و" and stem in nw.fractions:
                return nw.fractions[stem], j + 1
        if (toks[j].key in nw.joiners and j + 2 < len(toks) and toks[j + 1].key in nw.articles
                and toks[j + 2].key in nw.fractions):
            return nw.fractions[toks[j + 2].key], j + 3
    hyphened = toks[j:j + 6]  # "two-and-a-half hours": the same words joined by hyphens
    if (len(hyphened) == 6 and all(t.glued for t in hyphened) and all(t.key == "-" for t in hyphened[::2])
            and hyphened[1].key in nw.joiners and hyphened[3].key in nw.articles and hyphened[5].key in nw.fractions):
        return nw.fractions[hyphened[5].key], j + 6
    return None


def _and_rest(toks: list[Tok], j: int, value: float, scale: float) -> tuple[int, float]:
    """"مليون و638 ألف", "ألفين و500", "3 ملايين وخمسمئة ألف": a smaller number joined after a scale."""
    if j >= len(toks) or toks[j].kind != "w":
        return j, value
    k = j + 1 if toks[j].key in number_words().joiners else j
    if k == j:
        hit = lookup(toks[j].key)
        if hit is None or hit[3] != "و":
            return j, value
    if k >= len(toks) or (k > j and toks[k].kind not in "nw"):
        return j, value
    r = read_number(toks, k)
    if r is None or r.vague or r.needs_noun or not r.value < scale:
        return j, value
    return r.end, value + r.value


def _read_words(toks: list[Tok], i: int) -> Reading | None:
    """Compose consecutive number words into one value; stop where a new number would begin."""
    first = lookup(toks[i].key)
    if first is None:
        return None
    if first[0] == "vague" or (first[0] == "scale" and first[2] == "plural"):
        return Reading(0.0, i, i + 1, words=True, vague=True)
    if first[0] not in _STARTS:
        return None
    total, group, prev, last_scale, j = 0.0, 0.0, None, float("inf"), i
    while j < len(toks):
        step = _next_word(toks, j, prev, i)
        if step is None:
            break
        cls, value, kind, j_next = step
        if cls == "scale":
            if value >= last_scale:
                break
            total += (group or (2.0 if kind == "dual" or j == i and _construct_dual(toks, j, j_next) else 1.0)) * value
            group, last_scale = 0.0, value
        elif cls == "hmul" or cls == "dozen":
            group = (group or 1.0) * value if prev != "scale" else value
        else:
            group += value
        prev, j = cls, j_next
        if cls == "scale":
            j, total = _and_a_half(toks, j, total, value)
    if prev in ("unit", "ten", "teen", "tens"):
        j, group, total = _and_a_fraction(toks, j, group, total, last_scale)
        prev = "scale" if group == 0 else prev
    if prev == "scale":
        j, total = _and_rest(toks, j, total, last_scale)
    if prev in (None, "article", "teen_unit"):
        return None
    value = total + group
    if not value < MAX_VALUE:
        return None
    clitic = first[3]
    stem = toks[i].key[len(clitic):]
    needs = j - i == 1 and (stem in number_words().needs_noun or clitic not in ("", "و", "ال", "وال"))
    return Reading(value, i, j, words=True, needs_noun=needs)


_PARTICLES = frozenset({"من", "في", "على", "علي", "عن", "الى", "إلى", "او", "أو", "و", "ما", "مع", "منذ", "خلال", "قبل", "بعد"})


def _construct_dual(toks: list[Tok], j: int, nxt: int) -> bool:
    """«مليونا سائح»، «ألفا شخص»: an Arabic scale word in its alif form opening a number and followed by an
    indefinite noun is the dual in construct (two million tourists); the accusative singular with that alif
    («15 مليونا»، «أنفقت مليونا») takes no noun after it."""
    w = toks[j].key
    if not (w.endswith("ا") and "\u0600" <= w[:1] <= "\u06ff") or nxt >= len(toks):
        return False
    t = toks[nxt]
    return t.kind == "w" and len(t.key) > 2 and not t.key.startswith("ال") and t.key not in _PARTICLES and (
        lookup(t.key) is None) and _joined_fraction(toks, nxt) is None  # «مليونا ونصف»: a fraction joins it


def _and_a_fraction(toks: list[Tok], j: int, group: float, total: float, last: float) -> tuple[int, float, float]:
    """"two and a half million" → 2.5 million, "one and a half" → 1.5: a fraction joined to a count, then
    perhaps a scale smaller than the last one read; returns (index after, group, total)."""
    got = _joined_fraction(toks, j)
    if got is None:
        return j, group, total
    f, j = got
    hit = lookup(toks[j].key) if j < len(toks) and toks[j].kind == "w" else None
    if hit is not None and hit[0] == "scale" and hit[2] == "one" and not hit[3] and hit[1] < last:
        return j + 1, 0.0, total + (group + f) * hit[1]
    return j, group + f, total


def _next_word(toks: list[Tok], j: int, prev: str | None, i: int) -> tuple[str, float, str, int] | None:
    """``(class, value, scale kind, index after)`` when token ``j`` continues the number."""
    t = toks[j]
    joined = False
    if j > i and t.key in number_words().joiners and j + 1 < len(toks):
        t, j, joined = toks[j + 1], j + 1, True
    elif j > i and t.kind == "s" and t.key == "-" and t.glued and j + 1 < len(toks) and toks[j + 1].glued:
        t, j = toks[j + 1], j + 1
    if t.kind != "w":
        return None
    hit = lookup(t.key)
    if hit is None or hit[0] == "vague":
        return None
    cls, value, kind, clitic = hit
    if j > i and clitic:
        if clitic not in CONJUNCTIONS or joined:
            return None
        joined = True
    if j == i:
        return (cls, value, kind, j + 1) if cls in _STARTS else None
    need = _FOLLOWS.get((prev, cls), "no")
    if need == "no" or (need is not None and need != joined):
        return None
    if cls == "teen_unit" and not _ten_follows(toks, j + 1):
        return None
    return cls, value, kind, j + 1


def _ten_follows(toks: list[Tok], j: int) -> bool:
    hit = lookup(toks[j].key) if j < len(toks) and toks[j].kind == "w" else None
    return hit is not None and hit[0] == "ten" and not hit[3]
